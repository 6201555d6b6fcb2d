// A record's share of each aggregate file, as text. Workers make them next to the record (in
// parallel), the runner makes them for resumed records; both from the record's JSON text, so a
// record's lines are byte-identical however it was obtained.
import { createHash } from "node:crypto";
import type { ReportRecord } from "../record/schema.js";
import { csvRow } from "./csv.js";
import { cellRows, checkRows, reportRow } from "./tables.js";

export interface RecordFragments {
  /** reports.jsonl line. */
  line: string;
  /** cells.csv rows. */
  cells: string;
  /** reports.csv row. */
  report: string;
  /** checks.csv rows of the record's failed checks. */
  checks: string;
  /** Hash of what the cross-report checks compare: agency, year, template and the three tables. */
  crossKey: string;
  /** The record without provenance, checks and unmapped rows, as JSON (what cross-report checks get). */
  slim: string;
  /** source.file, to name the reports cross-report checks pair. */
  file: string;
}

/** `name`: the report's output name, its id in the CSV files. */
export function recordFragments(name: string, recordJson: string): RecordFragments {
  const record = JSON.parse(recordJson) as ReportRecord;
  const { meta, active, requests, review, source } = record;
  const context = { report: name, file: source.file, zipEntry: source.zipEntry, scope: "report" as const };
  const crossContent = JSON.stringify([meta.organization, meta.year, meta.template, active, requests, review]);
  return {
    line: JSON.stringify(record) + "\n",
    cells: cellRows(name, record).map(csvRow).join(""),
    report: csvRow(reportRow(name, record)),
    checks: checkRows(context, record.checks).map(csvRow).join(""),
    crossKey: createHash("sha1").update(crossContent).digest("base64"),
    slim: JSON.stringify({ ...record, provenance: {}, checks: [], unmapped: [] }),
    file: source.file,
  };
}
