// The run's review page (OUTPUT/index.html): built from reports.jsonl after every input is done,
// one record at a time into the page's compact form, so 10,000 reports never sit in memory whole.
import { createReadStream, existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { PageDataBuilder } from "../review/page-data.js";
import { relativeSourceHref, renderPageData } from "../review/page.js";
import type { ReportRecord } from "../record/schema.js";

async function* jsonLines<T>(file: string): AsyncGenerator<T> {
  if (!existsSync(file)) return;
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
}

/** Writes `outDir/<pageFile>` from the run's reports and cross-report checks; returns its path. */
export async function writeRunReviewPage(outDir: string, files: { reports: string; crossChecks: string; reviewPage: string }): Promise<string> {
  const builder = new PageDataBuilder({ sourceHref: (record: ReportRecord) => relativeSourceHref(outDir, record) });
  for await (const record of jsonLines<ReportRecord>(join(outDir, files.reports))) builder.add(record);
  const crossChecks: unknown[] = [];
  for await (const result of jsonLines<unknown>(join(outDir, files.crossChecks))) crossChecks.push(result);
  const file = join(outDir, files.reviewPage);
  await writeFile(file, renderPageData(builder.finish(crossChecks)));
  return file;
}
