import { describe, it, expect } from "vitest";
import { buildPdfLayout } from "../../../src/grid/pdf/index.js";
import { isValueText } from "../../../src/grid/text.js";
import type { Grid, Layout } from "../../../src/grid/types.js";
import { InputError } from "../../../src/tokens/types.js";
import { gridRows, gridRules, hRule, pageToken, pdfTokens, text, vRule } from "./tokens.js";

const grids = (layout: Layout): Grid[] => layout.items.flatMap((i) => (i.kind === "grid" ? [i.grid] : []));
const texts = (layout: Layout): string[] => layout.items.flatMap((i) => (i.kind === "text" ? [i.text] : []));

describe("edges → cells", () => {
  it("merges slots where an inner border is missing, into spans on the grid of edge positions", () => {
    const xs = [100, 200, 300, 400], ys = [100, 130, 160, 190];
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      // No vertical at x=200 in row 0 (header spans two columns); no horizontal at y=160 under column 2.
      ...gridRules(1, xs, ys, ["v:1:0", "h:2:2"]),
      text(1, "信息内容", 130, 110),
      text(1, "总计", 340, 110),
      text(1, "规章", 105, 140), text(1, "0", 250, 140, { x1: 255 }), text(1, "8", 340, 155, { x1: 345 }),
      text(1, "许可", 105, 170), text(1, "5", 250, 170, { x1: 255 }),
    ]));
    const [grid] = grids(layout);
    expect(grid?.rowCount).toBe(3);
    expect(grid?.colCount).toBe(3);
    expect(gridRows(grid!)).toEqual([
      ["信息内容", "^", "总计"],
      ["规章", "0", "8"],
      ["许可", "5", "^"],
    ]);
    expect(grid?.cells[0]).toMatchObject({ row: 0, col: 0, rowSpan: 1, colSpan: 2, header: true, prov: { page: 1, bbox: [100, 100, 300, 130] } });
    expect(grid?.cells.find((c) => c.text === "8")).toMatchObject({ row: 1, col: 2, rowSpan: 2, colSpan: 1 });
    expect(grid?.headerRows).toBe(1);
    expect(grid?.prov).toEqual({ page: 1, pages: [1], bbox: [100, 100, 400, 190] });
  });

  it("snaps double borders onto one edge and joins segments drawn per cell", () => {
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      ...gridRules(1, [100, 200, 300], [100, 130, 160]),
      hRule(1, 100, 300, 131), // second line of a double border, 1 pt below
      vRule(1, 201.5, 100, 160),
      text(1, "甲", 140, 110), text(1, "乙", 240, 110), text(1, "1", 140, 140, { x1: 145 }), text(1, "2", 240, 140, { x1: 245 }),
    ]));
    expect(gridRows(grids(layout)[0]!)).toEqual([["甲", "乙"], ["1", "2"]]);
  });

  it("adds the bottom border a table leaves out and keeps a framed paragraph as text", () => {
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      // Table without its bottom border: verticals end together at y=160.
      ...gridRules(1, [100, 200, 300], [100, 130, 160], ["h:2:0", "h:2:1"]),
      text(1, "甲", 140, 110), text(1, "乙", 240, 110), text(1, "3", 140, 140, { x1: 145 }), text(1, "4", 240, 140, { x1: 245 }),
      // A single framed box further down: one cell, not a table.
      ...gridRules(1, [100, 400], [300, 340]),
      text(1, "框内说明文字", 120, 315),
    ]));
    expect(grids(layout).map(gridRows)).toEqual([[["甲", "乙"], ["3", "4"]]]);
    expect(texts(layout)).toEqual(["框内说明文字"]);
  });

  it("falls back on text alignment for a table ruled with horizontal lines only", () => {
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      hRule(1, 100, 400, 100), hRule(1, 100.4, 399.7, 130), hRule(1, 99.8, 400.2, 160), hRule(1, 100, 400, 190),
      text(1, "项目", 110, 110), text(1, "件数", 250, 110), text(1, "金额", 340, 110),
      text(1, "规章", 110, 140), text(1, "12", 255, 140, { x1: 265 }), text(1, "3.5", 345, 140, { x1: 360 }),
      text(1, "许可", 110, 170), text(1, "7", 255, 170, { x1: 260 }), text(1, "0", 345, 170, { x1: 350 }),
    ]));
    expect(gridRows(grids(layout)[0]!)).toEqual([
      ["项目", "件数", "金额"],
      ["规章", "12", "3.5"],
      ["许可", "7", "0"],
    ]);
  });
});

describe("text placement", () => {
  const xs = [100, 200, 260, 320], ys = [100, 140];
  const place = (...items: ReturnType<typeof text>[]) =>
    gridRows(grids(buildPdfLayout(pdfTokens([pageToken(1), ...gridRules(1, xs, ys), ...items])))[0]!)[0];

  it("orders lines top→bottom and items left→right, joining CJK and split digits without a space", () => {
    expect(place(
      text(1, "计其他情形）", 102, 122), text(1, "（二）部分公开", 102, 105), text(1, "（区分", 172, 105, { x1: 199 }),
      text(1, "1", 205, 115, { x1: 210 }), text(1, "2", 210.3, 115, { x1: 215.3 }),
      text(1, "3", 265, 115, { x1: 270 }), text(1, "0", 280, 115, { x1: 285 }),
    )).toEqual(["（二）部分公开（区分\n计其他情形）", "12", "3 0"]);
  });

  it("never lets numbers of two cells fuse: an item crossing a border is cut there", () => {
    // One item "4 5" painted across the border at x=260 (as some producers do).
    expect(place(text(1, "甲", 120, 115), text(1, "4 5", 240, 115, { x1: 280 }))).toEqual(["甲", "4", "5"]);
  });

  it("reads a full-width number wrapped over two lines as one number, ASCII digits on two lines as two", () => {
    // Full-width digits break like CJK text (Chromium wraps 　１０　 in a narrow cell); ASCII numbers do not.
    expect(place(
      text(1, "一、本年新收", 102, 115),
      text(1, "１", 215, 105), text(1, "０", 210, 120),
      text(1, "1", 280, 105, { x1: 285 }), text(1, "0", 280, 120, { x1: 285 }),
    )).toEqual(["一、本年新收", "１０", "1\n0"]);
  });

  it("reads a label stacked one or two characters per line, and a vertical item, as one word", () => {
    const tall = [100, 200], tallYs = [100, 220, 240];
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      ...gridRules(1, [...tall, 300], tallYs),
      text(1, "三、", 140, 105), text(1, "本", 145, 118), text(1, "年", 145, 131), text(1, "度", 145, 144),
      // One vertical column painted as two items, listed bottom part first.
      text(1, "结果", 245, 125, { vertical: true }), text(1, "办理", 245, 105, { vertical: true }),
      text(1, "1", 145, 225, { x1: 150 }), text(1, "2", 245, 225, { x1: 250 }),
    ]));
    expect(gridRows(grids(layout)[0]!)).toEqual([["三、本年度", "办理结果"], ["1", "2"]]);
  });
});

describe("value cells", () => {
  it("reads numbers, full-width ones, numbers with a unit and no-value marks as values; labels not", () => {
    const values = ["0", "1,234", "１２", "１，２３４", "-7", "－７", "+26", "96171.6", "3件", "12.5万元", "增加5", "/", "／", "—", "－", "3 0"];
    const labels = ["", "（四）无", "法提供", "2.另行制作", "第二十条第（一）项", "总计", "无", "1."];
    expect(values.filter((t) => !isValueText(t))).toEqual([]);
    expect(labels.filter((t) => isValueText(t))).toEqual([]);
  });
});

describe("tables across a page break", () => {
  const xs = [80, 120, 240, 300, 360];
  const header = (p: number, top: number) => [text(p, "项目", 85, top + 5), text(p, "自然人", 245, top + 5), text(p, "总计", 305, top + 5)];
  const values = (p: number, top: number, a: string, b: string) => [text(p, a, 250, top + 5, { x1: 260 }), text(p, b, 310, top + 5, { x1: 320 })];

  it("joins the pieces and re-joins a merged label whose border is left open at the break", () => {
    const tokens = [
      pageToken(1),
      text(1, "三、收到和处理政府信息公开申请情况", 80, 600),
      // Header spans columns 0–1, so does 一、; the （三） label spans rows 2–4; no bottom border at the break.
      ...gridRules(1, xs, [640, 660, 690, 720, 750, 780], ["v:1:0", "v:1:1", "h:3:0", "h:4:0", "h:5:0", "h:5:1", "h:5:2", "h:5:3"]),
      ...header(1, 640),
      text(1, "一、本年新收", 85, 665), ...values(1, 665, "21", "21"),
      text(1, "（三）", 85, 695), text(1, "1.国家秘密", 125, 695), ...values(1, 695, "1", "1"),
      text(1, "2.法律禁止", 125, 725), ...values(1, 725, "0", "0"),
      text(1, "3.三安全", 125, 755), ...values(1, 755, "2", "2"),
      text(1, "-1-", 280, 800, { x1: 300 }),
      pageToken(2),
      // The label column has no top border on the continuation's first row.
      ...gridRules(2, xs, [80, 110, 140], ["h:0:0", "v:1:1"]),
      text(2, "4.第三方", 125, 85), ...values(2, 85, "5", "5"),
      text(2, "四、结转", 85, 115), ...values(2, 115, "0", "0"),
      text(2, "五、存在的主要问题", 80, 200),
      text(2, "-2-", 280, 800, { x1: 300 }),
    ];
    const layout = buildPdfLayout(pdfTokens(tokens, 2));
    expect(texts(layout)).toEqual(["三、收到和处理政府信息公开申请情况", "五、存在的主要问题"]);
    const [grid] = grids(layout);
    expect(grids(layout)).toHaveLength(1);
    expect(grid?.prov.pages).toEqual([1, 2]);
    expect(grid?.pieces).toEqual([{ page: 1, firstRow: 0 }, { page: 2, firstRow: 5 }]);
    expect(gridRows(grid!)).toEqual([
      ["项目", "^", "自然人", "总计"],
      ["一、本年新收", "^", "21", "21"],
      ["（三）", "1.国家秘密", "1", "1"],
      ["^", "2.法律禁止", "0", "0"],
      ["^", "3.三安全", "2", "2"],
      ["^", "4.第三方", "5", "5"],
      ["四、结转", "^", "0", "0"],
    ]);
    expect(grid?.cells.find((c) => c.text === "（三）")).toMatchObject({ row: 2, rowSpan: 4, prov: { page: 1 } });
    expect(grid?.cells.find((c) => c.text === "4.第三方")?.prov).toEqual({ page: 2, bbox: [120, 80, 240, 110] });
  });

  it("drops a header the continuation repeats", () => {
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      ...gridRules(1, xs, [700, 720, 750], ["v:1:0", "v:1:1"]),
      ...header(1, 700), text(1, "一、本年新收", 85, 725), ...values(1, 725, "3", "3"),
      pageToken(2),
      ...gridRules(2, xs, [80, 100, 130], ["v:1:0", "v:1:1"]),
      ...header(2, 80), text(2, "二、上年结转", 85, 105), ...values(2, 105, "0", "0"),
    ], 2));
    const [grid] = grids(layout);
    // No vertical is drawn at x=120 in any row, so that position is not a column edge.
    expect(gridRows(grid!)).toEqual([
      ["项目", "自然人", "总计"],
      ["一、本年新收", "3", "3"],
      ["二、上年结转", "0", "0"],
    ]);
    expect(grid?.pieces).toEqual([{ page: 1, firstRow: 0 }, { page: 2, firstRow: 2 }]);
    expect(grid?.headerRows).toBe(1);
  });

  it("re-joins a row-group label printed in two parts on both sides of the break", () => {
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      ...gridRules(1, xs, [720, 750]),
      text(1, "（四）无", 82, 730, { x1: 118, size: 9 }), text(1, "1.不掌握", 125, 730), ...values(1, 730, "7", "7"),
      pageToken(2),
      ...gridRules(2, xs, [80, 110, 140], ["h:1:0"]),
      text(2, "法提供", 85, 105, { size: 9 }), text(2, "2.另行制作", 125, 85), ...values(2, 85, "1", "1"),
      text(2, "3.仍不明确", 125, 115), ...values(2, 115, "0", "0"),
    ], 2));
    expect(gridRows(grids(layout)[0]!)).toEqual([
      ["（四）无\n法提供", "1.不掌握", "7", "7"],
      ["^", "2.另行制作", "1", "1"],
      ["^", "3.仍不明确", "0", "0"],
    ]);
  });

  it("gives a cell the line a browser left just under a table cut by the page break", () => {
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      // Last row of page 1 is cut: the label cell has no bottom border and its second line hangs below.
      ...gridRules(1, xs, [740, 760, 775], ["v:1:0", "v:1:1", "h:2:0", "h:2:1"]),
      ...header(1, 740),
      text(1, "（本列数据的勾稽", 82, 762, { x1: 238 }), text(1, "关系为：第一项", 82, 775.5, { x1: 238 }),
      pageToken(2),
      ...gridRules(2, xs, [60, 80, 110], ["v:1:0", "v:1:1", "h:0:0", "h:0:1"]),
      text(2, "加第二项）", 82, 62, { x1: 238 }),
      text(2, "一、本年新收", 85, 85), ...values(2, 85, "9", "9"),
    ], 2));
    expect(texts(layout)).toEqual([]);
    // The label cell continues over the break; the (empty) value cells beside it have borders and stay apart.
    expect(gridRows(grids(layout)[0]!)).toEqual([
      ["项目", "自然人", "总计"],
      ["（本列数据的勾稽\n关系为：第一项\n加第二项）", "", ""],
      ["^", "", ""],
      ["一、本年新收", "9", "9"],
    ]);
  });

  it("keeps two tables apart when body text precedes the second piece", () => {
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1), ...gridRules(1, xs, [700, 720, 740]), ...header(1, 700), ...values(1, 720, "1", "1"),
      pageToken(2), text(2, "（二）下一张表", 80, 60), ...gridRules(2, xs, [80, 100, 120]), ...header(2, 80), ...values(2, 100, "2", "2"),
    ], 2));
    expect(grids(layout).map((g) => g.prov.pages)).toEqual([[1], [2]]);
  });
});

describe("page furniture", () => {
  it("drops page numbers and running headers, keeps body text that looks alike", () => {
    const tokens = [1, 2, 3].flatMap((p) => [
      pageToken(p),
      text(p, "淮安市人民政府办公室", 200, 30),
      text(p, `正文第${p}段`, 80, 300),
      text(p, p === 1 ? "-1-" : p === 2 ? "第2页" : "3", 290, 800, { x1: 310 }),
    ]);
    tokens.push(text(2, "淮安市人民政府办公室", 200, 400), text(3, "2024", 80, 420, { x1: 100 }));
    const layout = buildPdfLayout(pdfTokens(tokens, 3));
    expect(texts(layout)).toEqual(["正文第1段", "正文第2段", "淮安市人民政府办公室", "正文第3段", "2024"]);
  });

  it("makes the leading large-font lines of page 1 the title", () => {
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      text(1, "洪泽区人民政府", 200, 100, { size: 22 }),
      text(1, "2023年政府信息公开工作年度报告", 120, 130, { size: 22 }),
      text(1, "本报告由区政府办公室编制。", 80, 200, { size: 16 }),
      text(1, "一、总体情况", 80, 230, { size: 16 }),
      text(1, "（一）主动公开情况。", 80, 260, { size: 16 }),
    ]));
    expect(layout.items[0]).toMatchObject({ kind: "text", role: "title", text: "洪泽区人民政府\n2023年政府信息公开工作年度报告" });
    expect(layout.items.slice(1).map((i) => (i.kind === "text" ? i.role : i.kind))).toEqual(["paragraph", "paragraph", "paragraph"]);
  });
});

it("refuses tokens that are not from a PDF", () => {
  expect(() => buildPdfLayout({ format: "html", meta: { properties: {} }, tokens: [], warnings: [] })).toThrow(InputError);
});
