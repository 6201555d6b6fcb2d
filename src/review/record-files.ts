// Reading the records of one run: a folder of per-report JSON files (searched recursively) or a
// JSONL file. Records are streamed one at a time and each carries a location from which it can be
// read again, so a diff of tens of thousands of reports never holds a whole run in memory.
import { createReadStream } from "node:fs";
import { open, readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError } from "../tokens/types.js";
import type { CellSource } from "../record/schema.js";

/** The four contract parts of a record (../shared/spec/record.md). */
export const CONTRACT_PARTS = ["meta", "active", "requests", "review"] as const;

/** A record as read from disk: expected files may hold only the contract parts, so nothing else is required. */
export interface StoredRecord {
  meta?: unknown;
  active?: unknown;
  requests?: unknown;
  review?: unknown;
  source?: { file?: unknown; sha256?: unknown; zipEntry?: unknown };
  provenance?: Record<string, CellSource>;
  [key: string]: unknown;
}

/** Where a record sits: a JSON file (optionally an element of a top-level array) or one JSONL line. */
export interface RecordLocation {
  file: string;
  /** Index in a JSON file holding an array of records. */
  index?: number;
  /** JSONL: 1-based line number, byte offset and byte length of the line. */
  line?: number;
  byteOffset?: number;
  byteLength?: number;
}

export interface LocatedRecord {
  record: StoredRecord;
  location: RecordLocation;
}

/** Files a batch run writes beside the per-report JSON; they are never records themselves. */
export const AGGREGATE_FILE_NAMES: ReadonlySet<string> = new Set([
  "reports.jsonl",
  "errors.jsonl",
  "summary.json",
  "record.schema.json",
  "cross-checks.jsonl",
  ".nianbao-index.jsonl",
]);

/** Per-shard summaries of a sharded batch run (summary.shard-2-of-4.json). */
const SHARD_SUMMARY = /^summary\.shard-\d+-of-\d+\.json$/;

function isAggregateFile(name: string): boolean {
  return AGGREGATE_FILE_NAMES.has(name) || SHARD_SUMMARY.test(name);
}

/** Per-report files being read while earlier ones are parsed. */
const READ_AHEAD_FILES = 16;

const JSONL_EXTENSIONS = [".jsonl", ".ndjson"];

/** A parsed value is a record when it is an object carrying at least one contract part. */
export function isStoredRecord(value: unknown): value is StoredRecord {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  return CONTRACT_PARTS.some((part) => part in value);
}

/** Describes a location for messages: `file`, `file[3]` or `file:12`. */
export function describeLocation(location: RecordLocation): string {
  if (location.line !== undefined) return `${location.file}:${location.line}`;
  if (location.index !== undefined) return `${location.file}[${location.index}]`;
  return location.file;
}

/**
 * Streams every record of a run. `onSkipped` hears about parsed JSON values that are not records
 * (e.g. an error entry), so the caller can say how many were left out.
 */
export async function* readRun(path: string, onSkipped?: (where: string) => void): AsyncGenerator<LocatedRecord> {
  const info = await stat(path).catch(() => {
    throw new InputError("read", `no such file or folder: ${path}`);
  });
  if (info.isDirectory()) {
    yield* readJsonFiles(walkRecordFiles(path), onSkipped);
  } else if (JSONL_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) {
    yield* readJsonLines(path, onSkipped);
  } else if (path.toLowerCase().endsWith(".json")) {
    yield* readJsonFile(path, onSkipped);
  } else {
    throw new InputError("read", `not a folder, .json or .jsonl file: ${path}`);
  }
}

/** Per-report JSON files below a folder, in a stable (sorted) order; hidden entries and aggregates skipped. */
async function* walkRecordFiles(folder: string): AsyncGenerator<string> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkRecordFiles(full);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".json") && !isAggregateFile(entry.name)) yield full;
  }
}

/** Reads files a few ahead of the one being parsed, so parsing never waits for the disk. */
async function* readJsonFiles(files: AsyncIterable<string>, onSkipped?: (where: string) => void): AsyncGenerator<LocatedRecord> {
  const pending: { file: string; text: Promise<string> }[] = [];
  const startReading = (file: string): void => {
    const text = readFile(file, "utf8");
    text.catch(() => undefined); // awaited (and thrown) in order below; not an unhandled rejection meanwhile
    pending.push({ file, text });
  };
  for await (const file of files) {
    startReading(file);
    if (pending.length >= READ_AHEAD_FILES) {
      const next = pending.shift()!;
      yield* parseJsonFile(next.file, await next.text, onSkipped);
    }
  }
  for (const next of pending) yield* parseJsonFile(next.file, await next.text, onSkipped);
}

async function* readJsonFile(file: string, onSkipped?: (where: string) => void): AsyncGenerator<LocatedRecord> {
  yield* parseJsonFile(file, await readFile(file, "utf8"), onSkipped);
}

function* parseJsonFile(file: string, text: string, onSkipped?: (where: string) => void): Generator<LocatedRecord> {
  const value = parseJson(text, file);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (isStoredRecord(item)) yield { record: item, location: { file, index } };
      else onSkipped?.(`${file}[${index}]`);
    }
  } else if (isStoredRecord(value)) {
    yield { record: value, location: { file } };
  } else {
    onSkipped?.(file);
  }
}

const NEWLINE = 0x0a;

/** JSONL lines with their byte positions, read in chunks (a run's JSONL can be gigabytes). */
async function* readJsonLines(file: string, onSkipped?: (where: string) => void): AsyncGenerator<LocatedRecord> {
  let pending: Buffer = Buffer.alloc(0);
  let pendingOffset = 0;
  let line = 0;
  const emit = (bytes: Buffer, byteOffset: number): LocatedRecord | undefined => {
    line++;
    const text = bytes.toString("utf8").trim();
    if (text === "") return undefined;
    const location: RecordLocation = { file, line, byteOffset, byteLength: bytes.length };
    const value = parseJson(text, `${file}:${line}`);
    if (isStoredRecord(value)) return { record: value, location };
    onSkipped?.(`${file}:${line}`);
    return undefined;
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    const data = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    for (let nl = data.indexOf(NEWLINE, start); nl !== -1; nl = data.indexOf(NEWLINE, start)) {
      const located = emit(data.subarray(start, nl), pendingOffset + start);
      if (located) yield located;
      start = nl + 1;
    }
    pendingOffset += start;
    pending = data.subarray(start);
  }
  if (pending.length > 0) {
    const located = emit(pending, pendingOffset);
    if (located) yield located;
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError("read", `${where}: invalid JSON (${(error as Error).message.split("\n")[0]})`);
  }
}

/** Reads records again by location; keeps JSONL files open until `close`. */
export class RecordReader {
  private readonly handles = new Map<string, Awaited<ReturnType<typeof open>>>();

  async read(location: RecordLocation): Promise<StoredRecord> {
    const where = describeLocation(location);
    let value: unknown;
    if (location.byteOffset !== undefined && location.byteLength !== undefined) {
      let handle = this.handles.get(location.file);
      if (!handle) {
        handle = await open(location.file, "r");
        this.handles.set(location.file, handle);
      }
      const bytes = Buffer.alloc(location.byteLength);
      await handle.read(bytes, 0, location.byteLength, location.byteOffset);
      value = parseJson(bytes.toString("utf8"), where);
    } else {
      value = parseJson(await readFile(location.file, "utf8"), where);
      if (location.index !== undefined) value = Array.isArray(value) ? value[location.index] : undefined;
    }
    if (!isStoredRecord(value)) throw new InputError("read", `${where}: record changed while reading`);
    return value;
  }

  async close(): Promise<void> {
    await Promise.all([...this.handles.values()].map((handle) => handle.close()));
    this.handles.clear();
  }
}
