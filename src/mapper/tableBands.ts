// Which rows of which grids belong to which of the three tables (templates.md §9.1).
// A table may come in pieces (page breaks, split HTML tables, 第二十条 blocks as four tables),
// and a grid may in principle hold more than one table, so the unit is a band: a run of rows
// of one grid that belongs to one table. Rows are recognised by their labels; rows without a
// telling label continue the band above them, and a grid without any continues the table of
// the grid before it (or, after a section heading, the table of its section).
import type { Grid, Layout } from "../grid/types.js";
import { matchActiveField, matchActiveRow, matchCaption, isContentHeader, type BlockId } from "./activeCatalogue.js";
import { isLabelCell, labelOf, originCells } from "./gridView.js";
import { normalizeLabel } from "./normalize.js";
import { isRequestsHeaderText, matchRequestsLabel } from "./requestsCatalogue.js";
import { isReviewHeaderText } from "./reviewCatalogue.js";
import type { SectionId, SectionMap } from "./sections.js";

export type TableKind = "active" | "requests" | "review";

export interface Band {
  kind: TableKind;
  grid: Grid;
  /** Index of the grid's item in layout.items. */
  itemIndex: number;
  rowStart: number;
  /** Exclusive. */
  rowEnd: number;
  /** A 第二十条 caption printed as a paragraph just before this grid (first band of a grid only). */
  captionBefore?: BlockId | null;
  /** The band holds a header or caption only its table prints (not just row labels). */
  strong: boolean;
}

/** Label text longer than this is no row label of the active table (it is prose in a cell). */
const ACTIVE_ROW_LABEL_MAX_CHARS = 12;
/** Header text longer than this is no column header of the active table. */
const ACTIVE_HEADER_MAX_CHARS = 24;

/** A caption paragraph is short; longer text citing 第二十条 is prose. */
const CAPTION_MAX_CHARS = 30;

const SECTION_TABLE: Partial<Record<SectionId, TableKind>> = { active: "active", requests: "requests", review: "review" };

interface Signal {
  kind: TableKind;
  strong: boolean;
}

/** What a row's labels say about its table. */
export function rowSignal(grid: Grid, r: number): Signal | undefined {
  let active = 0;
  let requests = 0;
  let review = 0;
  let strongActive = false;
  let strongRequests = false;
  let strongReview = false;
  for (const cell of originCells(grid, r)) {
    if (!isLabelCell(cell)) continue;
    const { text, full } = labelOf(cell);
    if (matchCaption(full) !== undefined || isContentHeader(text) || (text.length <= ACTIVE_HEADER_MAX_CHARS && matchActiveField(text))) {
      active += 2;
      strongActive = true;
    } else if (text.length <= ACTIVE_ROW_LABEL_MAX_CHARS && matchActiveRow(text)) active += 1;
    if (isRequestsHeaderText(text)) {
      requests += 2;
      strongRequests = true;
    } else if (matchRequestsLabel(text, false)) requests += 1;
    if (isReviewHeaderText(text)) {
      review += 2;
      strongReview = true;
    }
  }
  const best = Math.max(active, requests, review);
  if (best === 0) return undefined;
  if (best === requests) return { kind: "requests", strong: strongRequests };
  if (best === review) return { kind: "review", strong: strongReview };
  return { kind: "active", strong: strongActive };
}

/** Split every grid of the layout into bands of the three tables; rows of no table are left out. */
export function findBands(layout: Layout, sections: SectionMap): Band[] {
  const bands: Band[] = [];
  let previousKind: TableKind | undefined;
  let headingSincePrevious = false;
  let caption: BlockId | null | undefined;

  layout.items.forEach((item, i) => {
    if (item.kind === "text") {
      if (sections.headings.has(i)) headingSincePrevious = true;
      const line = normalizeLabel(item.text);
      const c = line.length <= CAPTION_MAX_CHARS ? matchCaption(line) : undefined;
      if (c !== undefined) caption = c;
      return;
    }
    const grid = item.grid;
    const sectionKind = SECTION_TABLE[sections.itemSection[i] ?? "overview"];
    let kind: TableKind | undefined = !headingSincePrevious && previousKind ? previousKind : sectionKind;
    let start = 0;
    let strong = false;
    const gridBands: Band[] = [];
    const close = (end: number) => {
      if (kind && end > start) gridBands.push({ kind, grid, itemIndex: i, rowStart: start, rowEnd: end, strong });
    };
    for (let r = 0; r < grid.rowCount; r++) {
      const signal = rowSignal(grid, r);
      if (!signal) continue;
      if (signal.kind !== kind && (signal.strong || kind === undefined)) {
        close(r);
        kind = signal.kind;
        start = r;
        strong = false;
      }
      if (signal.kind === kind && signal.strong) strong = true;
    }
    close(grid.rowCount);
    // A table named only by row labels, inside the section of another table, is some other table.
    const kept = gridBands.filter((b) => b.strong || !sectionKind || b.kind === sectionKind);
    if (kept[0] && caption !== undefined) kept[0].captionBefore = caption;
    bands.push(...kept);
    previousKind = kept.length ? kept[kept.length - 1]!.kind : undefined;
    headingSincePrevious = false;
    caption = undefined;
  });
  return bands;
}
