// Joining the pieces of one table split across a page break. A piece continues the table on the
// previous page when it is the first thing on its page, the previous piece the last thing on
// its page, and their column edges match. A repeated header is dropped, and a merged cell cut
// by the page break (a group label such as 三、本年度办理结果 or （四）无 / 法提供) is re-joined
// (page-seam.ts decides which).
import type { PieceCell, TablePiece } from "./pieces.js";
import { cutCells } from "./page-seam.js";
import type { PdfLayoutSettings } from "./settings.js";
import { isValueText } from "../text.js";

export interface TableDraft {
  xs: number[];
  rowCount: number;
  cells: PieceCell[];
  pieces: { page: number; firstRow: number }[];
  first: TablePiece;
  last: TablePiece;
}

export function joinPieces(pieces: readonly TablePiece[], s: PdfLayoutSettings): TableDraft[] {
  const drafts: TableDraft[] = [];
  for (const piece of pieces) {
    const prev = drafts[drafts.length - 1];
    if (prev && continues(prev, piece, s)) append(prev, piece, s);
    else drafts.push({ xs: piece.xs, rowCount: piece.rowCount, cells: piece.cells.map((c) => ({ ...c })), pieces: [{ page: piece.page, firstRow: 0 }], first: piece, last: piece });
  }
  return drafts;
}

function continues(draft: TableDraft, piece: TablePiece, s: PdfLayoutSettings): boolean {
  if (piece.page !== draft.last.page + 1 || !draft.last.lastOnPage || !piece.firstOnPage) return false;
  const a = draft.xs, b = piece.xs, tol = s.joinColumnTolerance;
  if (draft.last.fromText && piece.fromText && columnsWithin(piece.xs, a)) return true;
  if (Math.abs(a[0]! - b[0]!) > tol || Math.abs(a[a.length - 1]! - b[b.length - 1]!) > tol) return false;
  return subset(b, a, tol) || subset(a, b, tol);
}

/**
 * Borderless pieces: the continuation shows only the columns its rows fill (行政强制 19 alone),
 * so it continues the table when each of its columns' middles falls in one of the table's columns
 * and it has no more columns than the table.
 */
function columnsWithin(small: number[], large: number[]): boolean {
  if (small.length > large.length || small[0]! < large[0]! || small[small.length - 1]! > large[large.length - 1]!) return false;
  const targets = small.slice(1).map((x, c) => containing(large, (small[c]! + x) / 2));
  return targets.every((t, c) => t >= 0 && (c === 0 || t > targets[c - 1]!));
}

/** Index of the column of `xs` containing x, -1 outside. */
function containing(xs: number[], x: number): number {
  for (let c = 0; c + 1 < xs.length; c++) if (x >= xs[c]! && x <= xs[c + 1]!) return c;
  return -1;
}

function subset(small: number[], large: number[], tol: number): boolean {
  return small.every((x) => large.some((y) => Math.abs(x - y) <= tol));
}

function append(draft: TableDraft, piece: TablePiece, s: PdfLayoutSettings): void {
  const tol = s.joinColumnTolerance;
  const incoming = piece.cells.map((c) => ({ ...c }));
  if (draft.last.fromText && piece.fromText && columnsWithin(piece.xs, draft.xs)) {
    // Each column of the continuation onto the table column holding its middle.
    for (const c of incoming) {
      const first = containing(draft.xs, (piece.xs[c.col]! + piece.xs[c.col + 1]!) / 2);
      const last = containing(draft.xs, (piece.xs[c.col + c.colSpan - 1]! + piece.xs[c.col + c.colSpan]!) / 2);
      c.col = first;
      c.colSpan = last - first + 1;
    }
    const rows = new Set(incoming.map((c) => c.row));
    // Table columns the continuation does not show become empty cells of its rows.
    for (const row of rows) {
      for (let col = 0; col + 1 < draft.xs.length; col++) {
        if (incoming.some((c) => c.row <= row && c.row + c.rowSpan > row && c.col <= col && c.col + c.colSpan > col)) continue;
        incoming.push({ row, col, rowSpan: 1, colSpan: 1, text: "", page: piece.page, bbox: [draft.xs[col]!, piece.bbox[1], draft.xs[col + 1]!, piece.bbox[1]], topOpen: false, bottomOpen: false });
      }
    }
  } else {
    const xs = unionPositions(draft.xs, piece.xs, tol);
    if (xs.length !== draft.xs.length) remapColumns(draft.cells, draft.xs, xs, tol);
    remapColumns(incoming, piece.xs, xs, tol);
    draft.xs = xs;
  }

  // A continuation that repeats the table's header rows: drop the repeat.
  const headerRows = headerRowCount(draft.cells, draft.rowCount);
  let repeated = 0;
  while (repeated < headerRows && repeated < piece.rowCount && rowKey(incoming, repeated) === rowKey(draft.cells, repeated)) repeated++;
  let rows = piece.rowCount;
  let cells = incoming;
  if (repeated > 0) {
    cells = [];
    for (const c of incoming) {
      if (c.row + c.rowSpan <= repeated) continue;
      if (c.row < repeated) {
        c.rowSpan -= repeated - c.row;
        c.row = repeated;
      }
      cells.push({ ...c, row: c.row - repeated });
    }
    rows -= repeated;
  }

  // The seam: cells of the continuation's first row that carry on a cell cut by the break.
  const lastRow = draft.rowCount - 1;
  const continued = cutCells(
    draft.cells.filter((c) => c.row <= lastRow && c.row + c.rowSpan > lastRow),
    cells.filter((c) => c.row === 0),
  );
  const offset = draft.rowCount;
  const kept: PieceCell[] = [];
  for (const c of cells) {
    const above = continued.get(c);
    if (above) {
      above.rowSpan += c.rowSpan;
      above.text = above.text && c.text ? `${above.text}\n${c.text}` : above.text || c.text;
      above.bottomOpen = c.bottomOpen;
      continue;
    }
    kept.push({ ...c, row: c.row + offset });
  }
  draft.cells.push(...kept);
  draft.pieces.push({ page: piece.page, firstRow: offset });
  draft.rowCount += rows;
  draft.last = piece;
}

/** Sorted union of two edge-position lists; positions within `tol` are one (the first list's). */
function unionPositions(a: number[], b: number[], tol: number): number[] {
  const out = [...a];
  for (const x of b) if (!a.some((y) => Math.abs(x - y) <= tol)) out.push(x);
  return out.sort((p, q) => p - q);
}

function remapColumns(cells: PieceCell[], from: number[], to: number[], tol: number): void {
  const index = from.map((x) => to.findIndex((y) => Math.abs(x - y) <= tol));
  for (const c of cells) {
    const start = index[c.col]!, end = index[c.col + c.colSpan]!;
    c.col = start;
    c.colSpan = end - start;
  }
}

function rowKey(cells: PieceCell[], row: number): string {
  return cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.col - b.col)
    .map((c) => `${c.col}+${c.colSpan}:${c.text.replace(/\s+/g, "")}`)
    .join("|");
}

/** Leading rows whose cells are all labels (no value); 0 when no row holds a value. */
export function headerRowCount(cells: readonly { row: number; text: string }[], rowCount: number): number {
  const numericRows = new Set<number>();
  for (const c of cells) if (isValueText(c.text)) numericRows.add(c.row);
  for (let r = 0; r < rowCount; r++) if (numericRows.has(r)) return r;
  return 0;
}
