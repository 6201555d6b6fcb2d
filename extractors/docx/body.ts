// Walk of w:body in document order: paragraphs become TextBlocks, tables TableTokens.
// A nested table (a w:tbl inside a w:tc) gets the next table index and its own token, emitted
// right AFTER the token of the table that holds it (outer before inner, as src/grid expects);
// its text is not part of the outer cell's text. Content controls (w:sdt), custom XML, smart
// tags, hyperlinks, insertions and simple fields are transparent; deletions, moved-away text,
// field instructions, ruby text and hidden (w:vanish) runs are skipped.
// A numbered paragraph's text starts with its list label as Word prints it (numbering.ts).
// Text boxes (w:txbxContent in a drawing, VML picture or mc:AlternateContent) are read after the
// paragraph that anchors them: their paragraphs follow it (in a cell: in the cell's text), path
// "<anchor>/w:txbxContent[k]/w:p[j]"; of mc:AlternateContent only the first branch holding a text
// box is read, since the Fallback repeats the Choice.
import type { TableToken, TextBlock, Token } from "../../src/tokens/types.js";
import type { ListNumbering } from "./numbering.js";
import { paragraphRole, type StyleRoles } from "./styles.js";
import { readCellProperties, readRowProperties, TableRowsBuilder } from "./table.js";
import {
  childrenOf, currentProperties, elementText, findChild, OPAQUE_ELEMENTS, parsePart, rawContent, readToggle, tagOf, type XmlNode,
} from "./xml.js";

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
  numbering: ListNumbering;
  tableCount: number;
  bodyParagraphs: number;
  /** Drawings that hold a text box whose markup could not be read. */
  unreadTextBoxes: number;
  altChunks: number;
  warnings: string[];
}

/** Handles one paragraph; `textBoxes` are the contents of the text boxes it anchors, in order. */
type ParagraphHandler = (paragraph: XmlNode[], textBoxes: XmlNode[][]) => void;

/** Tokens and warnings of a document body (the children of w:body). */
export function walkBody(body: XmlNode[], styles: StyleRoles, numbering: ListNumbering): { tokens: Token[]; warnings: string[] } {
  const walk: Walk = { tokens: [], styles, numbering, tableCount: 0, bodyParagraphs: 0, unreadTextBoxes: 0, altChunks: 0, warnings: [] };
  walkBlocks(body, walk, (paragraph, textBoxes) => emitParagraph(paragraph, walk, `w:p[${walk.bodyParagraphs++}]`, textBoxes, 0), "", 0);
  if (walk.unreadTextBoxes) walk.warnings.push(`${walk.unreadTextBoxes} drawing(s) with text boxes whose markup could not be read: their text is missing`);
  if (walk.altChunks) walk.warnings.push(`${walk.altChunks} w:altChunk part(s) (embedded HTML/RTF/DOCX content) not read`);
  if (styles.problem) walk.warnings.push(styles.problem);
  walk.warnings.push(...numbering.warnings());
  return { tokens: walk.tokens, warnings: walk.warnings };
}

/** Block-level content (body, cell, content control): paragraphs to the handler, tables to tokens. */
function walkBlocks(children: XmlNode[], walk: Walk, onParagraph: ParagraphHandler, pathPrefix: string, depth: number): void {
  for (const node of children) {
    const tag = tagOf(node);
    if (tag === "w:p") onParagraph(childrenOf(node, tag), []);
    else if (tag === "w:tbl") readTable(childrenOf(node, tag), walk, pathPrefix, depth);
    else if (tag === "#text" || SKIPPED.has(tag)) continue;
    else if (OPAQUE.has(tag)) {
      // A drawing between paragraphs: its text boxes are read where it stands.
      const textBoxes: XmlNode[][] = [];
      collectTextBoxes(node, tag, walk, textBoxes);
      walk.numbering.inTextBox(() => textBoxes.forEach((content) => walkBlocks(content, walk, onParagraph, pathPrefix, depth)));
    } else if (tag === "w:altChunk") walk.altChunks++;
    else walkBlocks(childrenOf(node, tag), walk, onParagraph, pathPrefix, depth);
  }
}

/** A running-text paragraph (body or text box) → a TextBlock, then the text boxes it anchors. */
function emitParagraph(paragraph: XmlNode[], walk: Walk, path: string, textBoxes: XmlNode[][], depth: number): void {
  const pPr = paragraphProperties(paragraph);
  const text = paragraphText(paragraph, pPr, walk, textBoxes);
  if (text.trim()) {
    const block: TextBlock = { kind: "text", text, role: paragraphRole(pPr, walk.styles), prov: { path } };
    walk.tokens.push(block);
  }
  if (textBoxes.length === 0) return;
  walk.numbering.inTextBox(() =>
    textBoxes.forEach((content, k) => {
      const prefix = `${path}/w:txbxContent[${k}]/`;
      let index = 0;
      walkBlocks(content, walk, (inner, innerBoxes) => emitParagraph(inner, walk, `${prefix}w:p[${index++}]`, innerBoxes, depth), prefix, depth);
    }),
  );
}

function paragraphProperties(paragraph: XmlNode[]): string {
  const pPr = findChild(paragraph, "w:pPr");
  return pPr ? currentProperties(rawContent(childrenOf(pPr, "w:pPr"))) : "";
}

/**
 * Text of one paragraph: its list label, then its visible runs, tabs as "\t", breaks as "\n".
 * Counted for numbering even when blank (Word counts empty numbered paragraphs too).
 * The contents of text boxes met in its runs are added to `textBoxes`.
 */
function paragraphText(paragraph: XmlNode[], pPr: string, walk: Walk, textBoxes: XmlNode[][]): string {
  const label = walk.numbering.labelOf(pPr);
  const text = inlineText(paragraph, walk, textBoxes);
  return label === undefined ? text : label + text;
}

function inlineText(children: XmlNode[], walk: Walk, textBoxes: XmlNode[][]): string {
  let text = "";
  for (const node of children) {
    const tag = tagOf(node);
    switch (tag) {
      case "w:t":
        text += elementText(childrenOf(node, tag));
        break;
      case "w:r": {
        const run = childrenOf(node, tag);
        if (!isHiddenRun(run)) text += inlineText(run, walk, textBoxes);
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
        if (OPAQUE.has(tag)) collectTextBoxes(node, tag, walk, textBoxes);
        // hyperlink, ins, moveTo, smartTag, sdt/sdtContent, fldSimple, customXml, ruby base, bdo/dir …
        else text += inlineText(childrenOf(node, tag), walk, textBoxes);
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

const TEXT_BOX_CONTENT = "w:txbxContent";
const ALTERNATE_CONTENT = "mc:AlternateContent";

/**
 * The text box contents inside a drawing, VML picture, object or mc:AlternateContent. At the
 * document level these are unparsed (stop nodes): their markup is parsed only when it holds a
 * text box; inside a text box they are already parsed.
 */
function collectTextBoxes(node: XmlNode, tag: string, walk: Walk, out: XmlNode[][]): void {
  const children = childrenOf(node, tag);
  if (children.length !== 1 || tagOf(children[0]!) !== "#text") {
    findTextBoxes([node], out);
    return;
  }
  const raw = rawContent(children);
  if (!raw.includes("txbxContent")) return;
  const found = out.length;
  try {
    findTextBoxes([{ [tag]: parsePart("a drawing in word/document.xml", raw, "drawing") }], out);
  } catch {
    walk.unreadTextBoxes++;
    return;
  }
  if (out.length === found) walk.unreadTextBoxes++;
}

function findTextBoxes(nodes: XmlNode[], out: XmlNode[][]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "#text") continue;
    if (tag === TEXT_BOX_CONTENT) out.push(childrenOf(node, tag));
    else if (tag === ALTERNATE_CONTENT) {
      // Choice and Fallback show the same content two ways: the first branch with a text box counts.
      for (const branch of childrenOf(node, tag)) {
        const before = out.length;
        findTextBoxes(childrenOf(branch, tagOf(branch)), out);
        if (out.length > before) break;
      }
    } else findTextBoxes(childrenOf(node, tag), out);
  }
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

/** A cell's paragraphs joined with "\n" (text box paragraphs after their anchor); tables nested in it become their own tokens. */
function cellText(cell: XmlNode[], walk: Walk, cellPath: string, depth: number): string {
  const paragraphs: string[] = [];
  const onParagraph: ParagraphHandler = (paragraph, textBoxes) => {
    const anchor = paragraphs.push(paragraphText(paragraph, paragraphProperties(paragraph), walk, textBoxes)) - 1;
    if (textBoxes.length === 0) return;
    walk.numbering.inTextBox(() =>
      textBoxes.forEach((content, k) => walkBlocks(content, walk, onParagraph, `${cellPath}/w:p[${anchor}]/w:txbxContent[${k}]/`, depth + 1)),
    );
  };
  walkBlocks(cell, walk, onParagraph, `${cellPath}/`, depth + 1);
  return paragraphs.join("\n");
}
