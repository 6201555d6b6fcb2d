// One sample report: its document, the files written from it, and the record a correct
// extraction must give for each of those files.
import { SampleDocument } from "../document.js";
import { DocxOptions } from "../docx.js";
import { ExpectedRecord } from "../expected-record.js";
import { HtmlOptions } from "../html.js";
import { CellPrinter } from "../printing.js";

export type SampleOutput = { format: "html"; options: HtmlOptions } | { format: "docx"; options: DocxOptions };

export interface Sample {
  /** File base name: samples/<name>.html, samples/<name>.docx. */
  name: string;
  document: SampleDocument;
  outputs: SampleOutput[];
  /** Typed by hand from the content the sample prints. */
  record: ExpectedRecord;
  /**
   * Exact-check instances the sample prints wrong on purpose (ids as arithmeticFailures gives
   * them); every other instance must hold.
   */
  deliberateErrors: string[];
  /** The printer the tables were built with, to catch printed-text overrides no cell used. */
  printer: CellPrinter;
}
