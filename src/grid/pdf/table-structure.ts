// One group of edges → the grid of a table piece: slots on the distinct x/y edge positions,
// merged wherever the inner border between two slots is missing.
import { alignAdded, EdgeIndex, join, type EdgeSet } from "./edges.js";
import { rangeAll } from "./ranges.js";
import type { PdfLayoutSettings } from "./settings.js";

export interface StructureCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** No border drawn above / below the cell: it continues from / onto another page. */
  topOpen: boolean;
  bottomOpen: boolean;
}

export interface TableStructure {
  /** Distinct column and row edge positions (page space); column c spans xs[c]..xs[c+1]. */
  xs: number[];
  ys: number[];
  cells: StructureCell[];
  /** slots[r][c] → index into cells, -1 outside the table outline. */
  slots: number[][];
}

/**
 * `drawn` are the ruling edges of the group, `added` the borders supplied by missingBorders or
 * the text-alignment fallback. Returns null when the group does not enclose at least one slot.
 */
export function tableStructure(drawn: EdgeSet, added: EdgeSet, s: PdfLayoutSettings): TableStructure | null {
  const h = join([...drawn.h, ...alignAdded(added.h, drawn.h, s.snapTolerance)], s.joinTolerance);
  const v = join([...drawn.v, ...alignAdded(added.v, drawn.v, s.snapTolerance)], s.joinTolerance);
  const ys = distinct(h.map((e) => e.pos));
  const xs = distinct(v.map((e) => e.pos));
  const nR = ys.length - 1, nC = xs.length - 1;
  if (nR < 1 || nC < 1) return null;
  const tol = s.intersectionTolerance;
  const hAll = new EdgeIndex(h, tol), vAll = new EdgeIndex(v, tol);
  const hDrawn = new EdgeIndex(drawn.h, tol);

  // Union-find over slots; index nR*nC stands for "outside the table".
  const outside = nR * nC;
  const parent = Array.from({ length: outside + 1 }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < nR; r++) {
    const top = ys[r]!, bottom = ys[r + 1]!;
    for (let c = 0; c < nC; c++) {
      const id = r * nC + c, left = xs[c]!, right = xs[c + 1]!;
      if (c === 0 && !vAll.covers(left, top, bottom)) union(id, outside);
      if (!vAll.covers(right, top, bottom)) union(id, c + 1 < nC ? id + 1 : outside);
      if (r === 0 && !hAll.covers(top, left, right)) union(id, outside);
      if (!hAll.covers(bottom, left, right)) union(id, r + 1 < nR ? id + nC : outside);
    }
  }

  // Each group of connected slots becomes one or more rectangular cells (L-shapes are split).
  const slots = Array.from({ length: nR }, () => new Array<number>(nC).fill(-1));
  const cells: StructureCell[] = [];
  const outsideRoot = find(outside);
  for (let r = 0; r < nR; r++) {
    for (let c = 0; c < nC; c++) {
      if (slots[r]![c] !== -1) continue;
      const root = find(r * nC + c);
      if (root === outsideRoot) continue;
      const same = (rr: number, cc: number) => slots[rr]![cc] === -1 && find(rr * nC + cc) === root;
      let c2 = c + 1;
      while (c2 < nC && same(r, c2)) c2++;
      let r2 = r + 1;
      while (r2 < nR && rangeAll(c, c2, (cc) => same(r2, cc))) r2++;
      const index = cells.length;
      for (let rr = r; rr < r2; rr++) for (let cc = c; cc < c2; cc++) slots[rr]![cc] = index;
      cells.push({
        row: r, col: c, rowSpan: r2 - r, colSpan: c2 - c,
        topOpen: !hDrawn.covers(ys[r]!, xs[c]!, xs[c2]!),
        bottomOpen: !hDrawn.covers(ys[r2]!, xs[c]!, xs[c2]!),
      });
    }
  }
  if (cells.length === 0) return null;
  return dropEmptyLines({ xs, ys, cells, slots });
}

/** Rows/columns no cell starts in or covers (an edge sticking out beyond the table) are removed. */
function dropEmptyLines(t: TableStructure): TableStructure {
  const nC = t.xs.length - 1;
  const rowUsed = t.slots.map((row) => row.some((i) => i >= 0));
  const colUsed = Array.from({ length: nC }, (_, c) => t.slots.some((row) => row[c]! >= 0));
  // A row/column is kept if used; an unused one only disappears when no cell spans across it.
  const keepRow = rowUsed.map((u, r) => u || t.cells.some((cell) => cell.row < r && cell.row + cell.rowSpan > r));
  const keepCol = colUsed.map((u, c) => u || t.cells.some((cell) => cell.col < c && cell.col + cell.colSpan > c));
  if (keepRow.every(Boolean) && keepCol.every(Boolean)) return t;
  const rowIndex = prefixIndex(keepRow), colIndex = prefixIndex(keepCol);
  const ys = [t.ys[firstKept(keepRow)]!, ...t.ys.slice(1).filter((_, r) => keepRow[r])];
  const xs = [t.xs[firstKept(keepCol)]!, ...t.xs.slice(1).filter((_, c) => keepCol[c])];
  const cells = t.cells.map((cell) => ({
    ...cell,
    row: rowIndex[cell.row]!, col: colIndex[cell.col]!,
    rowSpan: countKept(keepRow, cell.row, cell.rowSpan), colSpan: countKept(keepCol, cell.col, cell.colSpan),
  }));
  const slots = t.slots.filter((_, r) => keepRow[r]).map((row) => row.filter((_, c) => keepCol[c]));
  return { xs, ys, cells, slots };
}

function prefixIndex(keep: boolean[]): number[] {
  let n = 0;
  return keep.map((k) => (k ? n++ : n));
}

function firstKept(keep: boolean[]): number {
  const i = keep.indexOf(true);
  return i < 0 ? 0 : i;
}

function countKept(keep: boolean[], from: number, span: number): number {
  let n = 0;
  for (let i = from; i < from + span; i++) if (keep[i]) n++;
  return n;
}

function distinct(values: number[]): number[] {
  values.sort((a, b) => a - b);
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}
