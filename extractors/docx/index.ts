// DOCX extractor: a .docx file's bytes → the token stream (format "docx").
//
// Reads the OOXML itself: fflate inflates only word/document.xml, word/styles.xml,
// word/numbering.xml, docProps/core.xml (and _rels/.rels when the main part is elsewhere); fast-xml-parser parses
// them (ordered, attributes kept, text kept exactly).
// - Paragraphs of w:body → TextBlock (blank ones dropped; prov.path "w:p[n]", n = 0-based index
//   among body-level paragraphs as written). Role from w:pStyle (resolved through styles.xml:
//   Title/标题 → "title", heading 1–9/标题 1–9 or an outline level → "heading") or w:outlineLvl.
// - A numbered paragraph (w:numPr, direct or from its style) starts with its list label as Word
//   prints it ("一、", "（二）", "1.1"; numbering.ts). Text boxes are read after the paragraph
//   anchoring them (paths "w:p[n]/w:txbxContent[k]/w:p[j]"; see body.ts).
// - Tables → TableToken. Vertical merges are resolved HERE: rowSpan is computed on the grid
//   columns (w:gridSpan, w:gridBefore) and vMerge continuation cells are omitted (see table.ts);
//   `vMerge` is never set. A row starting w:gridBefore columns in begins with one empty filler
//   cell of that colSpan (prov without col). Rows with w:tblHeader have header: true; rows
//   deleted with change tracking are skipped. Nested tables follow their outer table's token.
//   Cell text = the cell's paragraphs joined with "\n". Paths: w:tbl[i]/w:tr[r]/w:tc[c], all
//   0-based (i = tableIndex, r = prov.row, c = prov.col); a nested table's path continues its
//   cell's path: w:tbl[0]/w:tr[1]/w:tc[2]/w:tbl[1]/….
// - dc:title → meta.title; other core properties → meta.properties.
// Bad input → InputError("extract", one line).
import { InputError, type DocumentTokens, type Extractor } from "../../src/tokens/types.js";
import { walkBody } from "./body.js";
import { readCoreProperties } from "./core-properties.js";
import { ListNumbering } from "./numbering.js";
import { openDocxPackage } from "./package.js";
import { defaultDocxSettings, type DocxSettings } from "./settings.js";
import { StyleRoles } from "./styles.js";
import { childrenOf, findChild, parsePart, tagOf, type XmlNode } from "./xml.js";

export { defaultDocxSettings, type DocxSettings } from "./settings.js";

export const extractDocx: Extractor = async (data) => readDocx(data);

/** Synchronous core of extractDocx, with the limits as a parameter. */
export function readDocx(data: Uint8Array, settings: DocxSettings = defaultDocxSettings): DocumentTokens {
  const parts = openDocxPackage(data, settings);
  const body = documentBody(parts.mainPartName, parts.document);
  const styles = new StyleRoles(parts.styles, settings.maxStyleChain);
  const { tokens, warnings } = walkBody(body, styles, new ListNumbering(parts.numbering, styles));
  const meta = parts.coreProperties ? readCoreProperties(parts.coreProperties) : { properties: {} };
  return { format: "docx", meta, tokens, warnings };
}

const DOCUMENT_END_TAG = "</w:document>";
const LAST_WHITESPACE_CODE = 0x20;

/** The children of w:body, after checking the part is a whole WordprocessingML document. */
function documentBody(partName: string, xml: string): XmlNode[] {
  const root = parsePart(partName, xml, "document");
  const document = root.find((node) => tagOf(node) === "w:document");
  if (!document) {
    const found = root.map(tagOf).find((tag) => tag !== "#text");
    throw new InputError("extract", `${partName} is not a WordprocessingML document (root element ${found ? `<${found}>` : "missing"})`);
  }
  // The parser is lenient about unclosed elements; a cut-off part is recognised by its end.
  if (!endsWithTag(xml, DOCUMENT_END_TAG)) throw new InputError("extract", `corrupt XML in ${partName}: truncated (no closing </w:document>)`);
  const body = findChild(childrenOf(document, "w:document"), "w:body");
  if (!body) throw new InputError("extract", `${partName} has no w:body`);
  return childrenOf(body, "w:body");
}

function endsWithTag(xml: string, tag: string): boolean {
  let end = xml.length;
  while (end > 0 && xml.charCodeAt(end - 1) <= LAST_WHITESPACE_CODE) end--;
  return xml.startsWith(tag, end - tag.length);
}
