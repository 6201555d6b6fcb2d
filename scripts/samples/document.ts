// The format-neutral model of one sample report: the HTML and DOCX writers both render it, so the
// two files of a sample carry the same text and the same tables.

/**
 * Inside cell and paragraph text: "\n" starts a new line (a new <w:p> in DOCX, <br> in HTML);
 * RUN_BREAK splits the text into separate runs/spans without changing it (Word fragments runs).
 */
export const RUN_BREAK = "¦";

/** One cell as written (HTML-style spans: cells covered by a span are not listed). */
export interface SampleCell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  /** Header cell: <th> in HTML. */
  header?: boolean;
  /** A value cell (number or its blank/dash); writers may split its digits into runs. */
  value?: boolean;
}

export interface SampleTable {
  /** Relative column widths in twips (sum = table width); their count is the grid width. */
  gridWidths: number[];
  rows: SampleCell[][];
  /** Leading rows that form the header (repeated on each page in DOCX, <th> in HTML). */
  headerRows: number;
}

export type Block =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "subheading"; text: string }
  | { kind: "paragraph"; text: string }
  /** A short centred line above a table (e.g. a 第二十条 caption printed outside the table). */
  | { kind: "caption"; text: string }
  | { kind: "table"; table: SampleTable };

/** Page/file metadata a government site or a Word file carries around the report. */
export interface PublicationInfo {
  /** Report title as the site and the file properties give it. */
  title: string;
  /** 发布机构 */
  publisher: string;
  /** 公开日期, YYYY-MM-DD */
  publishDate: string;
  /** 索引号 */
  indexNumber: string;
}

export interface SampleDocument {
  publication: PublicationInfo;
  blocks: Block[];
}

/** The text a reader sees: run breaks removed. */
export function visibleText(text: string): string {
  return text.split(RUN_BREAK).join("");
}
