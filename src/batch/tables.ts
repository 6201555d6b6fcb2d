// The rows of the three CSV files, derived from records: cells.csv (long form, one line per
// record value), reports.csv (wide, one line per report), checks.csv (one line per failed check instance).
import type { ReportRecord } from "../record/schema.js";
import type { CsvValue } from "./csv.js";

export const CELL_COLUMNS = ["report", "table", "rowKey", "columnKey", "value", "raw", "page"] as const;

export const REPORT_TOTALS = [
  "requests.newReceived.total",
  "requests.carriedOver.total",
  "requests.granted.total",
  "requests.partiallyGranted.total",
  "requests.total.total",
  "requests.carriedForward.total",
  "review.reconsideration.total",
  "review.litigationDirect.total",
  "review.litigationAfterReconsideration.total",
] as const;

export const REPORT_COLUMNS = [
  "report",
  "file",
  "zipEntry",
  "format",
  "sha256",
  "bytes",
  "title",
  "organization",
  "year",
  "template",
  "requestsLayout",
  ...REPORT_TOTALS,
  "exactChecksFailed",
  "softChecksFailed",
  "warnings",
] as const;

export const CHECK_COLUMNS = ["report", "file", "zipEntry", "scope", "id", "kind", "where", "left", "right", "delta", "paths", "nullAsZero"] as const;

type Tree = { [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === "object" && value !== null && !Array.isArray(value);
/** A requests Row (applicant columns) as opposed to a group of rows (denied, unable, …). */
const isRow = (value: Tree) => "total" in value || "naturalPerson" in value;

/** Every value of the three tables as [table, rowKey, columnKey, value], in record order. */
export function* recordCells(record: ReportRecord): Generator<[string, string, string, number | null]> {
  for (const table of ["active", "requests", "review"] as const) {
    const rows = record[table] as unknown;
    if (!isTree(rows)) continue;
    for (const [rowKey, row] of Object.entries(rows)) {
      if (!isTree(row)) continue;
      if (table === "requests" && !isRow(row)) {
        for (const [subKey, subRow] of Object.entries(row))
          if (isTree(subRow)) yield* rowCells(table, `${rowKey}.${subKey}`, subRow);
      } else yield* rowCells(table, rowKey, row);
    }
  }
}

function* rowCells(table: string, rowKey: string, row: Tree): Generator<[string, string, string, number | null]> {
  // strings beside the numbers (fees.units) are not cells
  for (const [columnKey, value] of Object.entries(row))
    if (typeof value === "number" || value === null) yield [table, rowKey, columnKey, value];
}

export function cellRows(report: string, record: ReportRecord): CsvValue[][] {
  const rows: CsvValue[][] = [];
  for (const [table, rowKey, columnKey, value] of recordCells(record)) {
    const source = record.provenance[`${table}.${rowKey}.${columnKey}`];
    rows.push([report, table, rowKey, columnKey, value, source?.raw, source?.page]);
  }
  return rows;
}

function valueAt(record: ReportRecord, path: string): CsvValue {
  let node: unknown = record;
  for (const part of path.split(".")) node = isTree(node) ? node[part] : undefined;
  return typeof node === "number" ? node : undefined;
}

export function reportRow(report: string, record: ReportRecord): CsvValue[] {
  const failed = (kind: "exact" | "soft") => record.checks.filter((check) => check.kind === kind && check.status === "fail").length;
  const { source, meta } = record;
  return [
    report,
    source.file,
    source.zipEntry,
    source.format,
    source.sha256,
    source.bytes,
    meta.title,
    meta.organization,
    meta.year,
    meta.template,
    meta.requestsLayout,
    ...REPORT_TOTALS.map((path) => valueAt(record, path)),
    failed("exact"),
    failed("soft"),
    record.warnings.length,
  ];
}

/** A check result as records carry them, or as cross-report checks return them (extra fields allowed). */
export interface CheckLike {
  id: string;
  kind: string;
  status: string;
  instances: Array<{
    where: string;
    left: number | null;
    right: number | null;
    delta: number | null;
    status: string;
    paths: string[];
    nullAsZero?: string;
  }>;
}

export interface CheckRowContext {
  report: string;
  file?: string;
  zipEntry?: string;
  scope: "report" | "cross";
}

export function checkRows(context: CheckRowContext, checks: readonly CheckLike[]): CsvValue[][] {
  const rows: CsvValue[][] = [];
  for (const check of checks) {
    if (check.status !== "fail") continue;
    for (const instance of check.instances) {
      if (instance.status !== "fail") continue;
      rows.push([
        context.report,
        context.file,
        context.zipEntry,
        context.scope,
        check.id,
        check.kind,
        instance.where,
        instance.left,
        instance.right,
        instance.delta,
        instance.paths.join(" "),
        instance.nullAsZero,
      ]);
    }
  }
  return rows;
}
