// The national blank template (WPS DOCX) from ../shared/corpus; every expected figure below was
// read from its word/document.xml by hand (see gold/NOTES.md, "template-blank").
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { readDocx } from "../../../extractors/docx/index.js";
import { DocumentTokens, type TableToken, type TextBlock } from "../../../src/tokens/types.js";
import { rowWidths } from "./row-widths.js";

const TEMPLATE = fileURLToPath(new URL("../../../../shared/corpus/template-blank.docx", import.meta.url));
const present = existsSync(TEMPLATE);
if (!present) console.log(`skipping template-blank tests: ${TEMPLATE} not found (the shared corpus is not on this machine)`);

describe.skipIf(!present)("template-blank.docx", () => {
  const doc = present ? readDocx(readFileSync(TEMPLATE)) : undefined!;
  const tables = () => doc.tokens.filter((t): t is TableToken => t.kind === "table");
  const find = (table: TableToken, text: string) => table.rows.flat().find((c) => c.text === text);

  it("yields a valid token stream with the body text in order and no warnings", () => {
    expect(() => DocumentTokens.parse(doc)).not.toThrow();
    expect(doc.warnings).toEqual([]);
    expect(doc.meta.title).toBeUndefined(); // docProps/core.xml has no dc:title
    expect(doc.meta.properties).toMatchObject({ creator: "张幸瑾", lastModifiedBy: "张幸瑾", created: "2025-12-03T06:30:00Z", revision: "1" });
    const order = doc.tokens.map((t) => (t.kind === "text" ? t.text : `[table ${t.kind === "table" ? t.index : ""}]`));
    expect(order).toEqual([
      "政府信息公开工作年度报告格式模板",
      "一、总体情况",
      "（文字描述）",
      "二、主动公开政府信息情况",
      "[table 0]",
      "三、收到和处理政府信息公开申请情况",
      "[table 1]",
      "四、政府信息公开行政复议、行政诉讼情况",
      "[table 2]",
      "五、存在的主要问题及改进情况",
      "（文字描述）",
      "六、其他需要报告的事项",
      "（文字描述，收取信息处理费情况在此处报告。）",
    ]);
    // the title paragraph is styled "Normal (Web)", so it is a plain paragraph (the mapper finds titles)
    expect((doc.tokens[0] as TextBlock).prov.path).toBe("w:p[1]");
  });

  it("has three top-level tables: 14 × 4, 28 × 10 and 4 × 15 grid columns", () => {
    expect(tables().map((t) => [t.index, t.depth, t.rows.length])).toEqual([
      [0, 0, 14],
      [1, 0, 28],
      [2, 0, 4],
    ]);
    expect(tables().map((t) => [...new Set(rowWidths(t))])).toEqual([[4], [10], [15]]);
    // 324 w:tc in the file, 45 of them vMerge continuations (58 w:vMerge, 13 restart)
    expect(tables().reduce((n, t) => n + t.rows.flat().length, 0)).toBe(279);
  });

  it("resolves the requests table's merges", () => {
    const requests = tables()[1]!;
    const results = find(requests, "三、本年度办理结果")!;
    expect([results.rowSpan, results.colSpan, results.prov.row, results.prov.col]).toEqual([22, 1, 5, 0]);
    const note = find(requests, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")!;
    expect([note.rowSpan, note.colSpan]).toEqual([3, 3]);
    expect(["自然人", "总计"].map((t) => find(requests, t)!.rowSpan)).toEqual([2, 2]);
    expect(["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"].map((t) => find(requests, t)!.rowSpan)).toEqual([8, 3, 5, 3]);
    expect(requests.rows[2]!.map((c) => c.text)).toEqual(["商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他"]);
    expect(requests.rows[2]![0]!.prov).toEqual({ tableIndex: 1, row: 2, col: 2, path: "w:tbl[1]/w:tr[2]/w:tc[2]" });
    // a row under the merged group label: its first written cell is a continuation, so 8 cells remain
    expect(requests.rows[6]!.length).toBe(8);
    expect(requests.rows[6]![0]).toMatchObject({ text: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", colSpan: 2, prov: { col: 1 } });
    expect(requests.rows[27]!.map((c) => c.text)).toEqual(["四、结转下年度继续办理", "", "", "", "", "", "", ""]);
  });

  it("keeps blank value cells as written (U+3000 padding included) and line breaks in review headers", () => {
    const active = tables()[0]!;
    expect(active.rows[2]!.map((c) => c.text)).toEqual(["规章", "\u3000\u3000", "\u3000", ""]);
    expect(active.rows[6]!.map((c) => [c.text, c.colSpan])).toEqual([["行政许可", 1], ["", 3]]);
    const review = tables()[2]!;
    expect(review.rows[1]!.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ["结果维持", 2, 1],
      ["结果\n纠正", 2, 1],
      ["其他\n结果", 2, 1],
      ["尚未\n审结", 2, 1],
      ["总计", 2, 1],
      ["未经复议直接起诉", 1, 5],
      ["复议后起诉", 1, 5],
    ]);
    expect(review.rows[2]!.length).toBe(10);
  });
});
