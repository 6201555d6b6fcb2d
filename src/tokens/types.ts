// The token stream: the one interface every extractor (HTML, DOCX, PDF) produces.
// Extractors only describe what the file contains, in reading order; they never
// interpret it as a report. Table reconstruction (src/grid) consumes this stream.
import { z } from "zod";

export const SourceFormat = z.enum(["html", "docx", "pdf"]);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Box in PDF user space of the page, origin top-left, y growing downwards: [x0, y0, x1, y1]. */
export const BBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BBox = z.infer<typeof BBox>;

/**
 * Where a token came from. HTML/DOCX fill tableIndex/row/col/path; PDF fills page/bbox.
 * `row`/`col` are the position in the source table as written (row index, cell index
 * within that row) — not the expanded grid column, which only src/grid computes.
 */
export const Provenance = z.object({
  page: z.number().int().positive().optional(),
  bbox: BBox.optional(),
  tableIndex: z.number().int().nonnegative().optional(),
  row: z.number().int().nonnegative().optional(),
  col: z.number().int().nonnegative().optional(),
  /** A locator inside the source: CSS-like path for HTML, XML path for DOCX. */
  path: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

/** A paragraph, heading or title line of running text (HTML/DOCX; PDF text lines are built in src/grid). */
export const TextBlock = z.object({
  kind: z.literal("text"),
  /** Text with inline markup removed; line breaks inside the block kept as "\n". */
  text: z.string(),
  role: z.enum(["title", "heading", "paragraph"]).default("paragraph"),
  prov: Provenance,
});
export type TextBlock = z.infer<typeof TextBlock>;

/** One cell as written in the source table (before span expansion). */
export const TableCell = z.object({
  /** Text with inline markup removed; paragraph / <br> breaks inside the cell kept as "\n". */
  text: z.string(),
  rowSpan: z.number().int().positive().default(1),
  colSpan: z.number().int().positive().default(1),
  /**
   * DOCX vertical merge: "continue" cells are placeholders of the cell above (w:vMerge without
   * restart). Extractors may either emit them with vMerge "continue" (src/grid folds them into
   * the restart cell's rowSpan) or compute rowSpan themselves and omit them.
   */
  vMerge: z.enum(["restart", "continue"]).optional(),
  header: z.boolean().default(false),
  prov: Provenance,
});
export type TableCell = z.infer<typeof TableCell>;

/** A physical table of the source: rows of cells in source order, spans not yet expanded. */
export const TableToken = z.object({
  kind: z.literal("table"),
  /** 0-based index among the document's tables, in reading order (nested tables count too). */
  index: z.number().int().nonnegative(),
  rows: z.array(z.array(TableCell)),
  /** Nesting depth: 0 for a top-level table. */
  depth: z.number().int().nonnegative().default(0),
  prov: Provenance,
});
export type TableToken = z.infer<typeof TableToken>;

/** PDF: one page's size, emitted before that page's positioned tokens. */
export const PageToken = z.object({
  kind: z.literal("page"),
  page: z.number().int().positive(),
  width: z.number(),
  height: z.number(),
});
export type PageToken = z.infer<typeof PageToken>;

/** PDF: one text item as pdf.js gives it, positioned on its page (top-left origin). */
export const PositionedText = z.object({
  kind: z.literal("ptext"),
  text: z.string(),
  page: z.number().int().positive(),
  bbox: BBox,
  fontSize: z.number(),
  fontName: z.string().optional(),
  /** Written top-to-bottom (Identity-V or rotated 90°). */
  vertical: z.boolean().default(false),
});
export type PositionedText = z.infer<typeof PositionedText>;

/**
 * PDF: a ruling line — a stroked segment, or a filled rectangle thin enough to be a line —
 * already transformed to page space (top-left origin). Horizontal: y0 == y1; vertical: x0 == x1.
 * Thick filled rectangles (cell shading) are emitted with orientation "rect".
 */
export const RulingLine = z.object({
  kind: z.literal("rule"),
  page: z.number().int().positive(),
  x0: z.number(),
  y0: z.number(),
  x1: z.number(),
  y1: z.number(),
  orientation: z.enum(["h", "v", "rect"]),
  lineWidth: z.number().optional(),
});
export type RulingLine = z.infer<typeof RulingLine>;

export const Token = z.discriminatedUnion("kind", [TextBlock, TableToken, PageToken, PositionedText, RulingLine]);
export type Token = z.infer<typeof Token>;

/** What an extractor returns for one file. */
export const DocumentTokens = z.object({
  format: SourceFormat,
  /** Document-level metadata the container itself carries (HTML <title>, meta tags; DOCX/PDF core title). */
  meta: z.object({
    title: z.string().optional(),
    /** Other name/value metadata (e.g. HTML <meta name>, PDF Info), raw. */
    properties: z.record(z.string(), z.string()).default({}),
  }),
  pageCount: z.number().int().nonnegative().optional(),
  tokens: z.array(Token),
  /** Things the extractor noticed but could not represent (one line each). */
  warnings: z.array(z.string()).default([]),
});
export type DocumentTokens = z.infer<typeof DocumentTokens>;

/** Thrown by an extractor or a later stage for a file that cannot be processed; message is one line. */
export class InputError extends Error {
  constructor(
    readonly stage: "read" | "extract" | "grid" | "map" | "validate",
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** The signature every extractor implements. */
export type Extractor = (data: Uint8Array, options?: ExtractOptions) => Promise<DocumentTokens>;

export interface ExtractOptions {
  /** File name, for messages only. */
  fileName?: string;
  /** PDF: refuse documents with more pages than this. */
  maxPages?: number;
}
