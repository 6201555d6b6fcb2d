// Loading pdf.js for Node: the legacy build, imported on first use (HTML/DOCX runs never pay
// for it), with its bundled CMaps and standard fonts read from the installed package (no network).
import { createRequire } from "node:module";
import path from "node:path";
import { installSyncInflate } from "./sync-inflate.js";

export type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** pdf.js's worker code, run in this thread (the package ships no types for it). */
const WORKER_MODULE: string = "pdfjs-dist/legacy/build/pdf.worker.mjs";

let loading: Promise<PdfJs> | null = null;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= importKeepingNatives();
  return loading;
}

/**
 * The legacy build bundles core-js, which on Node 20 (V8 < 12.2) replaces Array.prototype.push
 * and JSON.parse for the whole process with slow spec-edge-case polyfills (push alone cost
 * ~40% of extraction time). pdf.js needs neither edge case, so the natives are put back once
 * both modules (pdf.js and its in-process worker, loaded here up front) have been evaluated.
 */
async function importKeepingNatives(): Promise<PdfJs> {
  installInertFontFace();
  installSyncInflate();
  const push = Array.prototype.push;
  const parse = JSON.parse;
  try {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    // Sets globalThis.pdfjsWorker, which pdf.js's fake (same-thread) worker uses directly.
    await import(WORKER_MODULE);
    return pdfjs;
  } finally {
    Object.defineProperty(Array.prototype, "push", { value: push, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(JSON, "parse", { value: parse, writable: true, configurable: true, enumerable: false });
  }
}

const packageRoot = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/** pdf.js's Node factories read these with fs; it requires the trailing "/". */
const assetFolder = (name: string) => path.join(packageRoot, name).split(path.sep).join("/") + "/";

/**
 * Fonts are never rendered here. With disableFontFace: true (pdf.js's Node default) the worker
 * compiles a drawing path for every glyph shown and posts it to this thread — 30–60% of
 * operator-list time on our reports. With font faces "enabled", pdf.js instead hands each font
 * to document.fonts: this inert document and the inert FontFace below accept and drop them.
 */
const INERT_DOCUMENT = { fonts: { add: () => undefined, delete: () => undefined } };

class InertFontFace {
  readonly loaded: Promise<InertFontFace> = Promise.resolve(this);
  constructor(readonly family: string) {}
}

function installInertFontFace(): void {
  if (!("FontFace" in globalThis)) {
    Object.defineProperty(globalThis, "FontFace", { value: InertFontFace, writable: true, configurable: true, enumerable: false });
  }
}

/** getDocument options shared by the extractor and the benchmark. */
export function documentOptions(data: Uint8Array, maxImagePixels: number) {
  return {
    data,
    cMapUrl: assetFolder("cmaps"),
    cMapPacked: true,
    standardFontDataUrl: assetFolder("standard_fonts"),
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: INERT_DOCUMENT as never,
    useSystemFonts: false,
    verbosity: 0,
    // Images are never decoded: text and rules are all we read.
    maxImageSize: maxImagePixels,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
  };
}
