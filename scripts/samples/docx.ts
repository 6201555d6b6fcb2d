// Writes a sample as a hand-made WordprocessingML package zipped with fflate: real gridSpan and
// vMerge merges, header rows marked to repeat on each page, text split into runs. The zip gets a
// fixed timestamp so the same input always gives the same bytes.
import { zipSync } from "fflate";
import { Block, SampleDocument, SampleTable } from "./document.js";
import { textRuns } from "./runs.js";
import { wordRows } from "./word-rows.js";

export interface DocxOptions {
  /** Split multi-digit numbers in value cells into one run per digit. */
  digitRuns?: boolean;
}

/**
 * Zip entry time. Zip stores local date parts, so the Date is built from local parts at each call
 * (not once at load): the stored fields are 2024-01-01 12:00 in every time zone.
 */
const zipEntryTime = () => new Date(2024, 0, 1, 12, 0, 0);
const DEFLATE_LEVEL = 6;

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function renderDocx(doc: SampleDocument, options: DocxOptions = {}): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  return zipSync(
    {
      "[Content_Types].xml": text(contentTypes()),
      "_rels/.rels": text(packageRels()),
      "word/document.xml": text(documentXml(doc, options)),
      "word/_rels/document.xml.rels": text(documentRels()),
      "word/styles.xml": text(stylesXml()),
      "docProps/core.xml": text(coreXml(doc)),
    },
    { level: DEFLATE_LEVEL, mtime: zipEntryTime() },
  );
}

function contentTypes(): string {
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    "</Types>"
  );
}

function packageRels(): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    "</Relationships>"
  );
}

/** Word finds styles.xml only through the document's relationships. */
function documentRels(): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    "</Relationships>"
  );
}

function coreXml(doc: SampleDocument): string {
  const pub = doc.publication;
  const time = `${pub.publishDate}T09:00:00Z`;
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escape(pub.title)}</dc:title>` +
    `<dc:creator>${escape(pub.publisher)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/** Minimal styles: body text, title, two heading levels, caption and table text (sizes in half-points;
 * pPr children in schema order, which Word enforces). */
function stylesXml(): string {
  const style = (id: string, name: string, pPr: string, rPr: string) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
  return (
    XML_HEAD +
    `<w:styles xmlns:w="${W_NS}">` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="28"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:line="440" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="560"/></w:pPr></w:style>' +
    style("Title", "Title", '<w:spacing w:line="600" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>', '<w:rFonts w:eastAsia="方正小标宋简体"/><w:b/><w:sz w:val="40"/>') +
    style("Heading1", "heading 1", '<w:outlineLvl w:val="0"/>', '<w:rFonts w:eastAsia="黑体"/><w:sz w:val="28"/>') +
    style("Heading2", "heading 2", '<w:outlineLvl w:val="1"/>', '<w:rFonts w:eastAsia="楷体_GB2312"/><w:sz w:val="28"/>') +
    style("Caption", "caption", '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>', '<w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="22"/>') +
    style("TableText", "Table Text", '<w:spacing w:line="280" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/>', '<w:rFonts w:eastAsia="宋体"/><w:sz w:val="18"/>') +
    "</w:styles>"
  );
}

function documentXml(doc: SampleDocument, options: DocxOptions): string {
  const body = doc.blocks.map((b) => block(b, options)).join("");
  // A4 portrait; 2.3 cm side margins leave 9298 twips, the tables are 9000 wide.
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return XML_HEAD + `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${section}</w:body></w:document>`;
}

function block(b: Block, options: DocxOptions): string {
  switch (b.kind) {
    case "title":
      // Each title line is its own paragraph, as reports set them.
      return b.text
        .split("\n")
        .map((line) => paragraph("Title", line))
        .join("");
    case "heading":
      return paragraph("Heading1", b.text);
    case "subheading":
      return paragraph("Heading2", b.text);
    case "paragraph":
      return paragraph(undefined, b.text);
    case "caption":
      return paragraph("Caption", b.text);
    case "table":
      return table(b.table, options) + "<w:p/>";
  }
}

function paragraph(style: string | undefined, text: string, jc?: string, digitRuns = false): string {
  const pPr = style || jc ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${jc ? `<w:jc w:val="${jc}"/>` : ""}</w:pPr>` : "";
  return textRuns(text, digitRuns)
    .map((line) => `<w:p>${pPr}${line.map(run).join("")}</w:p>`)
    .join("");
}

function run(r: { text: string; latin: boolean }): string {
  const rPr = r.latin ? '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:lang w:val="en-US"/></w:rPr>' : "";
  return `<w:r>${rPr}<w:t xml:space="preserve">${escape(r.text)}</w:t></w:r>`;
}

function table(t: SampleTable, options: DocxOptions): string {
  const width = t.gridWidths.reduce((a, b) => a + b, 0);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr =
    `<w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>';
  const grid = `<w:tblGrid>${t.gridWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const rows = wordRows(t).map((cells, r) => {
    const trPr = `<w:trPr><w:cantSplit/>${r < t.headerRows ? "<w:tblHeader/>" : ""}</w:trPr>`;
    const tcs = cells.map((w) => {
      const cellWidth = t.gridWidths.slice(w.gridCol, w.gridCol + w.gridSpan).reduce((a, b) => a + b, 0);
      const tcPr =
        `<w:tcPr><w:tcW w:w="${cellWidth}" w:type="dxa"/>` +
        (w.gridSpan > 1 ? `<w:gridSpan w:val="${w.gridSpan}"/>` : "") +
        (w.vMerge === "restart" ? '<w:vMerge w:val="restart"/>' : w.vMerge === "continue" ? "<w:vMerge/>" : "") +
        '<w:vAlign w:val="center"/></w:tcPr>';
      const cell = w.cell;
      const content =
        w.vMerge === "continue" || cell.text === ""
          ? '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>'
          : paragraph("TableText", cell.text, cell.header || cell.value ? "center" : "left", cell.value && options.digitRuns);
      return `<w:tc>${tcPr}${content}</w:tc>`;
    });
    return `<w:tr>${trPr}${tcs.join("")}</w:tr>`;
  });
  return `<w:tbl>${tblPr}${grid}${rows.join("")}</w:tbl>`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
