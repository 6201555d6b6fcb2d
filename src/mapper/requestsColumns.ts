// Table 三's columns: which grid column holds which applicant key (templates.md §7.1, §9.3).
// Found by header labels; a header-less continuation carries the previous piece's columns;
// an unreadable header falls back to the last value columns in official order, with a warning.
import { cellAt, type Grid, type GridCell } from "../grid/types.js";
import { APPLICANT_COLUMNS, type ApplicantColumn } from "../record/schema.js";
import type { MapContext } from "./context.js";
import { coveringCells, isFilledValueCell, isLabelCell, labelOf } from "./gridView.js";
import { matchApplicantHeader } from "./requestsCatalogue.js";

export type ColumnKey = ApplicantColumn | "orgSubtotal";

/** Official column order; 小计 is printed after 其他 where a report adds it. */
export const COLUMN_ORDER: readonly ColumnKey[] = [...APPLICANT_COLUMNS.slice(0, 6), "orgSubtotal", "total"];

export interface ColumnMap {
  /** Grid column of each key. */
  cols: Map<ColumnKey, number>;
  /** Column count of the grid the map was found in (for carrying it to a continuation). */
  colCount: number;
  /** Leftmost value column: columns before it hold row labels. */
  firstValueCol: number;
}

/** Body rows looked at to decide which column of a wide header cell holds the values. */
const BODY_ROWS_SAMPLED = 8;

function finish(cols: Map<ColumnKey, number>, colCount: number): ColumnMap {
  return { cols, colCount, firstValueCol: Math.min(...cols.values()) };
}

/** The column of a header cell's span that the body's value cells start in. */
function valueColumnOf(grid: Grid, cell: GridCell, bodyFrom: number): number {
  if (cell.colSpan === 1) return cell.col;
  let best = cell.col;
  let bestCount = -1;
  for (let c = cell.col; c < cell.col + cell.colSpan; c++) {
    let count = 0;
    for (let r = bodyFrom; r < Math.min(grid.rowCount, bodyFrom + BODY_ROWS_SAMPLED); r++) {
      const body = cellAt(grid, r, c);
      if (body && body.col === c) count++;
    }
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/** Columns named by the header rows [h0, h1]; undefined keys are left out. */
export function columnsFromHeader(grid: Grid, h0: number, h1: number): Map<ColumnKey, number> {
  const cols = new Map<ColumnKey, number>();
  const taken = new Set<number>();
  const seen = new Set<GridCell>();
  // 1. Whole cells: 自然人, 商业企业 …, letter-spaced or line-broken inside one cell.
  for (let r = h0; r <= h1; r++) {
    for (const cell of coveringCells(grid, r)) {
      if (seen.has(cell)) continue;
      seen.add(cell);
      const h = matchApplicantHeader(labelOf(cell).text);
      if (!h || h === "groupLabel" || cols.has(h)) continue;
      const col = valueColumnOf(grid, cell, h1 + 1);
      if (taken.has(col)) continue;
      cols.set(h, col);
      taken.add(col);
    }
  }
  // 2. Labels broken over several one-column cells (社会 / 公益 / 组织): read each column top-down.
  for (let c = 0; c < grid.colCount; c++) {
    if (taken.has(c)) continue;
    let text = "";
    let last: GridCell | undefined;
    for (let r = h0; r <= h1; r++) {
      const cell = cellAt(grid, r, c);
      if (!cell || cell === last || cell.colSpan > 1) continue;
      last = cell;
      if (matchApplicantHeader(labelOf(cell).text) === "groupLabel") continue;
      text += labelOf(cell).text;
    }
    const h = matchApplicantHeader(text);
    if (h && h !== "groupLabel" && !cols.has(h)) {
      cols.set(h, c);
      taken.add(c);
    }
  }
  return cols;
}

/** Columns of the body rows [from, to) that hold values (right of every label cell). */
export function valueColumns(grid: Grid, from: number, to: number): number[] {
  let lastLabelCol = -1;
  const hasValueCell = new Array<boolean>(grid.colCount).fill(false);
  for (let r = from; r < to; r++) {
    const cells: GridCell[] = [];
    for (let c = 0; c < grid.colCount; c++) {
      const cell = cellAt(grid, r, c);
      if (cell && cell.row === r && cell.col === c) cells.push(cell);
    }
    if (!cells.some(isFilledValueCell)) continue; // a row of labels only (a header) says nothing
    for (const cell of cells) {
      if (isLabelCell(cell)) lastLabelCol = Math.max(lastLabelCol, cell.col + cell.colSpan - 1);
      else hasValueCell[cell.col] = true;
    }
  }
  const out: number[] = [];
  for (let c = lastLabelCol + 1; c < grid.colCount; c++) if (hasValueCell[c]) out.push(c);
  return out;
}

/**
 * The full column map of a requests piece: header labels, with missing keys filled by order
 * between labelled neighbours, or the positional fallback when too few labels were readable.
 */
export function resolveColumns(
  ctx: MapContext,
  grid: Grid,
  header: Map<ColumnKey, number>,
  bodyFrom: number,
  bodyTo: number,
): ColumnMap | undefined {
  const labelled = APPLICANT_COLUMNS.filter((k) => header.has(k)).length;
  const values = valueColumns(grid, bodyFrom, bodyTo);
  if (labelled < ctx.settings.requestsMinLabelledColumns) {
    const cols = new Map<ColumnKey, number>();
    const lastSeven = values.length >= APPLICANT_COLUMNS.length ? values.slice(-APPLICANT_COLUMNS.length) : [];
    if (!lastSeven.length) return undefined;
    APPLICANT_COLUMNS.forEach((k, i) => cols.set(k, lastSeven[i]!));
    ctx.warnings.push(`requests: applicant headers unreadable (grid ${grid.index}); the last ${APPLICANT_COLUMNS.length} value columns read in official order`);
    return finish(cols, grid.colCount);
  }
  const cols = new Map(header);
  if (labelled < APPLICANT_COLUMNS.length) {
    // Fill a gap between two labelled columns when the free value columns there match the missing keys.
    const order = APPLICANT_COLUMNS as readonly ApplicantColumn[];
    let i = 0;
    while (i < order.length) {
      if (cols.has(order[i]!)) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && !cols.has(order[j]!)) j++;
      const left = i > 0 ? cols.get(order[i - 1]!)! : -1;
      const right = j < order.length ? cols.get(order[j]!)! : grid.colCount;
      const taken = new Set(cols.values());
      const free = values.filter((c) => c > left && c < right && !taken.has(c));
      if (free.length === j - i) {
        for (let k = i; k < j; k++) cols.set(order[k]!, free[k - i]!);
        ctx.warnings.push(`requests: column(s) ${order.slice(i, j).join(", ")} placed by order (header label unreadable, grid ${grid.index})`);
      } else {
        ctx.warnings.push(`requests: column(s) ${order.slice(i, j).join(", ")} not found (grid ${grid.index})`);
      }
      i = j;
    }
  }
  return finish(cols, grid.colCount);
}

/** A header-less continuation: the previous piece's columns, kept at the same distance from the right edge. */
export function carryColumns(ctx: MapContext, previous: ColumnMap, grid: Grid): ColumnMap {
  const shift = grid.colCount - previous.colCount;
  if (shift === 0) return { ...previous };
  const cols = new Map<ColumnKey, number>();
  for (const [k, c] of previous.cols) if (c + shift >= 0) cols.set(k, c + shift);
  ctx.warnings.push(`requests: grid ${grid.index} continues the table with ${grid.colCount} columns instead of ${previous.colCount}; columns aligned on the right`);
  return finish(cols, grid.colCount);
}
