// Renders a sample as a government-site article page: site chrome (header, nav, the 索引号/发布机构/
// 公开日期 table, share bar, footer, scripts) around a report body pasted from Word (MsoNormal
// paragraphs, <o:p>, nested span/font, &nbsp;), with <th> header rows and rowspan/colspan tables.
import iconv from "iconv-lite";
import { Block, PublicationInfo, SampleCell, SampleDocument, SampleTable } from "./document.js";
import { textRuns } from "./runs.js";
import { wordRows } from "./word-rows.js";

export interface HtmlOptions {
  charset: "utf-8" | "gbk";
  /** Split multi-digit numbers in value cells into one span per digit. */
  digitSpans?: boolean;
}

/** The site the page pretends to be on: a neutral sample site, never a real government domain. */
const SITE_NAME = "政务公开样例网";
/** Twips per CSS pixel (Word's 1440 twips/inch over 96 px/inch). */
const TWIPS_PER_PX = 15;

export function renderHtml(doc: SampleDocument, options: HtmlOptions): string {
  const pub = doc.publication;
  const body = doc.blocks.map((b) => renderBlock(b, options)).join("\n");
  return [
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">",
    "<html>",
    "<head>",
    options.charset === "gbk"
      ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />'
      : '<meta charset="utf-8" />',
    `<title>${escape(pub.title)}_${SITE_NAME}</title>`,
    `<meta name="ArticleTitle" content="${escape(pub.title)}" />`,
    `<meta name="PubDate" content="${pub.publishDate} 09:30" />`,
    `<meta name="ContentSource" content="${escape(pub.publisher)}" />`,
    '<meta name="keywords" content="政府信息公开,年度报告" />',
    '<link rel="stylesheet" type="text/css" href="/images/common.css" />',
    '<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>',
    "<style type=\"text/css\">",
    "body{margin:0;font-family:'Microsoft YaHei',sans-serif;color:#333}",
    ".top{background:#b5141c;color:#fff;padding:18px 40px;font-size:26px}",
    ".nav ul{margin:0;padding:0 40px;background:#8f0f16;list-style:none}.nav li{display:inline-block;padding:8px 16px}.nav a{color:#fff;text-decoration:none}",
    ".position{padding:10px 40px;font-size:13px}",
    ".xxgk-info{margin:0 40px;width:calc(100% - 80px);border:1px solid #ddd;font-size:13px;background:#f7f7f7}",
    ".article{padding:10px 40px}.article h1{text-align:center;font-size:24px;color:#b5141c}",
    ".TRS_Editor table{margin:0 auto}",
    "p.MsoNormal{margin:0cm;font-size:10.5pt;font-family:宋体}",
    ".share,.footer{padding:10px 40px;font-size:12px;color:#666}.footer{border-top:2px solid #b5141c;text-align:center}",
    "@page{size:A4;margin:15mm 12mm}",
    "</style>",
    "</head>",
    "<body>",
    `<div class="top">${SITE_NAME}<span style="font-size:12px;float:right">无障碍浏览 | 长者模式 | 简体版</span></div>`,
    '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zwfw/">政务服务</a></li></ul></div>',
    '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>',
    metadataTable(pub),
    '<div class="article">',
    `<h1>${escape(pub.title)}</h1>`,
    `<div class="info">发布时间：${pub.publishDate} 来源：${escape(pub.publisher)} 【字体：<a href="javascript:setFont(16)">大</a> <a href="javascript:setFont(14)">中</a> <a href="javascript:setFont(12)">小</a>】</div>`,
    '<div class="TRS_Editor">',
    body,
    "</div>",
    "</div>",
    '<div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">微博</a> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>',
    `<div class="footer"><p>${SITE_NAME}（样例站点，非政府网站）　网站标识码：0000000000　样ICP备00000000号</p><p>本页面由 nianbao 样例生成脚本生成，仅供测试。</p></div>`,
    '<script type="text/javascript">',
    "function setFont(size){ $('.TRS_Editor, .TRS_Editor p, .TRS_Editor span').css('font-size', size + 'px'); }",
    "var shareTpl = '<table class=\"share-pop\"><tr><td>扫一扫</td></tr></table>';",
    "var _hmt = _hmt || []; (function(){ var hm = document.createElement('script'); hm.src = '/js/stat.js'; document.body.appendChild(hm); })();",
    "</script>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The bytes of the page in its declared charset; throws if a character has no GBK code. */
export function encodeHtml(html: string, charset: HtmlOptions["charset"]): Uint8Array {
  if (charset === "utf-8") return new TextEncoder().encode(html);
  const bytes = iconv.encode(html, "gbk");
  if (iconv.decode(bytes, "gbk") !== html) throw new Error("the page has characters GBK cannot encode");
  return new Uint8Array(bytes);
}

function metadataTable(pub: PublicationInfo): string {
  return [
    '<table class="xxgk-info" cellspacing="0" cellpadding="4">',
    `<tr><td class="t" width="12%">索引号：</td><td width="38%">${escape(pub.indexNumber)}</td><td class="t" width="12%">主题分类：</td><td>综合政务\\政务公开</td></tr>`,
    `<tr><td class="t">发布机构：</td><td>${escape(pub.publisher)}</td><td class="t">公开日期：</td><td>${pub.publishDate}</td></tr>`,
    `<tr><td class="t">名　　称：</td><td colspan="3">${escape(pub.title)}</td></tr>`,
    "</table>",
  ].join("\n");
}

function renderBlock(block: Block, options: HtmlOptions): string {
  switch (block.kind) {
    case "title":
      return `<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>${inline(block.text)}<o:p></o:p></span></b></p>`;
    case "heading":
      return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><b><span style='font-size:16.0pt;font-family:黑体'>${inline(block.text)}<o:p></o:p></span></b></p>`;
    case "subheading":
      return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:楷体_GB2312'><font face="楷体_GB2312">${inline(block.text)}</font><o:p></o:p></span></p>`;
    case "paragraph":
      return `<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'><font face="仿宋_GB2312">${inline(block.text)}</font><o:p></o:p></span></p>`;
    case "caption":
      return `<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:12.0pt;font-family:黑体'>${inline(block.text)}<o:p></o:p></span></b></p>`;
    case "table":
      return renderTable(block.table, options) + "\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";
  }
}

function renderTable(table: SampleTable, options: HtmlOptions): string {
  const width = Math.round(sum(table.gridWidths) / TWIPS_PER_PX);
  const rows = wordRows(table).map(
    (row) =>
      "<tr>" +
      row
        .filter((w) => w.vMerge !== "continue")
        .map((w) => renderCell(w.cell, sum(table.gridWidths.slice(w.gridCol, w.gridCol + w.gridSpan)), options))
        .join("") +
      "</tr>",
  );
  return [
    `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=${width} style='width:${width}px;border-collapse:collapse;border:none'>`,
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
  ].join("\n");
}

function renderCell(cell: SampleCell, widthTwips: number, options: HtmlOptions): string {
  const tag = cell.header ? "th" : "td";
  const spans = (cell.rowSpan ?? 1) > 1 ? ` rowspan=${cell.rowSpan}` : "";
  const cols = (cell.colSpan ?? 1) > 1 ? ` colspan=${cell.colSpan}` : "";
  const align = cell.header || cell.value ? "center" : "left";
  const content =
    cell.text.trim() === ""
      ? `<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt'><o:p>&nbsp;</o:p></span></p>`
      : `<p class=MsoNormal align=${align} style='text-align:${align}'><span style='font-size:10.5pt;font-family:宋体'>${inline(cell.text, cell.value && options.digitSpans)}</span><o:p></o:p></p>`;
  return `<${tag} width=${Math.round(widthTwips / TWIPS_PER_PX)}${spans}${cols} valign=middle style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>${content}</${tag}>`;
}

/** Run text as Word pastes it: Latin runs in lang=EN-US spans, other runs in spans of their own
 * where a line has several, line breaks as <br>. */
function inline(text: string, digitSpans = false): string {
  return textRuns(text, digitSpans)
    .map((line) =>
      line
        .map((r) => {
          if (r.latin) return `<span lang=EN-US>${escape(r.text)}</span>`;
          return line.length > 1 ? `<span>${escape(r.text)}</span>` : escape(r.text);
        })
        .join(""),
    )
    .join("<br>");
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\u00a0/g, "&nbsp;");
}
