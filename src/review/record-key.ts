// How records of two runs are paired: by the source document's name (basename without extension)
// or, when both sides know it, by the document's sha256.
import type { RecordLocation, StoredRecord } from "./record-files.js";

/** Suffixes a per-report JSON file name may carry after the document's name (`x.gold.json`, `x.pdf.json`). */
export const RECORD_FILE_SUFFIXES = [".gold", ".expected", ".record", ".nianbao"];
export const DOCUMENT_EXTENSIONS = [".pdf", ".html", ".htm", ".shtml", ".docx", ".doc", ".wps", ".txt"];

export interface RecordIdentity {
  /** Document name without extension: the matching key. */
  name: string;
  /** The source path without extension, to break ties between equal names in different folders. */
  path: string;
  /** Document file name with its extension (`x.html`), when known: tells x.html and x.docx apart. */
  fileName?: string;
  sha256?: string;
}

function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return path.slice(slash + 1);
}

function withoutExtension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

function withoutSuffix(name: string, suffixes: readonly string[]): string {
  const lower = name.toLowerCase();
  const suffix = suffixes.find((s) => lower.endsWith(s) && lower.length > s.length);
  return suffix ? name.slice(0, name.length - suffix.length) : name;
}

/** The record's document name: source.zipEntry or source.file, else the JSON file's own name. */
export function recordIdentity(record: StoredRecord, location: RecordLocation): RecordIdentity {
  const source = record.source;
  const sourcePath =
    typeof source?.zipEntry === "string" && source.zipEntry !== ""
      ? source.zipEntry
      : typeof source?.file === "string" && source.file !== ""
        ? source.file
        : undefined;
  const sha256 = typeof source?.sha256 === "string" && source.sha256 !== "" ? source.sha256.toLowerCase() : undefined;
  if (sourcePath !== undefined) {
    const path = withoutExtension(sourcePath.replace(/\\/g, "/"));
    return { name: withoutExtension(baseName(sourcePath)), path, fileName: baseName(sourcePath), sha256 };
  }
  if (location.line !== undefined || location.index !== undefined) {
    // Several records share the file: without a source there is no name to pair them by.
    const where = location.line !== undefined ? `line ${location.line}` : `item ${location.index}`;
    return { name: `${baseName(location.file)} ${where}`, path: `${location.file} ${where}`, sha256 };
  }
  let name = baseName(location.file);
  name = withoutSuffix(name, [".json"]);
  name = withoutSuffix(name, RECORD_FILE_SUFFIXES);
  const withExtension = name;
  name = withoutSuffix(name, DOCUMENT_EXTENSIONS);
  return { name, path: name, ...(withExtension !== name ? { fileName: withExtension } : {}), sha256 };
}
