// Loads the hand-verified gold records (../shared/corpus/gold) and wraps them into the full record shape.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { ReportRecord } from "../../src/record/schema.js";

export const GOLD_DIR = fileURLToPath(new URL("../../../shared/corpus/gold/", import.meta.url));
export const goldAvailable = existsSync(GOLD_DIR);
if (!goldAvailable) console.log(`gold records not found at ${GOLD_DIR}: gold tests skipped`);

const FORMAT_BY_EXTENSION: Record<string, "html" | "pdf" | "docx"> = { html: "html", pdf: "pdf", docx: "docx" };
const SOURCE_FILES = goldAvailable
  ? readdirSync(join(GOLD_DIR, "..")).filter((f) => /\.(html|pdf|docx)$/.test(f))
  : [];

/** The gold record of one corpus document as a validated ReportRecord (source/provenance/… are dummies). */
export function goldRecord(id: string): ReportRecord {
  const gold = JSON.parse(readFileSync(join(GOLD_DIR, `${id}.gold.json`), "utf8"));
  const file = SOURCE_FILES.find((f) => f.startsWith(`${id}.`)) ?? `${id}.html`;
  return ReportRecord.parse({
    ...gold,
    source: { file, format: FORMAT_BY_EXTENSION[file.split(".").pop()!] ?? "html" },
    nianbaoVersion: "test",
    provenance: {},
    checks: [],
    warnings: [],
    unmapped: [],
  });
}

/** Ids of every gold record. */
export function goldIds(): string[] {
  return goldAvailable ? readdirSync(GOLD_DIR).filter((f) => f.endsWith(".gold.json")).map((f) => f.replace(".gold.json", "")) : [];
}
