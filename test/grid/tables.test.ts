import { describe, it, expect } from "vitest";
import { expandTable, buildTableLayout } from "../../src/grid/tables.js";
import { cellAt, isOrigin } from "../../src/grid/types.js";
import type { DocumentTokens, TableToken, TableCell } from "../../src/tokens/types.js";

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, rowSpan: 1, colSpan: 1, header: false, prov: {}, ...extra });
const table = (index: number, rows: TableCell[][], depth = 0): TableToken => ({ kind: "table", index, rows, depth, prov: { tableIndex: index } });
const doc = (tokens: DocumentTokens["tokens"]): DocumentTokens => ({ format: "html", meta: { properties: {} }, tokens, warnings: [] });

describe("expandTable", () => {
  it("expands rowspan and colspan so every slot knows its origin cell", () => {
    // the requests-table header: a 3×3 note cell, 申请人情况 over 7 columns, 自然人 over 2 rows
    const g = expandTable(
      table(0, [
        [cell("note", { rowSpan: 3, colSpan: 3 }), cell("申请人情况", { colSpan: 7 })],
        [cell("自然人", { rowSpan: 2 }), cell("法人或其他组织", { colSpan: 5 }), cell("总计", { rowSpan: 2 })],
        [cell("商业企业"), cell("科研机构"), cell("社会公益组织"), cell("法律服务机构"), cell("其他")],
        [cell("一、本年新收", { colSpan: 3 }), ...["1", "2", "3", "4", "5", "6", "21"].map((t) => cell(t))],
      ]),
      0,
    );
    expect(g.rowCount).toBe(4);
    expect(g.colCount).toBe(10);
    expect(cellAt(g, 2, 2)?.text).toBe("note");
    expect(isOrigin(g, 2, 2)).toBe(false);
    expect(cellAt(g, 2, 3)?.text).toBe("自然人");
    expect(cellAt(g, 2, 4)?.text).toBe("商业企业");
    expect(cellAt(g, 2, 9)?.text).toBe("总计");
    expect(cellAt(g, 3, 9)?.text).toBe("21");
    expect(g.headerRows).toBe(3);
  });

  it("folds DOCX vMerge continuation cells into the restart cell", () => {
    const g = expandTable(
      table(0, [
        [cell("三、本年度办理结果", { vMerge: "restart" }), cell("（一）予以公开"), cell("1")],
        [cell("", { vMerge: "continue" }), cell("（二）部分公开"), cell("2")],
        [cell("", { vMerge: "continue" }), cell("（七）总计"), cell("3")],
      ]),
      0,
    );
    expect(g.cells.filter((c) => c.text === "三、本年度办理结果")[0]?.rowSpan).toBe(3);
    expect(cellAt(g, 2, 0)?.text).toBe("三、本年度办理结果");
    expect(cellAt(g, 2, 1)?.text).toBe("（七）总计");
    expect(cellAt(g, 2, 2)?.text).toBe("3");
    expect(g.cells).toHaveLength(7);
  });

  it("clips a rowspan that runs past the table and pads ragged rows with holes", () => {
    const g = expandTable(table(0, [[cell("a", { rowSpan: 20 }), cell("b")], [cell("c"), cell("d"), cell("e")]]), 0);
    expect(g.rowCount).toBe(2);
    expect(g.cells[0]?.rowSpan).toBe(2);
    expect(g.colCount).toBe(4);
    expect(g.slots[0]).toEqual([0, 1, -1, -1]);
    expect(g.slots[1]).toEqual([0, 2, 3, 4]);
  });
});

describe("buildTableLayout", () => {
  it("joins a table continued in the next <table> and drops the repeated header", () => {
    const header = [cell("项目", { header: true }), cell("自然人", { header: true })];
    const layout = buildTableLayout(
      doc([
        { kind: "text", text: "三、收到和处理政府信息公开申请情况", role: "heading", prov: {} },
        table(0, [header, [cell("一、本年新收"), cell("5")]]),
        { kind: "text", text: "\u00a0 ", role: "paragraph", prov: {} },
        table(1, [header, [cell("二、上年结转"), cell("2")]]),
        { kind: "text", text: "四、政府信息公开行政复议、行政诉讼情况", role: "heading", prov: {} },
        table(2, [header, [cell("x"), cell("9")]]),
      ]),
    );
    const grids = layout.items.filter((i) => i.kind === "grid");
    expect(grids).toHaveLength(2);
    const joined = grids[0]!.kind === "grid" ? grids[0]!.grid : undefined;
    expect(joined?.rowCount).toBe(3);
    expect(joined && cellAt(joined, 2, 0)?.text).toBe("二、上年结转");
    expect(joined?.pieces).toEqual([{ tableIndex: 0, firstRow: 0 }, { tableIndex: 1, firstRow: 2 }]);
  });

  it("reads a page-layout table (DOCX body in a table) as one paragraph per line and keeps the tables nested in it", () => {
    const body = "一、总体情况".padEnd(500, "文");
    const layout = buildTableLayout(
      doc([
        table(0, [[cell("某局2021年政府信息公开工作年度报告\n \n" + body), cell("")]], 0),
        table(1, [[cell("规章"), cell("0")]], 1),
        table(2, [[cell("行政复议"), cell("1"), cell("2")]], 0),
      ]),
    );
    expect(layout.items.map((i) => (i.kind === "text" ? `${i.role}:${i.text.slice(0, 20)}` : `grid ${i.grid.pieces[0]?.tableIndex}`))).toEqual([
      "paragraph:某局2021年政府信息公开工作年度报告",
      "paragraph:一、总体情况文文文文文文文文文文文文文文",
      "grid 1",
      "grid 2",
    ]);
  });

  it("takes a table holding a nested table for layout even with short cells, and a table followed by a sibling for data", () => {
    const layout = buildTableLayout(
      doc([
        table(0, [[cell("导航")]], 0),
        { kind: "text", text: "表一", role: "heading", prov: {} },
        table(1, [[cell("规章"), cell("0")]], 1),
        table(2, [[cell("行政复议"), cell("1"), cell("2")]], 1),
      ]),
    );
    expect(layout.items.map((i) => (i.kind === "text" ? i.text : `grid ${i.grid.pieces.map((p) => p.tableIndex).join("+")}`))).toEqual([
      "导航",
      "表一",
      "grid 1",
      "grid 2",
    ]);
  });
});
