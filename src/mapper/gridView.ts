// Reading a Grid row by row: origin cells, covering cells, and each cell's parsed label
// (computed once per cell, since every table is scanned several times).
import { cellAt, type Grid, type GridCell } from "../grid/types.js";
import { parseLabel, type SplitLabel } from "./normalize.js";
import { isValueLike } from "./numbers.js";

const labels = new WeakMap<GridCell, SplitLabel>();
const valueLike = new WeakMap<GridCell, boolean>();

/** The cell's text as a label (normalised, enumerator and notes split off). */
export function labelOf(cell: GridCell): SplitLabel {
  let label = labels.get(cell);
  if (!label) {
    label = parseLabel(cell.text);
    labels.set(cell, label);
  }
  return label;
}

/** Cells whose top-left slot is in row r, left to right. */
export function originCells(grid: Grid, r: number): GridCell[] {
  const out: GridCell[] = [];
  const row = grid.slots[r];
  if (!row) return out;
  for (let c = 0; c < row.length; c++) {
    const cell = cellAt(grid, r, c);
    if (cell && cell.row === r && cell.col === c) out.push(cell);
  }
  return out;
}

/** Distinct cells covering row r (merged cells from above included), left to right. */
export function coveringCells(grid: Grid, r: number, fromCol = 0, toCol = grid.colCount): GridCell[] {
  const out: GridCell[] = [];
  let last: GridCell | undefined;
  for (let c = fromCol; c < toCol; c++) {
    const cell = cellAt(grid, r, c);
    if (cell && cell !== last && !out.includes(cell)) out.push(cell);
    last = cell;
  }
  return out;
}

/** The cell reads as a number or a not-reported marker (cached: asked for every cell, often). */
function isValueCell(cell: GridCell): boolean {
  let v = valueLike.get(cell);
  if (v === undefined) {
    v = isValueLike(cell.text);
    valueLike.set(cell, v);
  }
  return v;
}

/** A cell holding words (not a number, not blank, not a not-reported marker). */
export function isLabelCell(cell: GridCell): boolean {
  return labelOf(cell).full !== "" && !isValueCell(cell);
}

/** A cell holding a printed number or a not-reported marker other than blank. */
export function isFilledValueCell(cell: GridCell): boolean {
  return labelOf(cell).full !== "" && isValueCell(cell);
}

/** The grid's columns a cell covers. */
export function spanOf(cell: GridCell): [number, number] {
  return [cell.col, cell.col + cell.colSpan - 1];
}
