// PDF extractor: bytes → DocumentTokens (pages, positioned text items, ruling lines).
import { InputError, type DocumentTokens, type Extractor, type Token } from "../../src/tokens/types.js";
import type { Matrix } from "./matrix.js";
import { walkPage, type FontInfo, type OpCodes } from "./page-walker.js";
import { GlyphRunBuilder } from "./glyph-runs.js";
import { documentOptions, loadPdfJs, type PdfJs } from "./pdfjs.js";
import { DEFAULT_PDF_EXTRACT_SETTINGS, type PdfExtractSettings } from "./settings.js";

type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

export const extractPdf: Extractor = (data, options) => extractPdfWith(data, options ?? {}, DEFAULT_PDF_EXTRACT_SETTINGS);

export async function extractPdfWith(
  data: Uint8Array,
  options: { fileName?: string; maxPages?: number },
  settings: PdfExtractSettings,
): Promise<DocumentTokens> {
  const pdfjs = await loadPdfJs();
  // pdf.js transfers (detaches) the buffer it is given and refuses Node Buffers: hand it a copy.
  const task = pdfjs.getDocument(documentOptions(new Uint8Array(data), settings.maxImagePixels));
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw toInputError(err);
  }
  try {
    return await readDocument(pdfjs, doc, options, settings);
  } catch (err) {
    throw err instanceof InputError ? err : toInputError(err);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readDocument(
  pdfjs: PdfJs,
  doc: PdfDocument,
  options: { maxPages?: number },
  settings: PdfExtractSettings,
): Promise<DocumentTokens> {
  const pageCount = doc.numPages;
  if (options.maxPages !== undefined && pageCount > options.maxPages) {
    throw new InputError("extract", `too many pages: ${pageCount} > ${options.maxPages}`);
  }
  const { title, properties } = await readInfo(doc);
  const OPS = pdfjs.OPS as unknown as OpCodes;
  const tokens: Token[] = [];
  const warnings: string[] = [];
  const fonts = new Map<string, FontInfo | null>();
  let glyphs = 0;
  for (let p = 1; p <= pageCount; p++) {
    const page = await doc.getPage(p);
    const viewport = page.getViewport({ scale: 1 });
    tokens.push({ kind: "page", page: p, width: viewport.width, height: viewport.height });
    let list: Awaited<ReturnType<typeof page.getOperatorList>>;
    try {
      list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    } catch (err) {
      // One broken content stream should not cost the other pages.
      warnings.push(`page ${p}: content unreadable (${oneLine(err)})`);
      continue;
    }
    const fontOf = (name: string): FontInfo | null => {
      let font = fonts.get(name);
      if (font === undefined) {
        const obj: unknown = page.commonObjs.has(name) ? page.commonObjs.get(name) : null;
        // A font pdf.js failed to load resolves to its error message: its text cannot be read.
        font = obj !== null && typeof obj === "object" ? (obj as FontInfo) : null;
        fonts.set(name, font);
      }
      return font;
    };
    const text = new GlyphRunBuilder(p, settings, pdfjs.normalizeUnicode);
    const walk = walkPage(list, OPS, viewport.transform as Matrix, fontOf, p, settings, text);
    for (const t of text.finish(walk.rules)) tokens.push(t);
    for (const r of walk.rules) tokens.push(r);
    glyphs += walk.glyphs;
    if (walk.unmappedGlyphs > 0) warnings.push(`page ${p}: ${walk.unmappedGlyphs} glyphs without a Unicode mapping were dropped`);
    page.cleanup();
  }
  if (glyphs === 0) throw new InputError("extract", "no text layer: scanned PDF, OCR needed");
  return { format: "pdf", meta: { title, properties }, pageCount, tokens, warnings };
}

async function readInfo(doc: PdfDocument): Promise<{ title?: string; properties: Record<string, string> }> {
  const { info } = await doc.getMetadata();
  const properties: Record<string, string> = {};
  const collect = (record: unknown) => {
    if (!record || typeof record !== "object") return;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === "string" && value.trim() !== "") properties[key] = value;
    }
  };
  collect(info);
  collect((info as { Custom?: unknown } | undefined)?.Custom);
  const title = properties["Title"]?.trim();
  return title ? { title, properties } : { properties };
}

function toInputError(err: unknown): InputError {
  const name = (err as { name?: string } | null)?.name;
  if (name === "PasswordException") return new InputError("extract", "encrypted PDF (password required)");
  return new InputError("extract", `corrupt PDF: ${oneLine(err)}`);
}

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\s+/g, " ").trim();
}
