// The one place the batch runner calls the cross-report checks (src/checks/crossReport.ts).
import { crossReportChecks, type CrossReportResult } from "../checks/crossReport.js";
import type { ReportRecord } from "../record/schema.js";
import type { RecordFragments } from "./fragments.js";

export type { CrossReportResult };

/**
 * Collects the records the cross-report checks see: each without its provenance, per-report
 * checks and unmapped rows (unused there, and too costly to hold for tens of thousands of
 * records). A report whose agency, year and tables equal one already collected (the same report
 * crawled twice, or as HTML and PDF) is left out: it would repeat that one's results, and
 * archives with many copies would make an agency's pairs grow quadratically.
 */
export class CrossCheckInput {
  private readonly records: ReportRecord[] = [];
  private readonly seen = new Set<string>();

  add(fragments: Pick<RecordFragments, "crossKey" | "slim">): void {
    if (this.seen.has(fragments.crossKey)) return;
    this.seen.add(fragments.crossKey);
    this.records.push(JSON.parse(fragments.slim) as ReportRecord);
  }

  run(): CrossReportResult[] {
    return crossReportChecks(this.records);
  }
}
