// Grids: the output of table reconstruction, the input of the mapper.
// A Grid is a full rectangle of slots; each slot points at the origin cell that covers it,
// so a merged cell's text exists once (at its origin) and every slot knows where it belongs.
import { z } from "zod";
import { Provenance, SourceFormat, BBox } from "../tokens/types.js";

export const GridCell = z.object({
  /** Top-left grid position of the (possibly merged) cell. */
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  rowSpan: z.number().int().positive(),
  colSpan: z.number().int().positive(),
  /** Raw text; line breaks inside the cell kept as "\n". */
  text: z.string(),
  header: z.boolean(),
  /** Provenance of the source cell (HTML/DOCX: tableIndex/row/col/path; PDF: page/bbox). */
  prov: Provenance,
});
export type GridCell = z.infer<typeof GridCell>;

export const Grid = z.object({
  /** 0-based index among the document's grids, in reading order. */
  index: z.number().int().nonnegative(),
  rowCount: z.number().int().nonnegative(),
  colCount: z.number().int().nonnegative(),
  /** Origin cells, in row-major order of their top-left slot. */
  cells: z.array(GridCell),
  /** slots[r][c] = index into `cells` of the cell covering (r, c); -1 where no cell covers it (ragged source rows). */
  slots: z.array(z.array(z.number().int())),
  /** Number of leading rows recognised as header rows (all cells are labels, no values). */
  headerRows: z.number().int().nonnegative(),
  /** The physical pieces this grid was joined from: source table indices (HTML/DOCX) or pages (PDF). */
  pieces: z.array(z.object({ tableIndex: z.number().int().optional(), page: z.number().int().optional(), firstRow: z.number().int() })),
  prov: Provenance.extend({ pages: z.array(z.number().int()).optional(), bbox: BBox.optional() }),
});
export type Grid = z.infer<typeof Grid>;

export const LayoutText = z.object({
  kind: z.literal("text"),
  text: z.string(),
  role: z.enum(["title", "heading", "paragraph"]),
  prov: Provenance,
});
export type LayoutText = z.infer<typeof LayoutText>;

export const LayoutGrid = z.object({ kind: z.literal("grid"), grid: Grid });
export type LayoutGrid = z.infer<typeof LayoutGrid>;

export const LayoutItem = z.discriminatedUnion("kind", [LayoutText, LayoutGrid]);
export type LayoutItem = z.infer<typeof LayoutItem>;

/** Output of src/grid for one document: running text and grids in reading order. */
export const Layout = z.object({
  format: SourceFormat,
  meta: z.object({ title: z.string().optional(), properties: z.record(z.string(), z.string()) }),
  pageCount: z.number().int().nonnegative().optional(),
  items: z.array(LayoutItem),
  warnings: z.array(z.string()),
});
export type Layout = z.infer<typeof Layout>;

/** The cell covering slot (r, c), or undefined outside the grid / in a hole. */
export function cellAt(grid: Grid, r: number, c: number): GridCell | undefined {
  const i = grid.slots[r]?.[c];
  return i === undefined || i < 0 ? undefined : grid.cells[i];
}

/** True when (r, c) is the top-left slot of its cell (where a merged cell's text is read). */
export function isOrigin(grid: Grid, r: number, c: number): boolean {
  const cell = cellAt(grid, r, c);
  return cell !== undefined && cell.row === r && cell.col === c;
}
