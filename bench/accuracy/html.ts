// HTML pages with the markup variants real government sites serve, made by rewriting the page
// scripts/samples/html.ts renders: charset (UTF-8, GBK, GB18030, GB2312 label on GBK bytes), Word
// paste with or without digit-per-span and <o:p>, plain CMS cells, <td> instead of <th> headers, the
// page with site chrome, bare, or with a layout table wrapping the article.
import iconv from "iconv-lite";
import { SampleDocument } from "../../scripts/samples/document.js";
import { renderHtml } from "../../scripts/samples/html.js";
import { Random } from "./prng.js";
import { GENERATOR_SETTINGS as S } from "./settings.js";

const H = S.html;

export interface HtmlChoices {
  charset: keyof typeof H.charset;
  markup: keyof typeof H.markup;
  stripOp: boolean;
  tdHeaders: boolean;
  page: keyof typeof H.page;
  msoConditionals: boolean;
  numericEntities: boolean;
}

export function drawHtmlChoices(r: Random): HtmlChoices {
  return {
    charset: r.weighted(H.charset),
    markup: r.weighted(H.markup),
    stripOp: r.chance(H.stripOp),
    tdHeaders: r.chance(H.tdHeaders),
    page: r.weighted(H.page),
    msoConditionals: r.chance(H.msoConditionals),
    numericEntities: r.chance(H.numericEntities),
  };
}

export function htmlTags(c: HtmlChoices): string[] {
  const tags = [`html:charset=${c.charset}`, `html:markup=${c.markup}`, `html:page=${c.page}`];
  if (c.stripOp) tags.push("html:no-o:p");
  if (c.tdHeaders) tags.push("html:td-headers");
  if (c.msoConditionals && c.markup !== "plain") tags.push("html:mso-conditionals");
  if (c.numericEntities) tags.push("html:numeric-entities");
  return tags;
}

/** What renderHtml writes around the report body; the rewrites below fail loudly if it changes. */
const UTF8_DECLARATION = '<meta charset="utf-8" />';
const BODY_START = '<div class="TRS_Editor">\n';
const BODY_END = "\n</div>\n</div>\n<div class=\"share\">";
const ARTICLE_START = '<div class="article">';

const DECLARATIONS: Record<HtmlChoices["charset"], string> = {
  "utf-8": UTF8_DECLARATION,
  gbk: '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />',
  gb18030: '<meta http-equiv="Content-Type" content="text/html; charset=GB18030">',
  gb2312: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />',
};
/** The encoder for each declared charset: pages labelled gb2312 are GBK bytes in practice. */
const ENCODINGS: Record<HtmlChoices["charset"], string> = { "utf-8": "utf-8", gbk: "gbk", gb18030: "gb18030", gb2312: "gbk" };

export function renderHtmlVariant(doc: SampleDocument, c: HtmlChoices): Uint8Array {
  let html = renderHtml(doc, { charset: "utf-8", digitSpans: c.markup === "wordDigitSpans" });
  html = replaceOnce(html, UTF8_DECLARATION, DECLARATIONS[c.charset]);
  if (c.page === "bare") html = barePage(html, doc.publication.title, DECLARATIONS[c.charset]);
  if (c.page === "layoutTable") html = withLayoutTable(html);
  if (c.markup === "plain") html = plainMarkup(html);
  else if (c.msoConditionals) html = withMsoConditionals(html);
  if (c.stripOp) html = html.replace(/<o:p>(.*?)<\/o:p>/g, "$1");
  if (c.tdHeaders) html = html.replace(/<th( |>)/g, "<td$1").replace(/<\/th>/g, "</td>");
  if (c.numericEntities) html = html.replace(/>([^<]+)</g, (_, text: string) => `>${text.replace(/[^\x00-\x7f]/g, (ch) => `&#${ch.codePointAt(0)};`)}<`);
  return encode(html, ENCODINGS[c.charset]);
}

function encode(html: string, encoding: string): Uint8Array {
  if (encoding === "utf-8") return new TextEncoder().encode(html);
  const bytes = iconv.encode(html, encoding);
  if (iconv.decode(bytes, encoding) !== html) throw new Error(`the page has characters ${encoding} cannot encode`);
  return new Uint8Array(bytes);
}

function replaceOnce(html: string, from: string, to: string): string {
  const at = html.indexOf(from);
  if (at < 0) throw new Error(`renderHtml output changed: "${from.slice(0, 40)}" not found`);
  return html.slice(0, at) + to + html.slice(at + from.length);
}

function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  const to = html.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`renderHtml output changed: body markers not found`);
  return html.slice(from + start.length, to);
}

/** The report body alone in a minimal page, as saved attachments and simple CMS pages are. */
function barePage(html: string, title: string, declaration: string): string {
  const body = between(html, BODY_START, BODY_END);
  return `<html>\n<head>\n${declaration}\n<title>${escapeText(title)}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** Old table-layout sites: a side column of links and the article in a cell of a layout table. */
function withLayoutTable(html: string): string {
  const side =
    '<td class="side" width="220" valign="top"><table width="100%" class="menu"><tr><td><a href="/zwgk/">政府信息公开指南</a></td></tr>' +
    '<tr><td><a href="/zwgk/zd/">政府信息公开制度</a></td></tr><tr><td><a href="/zwgk/nb/">政府信息公开年报</a></td></tr></table></td>';
  const open = `<table class="layout" width="100%" border="0" cellspacing="0" cellpadding="0"><tr>${side}<td class="main" valign="top">${ARTICLE_START}`;
  const withOpen = replaceOnce(html, ARTICLE_START, open);
  return replaceOnce(withOpen, BODY_END, "\n</div>\n</div></td></tr></table>\n<div class=\"share\">");
}

/** CMS editor markup: no Word spans or fonts, cell text straight in <p>. */
function plainMarkup(html: string): string {
  return html.replace(/<\/?(span|font)\b[^>]*>/g, "");
}

/** Word's conditional comments: an Office settings block in the head, list enumerators in the body. */
function withMsoConditionals(html: string): string {
  const head = replaceOnce(
    html,
    "<head>\n",
    "<head>\n<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->\n",
  );
  // An enumerator (1. 1、 1．) right after a tag and before CJK text, as Word writes numbered lists.
  return head.replace(/>(\d{1,2}[.、．])(?=[\u4e00-\u9fff])/g, "><![if !supportLists]><span style='mso-list:Ignore'>$1</span><![endif]>");
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
