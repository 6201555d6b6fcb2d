import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../extractors/html/index.js";
import { BOLD_HEADING_MAX_CHARS } from "../../../extractors/html/walk.js";
import type { DocumentTokens, TextBlock } from "../../../src/tokens/types.js";

const page = (body: string, head = "") =>
  extractHtml(new TextEncoder().encode(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`));
const blocks = (doc: DocumentTokens) => doc.tokens.filter((t): t is TextBlock => t.kind === "text");
const texts = async (body: string) => blocks(await page(body)).map((b) => b.text);

describe("running text: inline markup", () => {
  it("joins Word-pasted spans without inserting spaces", async () => {
    expect(await texts(`<p><span>收到申请</span><span>2</span><span>0</span><span>件</span></p>`)).toEqual(["收到申请20件"]);
  });

  it("keeps <o:p>&nbsp;</o:p> as U+00A0 and U+3000 indentation as it is", async () => {
    expect(await texts(`<p>\u3000\u3000一、总体情况<o:p>&nbsp;</o:p></p>`)).toEqual(["\u3000\u3000一、总体情况\u00a0"]);
  });

  it("collapses source whitespace to one space and trims block ends", async () => {
    expect(await texts(`<p>\n   Section   A \t B\n</p>`)).toEqual(["Section A B"]);
  });

  it("drops a source line break between two CJK characters (Word wraps its HTML mid-sentence)", async () => {
    expect(await texts(`<p><span>本年度报告根据</span>\n<span>《条例》要求编制</span></p>`)).toEqual(["本年度报告根据《条例》要求编制"]);
  });

  it("keeps a space where a line break separates Latin/digits from CJK", async () => {
    expect(await texts(`<p>2020\n年</p>`)).toEqual(["2020 年"]);
  });

  it("joins inline content split by comments and unknown Word tags", async () => {
    expect(await texts(`<p><st1:chsdate>2024年1月17日</st1:chsdate><!-- x --><font face="仿宋">发布</font></p>`)).toEqual([
      "2024年1月17日发布",
    ]);
  });
});

describe("running text: blocks", () => {
  it("never joins two block elements: nested divs give separate blocks in document order", async () => {
    expect(await texts(`<div>一、总体情况<div>（一）主动公开</div>全年公开信息249条</div>`)).toEqual([
      "一、总体情况",
      "（一）主动公开",
      "全年公开信息249条",
    ]);
  });

  it("splits <br>-separated lines into blocks", async () => {
    expect(await texts(`<div>沭阳县发展和改革局<br>2024年1月17日<br><br></div>`)).toEqual(["沭阳县发展和改革局", "2024年1月17日"]);
  });

  it("treats an empty block element as a boundary", async () => {
    expect(await texts(`<div>上一段<p></p>下一段</div>`)).toEqual(["上一段", "下一段"]);
  });

  it("drops blocks holding only whitespace, NBSP or U+3000", async () => {
    expect(await texts(`<p>&nbsp;</p><p>\u3000</p><p>正文</p>`)).toEqual(["正文"]);
  });

  it("keeps line breaks and spacing inside <pre> and white-space:pre", async () => {
    expect(await texts(`<pre>第一行\n  第二行</pre><p><span style="white-space:pre">\t</span>一、总体情况</p>`)).toEqual([
      "第一行\n  第二行",
      "一、总体情况",
    ]);
  });
});

describe("running text: what is skipped", () => {
  it("skips script, style, noscript, template, select and comments", async () => {
    const body =
      `<script>var a = "脚本";</script><style>p{}</style><noscript>请启用脚本</noscript>` +
      `<template><p>模板</p></template><select><option>选项</option></select><!-- 注释 --><p>正文</p>`;
    expect(await texts(body)).toEqual(["正文"]);
  });

  it("skips elements hidden by display:none, visibility:hidden or the hidden attribute", async () => {
    const body =
      `<div style="DISPLAY: none">隐藏一</div><p>可见<span style="color:red; visibility : hidden">隐藏二</span></p>` +
      `<div hidden>隐藏三</div><div style="display:block">显示</div>`;
    expect(await texts(body)).toEqual(["可见", "显示"]);
  });

  it("does not emit the text of <title> elements found in the body (crawler wrappers)", async () => {
    expect(await texts(`<title>沭阳县人民政府</title><p>正文</p>`)).toEqual(["正文"]);
  });
});

describe("metadata", () => {
  it("reads <title> and <meta name|property content>, first non-empty value winning", async () => {
    const head =
      `<title>\n  平潭综合实验区2020年度报告_年报  </title><meta name="ArticleTitle" content="平潭综合实验区2020年度报告">` +
      `<meta name="PubDate" content="2021-03-05 08:58"><meta name="ContentSource" content="">` +
      `<meta property="og:site_name" content="平潭"><meta http-equiv="X-UA-Compatible" content="IE=Edge">`;
    const body = `<title>内层标题</title><meta name="ContentSource" content="管委会办公室"><meta name="PubDate" content="2099-01-01">`;
    const doc = await page(body, head);
    expect(doc.meta.title).toBe("平潭综合实验区2020年度报告_年报");
    expect(doc.meta.properties).toEqual({
      ArticleTitle: "平潭综合实验区2020年度报告",
      PubDate: "2021-03-05 08:58",
      ContentSource: "管委会办公室",
      "og:site_name": "平潭",
    });
  });

  it("warns when the page has no text and no tables", async () => {
    const doc = await page(`<script>1</script>`);
    expect(doc.tokens).toEqual([]);
    expect(doc.warnings).toEqual(["no text or tables in the page"]);
  });
});

describe("roles", () => {
  const roles = async (body: string) => blocks(await page(body)).map((b) => [b.role, b.text]);

  it("h1 → title, h2–h6 → heading, default paragraph", async () => {
    expect(await roles(`<h1>年度报告</h1><h3>一、总体情况</h3><p>正文</p>`)).toEqual([
      ["title", "年度报告"],
      ["heading", "一、总体情况"],
      ["paragraph", "正文"],
    ]);
  });

  it("a block whose class or id names a title → title, inherited by its content", async () => {
    expect(await roles(`<div class="article_title text_align_center"><p>平潭2024年度报告</p></div><div id="docTitle">标题</div>`)).toEqual([
      ["title", "平潭2024年度报告"],
      ["title", "标题"],
    ]);
  });

  it("a short all-bold paragraph → heading; bold mixed with plain text or too long → paragraph", async () => {
    const long = "加".repeat(BOLD_HEADING_MAX_CHARS + 1);
    expect(
      await roles(
        `<p><strong>一、总体情况</strong>&nbsp;</p><p style="text-align:center;font-weight: bold;">2019年年度报告</p>` +
          `<p><b>一是</b>加强组织领导</p><p><b>${long}</b></p>`,
      ),
    ).toEqual([
      ["heading", "一、总体情况\u00a0"],
      ["heading", "2019年年度报告"],
      ["paragraph", "一是加强组织领导"],
      ["paragraph", long],
    ]);
  });
});

describe("provenance paths", () => {
  it("gives a CSS selector of the block element, anchored at the nearest id", async () => {
    const doc = await page(`<div><p>甲</p><p>乙</p></div><div id="zoom"><span>x</span><p>丙</p></div>`);
    expect(blocks(doc).map((b) => b.prov.path)).toEqual([
      "body>div:nth-child(1)>p:nth-child(1)",
      "body>div:nth-child(1)>p:nth-child(2)",
      "#zoom",
      "#zoom>p:nth-child(2)",
    ]);
  });
});

describe("hidden empty blocks", () => {
  it("a hidden empty block is no paragraph boundary; a visible one is", async () => {
    expect(await texts(`<div>前半句<span style="display:none"></span><div style="display:none"></div>后半句</div>`)).toEqual(["前半句后半句"]);
    expect(await texts(`<div>前半句<div></div>后半句</div>`)).toEqual(["前半句", "后半句"]);
  });
});
