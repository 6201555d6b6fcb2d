// Table variants the sample builders cannot express, as rewrites of the SampleTable they build:
// a 小计 column after 其他 (templates.md §10, orgSubtotal), 三、本年度办理结果 printed as two merged
// cells (pingtan-2020), and a blank row left at the end of a table (pingtan-2020 表四).
import { SampleCell, SampleTable } from "../../scripts/samples/document.js";
import { REQUESTS_HEADER_ROWS } from "../../scripts/samples/layout-requests.js";
import { CellPrinter } from "../../scripts/samples/printing.js";
import { readPrinted } from "./printer.js";

/** Applicant columns of 表三: 自然人, five legal-person columns, 总计. */
const VALUE_COLUMNS = 7;
const ORG_FIRST = 1;
const ORG_LAST = 5;

/**
 * Adds a 小计 column after 其他: widens 申请人情况 and 法人或其他组织, appends the header, and prints in
 * each data row the sum of its five legal-person cells (blank when all five are blank).
 */
export function withOrgSubtotalColumn(table: SampleTable, printer: CellPrinter): SampleTable {
  const [top, middle, bottom, ...data] = table.rows;
  if (!top || !middle || !bottom) throw new Error("表三 has fewer than 3 header rows");
  const widen = (cell: SampleCell) => ({ ...cell, colSpan: (cell.colSpan ?? 1) + 1 });
  const rows: SampleCell[][] = [
    [top[0]!, widen(top[1]!)],
    [middle[0]!, widen(middle[1]!), ...middle.slice(2)],
    [...bottom, { text: "小计", header: true }],
    ...data.map((row, r) => {
      const firstValue = row.findIndex((c) => c.value);
      const values = row.slice(firstValue);
      if (firstValue < 0 || values.length !== VALUE_COLUMNS) throw new Error(`表三 row ${r + REQUESTS_HEADER_ROWS} has no 7 value cells`);
      const org = values.slice(ORG_FIRST, ORG_LAST + 1).map((c) => readPrinted(c.text));
      const subtotal = org.every((v) => v === null) ? null : org.reduce<number>((a, v) => a + (v ?? 0), 0);
      const cell: SampleCell = { text: printer.print(`requests.row${r}.orgSubtotal`, subtotal), value: true };
      return [...row.slice(0, firstValue + ORG_LAST + 1), cell, ...row.slice(firstValue + ORG_LAST + 1)];
    }),
  ];
  const widths = table.gridWidths;
  const valueWidth = widths[widths.length - 1]!;
  return { ...table, gridWidths: [...widths.slice(0, -1), valueWidth, valueWidth], rows };
}

/** 三、本年度办理结果 as two cells, the second starting `at` result rows below the first. */
export function withResultsLabelInTwo(table: SampleTable, at: number): SampleTable {
  const first = REQUESTS_HEADER_ROWS + 2;
  const label = table.rows[first]?.[0];
  if (!label || (label.rowSpan ?? 1) <= at) throw new Error("表三 has no 三、本年度办理结果 cell spanning the result rows");
  const rows = table.rows.map((row) => [...row]);
  rows[first]![0] = { ...label, rowSpan: at };
  rows[first + at]!.unshift({ ...label, rowSpan: (label.rowSpan ?? 1) - at });
  return { ...table, rows };
}

/** A row of empty cells across the whole grid after the last row. */
export function withTrailingBlankRow(table: SampleTable): SampleTable {
  return { ...table, rows: [...table.rows, table.gridWidths.map((): SampleCell => ({ text: "" }))] };
}

/** The requests groups that have sub-rows, in table order, with their sub-row counts. */
function requestsGroups(otherLayout: "2019" | "2021"): Array<{ key: string; rows: number }> {
  const groups = [
    { key: "denied", rows: 8 },
    { key: "unable", rows: 3 },
    { key: "notProcessed", rows: 5 },
  ];
  return otherLayout === "2021" ? [...groups, { key: "other", rows: 3 }] : groups;
}

/**
 * Group subtotal rows (templates.md §10, a peer template): each group label （三）… becomes a row of
 * its own carrying the group's sums, and its sub-rows follow with their labels across B:C.
 */
export function withGroupSubtotalRows(table: SampleTable, otherLayout: "2019" | "2021", printer: CellPrinter): SampleTable {
  const firstResult = REQUESTS_HEADER_ROWS + 2;
  const resultsCell = table.rows[firstResult]?.[0];
  if (!resultsCell || (resultsCell.rowSpan ?? 1) < 2) throw new Error("表三 has no 三、本年度办理结果 cell");
  const out: SampleCell[][] = table.rows.slice(0, firstResult + 2).map((row) => [...row]);
  let at = firstResult + 2;
  for (const group of requestsGroups(otherLayout)) {
    const subRows = table.rows.slice(at, at + group.rows);
    const [groupLabel, ...firstRest] = subRows[0]!;
    if (!groupLabel || (groupLabel.rowSpan ?? 1) !== group.rows) throw new Error(`表三 group ${group.key} is not where expected`);
    const bodies = [firstRest, ...subRows.slice(1)];
    const sums = Array.from({ length: VALUE_COLUMNS }, (_, c) => {
      const values = bodies.map((cells) => readPrinted(cells[cells.length - VALUE_COLUMNS + c]!.text));
      return values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
    });
    out.push([
      { text: groupLabel.text, colSpan: 2 },
      ...sums.map((v, c): SampleCell => ({ text: printer.print(`requests.subtotals.${group.key}.${c}`, v), value: true })),
    ]);
    for (const [label, ...values] of bodies) out.push([{ ...label!, colSpan: 2 }, ...values]);
    at += group.rows;
  }
  out.push(...table.rows.slice(at).map((row) => [...row]));
  out[firstResult]![0] = { ...resultsCell, rowSpan: (resultsCell.rowSpan ?? 1) + requestsGroups(otherLayout).length };
  return { ...table, rows: out };
}
