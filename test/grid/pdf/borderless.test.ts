// Borderless tables (no ruling lines): the text-alignment strategy of src/grid/pdf/text-tables.ts,
// on synthetic token streams and on a report printed by Chromium with every table border removed
// (fixtures/borderless-2021.pdf, made by make-borderless-fixture.mjs from the accuracy generator).
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compareRecord } from "../../../bench/accuracy/compare.js";
import type { ExpectedRecord } from "../../../scripts/samples/expected-record.js";
import { extractPdf } from "../../../extractors/pdf/index.js";
import { buildPdfLayout, DEFAULT_PDF_LAYOUT_SETTINGS } from "../../../src/grid/pdf/index.js";
import type { Grid, Layout } from "../../../src/grid/types.js";
import { processDocument } from "../../../src/pipeline.js";
import { gridRows, gridRules, pageToken, pdfTokens, text } from "./tokens.js";

const grids = (layout: Layout): Grid[] => layout.items.flatMap((i) => (i.kind === "grid" ? [i.grid] : []));
const texts = (layout: Layout): string[] => layout.items.flatMap((i) => (i.kind === "text" ? [i.text] : []));
const num = (page: number, s: string, centre: number, top: number) => text(page, s, centre - 3 * s.length, top, { x1: centre + 3 * s.length });

/** A 表二-like block without rules: caption, header, a label wrapped over two lines around its values. */
function borderlessBlock(page: number, top: number) {
  return [
    text(page, "第二十条第（一）项", 215, top),
    text(page, "信息内容", 100, top + 14), text(page, "本年制发件数", 200, top + 14), text(page, "本年废止件数", 320, top + 14), text(page, "现行有效件数", 440, top + 14),
    text(page, "规章", 80, top + 28), num(page, "3", 230, top + 28), num(page, "0", 350, top + 28), num(page, "12", 470, top + 28),
    // 行政规范 / 性文件 wraps; its values sit between the two lines.
    text(page, "行政规范", 80, top + 40), num(page, "11", 230, top + 46), num(page, "4", 350, top + 46), num(page, "420", 470, top + 46),
    text(page, "性文件", 80, top + 52),
  ];
}

describe("borderless tables from text alignment", () => {
  it("rebuilds a table with no ruling lines: header levels, value columns, a wrapped label kept in one cell", () => {
    const layout = buildPdfLayout(pdfTokens([pageToken(1), text(1, "二、主动公开政府信息情况", 80, 60, { size: 16 }), ...borderlessBlock(1, 100)]));
    const [grid] = grids(layout);
    expect(grids(layout)).toHaveLength(1);
    expect(gridRows(grid!)).toEqual([
      ["", "第二十条第（一）项", "^", ""],
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "3", "0", "12"],
      ["行政规范\n性文件", "11", "4", "420"],
    ]);
    expect(grid!.headerRows).toBe(2);
    // Cells carry their page and box like ruled ones: the value column edges lie halfway between value centres.
    const cell = grid!.cells.find((c) => c.text === "420")!;
    expect(cell.prov).toEqual({ page: 1, bbox: [410, 139, 530, 162] });
    expect(texts(layout)).toEqual(["二、主动公开政府信息情况"]);
  });

  it("leaves running text with numbers, and a lone number, as text", () => {
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      text(1, "2023年共收到政府信息公开申请146件，上年结转7件。", 80, 100),
      text(1, "全年办结151件", 80, 114), num(1, "151", 400, 114),
      text(1, "3", 290, 800, { x1: 296 }),
    ]));
    expect(grids(layout)).toEqual([]);
  });

  it("is switched off by the textTables setting, and never runs on a page with a ruled table", () => {
    const tokens = pdfTokens([pageToken(1), ...borderlessBlock(1, 100)]);
    expect(grids(buildPdfLayout(tokens, { ...DEFAULT_PDF_LAYOUT_SETTINGS, textTables: false }))).toEqual([]);
    const ruled = buildPdfLayout(pdfTokens([
      pageToken(1), ...borderlessBlock(1, 100),
      ...gridRules(1, [100, 200, 300], [400, 430, 460]),
      text(1, "甲", 140, 410), text(1, "乙", 240, 410), num(1, "1", 150, 440), num(1, "2", 250, 440),
    ]));
    expect(grids(ruled).map(gridRows)).toEqual([[["甲", "乙"], ["1", "2"]]]);
  });
});

describe("a 2021 report printed without table borders (Chromium)", async () => {
  const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
  const data = new Uint8Array(readFileSync(`${fixtures}borderless-2021.pdf`));
  const truth = JSON.parse(readFileSync(`${fixtures}borderless-2021.truth.json`, "utf8")) as ExpectedRecord;
  const layout = buildPdfLayout(await extractPdf(data));

  it("has no ruling lines around its tables (only the page footer's, under the last one)", async () => {
    const doc = await extractPdf(data);
    const rules = doc.tokens.flatMap((t) => (t.kind === "rule" && t.page >= 2 && t.page <= 4 ? [t] : []));
    const last = grids(layout).at(-1)!;
    expect(last.prov.page).toBe(4);
    expect(rules.every((r) => r.page === 4 && r.orientation === "h" && r.y0 > last.prov.bbox![3])).toBe(true);
  });

  it("reads every cell of the three tables right", async () => {
    const record = await processDocument({ data, file: "borderless-2021.pdf" });
    const cells = compareRecord(truth, record);
    expect(cells.filter((c) => !c.ok)).toEqual([]);
    expect(cells).toHaveLength(204);
    expect(record.provenance["requests.newReceived.total"]).toMatchObject({ raw: "146", page: 3 });
  });

  it("joins 表三 across its page break, keeping wrapped labels in one cell", () => {
    const requests = grids(layout).find((g) => g.cells.some((c) => c.text.startsWith("一、本年新收")))!;
    expect(requests.pieces).toEqual([{ page: 3, firstRow: 0 }, { page: 4, firstRow: 23 }]);
    expect(requests.colCount).toBe(10);
    expect(requests.cells.find((c) => c.text.startsWith("2.其他法律"))).toMatchObject({ col: 2, text: "2.其他法律行政法规\n禁止公开" });
    // The label cut by the page break continues on page 4 as one cell.
    expect(requests.cells.find((c) => c.text.startsWith("1.申请人无正当理由"))).toMatchObject({
      row: 22, col: 2, rowSpan: 2, text: "1.申请人无正当理由\n逾期不补正、行政机\n关不再处理其政府信\n息公开申请",
    });
    const lastRow = requests.cells.filter((c) => c.row === requests.rowCount - 1).map((c) => c.text);
    expect(lastRow).toEqual(["四、结转下年度继续办理", "0", "0", "1", "1", "0", "0", "2"]);
  });
});
