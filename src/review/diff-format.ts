// The human-readable form of a DiffReport: one block per differing record, each cell with its old and
// new value and where each came from (page or grid cell, raw text).
import type { CellSource } from "../record/schema.js";
import type { CellDiff, DiffReport, UnmatchedRecord } from "./diff-runs.js";

function formatValue(value: unknown): string {
  if (value === undefined) return "(absent)";
  if (typeof value === "string") return JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

function formatSource(source: CellSource | undefined): string {
  if (!source) return "";
  const where = source.page !== undefined ? `p.${source.page}` : `grid ${source.grid} r${source.row} c${source.col}`;
  return ` [${where} ${JSON.stringify(source.raw)}]`;
}

function formatCell(cell: CellDiff): string {
  const old = cell.kind === "extra" ? "(absent)" : `${formatValue(cell.old)}${formatSource(cell.oldSource)}`;
  const now = cell.kind === "missing" ? "(absent)" : `${formatValue(cell.new)}${formatSource(cell.newSource)}`;
  return `  ${cell.kind.padEnd(7)} ${cell.path}: ${old} -> ${now}`;
}

function formatUnmatched(record: UnmatchedRecord): string {
  const about = [record.organization, record.year].filter((v) => v !== undefined).join(" ");
  return `${record.key} (${record.file}${about ? `; ${about}` : ""})`;
}

/** The report as text: one block per differing record, then missing/extra records and the counts. */
export function formatDiff(report: DiffReport): string {
  const lines: string[] = [`expected: ${report.expected}`, `output:   ${report.output}`];
  if (report.ignore.length > 0) lines.push(`ignored:  ${report.ignore.join(", ")}`);
  for (const record of report.records) {
    lines.push("", `${record.key}  (matched by ${record.matchedBy}; ${record.expectedFile} vs ${record.outputFile})`);
    for (const cell of record.cells) lines.push(formatCell(cell));
  }
  if (report.missingRecords.length > 0) {
    lines.push("", `missing records (expected only): ${report.missingRecords.length}`);
    for (const record of report.missingRecords) lines.push(`  ${formatUnmatched(record)}`);
  }
  if (report.extraRecords.length > 0) {
    lines.push("", `extra records (output only): ${report.extraRecords.length}`);
    for (const record of report.extraRecords) lines.push(`  ${formatUnmatched(record)}`);
  }
  for (const note of report.notes) lines.push(`note: ${note}`);
  const s = report.summary;
  lines.push(
    "",
    `records: ${s.expectedRecords} expected, ${s.outputRecords} output; ${s.matchedRecords} matched ` +
      `(${s.identicalRecords} identical, ${s.differentRecords} different), ${s.missingRecords} missing, ${s.extraRecords} extra`,
    `cells: ${s.comparedCells} compared; ${s.changedCells} changed, ${s.missingCells} missing, ${s.extraCells} extra`,
    report.identical ? "identical" : "different",
  );
  return `${lines.join("\n")}\n`;
}
