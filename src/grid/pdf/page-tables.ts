// One page: ruling lines → table pieces, and every text item placed either in a cell of a piece
// (by the centre of its box) or left outside as running text.
import type { BBox, PositionedText, RulingLine } from "../../tokens/types.js";
import { centreX, centreY } from "./centres.js";
import { connectedGroups, edgesFromRules, missingBorders } from "./edges.js";
import { splitAtBorders } from "./item-split.js";
import type { PieceCell, TablePiece } from "./pieces.js";
import type { PdfLayoutSettings } from "./settings.js";
import { tableStructure, type TableStructure } from "./table-structure.js";
import { columnsFromText, stackRuledRows } from "./text-columns.js";
import { findTextTables } from "./text-tables.js";
import { cellText } from "./text-lines.js";

export interface PageInput {
  page: number;
  width: number;
  height: number;
  texts: PositionedText[];
  rules: RulingLine[];
}

export interface PageTables {
  pieces: Omit<TablePiece, "firstOnPage" | "lastOnPage">[];
  /** Items outside every table, for running text. */
  outside: PositionedText[];
}

export function findPageTables(input: PageInput, s: PdfLayoutSettings): PageTables {
  const structures: TableStructure[] = [];
  const drawn = edgesFromRules(input.rules, s);
  for (const group of stackRuledRows(connectedGroups(drawn, s.intersectionTolerance), s)) {
    const added = s.closeOpenEnds ? missingBorders(group, s) : { h: [], v: [] };
    const textColumns = columnsFromText(group, input.texts, s);
    if (textColumns) added.v.push(...textColumns);
    const structure = tableStructure(group, added, s);
    if (structure && structure.cells.length >= s.minTableCells) structures.push(structure);
  }
  // No ruled table on the page: tables may still be there, borderless (text-tables.ts).
  if (structures.length === 0) return s.textTables ? findTextTables(input.page, input.texts, s) : { pieces: [], outside: input.texts };

  const cellItems = structures.map((t) => t.cells.map((): PositionedText[] => []));
  const outside: PositionedText[] = [];
  for (const item of input.texts) {
    const t = structureAt(structures, centreX(item), centreY(item));
    if (t < 0) {
      outside.push(item);
      continue;
    }
    const table = structures[t]!;
    for (const part of splitAtBorders(item, bordersCrossing(table, item), s.borderOverhangEm * item.fontSize)) {
      const cell = slotAt(table, centreX(part), centreY(part));
      if (cell < 0) outside.push(part);
      else cellItems[t]![cell]!.push(part);
    }
  }

  const kept = attachOverflow(structures, cellItems, outside, input.height, s);

  const pieces = structures.map((table, t) => {
    const { xs, ys } = table;
    const cells: PieceCell[] = table.cells.map((c, i) => ({
      row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan,
      text: cellText(cellItems[t]![i]!, s),
      page: input.page,
      bbox: [xs[c.col]!, ys[c.row]!, xs[c.col + c.colSpan]!, ys[c.row + c.rowSpan]!] as BBox,
      topOpen: c.topOpen,
      bottomOpen: c.bottomOpen,
    }));
    const bbox: BBox = [xs[0]!, ys[0]!, xs[xs.length - 1]!, ys[ys.length - 1]!];
    return { page: input.page, bbox, xs, rowCount: ys.length - 1, cells };
  });
  return { pieces, outside: kept };
}

/**
 * A table cut by the page break may leave the last line of a cell just under its bottom edge
 * (browsers fragment rows mid-cell): such lines, directly under a cell open at the bottom of a
 * table ending near the page bottom, are given to that cell. Returns the items still outside.
 */
function attachOverflow(
  tables: TableStructure[], cellItems: PositionedText[][][], outside: PositionedText[], pageHeight: number, s: PdfLayoutSettings,
): PositionedText[] {
  if (!(pageHeight > 0)) return outside;
  const openCells: { t: number; cell: number; x0: number; x1: number; bottom: number }[] = [];
  tables.forEach((table, t) => {
    const nR = table.ys.length - 1, bottom = table.ys[nR]!;
    if (bottom < pageHeight * (1 - s.pageBreakZone)) return;
    table.cells.forEach((c, i) => {
      if (c.bottomOpen && c.row + c.rowSpan === nR) openCells.push({ t, cell: i, x0: table.xs[c.col]!, x1: table.xs[c.col + c.colSpan]!, bottom });
    });
  });
  if (openCells.length === 0) return outside;
  const kept: PositionedText[] = [];
  for (const item of [...outside].sort((a, b) => a.bbox[1] - b.bbox[1])) {
    const cx = centreX(item);
    const open = openCells.find((o) => cx > o.x0 && cx < o.x1 && item.bbox[1] >= o.bottom - item.fontSize && item.bbox[1] - o.bottom <= s.overflowLineGapEm * item.fontSize);
    if (!open) {
      kept.push(item);
      continue;
    }
    cellItems[open.t]![open.cell]!.push(item);
    open.bottom = Math.max(open.bottom, item.bbox[3]);
  }
  return kept;
}

/** The (smallest) table whose outline contains the point, or -1. */
function structureAt(tables: TableStructure[], x: number, y: number): number {
  let best = -1, bestArea = Infinity;
  tables.forEach((t, i) => {
    const x0 = t.xs[0]!, x1 = t.xs[t.xs.length - 1]!, y0 = t.ys[0]!, y1 = t.ys[t.ys.length - 1]!;
    if (x < x0 || x > x1 || y < y0 || y > y1) return;
    const area = (x1 - x0) * (y1 - y0);
    if (area < bestArea) {
      best = i;
      bestArea = area;
    }
  });
  return best;
}

/** Index of the cell covering the point, -1 in a hole. */
function slotAt(t: TableStructure, x: number, y: number): number {
  return t.slots[bisect(t.ys, y)]?.[bisect(t.xs, x)] ?? -1;
}

/** Interior column borders the item's line crosses (where the cells left and right differ). */
function bordersCrossing(t: TableStructure, item: PositionedText): number[] {
  const row = t.slots[bisect(t.ys, centreY(item))];
  if (!row) return [];
  const out: number[] = [];
  for (let c = 1; c < t.xs.length - 1; c++) {
    const x = t.xs[c]!;
    if (x > item.bbox[0] && x < item.bbox[2] && row[c - 1] !== row[c]) out.push(x);
  }
  return out;
}

/** Index i of the interval edges[i]..edges[i+1] holding v (clamped to the outer intervals). */
function bisect(edges: number[], v: number): number {
  let lo = 0, hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
