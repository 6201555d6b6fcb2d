// The comparison behind `nianbao diff`: two sets of records (an expected run, e.g. hand-verified gold
// files, and an output run), cell by cell on the contract keys, with each value's provenance.
//
// The expected side is indexed first (name, sha256, location, a digest of its cells); the output
// side is then streamed, and each output record whose digest differs from its partner's is
// compared cell by cell with the partner, read again by location. Memory stays proportional to
// the number of records, not their size.
import type { CellSource } from "../record/schema.js";
import { compareContract, contractDigest, countContractCells, type CellChange } from "./contract-cells.js";
import { RecordReader, describeLocation, readRun, type RecordLocation, type StoredRecord } from "./record-files.js";
import { recordIdentity, type RecordIdentity } from "./record-key.js";

/** JSON files or lines without a record that the notes name one by one. */
const LISTED_SKIPS = 5;

export interface DiffOptions {
  /** Record paths (or path prefixes, e.g. "meta.tableLayouts") left out of the comparison. */
  ignore?: string[];
}

/** One differing cell. `old` is the expected value, `new` the output value; absent sides are omitted. */
export interface CellDiff {
  path: string;
  kind: CellChange;
  old?: unknown;
  new?: unknown;
  oldSource?: CellSource;
  newSource?: CellSource;
}

/** A matched pair of records with at least one differing cell. */
export interface RecordDiff {
  key: string;
  matchedBy: "sha256" | "name";
  expectedFile: string;
  outputFile: string;
  comparedCells: number;
  cells: CellDiff[];
}

/** A record present in one run only. */
export interface UnmatchedRecord {
  key: string;
  file: string;
  organization?: string;
  year?: number;
}

export interface DiffSummary {
  expectedRecords: number;
  outputRecords: number;
  matchedRecords: number;
  identicalRecords: number;
  differentRecords: number;
  missingRecords: number;
  extraRecords: number;
  comparedCells: number;
  changedCells: number;
  missingCells: number;
  extraCells: number;
}

export interface DiffReport {
  expected: string;
  output: string;
  ignore: string[];
  identical: boolean;
  summary: DiffSummary;
  /** Matched records that differ (identical ones are only counted). */
  records: RecordDiff[];
  missingRecords: UnmatchedRecord[];
  extraRecords: UnmatchedRecord[];
  /** Files or lines that held no record, and names that could not be paired unambiguously. */
  notes: string[];
}

interface IndexedRecord {
  identity: RecordIdentity;
  location: RecordLocation;
  /** Digest and cell count of the contract parts (only when nothing is ignored). */
  digest?: string;
  cells: number;
  about: { organization?: string; year?: number };
  matched: boolean;
}

/** Expected records sharing a key, in file order; `next` skips those already paired. */
interface Candidates {
  entries: IndexedRecord[];
  next: number;
}

function addCandidate(map: Map<string, Candidates>, key: string, entry: IndexedRecord): void {
  const candidates = map.get(key);
  if (candidates) candidates.entries.push(entry);
  else map.set(key, { entries: [entry], next: 0 });
}

/** The first unpaired candidate; amortised O(1) even when thousands share a name (crawls of page.html). */
function firstUnmatched(candidates: Candidates | undefined): IndexedRecord | undefined {
  if (!candidates) return undefined;
  while (candidates.next < candidates.entries.length && candidates.entries[candidates.next]!.matched) candidates.next++;
  return candidates.entries[candidates.next];
}

interface ExpectedIndex {
  bySha: Map<string, Candidates>;
  byPath: Map<string, Candidates>;
  byFileName: Map<string, Candidates>;
  byName: Map<string, Candidates>;
}

/** Pairs an output record: same sha256 first, then the same source path, then the same file name
 *  with its extension (x.html vs x.docx), then the same name without extension. */
function findPartner(identity: RecordIdentity, index: ExpectedIndex): { partner: IndexedRecord; matchedBy: "sha256" | "name" } | undefined {
  const bySha = identity.sha256 ? firstUnmatched(index.bySha.get(identity.sha256)) : undefined;
  if (bySha) return { partner: bySha, matchedBy: "sha256" };
  const byName =
    firstUnmatched(index.byPath.get(identity.path)) ??
    (identity.fileName ? firstUnmatched(index.byFileName.get(identity.fileName)) : undefined) ??
    firstUnmatched(index.byName.get(identity.name));
  return byName ? { partner: byName, matchedBy: "name" } : undefined;
}

/** Organization and year, to say which report a missing or extra record is. */
function aboutRecord(record: StoredRecord): { organization?: string; year?: number } {
  const meta = record.meta as { organization?: unknown; year?: unknown } | undefined;
  const about: { organization?: string; year?: number } = {};
  if (typeof meta?.organization === "string") about.organization = meta.organization;
  if (typeof meta?.year === "number") about.year = meta.year;
  return about;
}

function provenanceOf(record: StoredRecord, path: string): CellSource | undefined {
  const provenance = record.provenance;
  return provenance && typeof provenance === "object" ? provenance[path] : undefined;
}

/** Compares the records of `expected` with those of `output` (folders of per-report JSON, or JSONL files). */
export async function diffRuns(expected: string, output: string, options: DiffOptions = {}): Promise<DiffReport> {
  const ignore = options.ignore ?? [];
  // Digests cover every contract key, so they can only vouch for identity when nothing is ignored.
  const useDigests = ignore.length === 0;
  const notes: string[] = [];
  const skipped: string[] = [];
  let skippedCount = 0;
  const noteSkipped = (where: string): void => {
    if (skippedCount++ < LISTED_SKIPS) skipped.push(where);
  };

  const index: ExpectedIndex = { bySha: new Map(), byPath: new Map(), byFileName: new Map(), byName: new Map() };
  const expectedIndex: IndexedRecord[] = [];
  for await (const { record, location } of readRun(expected, noteSkipped)) {
    const entry: IndexedRecord = { identity: recordIdentity(record, location), location, cells: 0, about: aboutRecord(record), matched: false };
    if (useDigests) {
      entry.digest = contractDigest(record);
      entry.cells = countContractCells(record);
    }
    expectedIndex.push(entry);
    if (entry.identity.sha256) addCandidate(index.bySha, entry.identity.sha256, entry);
    addCandidate(index.byPath, entry.identity.path, entry);
    if (entry.identity.fileName) addCandidate(index.byFileName, entry.identity.fileName, entry);
    addCandidate(index.byName, entry.identity.name, entry);
  }
  for (const [name, candidates] of index.byName) {
    const distinctFileNames = new Set(candidates.entries.map((e) => e.identity.fileName ?? e.identity.name));
    if (distinctFileNames.size === candidates.entries.length) continue; // x.html and x.docx: told apart by extension
    if (candidates.entries.length > 1) notes.push(`${candidates.entries.length} expected records share the name ${name}; paired by sha256 or path, else in file order`);
  }

  const summary: DiffSummary = {
    expectedRecords: expectedIndex.length,
    outputRecords: 0,
    matchedRecords: 0,
    identicalRecords: 0,
    differentRecords: 0,
    missingRecords: 0,
    extraRecords: 0,
    comparedCells: 0,
    changedCells: 0,
    missingCells: 0,
    extraCells: 0,
  };
  const records: RecordDiff[] = [];
  const extraRecords: UnmatchedRecord[] = [];
  const reader = new RecordReader();
  try {
    for await (const { record: outputRecord, location } of readRun(output, noteSkipped)) {
      summary.outputRecords++;
      const identity = recordIdentity(outputRecord, location);
      const match = findPartner(identity, index);
      if (!match) {
        extraRecords.push({ key: identity.name, file: describeLocation(location), ...aboutRecord(outputRecord) });
        continue;
      }
      match.partner.matched = true;
      summary.matchedRecords++;
      if (match.partner.digest !== undefined && match.partner.digest === contractDigest(outputRecord)) {
        summary.identicalRecords++;
        summary.comparedCells += match.partner.cells;
        continue;
      }
      const expectedRecord = await reader.read(match.partner.location);
      const cells: CellDiff[] = [];
      const compared = compareContract(expectedRecord, outputRecord, ignore, (kind, path, oldValue, newValue) => {
        const cell: CellDiff = { path, kind };
        if (kind !== "extra") {
          cell.old = oldValue;
          const source = provenanceOf(expectedRecord, path);
          if (source) cell.oldSource = source;
        }
        if (kind !== "missing") {
          cell.new = newValue;
          const source = provenanceOf(outputRecord, path);
          if (source) cell.newSource = source;
        }
        cells.push(cell);
        if (kind === "changed") summary.changedCells++;
        else if (kind === "missing") summary.missingCells++;
        else summary.extraCells++;
      });
      summary.comparedCells += compared;
      if (cells.length === 0) {
        summary.identicalRecords++;
        continue;
      }
      summary.differentRecords++;
      records.push({
        key: match.partner.identity.name,
        matchedBy: match.matchedBy,
        expectedFile: describeLocation(match.partner.location),
        outputFile: describeLocation(location),
        comparedCells: compared,
        cells,
      });
    }
  } finally {
    await reader.close();
  }

  if (skippedCount > 0) {
    const more = skippedCount > skipped.length ? ` and ${skippedCount - skipped.length} more` : "";
    notes.push(`no record in ${skipped.join(", ")}${more}`);
  }
  const missingRecords: UnmatchedRecord[] = expectedIndex
    .filter((entry) => !entry.matched)
    .map((entry) => ({ key: entry.identity.name, file: describeLocation(entry.location), ...entry.about }));
  summary.missingRecords = missingRecords.length;
  summary.extraRecords = extraRecords.length;
  const identical =
    summary.differentRecords === 0 && summary.missingRecords === 0 && summary.extraRecords === 0;
  return { expected, output, ignore, identical, summary, records, missingRecords, extraRecords, notes };
}
