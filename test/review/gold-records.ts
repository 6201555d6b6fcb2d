// Test helper: the hand-verified gold records of ../shared/corpus wrapped into full records (source,
// provenance, checks, ...), as a run of nianbao would write them.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ReportRecord } from "../../src/record/schema.js";

/** ../shared relative to the repository root. */
export const SHARED_DIR = fileURLToPath(new URL("../../../shared", import.meta.url));
export const CORPUS_DIR = join(SHARED_DIR, "corpus");
export const GOLD_DIR = join(CORPUS_DIR, "gold");

/** Why the corpus tests cannot run, or undefined when the gold records are there. */
export function goldUnavailable(): string | undefined {
  return existsSync(GOLD_DIR) ? undefined : `gold records not found at ${GOLD_DIR}`;
}

export interface GoldDocument {
  id: string;
  /** Document file name in the corpus, from SOURCES.tsv. */
  file: string;
  format: "html" | "docx" | "pdf";
  sha256: string;
  gold: Pick<ReportRecord, "meta" | "active" | "requests" | "review">;
}

/** Every gold record with its SOURCES.tsv row, in id order. */
export function loadGoldDocuments(): GoldDocument[] {
  const [header, ...rows] = readFileSync(join(CORPUS_DIR, "SOURCES.tsv"), "utf8").trimEnd().split("\n");
  const columns = (header ?? "").split("\t");
  const column = (name: string): number => columns.indexOf(name);
  const sources = new Map(rows.map((row) => row.split("\t")).map((cells) => [cells[column("id")] ?? "", cells]));
  return readdirSync(GOLD_DIR)
    .filter((name) => name.endsWith(".gold.json"))
    .sort()
    .map((name) => {
      const id = name.slice(0, -".gold.json".length);
      const cells = sources.get(id);
      if (!cells) throw new Error(`${id} is not in SOURCES.tsv`);
      return {
        id,
        file: cells[column("file")] ?? "",
        format: (cells[column("format")] ?? "") as GoldDocument["format"],
        sha256: cells[column("sha256")] ?? "",
        gold: JSON.parse(readFileSync(join(GOLD_DIR, name), "utf8")) as GoldDocument["gold"],
      };
    });
}

/** A gold record as a run would write it (no provenance: the gold files carry none). */
export function asRunRecord(doc: GoldDocument, sourceDir = "corpus"): ReportRecord {
  return {
    ...structuredClone(doc.gold),
    source: { file: `${sourceDir}/${doc.file}`, format: doc.format, sha256: doc.sha256 },
    nianbaoVersion: "test",
    provenance: {},
    checks: [],
    warnings: [],
    unmapped: [],
  };
}
