// Walk of w:body in document order: paragraphs become TextBlocks, tables TableTokens.
// A nested table (a w:tbl inside a w:tc) gets the next table index and its own token, emitted
// right AFTER the token of the table that holds it (outer before inner, as src/grid expects);
// its text is not part of the outer cell's text. Content controls (w:sdt), custom XML, smart
// tags, hyperlinks, insertions and simple fields are transparent; deletions, moved-away text,
// field instructions, ruby text and hidden (w:vanish) runs are skipped.
import type { TableToken, TextBlock, Token } from "../../src/tokens/types.js";
import { paragraphRole, type StyleRoles } from "./styles.js";
import { readCellProperties, readRowProperties, TableRowsBuilder } from "./table.js";
import { childrenOf, currentProperties, elementText, findChild, OPAQUE_ELEMENTS, rawContent, readToggle, tagOf, type XmlNode } from "./xml.js";

/** Content that is not shown as text of the document (deleted, moved away, instructions, ruby text) or is only properties. */
const SKIPPED = new Set([
  "w:pPr", "w:rPr", "w:tcPr", "w:trPr", "w:tblPr", "w:tblPrEx", "w:tblGrid", "w:sectPr", "w:sdtPr", "w:sdtEndPr",
  "w:del", "w:moveFrom", "w:delText", "w:delInstrText", "w:instrText", "w:rt", "w:sym",
]);
const OPAQUE = new Set(OPAQUE_ELEMENTS);
/** Wrappers that may stand between a table and its rows, or a row and its cells. */
const ROW_AND_CELL_WRAPPERS = new Set(["w:sdt", "w:sdtContent", "w:customXml"]);

interface Walk {
  tokens: Token[];
  styles: StyleRoles;
  tableCount: number;
  bodyParagraphs: number;
  textBoxes: number;
  altChunks: number;
  numberedParagraphs: number;
  warnings: string[];
}

type ParagraphHandler = (paragraph: XmlNode[]) => void;

/** Tokens and warnings of a document body (the children of w:body). */
export function walkBody(body: XmlNode[], styles: StyleRoles): { tokens: Token[]; warnings: string[] } {
  const walk: Walk = { tokens: [], styles, tableCount: 0, bodyParagraphs: 0, textBoxes: 0, altChunks: 0, numberedParagraphs: 0, warnings: [] };
  walkBlocks(body, walk, (paragraph) => emitParagraph(paragraph, walk), "", 0);
  if (walk.textBoxes) walk.warnings.push(`${walk.textBoxes} drawing(s) with text boxes: text box text is not read`);
  if (walk.altChunks) walk.warnings.push(`${walk.altChunks} w:altChunk part(s) (embedded HTML/RTF/DOCX content) not read`);
  if (styles.problem) walk.warnings.push(styles.problem);
  if (walk.numberedParagraphs)
    walk.warnings.push(`${walk.numberedParagraphs} paragraph(s) with automatic numbering (w:numPr): their list labels (一、, 1. …) are not in the text`);
  return { tokens: walk.tokens, warnings: walk.warnings };
}

/** Block-level content (body, cell, content control): paragraphs to the handler, tables to tokens. */
function walkBlocks(children: XmlNode[], walk: Walk, onParagraph: ParagraphHandler, pathPrefix: string, depth: number): void {
  for (const node of children) {
    const tag = tagOf(node);
    if (tag === "w:p") onParagraph(childrenOf(node, tag));
    else if (tag === "w:tbl") readTable(childrenOf(node, tag), walk, pathPrefix, depth);
    else if (tag === "#text" || SKIPPED.has(tag)) continue;
    else if (OPAQUE.has(tag)) noteOpaque(node, tag, walk);
    else if (tag === "w:altChunk") walk.altChunks++;
    else walkBlocks(childrenOf(node, tag), walk, onParagraph, pathPrefix, depth);
  }
}

function emitParagraph(paragraph: XmlNode[], walk: Walk): void {
  const index = walk.bodyParagraphs++;
  const text = paragraphText(paragraph, walk);
  if (!text.trim()) return;
  const pPr = paragraphProperties(paragraph);
  const block: TextBlock = { kind: "text", text, role: paragraphRole(pPr, walk.styles), prov: { path: `w:p[${index}]` } };
  walk.tokens.push(block);
}

function paragraphProperties(paragraph: XmlNode[]): string {
  const pPr = findChild(paragraph, "w:pPr");
  return pPr ? currentProperties(rawContent(childrenOf(pPr, "w:pPr"))) : "";
}

/** Text of one paragraph: its visible runs, tabs as "\t", breaks as "\n". */
function paragraphText(paragraph: XmlNode[], walk: Walk): string {
  const pPr = findChild(paragraph, "w:pPr");
  if (pPr && rawContent(childrenOf(pPr, "w:pPr")).includes("<w:numPr")) walk.numberedParagraphs++;
  return inlineText(paragraph, walk);
}

function inlineText(children: XmlNode[], walk: Walk): string {
  let text = "";
  for (const node of children) {
    const tag = tagOf(node);
    switch (tag) {
      case "w:t":
        text += elementText(childrenOf(node, tag));
        break;
      case "w:r": {
        const run = childrenOf(node, tag);
        if (!isHiddenRun(run)) text += inlineText(run, walk);
        break;
      }
      case "w:tab":
      case "w:ptab":
        text += "\t";
        break;
      case "w:br":
      case "w:cr":
        text += "\n";
        break;
      case "w:noBreakHyphen":
        text += "-";
        break;
      case "#text":
        break;
      default:
        if (SKIPPED.has(tag)) break;
        if (OPAQUE.has(tag)) noteOpaque(node, tag, walk);
        // hyperlink, ins, moveTo, smartTag, sdt/sdtContent, fldSimple, customXml, ruby base, bdo/dir …
        else text += inlineText(childrenOf(node, tag), walk);
    }
  }
  return text;
}

function isHiddenRun(run: XmlNode[]): boolean {
  const rPr = findChild(run, "w:rPr");
  if (!rPr) return false;
  const raw = rawContent(childrenOf(rPr, "w:rPr"));
  return raw.includes("<w:vanish") && readToggle(currentProperties(raw), "vanish");
}

function noteOpaque(node: XmlNode, tag: string, walk: Walk): void {
  if (rawContent(childrenOf(node, tag)).includes("txbxContent")) walk.textBoxes++;
}

/** Children of each `tag` element among `children`, looking through content-control / custom-XML wrappers. */
function elementsThroughWrappers(children: XmlNode[], tag: string, out: XmlNode[][] = []): XmlNode[][] {
  for (const node of children) {
    const nodeTag = tagOf(node);
    if (nodeTag === tag) out.push(childrenOf(node, nodeTag));
    else if (ROW_AND_CELL_WRAPPERS.has(nodeTag)) elementsThroughWrappers(childrenOf(node, nodeTag), tag, out);
  }
  return out;
}

function readTable(table: XmlNode[], walk: Walk, pathPrefix: string, depth: number): void {
  const index = walk.tableCount++;
  const path = `${pathPrefix}w:tbl[${index}]`;
  const builder = new TableRowsBuilder(index);
  const token: TableToken = { kind: "table", index, rows: builder.rows, depth, prov: { tableIndex: index, path } };
  walk.tokens.push(token); // before any table nested in it

  elementsThroughWrappers(table, "w:tr").forEach((row, rowIndex) => {
    const trPr = findChild(row, "w:trPr");
    const rowProperties = readRowProperties(trPr ? currentProperties(rawContent(childrenOf(trPr, "w:trPr"))) : "");
    if (rowProperties.deleted) return;
    const rowPath = `${path}/w:tr[${rowIndex}]`;
    builder.startRow(rowIndex, rowPath, rowProperties);
    elementsThroughWrappers(row, "w:tc").forEach((cell, cellIndex) => {
      const cellPath = `${rowPath}/w:tc[${cellIndex}]`;
      const tcPr = findChild(cell, "w:tcPr");
      const cellProperties = readCellProperties(tcPr ? currentProperties(rawContent(childrenOf(tcPr, "w:tcPr"))) : "");
      builder.addCell(cellText(cell, walk, cellPath, depth), cellProperties, cellIndex, cellPath);
    });
    builder.endRow();
  });

  if (builder.orphanContinuations)
    walk.warnings.push(`table ${index}: ${builder.orphanContinuations} vMerge continuation cell(s) with no merge above, kept as cells`);
  if (builder.continuationsWithText)
    walk.warnings.push(`table ${index}: text of ${builder.continuationsWithText} vMerge continuation cell(s) dropped (the merged cell keeps the restart cell's text)`);
}

/** A cell's paragraphs joined with "\n"; tables nested in it become their own tokens. */
function cellText(cell: XmlNode[], walk: Walk, cellPath: string, depth: number): string {
  const paragraphs: string[] = [];
  walkBlocks(cell, walk, (paragraph) => paragraphs.push(paragraphText(paragraph, walk)), `${cellPath}/`, depth + 1);
  return paragraphs.join("\n");
}
