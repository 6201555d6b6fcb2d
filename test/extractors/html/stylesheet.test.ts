import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../extractors/html/index.js";
import type { DocumentTokens, TableToken, TextBlock } from "../../../src/tokens/types.js";

const page = (style: string, body: string) =>
  extractHtml(new TextEncoder().encode(`<!DOCTYPE html><html><head>${style}</head><body>${body}</body></html>`));
const texts = (doc: DocumentTokens) => doc.tokens.filter((t): t is TextBlock => t.kind === "text").map((t) => t.text);
const visible = async (css: string, body: string) => texts(await page(`<style>${css}</style>`, body));

describe("elements hidden by the page's <style> rules", () => {
  it("skips a hidden print copy of the report, so its table is read once", async () => {
    const report = `<p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td></tr></table>`;
    const doc = await page(`<style type="text/css">.print-version { display: none }</style>`,
      `<div class="content">${report}</div><div class="print-version">${report}</div>`);
    expect(texts(doc)).toEqual(["二、主动公开政府信息情况"]);
    const tables = doc.tokens.filter((t): t is TableToken => t.kind === "table");
    expect(tables.map((t) => [t.index, t.rows.map((r) => r.map((c) => c.text))])).toEqual([[0, [["规章", "0"]]]]);
  });

  it("reads tag, .class, #id, tag.class, compound and comma-list selectors, display:none and visibility:hidden", async () => {
    const css = `aside{display:none} .m{visibility:hidden} #wap{DISPLAY:NONE} div.x{display:none} p#q.r.s{display:none} h3, .t , span.u {display:none}`;
    const body = `<aside>边栏</aside><p class="m">移动版</p><div id="wap">手机</div><div class="x y">甲</div><p class="x">乙</p>` +
      `<p id="q" class="s r">丙</p><p id="q" class="r">丁</p><h3>戊</h3><p class="t">己</p><p><span class="u">庚</span>辛</p>`;
    expect(await visible(css, body)).toEqual(["乙", "丁", "辛"]);
  });

  it("matches descendant chains through any number of ancestors", async () => {
    const css = `div.mobile p {display:none} #page .hide span{display:none}`;
    const body = `<div class="mobile"><section><p>隐一</p></section></div><p>显一</p>` +
      `<div id="page"><div class="hide"><p>显二<span>隐二</span></p></div><span>显三</span></div>`;
    expect(await visible(css, body)).toEqual(["显一", "显二", "显三"]);
  });

  it("follows the cascade: later, more specific, !important rules and the inline style win", async () => {
    const css = `.a{display:none} .a{display:block} .b{display:none} p.b{display:block} #c{display:block} .c{display:none!important}` +
      ` .d{display:none} .e{display:none !important} .f{display:none;display:block}`;
    const body = `<p class="a">一</p><p class="b">二</p><p id="c" class="c">三</p><p class="d" style="display:block">四</p>` +
      `<p class="e" style="display:block">五</p><p class="f">六</p>`;
    expect(await visible(css, body)).toEqual(["一", "二", "四", "六"]);
  });

  it("ignores @media blocks (print and any other), print-only <style> blocks, commented-out ones and other at-rules", async () => {
    const style =
      `<style>@import url(x.css); @media print { .screen{display:none} } @media screen and (max-width:600px){ .wide{display:none} }` +
      ` @font-face { font-family: x; src: url("a{b}.woff") } .gone{display:none}</style>` +
      `<style media="print">.p{display:none}</style><style media="screen">.s{display:none}</style><!-- <style>.c{display:none}</style> -->`;
    const doc = await page(style, `<p class="screen">屏幕</p><p class="wide">宽屏</p><p class="gone">隐</p><p class="p">打印</p><p class="s">屏</p><p class="c">注释</p>`);
    expect(texts(doc)).toEqual(["屏幕", "宽屏", "打印", "注释"]);
  });

  it("ignores selectors it does not read (child, sibling, attribute, pseudo, universal) and CSS comments", async () => {
    const css = `/* .x{display:none} */ div > p{display:none} p + p{display:none} [hidden-copy]{display:none} p:first-child{display:none} *{visibility:hidden}` +
      ` <!-- .y{display:none} -->`;
    expect(await visible(css, `<div><p>一</p><p hidden-copy="1">二</p></div><p class="y">三</p>`)).toEqual(["一", "二"]);
  });

  it("applies a <style> written in the body to elements before it", async () => {
    expect(texts(await page("", `<div class="dup">副本</div><p>正文</p><style>.dup{display:none}</style>`))).toEqual(["正文"]);
  });
});

describe("what the stylesheet may not hide, and what is said about it", () => {
  it("never hides <html> or <body> (anti-flicker rules a script would undo) and warns once per skipped element", async () => {
    const doc = await page(`<style>html{visibility:hidden} body{display:none} .dup{display:none}</style>`,
      `<p>正文</p><div class="dup"><p>副本</p><table><tr><td class="dup">1</td></tr></table></div><p class="dup">又一副本</p>`);
    expect(texts(doc)).toEqual(["正文"]);
    expect(doc.warnings).toEqual(["2 element(s) hidden by the page's <style> rules (display:none / visibility:hidden) not read"]);
  });

  it("counts a hidden element inside a layout table once, after the table is re-read as running text", async () => {
    const long = "正文".repeat(400);
    const doc = await page(`<style>.dup{display:none}</style>`, `<table><tr><td><span class="dup">副本</span><p>${long}</p></td></tr></table>`);
    expect(texts(doc)).toEqual([long]);
    expect(doc.warnings).toEqual(["1 element(s) hidden by the page's <style> rules (display:none / visibility:hidden) not read"]);
  });
});
