// Table reconstruction for sources that carry real tables (HTML, DOCX): expand spans into a
// full grid, fold DOCX vertical-merge continuations into their restart cell, turn layout tables
// back into running text, and join a table that continues in the next physical table.
// The HTML extractor already reads page-layout tables as running text (extractors/html/
// layout-tables.ts); the check here is the safety net for tokens that still carry one (DOCX
// bodies laid out in a table, whose nested tables follow the outer table's token).
import type { DocumentTokens, TableToken, TableCell, TextBlock } from "../tokens/types.js";
import type { Grid, GridCell, Layout, LayoutItem } from "./types.js";
import { normaliseForCompare, isValueText } from "./text.js";

export interface TableLayoutSettings {
  /** A cell with more characters than this is running text, so its table is a page-layout table. */
  layoutCellChars: number;
  /** Largest rowSpan / colSpan believed; larger spans are clipped to the table. */
  maxSpan: number;
  /** Join two consecutive tables when only this many characters of text stand between them. */
  joinMaxGapChars: number;
}

export const defaultTableLayoutSettings: TableLayoutSettings = {
  layoutCellChars: 400,
  maxSpan: 1000,
  joinMaxGapChars: 0,
};

/** Expand one physical table into a grid (spans expanded, every slot pointing at its origin cell). */
export function expandTable(table: TableToken, index: number, settings = defaultTableLayoutSettings): Grid {
  const cells: GridCell[] = [];
  const slots: number[][] = [];
  const rowCount = table.rows.length;
  const ensureRow = (r: number): number[] => (slots[r] ??= []);

  table.rows.forEach((row, r) => {
    const rowSlots = ensureRow(r);
    let c = 0;
    for (const source of row) {
      while (rowSlots[c] !== undefined) c++;
      const colSpan = Math.max(1, Math.min(source.colSpan ?? 1, settings.maxSpan));
      if (source.vMerge === "continue") {
        // A DOCX continuation: extend the cell above in this column instead of placing a new cell.
        const above = r > 0 ? slots[r - 1]?.[c] : undefined;
        const target = above !== undefined && above >= 0 ? cells[above] : undefined;
        if (target && target.col === c) {
          target.rowSpan = r - target.row + 1;
          for (let k = 0; k < target.colSpan; k++) rowSlots[c + k] = above!;
          c += target.colSpan;
          continue;
        }
      }
      const rowSpan = Math.max(1, Math.min(source.rowSpan ?? 1, rowCount - r, settings.maxSpan));
      const id = cells.length;
      cells.push(toGridCell(source, r, c, rowSpan, colSpan));
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = ensureRow(r + dr);
        for (let dc = 0; dc < colSpan; dc++) if (target[c + dc] === undefined) target[c + dc] = id;
      }
      c += colSpan;
    }
  });

  const colCount = slots.reduce((max, row) => Math.max(max, row.length), 0);
  const filled = Array.from({ length: rowCount }, (_, r) =>
    Array.from({ length: colCount }, (_, c) => slots[r]?.[c] ?? -1),
  );
  return {
    index,
    rowCount,
    colCount,
    cells,
    slots: filled,
    headerRows: countHeaderRows(cells, filled),
    pieces: [{ tableIndex: table.index, firstRow: 0 }],
    prov: { ...table.prov, tableIndex: table.index },
  };
}

function toGridCell(source: TableCell, row: number, col: number, rowSpan: number, colSpan: number): GridCell {
  return { row, col, rowSpan, colSpan, text: source.text, header: source.header ?? false, prov: source.prov };
}

/** Leading rows that hold labels only (no cell reads as a value). */
function countHeaderRows(cells: GridCell[], slots: number[][]): number {
  let n = 0;
  for (const row of slots) {
    const hasValue = row.some((id) => {
      const cell = id >= 0 ? cells[id] : undefined;
      return cell !== undefined && isValueText(cell.text);
    });
    if (hasValue) break;
    n++;
  }
  return n === slots.length ? 0 : n;
}

/** A table used for page layout (a cell of running text, or one holding other tables). */
export function isLayoutTable(table: TableToken, hasNested: boolean, settings = defaultTableLayoutSettings): boolean {
  if (hasNested) return true;
  return table.rows.some((row) => row.some((cell) => cell.text.length > settings.layoutCellChars));
}

/** Rows of `next` that repeat the header rows of `first` (a header printed again on the next page). */
function repeatedHeaderRows(first: Grid, next: Grid): number {
  const rowText = (g: Grid, r: number) =>
    (g.slots[r] ?? []).map((id) => (id >= 0 && g.cells[id]!.row === r ? normaliseForCompare(g.cells[id]!.text) : "")).join("|");
  let n = 0;
  while (n < first.headerRows && n < next.rowCount && rowText(first, n) === rowText(next, n)) n++;
  return n;
}

/** Append `next` below `grid` (same column count), dropping a repeated header. */
export function joinGrids(grid: Grid, next: Grid): Grid {
  const skip = repeatedHeaderRows(grid, next);
  const rowOffset = grid.rowCount - skip;
  const base = grid.cells.length;
  const keptCells: GridCell[] = [];
  const remap = new Map<number, number>();
  next.cells.forEach((cell, i) => {
    if (cell.row < skip) return;
    remap.set(i, base + keptCells.length);
    keptCells.push({ ...cell, row: cell.row + rowOffset });
  });
  const slots = next.slots.slice(skip).map((row) => row.map((id) => (id >= 0 ? (remap.get(id) ?? -1) : -1)));
  return {
    ...grid,
    rowCount: grid.rowCount + next.rowCount - skip,
    cells: [...grid.cells, ...keptCells],
    slots: [...grid.slots, ...slots],
    pieces: [...grid.pieces, ...next.pieces.map((p) => ({ ...p, firstRow: p.firstRow + grid.rowCount }))],
  };
}

function layoutText(block: TextBlock): LayoutItem {
  return { kind: "text", text: block.text, role: block.role ?? "paragraph", prov: block.prov };
}

/** HTML/DOCX: token stream → layout of text items and grids. */
export function buildTableLayout(doc: DocumentTokens, settings = defaultTableLayoutSettings): Layout {
  const items: LayoutItem[] = [];
  const warnings = [...doc.warnings];
  const tokens = doc.tokens;
  let gridCount = 0;
  let gapChars = Infinity; // characters of text since the last grid
  let lastGrid: { kind: "grid"; grid: Grid } | undefined;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "text") {
      if (!token.text.trim()) continue;
      items.push(layoutText(token));
      gapChars += token.text.trim().length;
      continue;
    }
    if (token.kind !== "table") continue;
    if (isLayoutTable(token, holdsNestedTable(tokens, i), settings)) {
      // Page-layout table: each line of its cells is a paragraph; the tables nested in it follow as their own tokens.
      for (const row of token.rows)
        for (const cell of row)
          for (const line of cell.text.split("\n")) {
            const text = line.trim();
            if (!text) continue;
            items.push({ kind: "text", text, role: "paragraph", prov: cell.prov });
            gapChars += text.length;
          }
      continue;
    }
    const grid = expandTable(token, gridCount, settings);
    if (grid.rowCount === 0 || grid.colCount === 0) continue;
    if (lastGrid && gapChars <= settings.joinMaxGapChars && lastGrid.grid.colCount === grid.colCount) {
      lastGrid.grid = joinGrids(lastGrid.grid, grid);
    } else {
      lastGrid = { kind: "grid", grid };
      items.push(lastGrid);
      gridCount++;
    }
    gapChars = 0;
  }
  return { format: doc.format, meta: { title: doc.meta.title, properties: doc.meta.properties ?? {} }, pageCount: doc.pageCount, items, warnings };
}

/** True when the table token at `at` contains another table: the next table token is deeper (nested tokens follow their outer table's). */
function holdsNestedTable(tokens: DocumentTokens["tokens"], at: number): boolean {
  const depth = (tokens[at] as TableToken).depth ?? 0;
  for (let i = at + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "table") return (token.depth ?? 0) > depth;
  }
  return false;
}
