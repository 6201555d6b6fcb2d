// PDF table reconstruction: DocumentTokens (pages, positioned text, ruling lines) → Layout
// (running text lines and grids in reading order; tables split by page breaks joined).
import { InputError, type DocumentTokens, type PositionedText, type RulingLine } from "../../tokens/types.js";
import type { Layout, LayoutItem, LayoutText } from "../types.js";
import { centreY } from "./centres.js";
import { findFurniture, type PageLines } from "./furniture.js";
import { draftToGrid } from "./grid-build.js";
import { joinPieces, type TableDraft } from "./page-join.js";
import { findPageTables, type PageInput } from "./page-tables.js";
import type { TablePiece } from "./pieces.js";
import { DEFAULT_PDF_LAYOUT_SETTINGS, type PdfLayoutSettings } from "./settings.js";
import { buildLines, type TextLine } from "./text-lines.js";

export { DEFAULT_PDF_LAYOUT_SETTINGS, type PdfLayoutSettings } from "./settings.js";

export function buildPdfLayout(doc: DocumentTokens, settings: PdfLayoutSettings = DEFAULT_PDF_LAYOUT_SETTINGS): Layout {
  if (doc.format !== "pdf") throw new InputError("grid", `buildPdfLayout needs PDF tokens, got ${doc.format}`);
  const s = settings;
  const pages = pageInputs(doc);

  const found = pages.map((p) => findPageTables(p, s));
  const pageLines: PageLines[] = pages.map((p, i) => ({ page: p.page, height: p.height, lines: buildLines(found[i]!.outside, s) }));
  const furniture = findFurniture(pageLines, s);
  const bodyLines = pageLines.map((p) => p.lines.filter((l) => !furniture.has(l)));

  const pieces: TablePiece[] = [];
  pages.forEach((_, i) => {
    const onPage = [...found[i]!.pieces].sort((a, b) => a.bbox[1] - b.bbox[1]);
    onPage.forEach((piece, k) => {
      const top = piece.bbox[1], bottom = piece.bbox[3];
      pieces.push({
        ...piece,
        firstOnPage: k === 0 && !bodyLines[i]!.some((l) => centreY(l) < top),
        lastOnPage: k === onPage.length - 1 && !bodyLines[i]!.some((l) => centreY(l) > bottom),
      });
    });
  });
  const drafts = joinPieces(pieces, s);

  // Reading order: per page, text lines and the grids that start there, top to bottom.
  const startsOn = new Map<number, TableDraft[]>();
  for (const d of drafts) {
    const list = startsOn.get(d.first.page);
    if (list) list.push(d);
    else startsOn.set(d.first.page, [d]);
  }
  const items: LayoutItem[] = [];
  let gridIndex = 0;
  pages.forEach((p, i) => {
    type Placed = { y: number; x: number; line?: TextLine; draft?: TableDraft };
    const placed: Placed[] = [
      ...bodyLines[i]!.map((line) => ({ y: line.bbox[1], x: line.bbox[0], line })),
      ...(startsOn.get(p.page) ?? []).map((draft) => ({ y: draft.first.bbox[1], x: draft.first.bbox[0], draft })),
    ];
    placed.sort((a, b) => a.y - b.y || a.x - b.x);
    for (const e of placed) {
      if (e.draft) items.push({ kind: "grid", grid: draftToGrid(e.draft, gridIndex++) });
      else if (e.line) items.push({ kind: "text", text: e.line.text, role: "paragraph", prov: { page: e.line.page, bbox: e.line.bbox } });
    }
  });
  markTitle(items, bodyLines.flat(), s);

  return {
    format: "pdf",
    meta: { title: doc.meta.title, properties: doc.meta.properties ?? {} },
    pageCount: doc.pageCount,
    items,
    warnings: [...(doc.warnings ?? [])],
  };
}

/** Tokens grouped by page (PageToken first, then its text items and rules). */
function pageInputs(doc: DocumentTokens): PageInput[] {
  const byPage = new Map<number, PageInput>();
  const get = (page: number) => {
    let p = byPage.get(page);
    if (!p) byPage.set(page, (p = { page, width: 0, height: 0, texts: [] as PositionedText[], rules: [] as RulingLine[] }));
    return p;
  };
  for (const t of doc.tokens) {
    if (t.kind === "page") Object.assign(get(t.page), { width: t.width, height: t.height });
    else if (t.kind === "ptext") {
      if (t.text.trim() !== "") get(t.page).texts.push(t);
    } else if (t.kind === "rule") get(t.page).rules.push(t);
  }
  return [...byPage.values()].sort((a, b) => a.page - b.page);
}

/** The consecutive lines of page 1, before any grid, in its largest font become one "title" item. */
function markTitle(items: LayoutItem[], lines: TextLine[], s: PdfLayoutSettings): void {
  if (lines.length === 0) return;
  const sizes = lines.map((l) => l.fontSize).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)]!;
  const fontOf = new Map(lines.map((l) => [l.bbox, l.fontSize]));
  const size = (it: LayoutItem) => (it.kind === "text" ? (fontOf.get(it.prov.bbox!) ?? 0) : 0);
  let end = items.findIndex((it) => it.kind !== "text" || it.prov.page !== 1);
  if (end < 0) end = items.length;
  let largest = 0;
  for (let i = 0; i < end; i++) largest = Math.max(largest, size(items[i]!));
  if (largest < s.titleFontRatio * body) return;
  const first = items.findIndex((it, i) => i < end && size(it) === largest);
  let n = 1;
  while (first + n < end && n < s.titleMaxLines && size(items[first + n]!) === largest) n++;
  const parts = items.slice(first, first + n) as LayoutText[];
  const boxes = parts.map((p) => p.prov.bbox!);
  const title: LayoutText = {
    kind: "text",
    text: parts.map((p) => p.text).join("\n"),
    role: "title",
    prov: {
      page: 1,
      bbox: [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))],
    },
  };
  items.splice(first, n, title);
}
