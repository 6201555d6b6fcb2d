// The run's review page (OUTPUT/index.html): built from reports.jsonl after every input is done,
// with each record slimmed to what the page shows, so 10,000 reports fit in memory.
import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { writeReviewPage } from "../review/page.js";
import type { ReportRecord } from "../record/schema.js";

/** What the page reads of a record: contract values, source, failed checks, warnings, raw text and page per cell. */
export function slimForPage(record: ReportRecord): ReportRecord {
  const provenance: ReportRecord["provenance"] = {};
  for (const [path, source] of Object.entries(record.provenance)) {
    provenance[path] = { raw: source.raw, grid: source.grid, row: source.row, col: source.col, ...(source.page !== undefined ? { page: source.page } : {}) };
  }
  return {
    ...record,
    provenance,
    // Passing and skipped checks are only counted on the page: keep one empty stand-in per check.
    checks: record.checks.map((check) => (check.status === "fail" ? check : { ...check, instances: [] })),
  };
}

async function* jsonLines<T>(file: string): AsyncGenerator<T> {
  if (!existsSync(file)) return;
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
}

/** Writes `outDir/<pageFile>` from the run's reports and cross-report checks; returns its path. */
export async function writeRunReviewPage(outDir: string, files: { reports: string; crossChecks: string; reviewPage: string }): Promise<string> {
  const records: ReportRecord[] = [];
  for await (const record of jsonLines<ReportRecord>(join(outDir, files.reports))) records.push(slimForPage(record));
  const crossChecks: unknown[] = [];
  for await (const result of jsonLines<unknown>(join(outDir, files.crossChecks))) crossChecks.push(result);
  return writeReviewPage(outDir, records, { crossChecks, fileName: files.reviewPage });
}
