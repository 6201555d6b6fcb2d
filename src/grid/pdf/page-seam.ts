// The seam of a table split by a page break: which cells of the continuation's first row carry
// on a cell of the last row before the break. Only a cell cut by the break carries on — a tall
// label cell left open on both sides of the break, or a row-group label (三、本年度办理结果,
// （四）无 / 法提供) that producers close with a border on both pages anyway. Two complete rows never
// fuse, and neither do two cells that hold something when one of them is a value.
import type { PieceCell } from "./pieces.js";
import { isValueText } from "../text.js";

/** A label that opens a new item: 一、 / （四） / 3. — a new row group, not the rest of one. */
const ENUMERATED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.、．])/;

/**
 * `above`: the cells covering the last row before the break; `below`: the cells starting in the
 * continuation's first row. Returns, for each cell of `below` that continues one of `above` (same
 * columns), that cell of `above`.
 */
export function cutCells(above: readonly PieceCell[], below: readonly PieceCell[]): Map<PieceCell, PieceCell> {
  const aboveRow = [...above].sort((a, b) => a.col - b.col);
  const belowRow = [...below].sort((a, b) => a.col - b.col);
  const rowBoundary = endsRows(aboveRow, belowRow);
  const out = new Map<PieceCell, PieceCell>();
  for (const b of belowRow) {
    const a = aboveRow.find((c) => c.col === b.col && c.colSpan === b.colSpan);
    if (a && carriesOn(a, b, aboveRow, belowRow, rowBoundary)) out.set(b, a);
  }
  return out;
}

/**
 * The break falls between two complete rows when some column holds something on both sides and
 * one of the two is a value: those are two cells, so the rows there end and start at the break.
 */
function endsRows(aboveRow: readonly PieceCell[], belowRow: readonly PieceCell[]): boolean {
  return aboveRow.some((a) => belowRow.some((b) => overlap(a, b) && twoCells(a.text, b.text)));
}

function twoCells(a: string, b: string): boolean {
  return a.trim() !== "" && b.trim() !== "" && (isValueText(a) || isValueText(b));
}

function overlap(a: PieceCell, b: PieceCell): boolean {
  return a.col < b.col + b.colSpan && b.col < a.col + a.colSpan;
}

/**
 * Does `below` continue `above`? Never when both hold text and one is a value. Yes when the
 * border between them is drawn on neither page and the rows do not end at the break (a cell of a
 * row the break cuts in two). Yes when both are row-group labels — sub-row labels to their right,
 * then the row's value cells — and `below` is empty or, under a non-empty `above`, does not open a
 * new enumerated group.
 */
function carriesOn(above: PieceCell, below: PieceCell, aboveRow: readonly PieceCell[], belowRow: readonly PieceCell[], rowBoundary: boolean): boolean {
  if (twoCells(above.text, below.text)) return false;
  if (above.bottomOpen && below.topOpen && !rowBoundary) return true;
  if (!isGroupLabel(above, aboveRow) || !isGroupLabel(below, belowRow)) return false;
  const a = above.text.trim(), b = below.text.trim();
  return b === "" || (a !== "" && !ENUMERATED.test(b));
}

/**
 * A row-group label: not a value; the first filled cell to its right is a label (a sub-row label,
 * or a nested group label), and the row goes on past its last label (value cells, filled or
 * blank). A header row, whose last cell is a label, has no group labels.
 */
function isGroupLabel(cell: PieceCell, row: readonly PieceCell[]): boolean {
  if (isValueText(cell.text)) return false;
  const right = row.filter((c) => c.col >= cell.col + cell.colSpan);
  const firstFilled = right.find((c) => c.text.trim() !== "");
  if (!firstFilled || isValueText(firstFilled.text)) return false;
  let lastLabel = -1;
  right.forEach((c, i) => {
    if (c.text.trim() !== "" && !isValueText(c.text)) lastLabel = i;
  });
  return lastLabel < right.length - 1;
}
