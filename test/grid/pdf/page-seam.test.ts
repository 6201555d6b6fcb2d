// The seam of a table continued on the next page without a repeated header: complete rows stay
// rows, only a cell cut by the break is re-joined.
import { describe, it, expect } from "vitest";
import { buildPdfLayout } from "../../../src/grid/pdf/index.js";
import type { Grid, Layout } from "../../../src/grid/types.js";
import { gridRows, gridRules, pageToken, pdfTokens, text } from "./tokens.js";

const grids = (layout: Layout): Grid[] => layout.items.flatMap((i) => (i.kind === "grid" ? [i.grid] : []));
/** A number item, 5 pt per character (full-width digits are as wide as CJK: pass `wide`). */
const num = (p: number, s: string, x: number, top: number, wide = false) => text(p, s, x, top, { x1: x + [...s].length * (wide ? 10 : 5) });

describe("a table continued on the next page without a repeated header", () => {
  it("keeps a header row at the foot of the page and the data row heading the next page as two rows", () => {
    // LibreOffice: both rows fully bordered; the values are full-width digits.
    const xs = [72, 182, 267, 437, 522];
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      text(1, "第二十条第（一）项", 248, 733, { size: 9 }),
      ...gridRules(1, xs, [748, 763]),
      text(1, "信息内容", 110, 751, { size: 9 }), text(1, "本年新制作数量", 194, 751, { size: 9 }),
      text(1, "本年新公开数量", 321, 751, { size: 9 }), text(1, "对外公开总数量", 449, 751, { size: 9 }),
      pageToken(2),
      ...gridRules(2, xs, [72, 87, 101]),
      text(2, "规章", 76, 75, { size: 9 }), num(2, "０", 221, 75, true), num(2, "０", 348, 75, true), num(2, "０", 476, 75, true),
      text(2, "行政规范性文件", 76, 89, { size: 9 }), num(2, "２", 221, 89, true), num(2, "１", 348, 89, true), num(2, "６４３", 467, 89, true),
    ], 2));
    const [grid] = grids(layout);
    expect(grids(layout)).toHaveLength(1);
    expect(gridRows(grid!)).toEqual([
      ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
      ["规章", "０", "０", "０"],
      ["行政规范性文件", "２", "１", "６４３"],
    ]);
    expect(grid?.pieces).toEqual([{ page: 1, firstRow: 0 }, { page: 2, firstRow: 1 }]);
    expect(grid?.headerRows).toBe(1);
  });

  it("keeps value rows apart and carries the group labels over when only those are left open (Chromium)", () => {
    // Columns: 三、 group | （N） sub-group | item label | two value columns.
    const xs = [80, 120, 160, 300, 360, 420];
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      // 三、 spans rows 0–2 and (五) rows 1–2, both cut by the break (no bottom border); （四） spans columns 1–2.
      ...gridRules(1, xs, [700, 730, 760, 790], ["v:2:0", "h:1:0", "h:2:0", "h:2:1", "h:3:0", "h:3:1"]),
      text(1, "三、本年度办理结果", 82, 705, { x1: 118 }),
      text(1, "（四）无法提供", 125, 705), num(1, "3", 320, 705), num(1, "3", 380, 705),
      text(1, "（五）不予处理", 122, 735, { x1: 158 }), text(1, "1.信访举报", 165, 735), num(1, "５", 320, 735, true), num(1, "５", 380, 735, true),
      text(1, "3.公开出版物", 165, 765), num(1, "８９", 320, 765, true), num(1, "０", 380, 765, true),
      pageToken(2),
      // No top border at all on the continuation; 三、 goes on over rows 0–1, （六） spans columns 1–2.
      ...gridRules(2, xs, [60, 90, 120], ["h:0:0", "h:0:1", "h:0:2", "h:0:3", "h:0:4", "h:1:0", "v:2:1"]),
      text(2, "4.大量反复申请", 165, 65), num(2, "０", 320, 65, true), num(2, "０", 380, 65, true),
      text(2, "（六）其他处理", 125, 95), num(2, "1", 320, 95), num(2, "1", 380, 95),
    ], 2));
    const [grid] = grids(layout);
    expect(gridRows(grid!)).toEqual([
      ["三、本年度办理结果", "（四）无法提供", "^", "3", "3"],
      ["^", "（五）不予处理", "1.信访举报", "５", "５"],
      ["^", "^", "3.公开出版物", "８９", "０"],
      ["^", "^", "4.大量反复申请", "０", "０"],
      ["^", "（六）其他处理", "^", "1", "1"],
    ]);
    expect(grid?.cells.find((c) => c.text === "（五）不予处理")).toMatchObject({ row: 1, rowSpan: 3, prov: { page: 1 } });
  });

  it("re-joins a cut label but no complete row when the producer leaves the break unbordered on both pages", () => {
    const xs = [80, 120, 240, 300, 360];
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      ...gridRules(1, xs, [720, 750, 780], ["h:2:0", "h:2:1", "h:2:2", "h:2:3"]),
      text(1, "（三）不予", 82, 725, { x1: 118, size: 9 }), text(1, "8.行政查询", 125, 725), num(1, "0", 250, 725), num(1, "0", 310, 725),
      text(1, "（四）无", 82, 755, { x1: 118, size: 9 }), text(1, "1.不掌握", 125, 755), num(1, "7", 250, 755), num(1, "7", 310, 755),
      pageToken(2),
      ...gridRules(2, xs, [80, 110, 140], ["h:0:0", "h:0:1", "h:0:2", "h:0:3", "h:1:0"]),
      text(2, "法提供", 85, 105, { size: 9 }), text(2, "2.另行制作", 125, 85), num(2, "1", 250, 85), num(2, "1", 310, 85),
      text(2, "3.仍不明确", 125, 115), num(2, "0", 250, 115), num(2, "0", 310, 115),
    ], 2));
    expect(gridRows(grids(layout)[0]!)).toEqual([
      ["（三）不予", "8.行政查询", "0", "0"],
      ["（四）无\n法提供", "1.不掌握", "7", "7"],
      ["^", "2.另行制作", "1", "1"],
      ["^", "3.仍不明确", "0", "0"],
    ]);
  });

  it("does not extend a group label over the next page when the continuation starts a new group", () => {
    const xs = [80, 120, 240, 300, 360];
    const layout = buildPdfLayout(pdfTokens([
      pageToken(1),
      ...gridRules(1, xs, [720, 750, 780], ["h:1:0"]),
      text(1, "（三）不予公开", 82, 735, { x1: 118, size: 9 }),
      text(1, "7.执法案卷", 125, 725), num(1, "2", 250, 725), num(1, "2", 310, 725),
      text(1, "8.行政查询", 125, 755), num(1, "0", 250, 755), num(1, "0", 310, 755),
      pageToken(2),
      ...gridRules(2, xs, [80, 110], []),
      text(2, "（四）无法提供", 82, 85, { x1: 118, size: 9 }), text(2, "1.不掌握", 125, 85), num(2, "4", 250, 85), num(2, "4", 310, 85),
    ], 2));
    expect(gridRows(grids(layout)[0]!)).toEqual([
      ["（三）不予公开", "7.执法案卷", "2", "2"],
      ["^", "8.行政查询", "0", "0"],
      ["（四）无法提供", "1.不掌握", "4", "4"],
    ]);
  });
});
