import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../extractors/html/index.js";
import { RUNNING_TEXT_CELL_CHARS } from "../../../extractors/html/layout-tables.js";
import type { DocumentTokens, TableToken } from "../../../src/tokens/types.js";

const page = (body: string) => extractHtml(new TextEncoder().encode(`<!DOCTYPE html><html><body>${body}</body></html>`));
const tables = (doc: DocumentTokens) => doc.tokens.filter((t): t is TableToken => t.kind === "table");
const grid = (t: TableToken | undefined) => t?.rows.map((r) => r.map((c) => c.text));
/** The token stream as one line per token: `role:text` for text, `table N` for tables. */
const stream = (doc: DocumentTokens) =>
  doc.tokens.map((t) => (t.kind === "text" ? `${t.role}:${t.text}` : t.kind === "table" ? `table ${t.index}` : t.kind));

const TABLE_2 = `<table><tr><th>信息内容</th><th>本年制发件数</th></tr><tr><td>规章</td><td>0</td></tr></table>`;
const TABLE_3 = `<table><tr><td>一、本年新收政府信息公开申请数量</td><td>5</td></tr></table>`;

describe("page-layout tables", () => {
  it("one big cell: title, 发布时间, paragraphs and the report tables come out as flow, in order", async () => {
    const doc = await page(
      `<div class="top">某市人民政府</div>` +
        `<table width="100%"><tr><td>` +
        `<h1>某市某局2021年政府信息公开工作年度报告</h1>` +
        `<div class="info">发布时间：2022-01-20 来源：某市某局</div>` +
        `<p><b>一、总体情况</b></p><p>2021年，某局认真贯彻落实《条例》。</p>` +
        `<p><b>二、主动公开政府信息情况</b></p>${TABLE_2}` +
        `<p><b>三、收到和处理政府信息公开申请情况</b></p>${TABLE_3}` +
        `<p>四、其他</p>` +
        `</td></tr></table>` +
        `<div>版权所有</div>`,
    );
    expect(stream(doc)).toEqual([
      "paragraph:某市人民政府",
      "title:某市某局2021年政府信息公开工作年度报告",
      "paragraph:发布时间：2022-01-20 来源：某市某局",
      "heading:一、总体情况",
      "paragraph:2021年，某局认真贯彻落实《条例》。",
      "heading:二、主动公开政府信息情况",
      "table 0",
      "heading:三、收到和处理政府信息公开申请情况",
      "table 1",
      "paragraph:四、其他",
      "paragraph:版权所有",
    ]);
    const [t2, t3] = tables(doc);
    expect(grid(t2)).toEqual([["信息内容", "本年制发件数"], ["规章", "0"]]);
    expect(grid(t3)).toEqual([["一、本年新收政府信息公开申请数量", "5"]]);
    expect(t2?.depth).toBe(0);
    const cellPath = "body>table:nth-child(2)>tbody:nth-child(1)>tr:nth-child(1)>td:nth-child(1)";
    expect(doc.tokens[1]?.kind === "text" && doc.tokens[1].prov.path).toBe(`${cellPath}>h1:nth-child(1)`);
    expect(t2?.prov).toEqual({ tableIndex: 0, path: `${cellPath}>table:nth-child(6)` });
    expect(t3?.rows[0]?.[1]?.prov.tableIndex).toBe(1);
  });

  it("3-column page grid: the side cells' menu and links stay where they are, around the article", async () => {
    const doc = await page(
      `<table class="layout"><tr>` +
        `<td class="side"><table class="menu"><tr><td><a href="/zn/">政府信息公开指南</a></td></tr>` +
        `<tr><td><a href="/nb/">政府信息公开年报</a></td></tr></table></td>` +
        `<td class="main"><div class="article"><h1>某县2020年政府信息公开工作年度报告</h1>` +
        `<div class="info">发布时间：2021-01-29</div>` +
        `<div class="TRS_Editor"><p>一、总体情况</p><p>本年度主动公开信息125条。</p>${TABLE_2}<p>（二）其他</p></div></div></td>` +
        `<td class="side"><ul><li>相关链接</li><li>网站地图</li></ul></td>` +
        `</tr></table>`,
    );
    expect(stream(doc)).toEqual([
      "table 0",
      "title:某县2020年政府信息公开工作年度报告",
      "paragraph:发布时间：2021-01-29",
      "paragraph:一、总体情况",
      "paragraph:本年度主动公开信息125条。",
      "table 1",
      "paragraph:（二）其他",
      "paragraph:相关链接",
      "paragraph:网站地图",
    ]);
    expect(grid(tables(doc)[0])).toEqual([["政府信息公开指南"], ["政府信息公开年报"]]);
    expect(grid(tables(doc)[1])).toEqual([["信息内容", "本年制发件数"], ["规章", "0"]]);
  });

  it("a layout table inside a layout table: both are read as flow, the report table keeps its place", async () => {
    const doc = await page(
      `<table><tr><td>导航</td><td>` +
        `<table><tr><td><h1>年度报告</h1><p>正文一</p>${TABLE_3}<p>正文二</p></td></tr></table>` +
        `</td></tr></table>`,
    );
    expect(stream(doc)).toEqual(["paragraph:导航", "title:年度报告", "paragraph:正文一", "table 0", "paragraph:正文二"]);
  });

  it("a cell of running text longer than RUNNING_TEXT_CELL_CHARS makes the table flow; one that long does not", async () => {
    const paragraph = "本机关严格落实政府信息公开工作要求。".repeat(12); // 216 characters
    const doc = await page(`<table><tr><td><p>${paragraph}</p><p>${paragraph}</p></td></tr></table>`);
    expect(stream(doc)).toEqual([`paragraph:${paragraph}`, `paragraph:${paragraph}`]);

    const atLimit = "字".repeat(RUNNING_TEXT_CELL_CHARS);
    const kept = await page(`<table><tr><td>${atLimit}</td><td>1</td></tr></table>`);
    expect(grid(tables(kept)[0])).toEqual([[atLimit, "1"]]);
  });

  it("rewinds what the table walk had emitted: warnings of the layout table's cells and its caption are not kept", async () => {
    const doc = await page(
      `<table><caption>页面</caption><tr><td rowspan="5000">左栏</td><td>${TABLE_3.replace("<td>5", '<td colspan="500">5')}</td></tr></table>`,
    );
    expect(stream(doc)).toEqual(["paragraph:页面", "paragraph:左栏", "table 0"]);
    expect(doc.warnings).toEqual(["table 0 row 0 cell 1: colspan 500 capped at 100"]);
    expect(tables(doc)[0]?.rows[0]?.[0]?.rowSpan).toBe(1);
  });

  it("a statistics table with several <p> per cell, class=title cells, an <h2> row and a note row stays a table", async () => {
    const note = "注：本表数据统计期限自2021年1月1日起至2021年12月31日止，申请人情况按首次提出申请时的身份统计，同一申请人多次申请的分别计数。";
    const doc = await page(
      `<table border="1">` +
        `<tr><td colspan="4"><h2>三、收到和处理政府信息公开申请情况</h2></td></tr>` +
        `<tr><td class="title" rowspan="2"><p>本列数据的勾稽关系为：</p><p>第一项加第二项之和，</p><p>等于第三项加第四项之和</p></td>` +
        `<td class="title" colspan="3"><p>申请人情况</p></td></tr>` +
        `<tr><td><p>自然人</p></td><td><p>商业</p><p>企业</p></td><td><p>总计</p></td></tr>` +
        `<tr><td><p>一、本年新收</p><p>政府信息公开申请数量</p></td><td><p>3</p></td><td><p>1</p></td><td><p>4</p></td></tr>` +
        `<tr><td colspan="4"><p>${note}</p></td></tr>` +
        `</table>`,
    );
    expect(stream(doc)).toEqual(["table 0"]);
    expect(grid(tables(doc)[0])).toEqual([
      ["三、收到和处理政府信息公开申请情况"],
      ["本列数据的勾稽关系为：\n第一项加第二项之和，\n等于第三项加第四项之和", "申请人情况"],
      ["自然人", "商业\n企业", "总计"],
      ["一、本年新收\n政府信息公开申请数量", "3", "1", "4"],
      [note],
    ]);
  });

  it("block elements inside a cell (h1–h6, p, div, li) always start and end a line of the cell text", async () => {
    const doc = await page(
      `<table><tr>` +
        `<td><h3>结果</h3>纠正<ul><li>一</li><li>二</li></ul><div>尾</div></td>` +
        `<td><span>甲</span><p>乙</p>丙<h4>丁</h4></td>` +
        `<td>戊 <div> 己 </div> 庚</td>` +
        `</tr></table>`,
    );
    expect(grid(tables(doc)[0])).toEqual([["结果\n纠正\n一\n二\n尾", "甲\n乙\n丙\n丁", "戊\n己\n庚"]]);
  });
});
