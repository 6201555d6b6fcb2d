// Resume: `DIR/.nianbao-index.jsonl` gets one line per finished input (one write(2) of one
// line, after the record file is renamed into place), so a run killed at any moment leaves an
// index that only names finished work. A re-run skips inputs whose content (sha256) and
// nianbao version match their line; the aggregate files are rebuilt from the record files.
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Limits } from "./options.js";

export interface IndexedError {
  stage: string;
  reason: string;
  /** Depends on the machine (timeout, crash, out of memory): retried on the next run. */
  transient?: boolean;
}

export interface IndexEntry {
  /** inputKey(): path as given + zip entry. */
  key: string;
  sha256: string;
  version: string;
  /** Output name of the record file (without ".json"); absent for errors. */
  out?: string;
  error?: IndexedError;
  /** limitsFingerprint() of the run that produced an error (a raised limit may let it pass). */
  limits?: string;
}

export type ResumeDecision = "process" | "resume-record" | "resume-error";

export interface CurrentInput {
  sha256: string;
  version: string;
  out: string;
  limits: string;
}

/** The limits that can decide whether a document fails. */
export const limitsFingerprint = (limits: Pick<Limits, "maxBytes" | "maxPages">) => `bytes=${limits.maxBytes};pages=${limits.maxPages}`;

/** What to do with an input given its last index line. The caller still checks that the record file exists. */
export function resumeDecision(entry: IndexEntry | undefined, current: CurrentInput, force: boolean): ResumeDecision {
  if (force || !entry || entry.sha256 !== current.sha256 || entry.version !== current.version) return "process";
  if (entry.error) return entry.error.transient || entry.limits !== current.limits ? "process" : "resume-error";
  return entry.out === current.out ? "resume-record" : "process";
}

/** A record file written before its index line (run killed in between) still counts as done. */
export function recordFileMatches(recordJson: string, sha256: string, version: string): boolean {
  try {
    const record = JSON.parse(recordJson) as { source?: { sha256?: unknown }; nianbaoVersion?: unknown };
    return record.source?.sha256 === sha256 && record.nianbaoVersion === version;
  } catch {
    return false;
  }
}

const isIndexEntry = (value: unknown): value is IndexEntry => {
  const entry = value as Partial<IndexEntry> | null;
  return typeof entry?.key === "string" && typeof entry.sha256 === "string" && typeof entry.version === "string";
};

/** The last line per input key; a torn or foreign line is ignored. */
export function parseIndex(text: string): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  for (const line of text.split("\n")) {
    if (!line) continue;
    try {
      const entry: unknown = JSON.parse(line);
      if (isIndexEntry(entry)) entries.set(entry.key, entry);
    } catch {
      // a line cut short by a kill: that input simply is not done
    }
  }
  return entries;
}

export async function readIndex(path: string): Promise<Map<string, IndexEntry>> {
  try {
    return parseIndex(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw error;
  }
}

/** Appends index lines, one write(2) each. */
export class IndexWriter {
  private readonly fd: number;

  constructor(path: string) {
    this.fd = openSync(path, "a+");
    // a previous run killed mid-line leaves no newline: start ours on a fresh line
    const size = fstatSync(this.fd).size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(this.fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) writeSync(this.fd, "\n");
    }
  }

  append(entry: IndexEntry): void {
    writeSync(this.fd, JSON.stringify(entry) + "\n");
  }

  close(): void {
    closeSync(this.fd);
  }
}
