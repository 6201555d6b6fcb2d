import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../extractors/html/index.js";
import { MAX_COL_SPAN, MAX_ROW_SPAN, parseSpan } from "../../../extractors/html/spans.js";
import type { DocumentTokens, TableToken } from "../../../src/tokens/types.js";

const page = (body: string) => extractHtml(new TextEncoder().encode(`<!DOCTYPE html><html><body>${body}</body></html>`));
const tables = (doc: DocumentTokens) => doc.tokens.filter((t): t is TableToken => t.kind === "table");
const grid = (t: TableToken | undefined) => t?.rows.map((r) => r.map((c) => c.text));

describe("parseSpan", () => {
  it("reads the leading integer and falls back to 1 for zero, junk or missing values", () => {
    expect(["2", "2 ", " 3", "2px", "1.5", "0", "-2", "", "abc", "２"].map((v) => parseSpan(v, MAX_ROW_SPAN))).toEqual([
      2, 2, 3, 2, 1, 1, 1, 1, 1, 1,
    ]);
    expect(parseSpan(undefined, MAX_ROW_SPAN)).toBe(1);
  });

  it("caps absurd values", () => {
    expect(parseSpan("65534", MAX_ROW_SPAN)).toBe(MAX_ROW_SPAN);
    expect(parseSpan("5000", MAX_COL_SPAN)).toBe(MAX_COL_SPAN);
  });
});

describe("tables", () => {
  it("emits rows and cells as written, with spans, th headers and provenance", async () => {
    const doc = await page(
      `<table><tr><th rowspan="2 ">信息内容</th><th colspan=3>本年</th></tr>` +
        `<tr><td>制发</td><td rowspan="0">废止</td><td colspan="x">有效</td></tr></table>`,
    );
    const [t] = tables(doc);
    expect(t?.index).toBe(0);
    expect(t?.depth).toBe(0);
    expect(t?.prov).toEqual({ tableIndex: 0, path: "body>table:nth-child(1)" });
    expect(t?.rows.map((r) => r.map((c) => [c.text, c.rowSpan, c.colSpan, c.header]))).toEqual([
      [["信息内容", 2, 1, true], ["本年", 1, 3, true]],
      [["制发", 1, 1, false], ["废止", 1, 1, false], ["有效", 1, 1, false]],
    ]);
    expect(t?.rows[1]?.[2]?.prov).toEqual({
      tableIndex: 0,
      row: 1,
      col: 2,
      path: "body>table:nth-child(1)>tbody:nth-child(1)>tr:nth-child(2)>td:nth-child(3)",
    });
  });

  it("warns when a span is capped", async () => {
    const doc = await page(`<table><tr><td rowspan="99999">a</td><td colspan="500">b</td></tr></table>`);
    expect(tables(doc)[0]?.rows[0]?.map((c) => [c.rowSpan, c.colSpan])).toEqual([[MAX_ROW_SPAN, 1], [1, MAX_COL_SPAN]]);
    expect(doc.warnings).toEqual([
      `table 0 row 0 cell 0: rowspan 99999 capped at ${MAX_ROW_SPAN}`,
      `table 0 row 0 cell 1: colspan 500 capped at ${MAX_COL_SPAN}`,
    ]);
  });

  it("keeps thead / tbody / tfoot rows in document order", async () => {
    const doc = await page(`<table><tfoot><tr><td>脚</td></tr></tfoot><thead><tr><th>头</th></tr></thead><tbody><tr><td>身</td></tr></tbody></table>`);
    expect(grid(tables(doc)[0])).toEqual([["脚"], ["头"], ["身"]]);
  });

  it("cell text: Word spans joined, <br> and <p>/<div> children separated by \\n, ends trimmed, NBSP kept", async () => {
    const doc = await page(
      `<table><tr>` +
        `<td><p class="MsoNormal"><span>2</span><span>1</span><o:p></o:p></p></td>` +
        `<td>\n  <p>商业</p>\n  <p>企业</p>\n</td>` +
        `<td>结果<br/>纠正</td>` +
        `<td><span>&nbsp;</span><span>0</span></td>` +
        `<td><o:p>&nbsp;</o:p></td>` +
        `<td>\n  <o:p> </o:p>\n</td>` +
        `<td><br>5<br></td>` +
        `</tr></table>`,
    );
    expect(grid(tables(doc)[0])).toEqual([["21", "商业\n企业", "结果\n纠正", "\u00a00", "\u00a0", "", "5"]]);
  });

  it("reads a table holding another table as running text around the inner one (see layout-tables.test.ts)", async () => {
    const doc = await page(
      `<p>前文</p><table><tr><td>外层前<table><tr><td>内层</td></tr></table>外层后</td><td>右</td></tr></table>` +
        `<table><tr><td>第三个</td></tr></table>`,
    );
    expect(doc.tokens.map((t) => (t.kind === "table" ? `table ${t.index} depth ${t.depth}` : t.kind === "text" ? t.text : t.kind))).toEqual([
      "前文",
      "外层前",
      "table 0 depth 0",
      "外层后",
      "右",
      "table 1 depth 0",
    ]);
    const [inner, third] = tables(doc);
    expect(grid(inner)).toEqual([["内层"]]);
    expect(inner?.rows[0]?.[0]?.prov.tableIndex).toBe(0);
    expect(grid(third)).toEqual([["第三个"]]);
  });

  it("skips hidden rows and cells", async () => {
    const doc = await page(
      `<table><tr style="display:none"><td>隐藏行</td></tr><tr><td>甲</td><td hidden>隐藏格</td><td>乙</td></tr></table>`,
    );
    expect(grid(tables(doc)[0])).toEqual([["甲", "乙"]]);
    expect(tables(doc)[0]?.rows[0]?.[1]?.prov.col).toBe(1);
  });

  it("splits running text around a table, also inside a quirks-mode <p>", async () => {
    const doc = await extractHtml(new TextEncoder().encode(`<p>表前<table><tr><td>1</td></tr></table>表后</p>`));
    expect(doc.tokens.map((t) => (t.kind === "text" ? t.text : t.kind))).toEqual(["表前", "table", "表后"]);
  });

  it("moves stray text out of the table (as browsers do) and emits a caption before its table", async () => {
    const doc = await page(`<table>散字<caption>表二</caption><tr><td>1</td></tr></table>`);
    expect(doc.tokens.map((t) => (t.kind === "text" ? `${t.role}:${t.text}` : t.kind))).toEqual(["paragraph:散字", "heading:表二", "table"]);
  });

  it("emits an empty table and empty rows as written", async () => {
    const doc = await page(`<table><tr></tr><tr><td></td></tr></table>`);
    expect(grid(tables(doc)[0])).toEqual([[], [""]]);
  });
});
