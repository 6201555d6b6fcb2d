import { describe, expect, it } from "vitest";
import { activeTable, isValueCell, requestsTable, reviewTable, type DrawnTable } from "../../src/review/table-layouts.js";
import { activeLayout, requestsVariant } from "../../src/review/table-variant.js";
import type { ReportRecord } from "../../src/record/schema.js";
import { goldUnavailable, loadGoldDocuments } from "./gold-records.js";

/** Expands the spans like a browser does; fails on overlaps and on rows of unequal width. */
function gridWidth(table: DrawnTable): number {
  const taken: boolean[][] = [];
  let width = -1;
  table.rows.forEach((row, r) => {
    taken[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (taken[r]![c]) c++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = isValueCell(cell) ? 1 : (cell.rowSpan ?? 1);
      for (let dr = 0; dr < rowSpan; dr++) {
        taken[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) {
          if (taken[r + dr]![c + dc]) throw new Error(`${table.table} overlap at row ${r + dr}, col ${c + dc}`);
          taken[r + dr]![c + dc] = true;
        }
      }
      c += colSpan;
    }
  });
  taken.forEach((row, r) => {
    const filled = row.filter(Boolean).length;
    if (width < 0) width = filled;
    if (filled !== width || row.length !== width) throw new Error(`${table.table} row ${r} covers ${filled} of ${width} columns`);
  });
  expect(taken.length).toBe(table.rows.length);
  return width;
}

const valuePaths = (table: DrawnTable) => table.rows.flat().filter(isValueCell).map((c) => c.path);
const labelsOf = (table: DrawnTable) => table.rows.flat().filter((c) => !isValueCell(c)).map((c) => ("text" in c ? c.text : ""));

describe("the national tables as drawn", () => {
  it("主动公开 has 14 rows × 4 columns (2021) and 18 rows × 4 columns (2019)", () => {
    expect([gridWidth(activeTable("2021")), activeTable("2021").rows.length]).toEqual([4, 14]);
    expect(valuePaths(activeTable("2021"))).toHaveLength(10);
    expect([gridWidth(activeTable("2019")), activeTable("2019").rows.length]).toEqual([4, 18]);
    expect(valuePaths(activeTable("2019"))).toHaveLength(22);
  });

  it("申请 has 3 header rows and 25 (2021) or 23 (2019) labelled rows of 7 applicant columns", () => {
    const t2021 = requestsTable({ layout: "2021", orgSubtotal: false, subtotals: [] });
    expect(gridWidth(t2021)).toBe(10);
    expect(t2021.rows.length).toBe(3 + 25);
    expect(valuePaths(t2021)).toHaveLength(25 * 7);
    expect(labelsOf(t2021)).toContain("三、本年度办理结果");
    expect(t2021.rows.flat().find((c) => !isValueCell(c) && c.text === "三、本年度办理结果")).toMatchObject({ rowSpan: 22 });
    const t2019 = requestsTable({ layout: "2019", orgSubtotal: false, subtotals: [] });
    expect(gridWidth(t2019)).toBe(10);
    expect(t2019.rows.length).toBe(3 + 23);
    expect(t2019.rows.flat().find((c) => !isValueCell(c) && c.text === "三、本年度办理结果")).toMatchObject({ rowSpan: 20 });
    expect(valuePaths(t2019)).toContain("requests.other.total");
    expect(valuePaths(t2021)).toContain("requests.other.overdueFee.total");
  });

  it("adds a 小计 column and printed group subtotal rows when the record has them", () => {
    const table = requestsTable({ layout: "2021", orgSubtotal: true, subtotals: ["denied", "other"] });
    expect(gridWidth(table)).toBe(11);
    expect(table.rows.length).toBe(3 + 25 + 2);
    expect(table.variant).toBe("2021+orgSubtotal+subtotal-denied+subtotal-other");
    expect(valuePaths(table)).toContain("requests.subtotals.denied.orgSubtotal");
    expect(table.rows.flat().find((c) => !isValueCell(c) && c.text === "（三）不予公开")).toMatchObject({ rowSpan: 9 });
  });

  it("复议诉讼 has 15 value cells under its header rows", () => {
    const table = reviewTable();
    expect(gridWidth(table)).toBe(15);
    expect(valuePaths(table)).toHaveLength(15);
    expect(valuePaths(table)[14]).toBe("review.litigationAfterReconsideration.total");
  });
});

const skipReason = goldUnavailable();
if (skipReason) console.log(`skipping gold layout tests: ${skipReason}`);

describe.skipIf(skipReason !== undefined)("layouts chosen for the gold records", () => {
  it("draws every table value of every gold record", () => {
    for (const { id, gold } of loadGoldDocuments()) {
      const record = gold as ReportRecord;
      const active = activeLayout(record);
      const variant = requestsVariant(record)!;
      const drawn = new Set([...valuePaths(activeTable(active!)), ...valuePaths(requestsTable(variant)), ...valuePaths(reviewTable())]);
      const leaves: string[] = [];
      const walk = (node: unknown, path: string): void => {
        if (node !== null && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
        else leaves.push(path);
      };
      for (const part of ["active", "requests", "review"] as const) walk(record[part], part);
      const undrawn = leaves.filter((p) => !drawn.has(p) && !p.endsWith(".units"));
      expect({ id, undrawn }).toEqual({ id, undrawn: [] });
      expect({ id, active }).toEqual({ id, active: gold.meta.template });
    }
  });

  it("reads hongze-2023 as a 2021 active table with the single （六） row", () => {
    const hongze = loadGoldDocuments().find((d) => d.id === "hongze-2023")!.gold as ReportRecord;
    expect(activeLayout(hongze)).toBe("2021");
    expect(requestsVariant(hongze)).toEqual({ layout: "2019", orgSubtotal: false, subtotals: [] });
  });
});
