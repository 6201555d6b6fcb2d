// Small DOCX packages written in the tests themselves: XML strings zipped with fflate.
import { strToU8, zipSync } from "fflate";

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

export const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${NAMESPACES}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;

/** A package from part name → XML text; word/document.xml is built from `body` unless given. */
export function buildDocx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = { "word/document.xml": strToU8(documentXml(body)) };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

export const zipOf = (parts: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));

export const run = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
export const para = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
/** A paragraph of one run per string (text split across runs). */
export const p = (...texts: string[]) => para(...texts.map((t) => run(t)));
export const tc = (content: string, tcPr = "") => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${content}</w:tc>`;
export const tr = (cells: string, trPr = "") => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ""}${cells}</w:tr>`;
export const tbl = (rows: string, gridColumns: number) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(gridColumns)}</w:tblGrid>${rows}</w:tbl>`;
export const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
export const restart = '<w:vMerge w:val="restart"/>';
export const cont = "<w:vMerge/>";

// List numbering (word/numbering.xml) and text boxes.
const W_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
export const numberingXml = (...definitions: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W_NAMESPACE}>${definitions.join("")}</w:numbering>`;
export const stylesXml = (...styles: string[]) => `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W_NAMESPACE}>${styles.join("")}</w:styles>`;
/** One w:lvl; `extra` goes before w:lvlText (w:isLgl, w:lvlRestart, w:pStyle …); start null leaves w:start out. */
export const lvl = (ilvl: number, numFmt: string, lvlText: string, start: number | null = 1, extra = "", suff = "nothing") =>
  `<w:lvl w:ilvl="${ilvl}">${start === null ? "" : `<w:start w:val="${start}"/>`}<w:numFmt w:val="${numFmt}"/>${extra}<w:lvlText w:val="${lvlText}"/>${suff ? `<w:suff w:val="${suff}"/>` : ""}</w:lvl>`;
export const abstractNum = (id: number, ...content: string[]) => `<w:abstractNum w:abstractNumId="${id}">${content.join("")}</w:abstractNum>`;
export const num = (id: number, abstractId: number, overrides = "") => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
/** A paragraph numbered by its own w:numPr. */
export const numbered = (numId: number, ilvl: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;
export const styledPara = (styleId: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>${run(text)}</w:p>`;
/** A run holding a DrawingML text box with its VML fallback (the same content twice), as Word writes it. */
export const textBoxRun = (content: string) =>
  '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>' +
  content +
  '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>' +
  content +
  "</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
