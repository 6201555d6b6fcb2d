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
