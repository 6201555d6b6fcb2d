// Table 四 → record.review (templates.md §8): 15 value cells under three group headers and five
// outcome headers; positional A…O when the headers cannot be read.
import { cellAt, type Grid, type GridCell } from "../grid/types.js";
import type { Review, ReviewGroup } from "../record/schema.js";
import { addUnmapped, readValue, type MapContext } from "./context.js";
import { coveringCells, isFilledValueCell, isLabelCell, labelOf, originCells } from "./gridView.js";
import { REVIEW_GROUPS, REVIEW_OUTCOMES, matchReviewGroup, matchReviewOutcome, type ReviewGroupKey, type ReviewOutcome } from "./reviewCatalogue.js";
import type { Band } from "./tableBands.js";

export interface ReviewResult {
  review?: Review;
  found: boolean;
}

type Slot = `${ReviewGroupKey}.${ReviewOutcome}`;

interface ColumnPlan {
  cols: Map<Slot, number>;
  colCount: number;
}

/** Header rows hold words and no number; the data row holds numbers (and maybe a label). */
function isHeaderRow(grid: Grid, r: number): boolean {
  const cells = originCells(grid, r);
  return cells.some(isLabelCell) && !cells.some(isFilledValueCell);
}

/** Group and outcome of every column, from the header rows [h0, h1]. */
function columnsFromHeader(grid: Grid, h0: number, h1: number): Map<Slot, number> {
  const cols = new Map<Slot, number>();
  for (let c = 0; c < grid.colCount; c++) {
    let group: ReviewGroupKey | undefined;
    let outcomeText = "";
    let last: GridCell | undefined;
    for (let r = h0; r <= h1; r++) {
      const cell = cellAt(grid, r, c);
      if (!cell || cell === last) continue;
      last = cell;
      const text = labelOf(cell).text;
      const g = matchReviewGroup(text);
      if (g) {
        if (g !== "litigation") group = g;
        continue;
      }
      outcomeText += text; // outcome labels may be broken into single characters over rows
    }
    const outcome = matchReviewOutcome(outcomeText);
    if (!group || !outcome) continue;
    const slot: Slot = `${group}.${outcome}`;
    if (!cols.has(slot)) cols.set(slot, c);
  }
  return cols;
}

/** Value cells of the data row, left to right. */
function valueCells(grid: Grid, r: number): GridCell[] {
  return coveringCells(grid, r).filter((cell) => cell.row === r && !isLabelCell(cell));
}

function positional(grid: Grid, r: number): Map<Slot, number> {
  const cols = new Map<Slot, number>();
  const cells = valueCells(grid, r);
  REVIEW_GROUPS.forEach((g, gi) =>
    REVIEW_OUTCOMES.forEach((o, oi) => {
      const cell = cells[gi * REVIEW_OUTCOMES.length + oi];
      if (cell) cols.set(`${g}.${o}`, cell.col);
    }),
  );
  return cols;
}

/** A continuation with another column count: keep each column's distance from the right edge. */
function alignPlan(ctx: MapContext, plan: ColumnPlan, grid: Grid): ColumnPlan {
  const shift = grid.colCount - plan.colCount;
  if (shift === 0) return plan;
  const cols = new Map<Slot, number>();
  for (const [slot, c] of plan.cols) if (c + shift >= 0) cols.set(slot, c + shift);
  ctx.warnings.push(`review: grid ${grid.index} continues the table with ${grid.colCount} columns instead of ${plan.colCount}; columns aligned on the right`);
  return { cols, colCount: grid.colCount };
}

const SLOT_COUNT = REVIEW_GROUPS.length * REVIEW_OUTCOMES.length;

/** Map the review bands (in reading order) to record.review. */
export function mapReview(ctx: MapContext, bands: Band[]): ReviewResult {
  let plan: ColumnPlan | undefined;
  let data: { grid: Grid; r: number; plan: ColumnPlan } | undefined;
  let blankData: { grid: Grid; r: number; plan: ColumnPlan } | undefined;
  for (const band of bands) {
    const { grid } = band;
    let r = band.rowStart;
    while (r < band.rowEnd) {
      if (isHeaderRow(grid, r)) {
        const h0 = r;
        while (r + 1 < band.rowEnd && isHeaderRow(grid, r + 1)) r++;
        const cols = columnsFromHeader(grid, h0, r);
        plan = cols.size >= ctx.settings.reviewMinLabelledColumns ? { cols, colCount: grid.colCount } : plan;
        r++;
        continue;
      }
      const cells = valueCells(grid, r);
      const filled = cells.some((c) => labelOf(c).full !== "");
      let rowPlan = plan ? alignPlan(ctx, plan, grid) : undefined;
      if (!rowPlan || rowPlan.cols.size < SLOT_COUNT) {
        if (cells.length === ctx.settings.reviewValueCells && (filled || !rowPlan)) {
          const fromHeader = rowPlan;
          rowPlan = { cols: positional(grid, r), colCount: grid.colCount };
          if (filled) ctx.warnings.push(`review: ${fromHeader ? "headers incomplete" : "headers unreadable"} (grid ${grid.index}); the ${SLOT_COUNT} values of row ${r} read in official order A…O`);
        }
      }
      if (rowPlan) {
        if (filled && !data) data = { grid, r, plan: rowPlan };
        else if (!filled && !blankData) blankData = { grid, r, plan: rowPlan };
        else if (filled) {
          addUnmapped(ctx, "review", grid, "(extra data row)", cells.map((c) => c.text));
          ctx.warnings.push(`review: a second data row (grid ${grid.index}, row ${r}) kept out of the record`);
        }
      }
      r++;
    }
  }
  // A table printed with blank cells only (the template) is a row of nulls, not absent.
  const chosen = data ?? blankData;
  if (!chosen) return { found: false };
  const review: Record<string, ReviewGroup> = {};
  for (const g of REVIEW_GROUPS) {
    const group: Partial<ReviewGroup> = {};
    for (const o of REVIEW_OUTCOMES) {
      const col = chosen.plan.cols.get(`${g}.${o}`);
      const cell = col === undefined ? undefined : cellAt(chosen.grid, chosen.r, col);
      const own = cell && cell.row === chosen.r && cell.col === col ? cell : undefined;
      if (col === undefined) ctx.warnings.push(`review.${g}.${o}: no column found`);
      group[o] = readValue(ctx, `review.${g}.${o}`, chosen.grid, own).value;
    }
    review[g] = group as ReviewGroup;
  }
  return { review: review as Review, found: true };
}
