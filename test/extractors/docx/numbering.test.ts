// List labels and text boxes. Expected labels are what LibreOffice 7.4 prints for the same markup
// (soffice --convert-to txt / pdf of the same documents built as full packages), except where noted
// as Word's reading of the specification (w:isLgl, w:lvlRestart 0, decimalFullWidth), which
// LibreOffice 7.4 does not implement.
import { describe, it, expect } from "vitest";
import { readDocx } from "../../../extractors/docx/index.js";
import { chineseNumber, formatNumber } from "../../../extractors/docx/number-formats.js";
import { DocumentTokens, type TableToken, type TextBlock, type Token } from "../../../src/tokens/types.js";
import {
  abstractNum, buildDocx, lvl, num, numbered, numberingXml, p, para, run, styledPara, stylesXml, tbl, tc, textBoxRun, tr,
} from "./build-docx.js";

const texts = (tokens: Token[]) => tokens.filter((t): t is TextBlock => t.kind === "text");
const read = (body: string, parts: Record<string, string>) => {
  const doc = readDocx(buildDocx(body, parts));
  expect(() => DocumentTokens.parse(doc)).not.toThrow();
  return doc;
};
const textsOf = (body: string, parts: Record<string, string>) => texts(read(body, parts).tokens).map((t) => t.text);

describe("number formats", () => {
  const values = [1, 2, 9, 10, 11, 19, 20, 21, 27, 53, 99, 100, 101, 110, 111, 999, 1000, 1001, 1010, 1100, 10000, 10001, 20000];
  const format = (numFmt: string) => values.map((n) => formatNumber(n, numFmt));

  it("writes the Chinese counting forms with 零 inside and a short 十 at the start", () => {
    const expected = ["一", "二", "九", "十", "十一", "十九", "二十", "二十一", "二十七", "五十三", "九十九", "一百", "一百零一", "一百一十", "一百一十一",
      "九百九十九", "一千", "一千零一", "一千零一十", "一千一百", "一万", "一万零一", "二万"];
    expect(format("chineseCounting")).toEqual(expected);
    expect(format("chineseCountingThousand")).toEqual(expected);
    expect(format("chineseLegalSimplified").slice(0, 13)).toEqual(
      ["壹", "贰", "玖", "壹拾", "壹拾壹", "壹拾玖", "贰拾", "贰拾壹", "贰拾柒", "伍拾叁", "玖拾玖", "壹佰", "壹佰零壹"]);
    expect([100_000, 100_010, 100_001_000, 0].map((n) => chineseNumber(n, "〇一二三四五六七八九", ["", "十", "百", "千"], true)))
      .toEqual(["十万", "十万零一十", "一亿零一千", "〇"]);
  });

  it("writes cycles, circled numbers, letters and roman numerals as Word and LibreOffice do", () => {
    expect(format("ideographTraditional").slice(0, 5)).toEqual(["甲", "乙", "壬", "癸", "11"]);
    expect(format("ideographZodiac").slice(0, 5)).toEqual(["子", "丑", "申", "酉", "戌"]);
    expect(format("decimalEnclosedCircle").slice(0, 10)).toEqual(["①", "②", "⑨", "⑩", "⑪", "⑲", "⑳", "㉑", "㉗", "53"]);
    expect([36, 50, 51].map((n) => formatNumber(n, "decimalEnclosedCircleChinese"))).toEqual(["㊱", "㊿", "51"]);
    expect(format("lowerLetter").slice(0, 10)).toEqual(["a", "b", "i", "j", "k", "s", "t", "u", "aa", "aaa"]);
    expect(format("upperRoman").slice(0, 16)).toEqual(["I", "II", "IX", "X", "XI", "XIX", "XX", "XXI", "XXVII", "LIII", "XCIX", "C", "CI", "CX", "CXI", "CMXCIX"]);
    expect([1, 9, 10].map((n) => formatNumber(n, "decimalZero"))).toEqual(["01", "09", "10"]);
    expect(formatNumber(12, "decimalFullWidth")).toBe("１２"); // Word; LibreOffice 7.4 prints 12
    expect(formatNumber(7, "none")).toBe("");
  });
});

describe("automatic numbering", () => {
  // A report outline: 一、 / （一） / 1. / a legal-style 1.2.2.1 at the fourth level.
  const outline = abstractNum(1,
    lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）"), lvl(2, "decimal", "%3."),
    lvl(3, "decimal", "%1.%2.%3.%4", 1, "<w:isLgl/>"));

  it("renders level texts with counters per level that restart when a higher level advances", () => {
    const body = p("正文") + numbered(1, 0, "总体情况") + numbered(1, 1, "主动公开") + numbered(1, 1, "依申请") + numbered(1, 2, "甲") +
      numbered(1, 2, "乙") + numbered(1, 3, "细目") + numbered(1, 0, "主动公开政府信息情况") + numbered(1, 2, "跳级") + numbered(1, 1, "跳过的一级之后");
    expect(textsOf(body, { "word/numbering.xml": numberingXml(outline, num(1, 1)) })).toEqual([
      "正文", "一、总体情况", "（一）主动公开", "（二）依申请", "1.甲", "2.乙",
      "1.2.2.1细目", // w:isLgl: every level in Arabic digits (Word; LibreOffice 7.4 ignores it)
      "二、主动公开政府信息情况", "1.跳级",
      "（二）跳过的一级之后", // the skipped level counted as used at its start
    ]);
  });

  it("separates label and text as w:suff says (tab by default)", () => {
    const numbering = numberingXml(
      abstractNum(1, `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>`),
      abstractNum(2, lvl(0, "decimal", "%1.", 1, "", "space")), num(1, 1), num(2, 2));
    expect(textsOf(numbered(1, 0, "总体情况") + numbered(2, 0, "咨询"), { "word/numbering.xml": numbering })).toEqual(["一、\t总体情况", "1. 咨询"]);
  });

  it("continues one list across w:num instances of an abstractNum; w:startOverride restarts it once", () => {
    const numbering = numberingXml(abstractNum(2, lvl(0, "decimal", "%1.")), num(2, 2), num(3, 2),
      num(4, 2, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'));
    const body = numbered(2, 0, "b") + numbered(2, 0, "b") + numbered(3, 0, "c") + numbered(3, 0, "c") + numbered(2, 0, "b") +
      numbered(4, 0, "d") + numbered(4, 0, "d") + numbered(3, 0, "c");
    expect(textsOf(body, { "word/numbering.xml": numbering })).toEqual(
      ["1.b", "2.b", "3.c", "4.c", "5.b", "5.d", "6.d", "7.c"]);
  });

  it("keeps counting through w:lvlRestart 0, replaces a level by w:lvlOverride/w:lvl, starts at 0 without w:start", () => {
    const numbering = numberingXml(
      abstractNum(3, lvl(0, "upperRoman", "%1."), lvl(1, "lowerLetter", "%2)", 1, '<w:lvlRestart w:val="0"/>')),
      abstractNum(5, lvl(0, "decimalEnclosedCircle", "%1", null)),
      abstractNum(6, lvl(0, "decimal", "%1.")),
      num(5, 3), num(7, 5), num(8, 6, `<w:lvlOverride w:ilvl="0">${lvl(0, "chineseCounting", "第%1条")}</w:lvlOverride>`));
    const body = numbered(5, 0, "r0") + numbered(5, 1, "r1") + numbered(5, 0, "r0") + numbered(5, 1, "r1") +
      numbered(7, 0, "无起始值") + numbered(7, 0, "无起始值") + numbered(8, 0, "替换") + numbered(8, 0, "替换");
    expect(textsOf(body, { "word/numbering.xml": numbering })).toEqual([
      "I.r0", "a)r1", "II.r0", "b)r1", // Word reads lvlRestart 0 as "never restart"; LibreOffice 7.4 restarts
      "0无起始值", "①无起始值", "第一条替换", "第二条替换",
    ]);
  });

  it("numbers paragraphs through their style (basedOn too), linked levels and w:numStyleLink lists", () => {
    const numbering = numberingXml(
      abstractNum(4, lvl(0, "chineseCountingThousand", "第%1章", 1, '<w:pStyle w:val="H1"/>'), lvl(1, "decimal", "%1.%2", 1, '<w:pStyle w:val="H2"/>')),
      abstractNum(6, '<w:numStyleLink w:val="ListStyle"/>'),
      abstractNum(7, '<w:styleLink w:val="ListStyle"/>', lvl(0, "ideographTraditional", "%1．")),
      num(6, 4), num(8, 6), num(9, 7));
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="6"/></w:numPr></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="H3"><w:name w:val="heading 3"/><w:basedOn w:val="H2"/></w:style>',
      '<w:style w:type="numbering" w:styleId="ListStyle"><w:name w:val="My List"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>');
    const off = '<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>' + run("不编号") + "</w:p>";
    const body = styledPara("H1", "h1") + styledPara("H2", "h2") + styledPara("H2", "h2") + styledPara("H1", "h1") + styledPara("H2", "h2") +
      styledPara("H3", "h3") + off + numbered(8, 0, "link") + numbered(9, 0, "link9") + numbered(8, 0, "link");
    const doc = read(body, { "word/numbering.xml": numbering, "word/styles.xml": styles });
    expect(texts(doc.tokens).map((t) => `${t.role}:${t.text}`)).toEqual([
      "heading:第一章h1", "heading:一.1h2", "heading:一.2h2", "heading:第二章h1", "heading:二.1h2", "heading:二.2h3", "heading:不编号",
      "paragraph:甲．link", "paragraph:乙．link9", "paragraph:丙．link",
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it("numbers table cells in document order with the paragraphs around them", () => {
    const numbering = numberingXml(abstractNum(1, lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）")), num(1, 1));
    const rows = ["咨询", "查阅"].map((label) => tr(tc(numbered(1, 1, label)) + tc(p("3")))).join("");
    const doc = read(numbered(1, 0, "收到申请") + tbl(rows, 2) + numbered(1, 1, "表后") + numbered(1, 0, "下一节"), { "word/numbering.xml": numbering });
    const table = doc.tokens.find((t): t is TableToken => t.kind === "table");
    expect(table!.rows.map((row) => row.map((c) => c.text))).toEqual([["（一）咨询", "3"], ["（二）查阅", "3"]]);
    expect(texts(doc.tokens).map((t) => t.text)).toEqual(["一、收到申请", "（三）表后", "二、下一节"]);
  });

  it("counts an empty numbered paragraph and prints its label alone", () => {
    const numbering = numberingXml(abstractNum(1, lvl(0, "chineseCounting", "%1、")), num(1, 1));
    const empty = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>';
    expect(textsOf(empty + numbered(1, 0, "二"), { "word/numbering.xml": numbering })).toEqual(["一、", "二、二"]);
  });

  it("maps Symbol bullets to their glyphs and prints a none level's literal text", () => {
    const numbering = numberingXml(
      abstractNum(1, lvl(0, "bullet", "\uf0b7")), abstractNum(2, lvl(0, "none", "注：")), num(1, 1), num(2, 2));
    expect(textsOf(numbered(1, 0, "要点") + numbered(2, 0, "说明"), { "word/numbering.xml": numbering })).toEqual(["•要点", "注：说明"]);
  });

  it("warns about lists it cannot find and formats it does not know, keeping the text", () => {
    const numbering = numberingXml(abstractNum(1, lvl(0, "hebrew1", "%1.")), num(1, 1));
    const doc = read(numbered(1, 0, "甲") + numbered(7, 0, "乙") + numbered(1, 4, "丙"), { "word/numbering.xml": numbering });
    expect(texts(doc.tokens).map((t) => t.text)).toEqual(["1.甲", "乙", "丙"]);
    expect(doc.warnings).toEqual([
      "2 paragraph(s) with automatic numbering (w:numPr) whose list is not defined in word/numbering.xml: no list label",
      "list number format(s) hebrew1 not known: printed as decimal numbers",
    ]);
    const without = read(numbered(1, 0, "甲"), {});
    expect(texts(without.tokens).map((t) => t.text)).toEqual(["甲"]);
    expect(without.warnings).toEqual([
      "1 paragraph(s) with automatic numbering (w:numPr) whose list is not defined in word/numbering.xml: no list label",
    ]);
  });

  it("keeps the text when word/numbering.xml is damaged, with one warning", () => {
    const doc = read(numbered(1, 0, "甲"), { "word/numbering.xml": '<w:numbering><w:num w:numId="1></w:numbering>' });
    expect(texts(doc.tokens).map((t) => t.text)).toEqual(["甲"]);
    expect(doc.warnings).toHaveLength(2);
    expect(doc.warnings[0]).toMatch(/^corrupt XML in word\/numbering\.xml: .*; list labels not rendered$/);
  });
});

describe("text boxes", () => {
  const numbering = numberingXml(abstractNum(1, lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）")), num(1, 1));

  it("reads a text box once, after the paragraph anchoring it, counting its lists apart", () => {
    const box = textBoxRun(numbered(1, 1, "框内") + p("框内第二段"));
    const doc = read(numbered(1, 0, "总体情况") + para(run("锚点"), box, run("续")) + numbered(1, 1, "框后"), { "word/numbering.xml": numbering });
    expect(texts(doc.tokens).map((t) => [t.text, t.prov.path])).toEqual([
      ["一、总体情况", "w:p[0]"],
      ["锚点续", "w:p[1]"],
      ["（一）框内", "w:p[1]/w:txbxContent[0]/w:p[0]"],
      ["框内第二段", "w:p[1]/w:txbxContent[0]/w:p[1]"],
      ["（一）框后", "w:p[2]"],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it("reads VML-only text boxes and tables inside text boxes; in a cell, its paragraphs join the cell text", () => {
    const vml = '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>' + p("旧式文本框") +
      tbl(tr(tc(p("框中表"))), 1) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
    const cellBox = tbl(tr(tc(para(run("格"), textBoxRun(p("格中框"))))), 1);
    const doc = read(para(run("图"), vml) + cellBox, {});
    expect(doc.tokens.map((t) => (t.kind === "text" ? t.text : t.kind === "table" ? `[${t.prov.path}] ${t.rows[0]![0]!.text}` : t.kind))).toEqual([
      "图",
      "旧式文本框",
      "[w:p[0]/w:txbxContent[0]/w:tbl[0]] 框中表",
      "[w:tbl[1]] 格\n格中框",
    ]);
  });

  it("adds nothing for pictures and linked text box continuations (their text is in the first box)", () => {
    const picture = '<w:r><w:drawing><wp:inline xmlns:wp="wp"><a:graphic xmlns:a="a"><a:graphicData><pic:pic xmlns:pic="pic"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    const linked = '<w:r><w:drawing><wps:wsp><wps:linkedTxbx id="1" seq="1"/></wps:wsp></w:drawing></w:r>';
    const doc = read(para(run("正文"), picture, linked), {});
    expect(texts(doc.tokens).map((t) => t.text)).toEqual(["正文"]);
    expect(doc.warnings).toEqual([]);
  });
});
