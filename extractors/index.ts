// Format detection and dispatch: the file's bytes decide which extractor reads it; the
// extension only breaks ties and is reported when it disagrees with the content.
import { extname } from "node:path";
import { InputError, type DocumentTokens, type ExtractOptions, type SourceFormat } from "../src/tokens/types.js";

const PDF_MAGIC = "%PDF-";
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** pdf.js accepts a header a little way into the file; so do we. */
const PDF_HEADER_WINDOW = 1024;
const SNIFF_WINDOW = 4096;

const EXTENSIONS: Record<string, SourceFormat> = {
  ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html", ".jsp": "html", ".asp": "html", ".aspx": "html", ".php": "html",
  ".docx": "docx",
  ".pdf": "pdf",
};

/**
 * Document formats reports are also published in that nianbao does not read. Found in a folder or
 * archive they are listed as failed inputs with this reason (never skipped silently like images).
 */
const UNREAD_DOCUMENTS: Record<string, string> = {
  ".doc": "legacy Word .doc", ".dot": "legacy Word template .dot", ".wps": "WPS .wps", ".wpt": "WPS template .wpt",
  ".rtf": "RTF", ".odt": "OpenDocument .odt", ".ofd": "OFD", ".mht": "MHTML web archive", ".mhtml": "MHTML web archive",
  ".xls": "Excel .xls", ".xlsx": "Excel .xlsx", ".et": "WPS spreadsheet .et",
};

/** Why a file with this name is a document nianbao cannot read (undefined: a format it reads, or not a document). */
export function unreadDocumentReason(fileName: string): string | undefined {
  const kind = UNREAD_DOCUMENTS[extname(fileName).toLowerCase()];
  return kind ? `${kind} files are not read: save as DOCX, PDF or HTML` : undefined;
}

export function formatFromExtension(fileName: string): SourceFormat | undefined {
  return EXTENSIONS[extname(fileName).toLowerCase()];
}

const startsWith = (data: Uint8Array, magic: number[]) => magic.every((b, i) => data[i] === b);

/** Decide the format from the content; throws InputError for content we do not read. */
export function detectFormat(data: Uint8Array, fileName = ""): SourceFormat {
  if (data.length === 0) throw new InputError("read", "empty file");
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, SNIFF_WINDOW)).toString("latin1");
  const pdfAt = head.indexOf(PDF_MAGIC);
  if (pdfAt >= 0 && pdfAt < PDF_HEADER_WINDOW) return "pdf";
  if (startsWith(data, ZIP_MAGIC)) return "docx";
  if (startsWith(data, OLE_MAGIC))
    throw new InputError("extract", "legacy .doc/.wps or encrypted Office file (OLE compound document): not supported, save as DOCX or PDF");
  if (/^\s*\{\\rtf/.test(head)) throw new InputError("extract", "RTF document: not supported, save as DOCX or PDF");
  if (/<(!doctype\s+html|html|head|body|table|meta|div|p)[\s>]/i.test(head)) return "html";
  if (!head.trim()) throw new InputError("read", "empty file (whitespace only)");
  const byExtension = formatFromExtension(fileName);
  if (byExtension === "html" && !head.includes("\u0000")) return "html";
  throw new InputError("extract", `unrecognised content: not an HTML, DOCX or PDF document${byExtension ? ` (despite the ${extname(fileName)} extension)` : ""}`);
}

/** Read one document's bytes into the token stream. */
export async function extract(data: Uint8Array, options: ExtractOptions = {}): Promise<DocumentTokens> {
  const format = detectFormat(data, options.fileName);
  const doc = await extractorFor(format).then((extractor) => extractor(data, options));
  const expected = options.fileName ? formatFromExtension(options.fileName) : undefined;
  if (expected && expected !== format)
    doc.warnings.push(`file extension ${extname(options.fileName!)} does not match its content (${format}); read as ${format}`);
  return doc;
}

// Loaded on first use so a run over HTML pages never pays for pdf.js start-up.
async function extractorFor(format: SourceFormat) {
  switch (format) {
    case "html":
      return (await import("./html/index.js")).extractHtml;
    case "docx":
      return (await import("./docx/index.js")).extractDocx;
    case "pdf":
      return (await import("./pdf/index.js")).extractPdf;
  }
}
