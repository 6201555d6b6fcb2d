import { describe, it, expect } from "vitest";
import { readDocx, extractDocx } from "../../../extractors/docx/index.js";
import { DocumentTokens, InputError, type TableToken, type TextBlock, type Token } from "../../../src/tokens/types.js";
import { rowWidths } from "./row-widths.js";
import { buildDocx, cont, documentXml, p, para, restart, run, span, tbl, tc, tr, zipOf } from "./build-docx.js";

const texts = (tokens: Token[]) => tokens.filter((t): t is TextBlock => t.kind === "text");
const tables = (tokens: Token[]) => tokens.filter((t): t is TableToken => t.kind === "table");
const onlyText = (body: string) => texts(readDocx(buildDocx(body)).tokens).map((t) => t.text);
describe("paragraph text", () => {
  it("joins runs without spaces and renders tabs, breaks and non-breaking hyphens", () => {
    expect(onlyText(p("政府信息", "公开") + para(run("一、总体情况"), "<w:r><w:tab/><w:t>A</w:t><w:br/><w:t>B</w:t><w:cr/><w:t>C</w:t><w:noBreakHyphen/><w:t>D</w:t></w:r>"))).toEqual([
      "政府信息公开",
      "一、总体情况\tA\nB\nC-D",
    ]);
  });

  it("keeps leading and trailing spaces of w:t and decodes entities", () => {
    expect(onlyText(para('<w:r><w:t xml:space="preserve">  A &amp; B &lt;1&gt; &#x4E2D;&#25991; </w:t></w:r>'))).toEqual(["  A & B <1> 中文 "]);
  });

  it("skips deletions, moved-away text, field instructions, symbols, ruby text and hidden runs", () => {
    const body = para(
      run("保留"),
      '<w:del w:id="1" w:author="x"><w:r><w:delText>删除</w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="x"><w:r><w:t>插入</w:t></w:r></w:ins>',
      '<w:moveFrom w:id="3" w:author="x"><w:r><w:t>移走</w:t></w:r></w:moveFrom>',
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      run("3"),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>',
      '<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>gōng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>公</w:t></w:r></w:rubyBase></w:ruby></w:r>',
      run("隐藏", "<w:vanish/>"),
      run("显示", '<w:vanish w:val="0"/>'),
      // the run was hidden before a tracked formatting change; it is visible now
      run("改", '<w:b/><w:rPrChange w:id="4" w:author="x"><w:rPr><w:vanish/></w:rPr></w:rPrChange>'),
    );
    expect(onlyText(body)).toEqual(["保留插入3公显示改"]);
  });

  it("reads through hyperlinks, smart tags, content controls, simple fields and custom XML", () => {
    const body = para(
      '<w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + run("链接") + "</w:hyperlink>",
      '<w:smartTag w:uri="u" w:element="date"><w:smartTagPr><w:attr w:name="Year" w:val="2023"/></w:smartTagPr>' + run("2023年") + "</w:smartTag>",
      '<w:sdt><w:sdtPr><w:alias w:val="机关"/></w:sdtPr><w:sdtContent>' + run("某某局") + "</w:sdtContent></w:sdt>",
      '<w:fldSimple w:instr=" NUMPAGES ">' + run("5") + "</w:fldSimple>",
      '<w:customXml w:element="x">' + run("!") + "</w:customXml>",
    );
    expect(onlyText(body)).toEqual(["链接2023年某某局5!"]);
  });

  it("drops blank paragraphs but counts them in the path, and reads body-level content controls", () => {
    const doc = readDocx(buildDocx(p("甲") + "<w:p/>" + p("　 ") + '<w:sdt><w:sdtContent>' + p("乙") + "</w:sdtContent></w:sdt>"));
    expect(texts(doc.tokens).map((t) => [t.text, t.prov.path])).toEqual([
      ["甲", "w:p[0]"],
      ["乙", "w:p[3]"],
    ]);
  });

  it("reads text boxes once and warns about numbered paragraphs whose list is not defined", () => {
    const textBox =
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>' + p("框内") +
      "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>" + p("框内") +
      "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    const numbered = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' + run("总体情况") + "</w:p>";
    const doc = readDocx(buildDocx(para(run("正文"), textBox) + numbered));
    expect(texts(doc.tokens).map((t) => t.text)).toEqual(["正文", "框内", "总体情况"]);
    expect(doc.warnings).toEqual([
      "1 paragraph(s) with automatic numbering (w:numPr) whose list is not defined in word/numbering.xml: no list label",
    ]);
  });
});

describe("paragraph roles", () => {
  const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Title"/><w:basedOn w:val="1"/></w:style>
    <w:style w:type="paragraph" w:styleId="cn"><w:name w:val="标题 2"/></w:style>
    <w:style w:type="paragraph" w:styleId="mine"><w:name w:val="我的章标题"/><w:basedOn w:val="2"/></w:style>
    <w:style w:type="paragraph" w:styleId="outline"><w:name w:val="大纲"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
    <w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/></w:style>
  </w:styles>`;
  const styled = (styleId: string, text: string, extra = "") => `<w:p><w:pPr><w:pStyle w:val="${styleId}"/>${extra}</w:pPr>${run(text)}</w:p>`;

  it("resolves style ids through styles.xml names, basedOn and outline levels", () => {
    const body =
      styled("a5", "标题页") +
      styled("2", "一、总体情况") +
      styled("cn", "（一）主动公开") +
      styled("mine", "二、主动公开") +
      styled("outline", "三、依申请") +
      styled("1", "正文") +
      styled("Heading3", "未定义的样式") +
      '<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr>' + run("直接大纲级别") + "</w:p>" +
      styled("2", "正文级别", '<w:outlineLvl w:val="9"/>') +
      p("无样式");
    const doc = readDocx(buildDocx(body, { "word/styles.xml": styles }));
    expect(texts(doc.tokens).map((t) => `${t.role}:${t.text}`)).toEqual([
      "title:标题页",
      "heading:一、总体情况",
      "heading:（一）主动公开",
      "heading:二、主动公开",
      "heading:三、依申请",
      "paragraph:正文",
      "heading:未定义的样式",
      "heading:直接大纲级别",
      "paragraph:正文级别",
      "paragraph:无样式",
    ]);
  });

  it("stops on a basedOn cycle and reads roles from style ids when styles.xml is damaged", () => {
    const cycle = `<w:styles xmlns:w="w"><w:style w:type="paragraph" w:styleId="x"><w:name w:val="甲"/><w:basedOn w:val="y"/></w:style><w:style w:type="paragraph" w:styleId="y"><w:name w:val="乙"/><w:basedOn w:val="x"/></w:style></w:styles>`;
    expect(texts(readDocx(buildDocx(styled("x", "循环"), { "word/styles.xml": cycle })).tokens).map((t) => t.role)).toEqual(["paragraph"]);
    const damaged = readDocx(buildDocx(styled("Heading1", "一、") + p("正文"), { "word/styles.xml": '<w:styles><w:style w:styleId="1></w:styles>' }));
    expect(texts(damaged.tokens).map((t) => t.role)).toEqual(["heading", "paragraph"]);
    expect(damaged.warnings).toHaveLength(1);
    expect(damaged.warnings[0]).toMatch(/^corrupt XML in word\/styles\.xml: .*; paragraph roles read from style ids only$/);
  });

  it("reads style ids as names when the package has no styles part", () => {
    const doc = readDocx(buildDocx(styled("Title", "年报") + styled("Heading2", "一、") + styled("2", "二、")));
    expect(texts(doc.tokens).map((t) => t.role)).toEqual(["title", "heading", "paragraph"]);
  });
});

describe("tables", () => {
  // grid of 4 columns:
  //   r0: [标题 ×3]                 [总计 restart]
  //   r1: [三、办理结果 restart] [商业/企业 ×2] [continue]
  //   r2: [continue] [1] [2] [3]
  //   r3: [continue] [x ×2] [4]
  //   r4: gridBefore 1, [a] [b] [c]
  const requests = tbl(
    tr(tc(p("标题"), span(3)) + tc(p("总计"), restart)) +
      tr(tc(p("三、办理", "结果"), restart) + tc(p("商", "业") + p("企", "业"), span(2)) + tc(p(""), cont)) +
      tr(tc(p(""), '<w:vMerge w:val="continue"/>') + tc(p("1")) + tc(p("2")) + tc(p("3"))) +
      tr(tc("<w:p/>", cont) + tc(p("x"), span(2)) + tc(p("4"))) +
      tr(tc(p("a")) + tc(p("b")) + tc(p("c")), '<w:gridBefore w:val="1"/><w:wBefore w:w="1000" w:type="dxa"/>'),
    4,
  );

  it("computes rowSpan from vMerge over grid columns, omits continuation cells, keeps colSpan", () => {
    const doc = readDocx(buildDocx(p("表三") + requests));
    const [table] = tables(doc.tokens);
    expect(table).toMatchObject({ kind: "table", index: 0, depth: 0, prov: { tableIndex: 0, path: "w:tbl[0]" } });
    const shape = table!.rows.map((row) => row.map((c) => [c.text, c.rowSpan, c.colSpan, c.prov.col ?? null]));
    expect(shape).toEqual([
      [["标题", 1, 3, 0], ["总计", 2, 1, 1]],
      [["三、办理结果", 3, 1, 0], ["商业\n企业", 1, 2, 1]],
      [["1", 1, 1, 1], ["2", 1, 1, 2], ["3", 1, 1, 3]],
      [["x", 1, 2, 1], ["4", 1, 1, 2]],
      [["", 1, 1, null], ["a", 1, 1, 0], ["b", 1, 1, 1], ["c", 1, 1, 2]],
    ]);
    expect(rowWidths(table!)).toEqual([4, 4, 4, 4, 4]);
    expect(table!.rows[2]![1]!.prov).toEqual({ tableIndex: 0, row: 2, col: 2, path: "w:tbl[0]/w:tr[2]/w:tc[2]" });
    expect(table!.rows[4]![0]!.prov).toEqual({ tableIndex: 0, row: 4, path: "w:tbl[0]/w:tr[4]/w:trPr/w:gridBefore" });
    expect(table!.rows.flat().some((c) => c.vMerge !== undefined)).toBe(false);
    expect(doc.warnings).toEqual([]);
    expect(() => DocumentTokens.parse(doc)).not.toThrow();
  });

  it("matches a continuation by grid column, not by cell position", () => {
    // r1 starts 1 column in, so its first w:tc continues the merge in grid column 1, not column 0
    const table = tables(
      readDocx(
        buildDocx(
          tbl(
            tr(tc(p("左")) + tc(p("合并"), restart) + tc(p("右"))) +
              tr(tc(p(""), cont) + tc(p("右2")), '<w:gridBefore w:val="1"/>') +
              tr(tc(p("左3")) + tc(p(""), cont) + tc(p("右3"))),
            3,
          ),
        ),
      ).tokens,
    )[0]!;
    expect(table.rows.map((row) => row.map((c) => `${c.text}:${c.rowSpan}`))).toEqual([["左:1", "合并:3", "右:1"], [":1", "右2:1"], ["左3:1", "右3:1"]]);
    expect(rowWidths(table)).toEqual([3, 3, 3]);
  });

  it("reads rows and cells inside content controls, skips deleted rows, marks w:tblHeader rows, ignores superseded properties", () => {
    const body = tbl(
      tr(tc(p("项目")) + tc(p("数量")), "<w:tblHeader/>") +
        tr(tc(p("旧行")) + tc(p("9")), '<w:del w:id="1" w:author="x"/>') +
        '<w:sdt><w:sdtPr/><w:sdtContent>' + tr(tc(p("行政许可")) + '<w:sdt><w:sdtContent>' + tc(p("12")) + "</w:sdtContent></w:sdt>") + "</w:sdtContent></w:sdt>" +
        tr(tc(p("合计"), '<w:tcW w:w="2000" w:type="dxa"/><w:tcPrChange w:id="2" w:author="x"><w:tcPr><w:gridSpan w:val="2"/></w:tcPr></w:tcPrChange>') + tc(p("12"))),
      2,
    );
    const table = tables(readDocx(buildDocx(body)).tokens)[0]!;
    expect(table.rows.map((row) => row.map((c) => [c.text, c.header, c.colSpan, c.prov.row]))).toEqual([
      [["项目", true, 1, 0], ["数量", true, 1, 0]],
      [["行政许可", false, 1, 2], ["12", false, 1, 2]],
      [["合计", false, 1, 3], ["12", false, 1, 3]],
    ]);
  });

  it("emits a nested table after the table holding it, one level deeper, outside the outer cell's text", () => {
    const inner = tbl(tr(tc(p("内1")) + tc(p("内2"))), 2);
    const body = tbl(tr(tc(p("外") + inner + "<w:p/>") + tc(p("右"))), 2) + p("之间") + tbl(tr(tc(p("后"))), 1);
    const doc = readDocx(buildDocx(body));
    expect(doc.tokens.map((t) => (t.kind === "table" ? `table ${t.index} depth ${t.depth} ${t.prov.path}` : `text ${t.kind === "text" ? t.text : ""}`))).toEqual([
      "table 0 depth 0 w:tbl[0]",
      "table 1 depth 1 w:tbl[0]/w:tr[0]/w:tc[0]/w:tbl[1]",
      "text 之间",
      "table 2 depth 0 w:tbl[2]",
    ]);
    const [outer, nested] = tables(doc.tokens);
    expect(outer!.rows[0]!.map((c) => c.text)).toEqual(["外\n", "右"]);
    expect(nested!.rows[0]!.map((c) => [c.text, c.prov.tableIndex, c.prov.path])).toEqual([
      ["内1", 1, "w:tbl[0]/w:tr[0]/w:tc[0]/w:tbl[1]/w:tr[0]/w:tc[0]"],
      ["内2", 1, "w:tbl[0]/w:tr[0]/w:tc[0]/w:tbl[1]/w:tr[0]/w:tc[1]"],
    ]);
  });

  it("keeps a continuation with nothing above as a cell and warns about text dropped with a continuation", () => {
    const body = tbl(tr(tc(p("a"), cont) + tc(p("b"), restart)) + tr(tc(p("c")) + tc(p("多余"), cont)), 2);
    const doc = readDocx(buildDocx(body));
    expect(tables(doc.tokens)[0]!.rows.map((row) => row.map((c) => `${c.text}:${c.rowSpan}`))).toEqual([["a:1", "b:2"], ["c:1"]]);
    expect(doc.warnings).toEqual([
      "table 0: 1 vMerge continuation cell(s) with no merge above, kept as cells",
      "table 0: text of 1 vMerge continuation cell(s) dropped (the merged cell keeps the restart cell's text)",
    ]);
  });

  it("widens a cell by a legacy w:hMerge continuation", () => {
    const body = tbl(tr(tc(p("合并"), '<w:hMerge w:val="restart"/>') + tc(p(""), "<w:hMerge/>") + tc(p("z"))), 3);
    expect(tables(readDocx(buildDocx(body)).tokens)[0]!.rows[0]!.map((c) => [c.text, c.colSpan, c.prov.col])).toEqual([
      ["合并", 2, 0],
      ["z", 1, 2],
    ]);
  });
});

describe("document metadata", () => {
  const core = (title: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${title}</dc:title><dc:creator>张三 &amp; 李四</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-17T08:00:00Z</dcterms:created><cp:keywords></cp:keywords></cp:coreProperties>`;

  it("puts dc:title into meta.title and the other core properties into meta.properties", async () => {
    const doc = await extractDocx(buildDocx(p("正文"), { "docProps/core.xml": core(" 某某局2023年政府信息公开工作年度报告 ") }));
    expect(doc.format).toBe("docx");
    expect(doc.meta).toEqual({ title: "某某局2023年政府信息公开工作年度报告", properties: { creator: "张三 & 李四", created: "2024-01-17T08:00:00Z" } });
  });

  it("leaves meta.title unset when dc:title is blank", async () => {
    const doc = await extractDocx(buildDocx(p("正文"), { "docProps/core.xml": core("  ") }));
    expect(doc.meta.title).toBeUndefined();
  });

  it("finds a main part named by _rels/.rels when it is not word/document.xml", () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>`;
    const doc = readDocx(zipOf({ "_rels/.rels": rels, "word/document2.xml": documentXml(p("另一个主文档")) }));
    expect(texts(doc.tokens).map((t) => t.text)).toEqual(["另一个主文档"]);
  });
});

describe("bad input", () => {
  const failure = async (data: Uint8Array, settings?: Parameters<typeof readDocx>[1]) => {
    try {
      if (settings) readDocx(data, settings);
      else await extractDocx(data);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).stage).toBe("extract");
      expect((error as InputError).message).not.toContain("\n");
      return (error as InputError).message;
    }
    throw new Error("no InputError");
  };
  const bytes = (...b: number[]) => new Uint8Array(b);
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("names each reason in one line", async () => {
    expect(await failure(new Uint8Array(0))).toBe("empty file");
    expect(await failure(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0))).toBe("encrypted DOCX or legacy .doc (OLE compound file): not supported");
    expect(await failure(utf8("<html><body>年报</body></html>"))).toBe("not a DOCX file (not a ZIP container)");
    expect(await failure(zipOf({ "content.xml": "<office:document/>" }))).toBe("not a DOCX file (no word/document.xml)");
    expect(await failure(utf8("PK\u0003\u0004 truncated"))).toBe("corrupt DOCX (ZIP container unreadable: invalid zip data)");
  });

  it("refuses a part whose declared uncompressed size is above the limit", async () => {
    const body = p("年".repeat(4000));
    const declared = new TextEncoder().encode(documentXml(body)).length; // 3 bytes per 年 in UTF-8
    expect(declared).toBeGreaterThan(12000);
    expect(await failure(buildDocx(body), { maxPartBytes: 4096, maxStyleChain: 16 })).toBe(
      `DOCX part word/document.xml declares ${declared} bytes uncompressed, above the 4096 bytes limit (zip bomb guard)`,
    );
    expect(() => readDocx(buildDocx(body), { maxPartBytes: declared, maxStyleChain: 16 })).not.toThrow();
  });

  it("reports corrupt or foreign XML in word/document.xml", async () => {
    const withDocument = (xml: string) => zipOf({ "word/document.xml": xml });
    const whole = documentXml(p("正文"));
    expect(await failure(withDocument(whole.slice(0, whole.indexOf("<w:sectPr"))))).toBe("corrupt XML in word/document.xml: truncated (no closing </w:document>)");
    expect(await failure(withDocument(whole.slice(0, whole.length - 40)))).toBe("corrupt XML in word/document.xml: Unexpected end of w:sectPr");
    expect(await failure(withDocument('<w:document xmlns:w="x"><w:body><w:p w:rsidR="00></w:p></w:body></w:document>'))).toMatch(/^corrupt XML in word\/document\.xml: /);
    expect(await failure(withDocument("<html><body/></html>"))).toBe("word/document.xml is not a WordprocessingML document (root element <html>)");
    expect(await failure(withDocument("not xml at all"))).toBe("word/document.xml is not a WordprocessingML document (root element missing)");
    expect(await failure(withDocument('<w:document xmlns:w="x"></w:document>'))).toBe("word/document.xml has no w:body");
  });
});
