// A table's rows the way Word stores them: every row lists a cell for each grid position it
// starts at, including the placeholders (vMerge "continue") of cells merged from the row above.
import { SampleCell, SampleTable } from "./document.js";

export interface WordCell {
  /** The origin cell, or for a continuation the cell it continues. */
  cell: SampleCell;
  gridCol: number;
  gridSpan: number;
  /** "restart" for the first row of a vertical merge, "continue" for the rows below it. */
  vMerge?: "restart" | "continue";
}

/** Expands rowSpans into Word's vMerge restart/continue cells; throws on a ragged table. */
export function wordRows(table: SampleTable): WordCell[][] {
  const width = table.gridWidths.length;
  // For each grid column: the cell still covering it from above, and how many rows remain.
  const covering: Array<{ cell: SampleCell; rowsLeft: number; span: number } | undefined> = new Array(width);
  const out: WordCell[][] = [];
  table.rows.forEach((row, r) => {
    const cells: WordCell[] = [];
    let next = 0;
    let col = 0;
    while (col < width) {
      const above = covering[col];
      if (above && above.rowsLeft > 0) {
        cells.push({ cell: above.cell, gridCol: col, gridSpan: above.span, vMerge: "continue" });
        above.rowsLeft -= 1;
        col += above.span;
        continue;
      }
      const cell = row[next++];
      if (!cell) throw new Error(`table row ${r}: no cell for grid column ${col} of ${width}`);
      const span = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      cells.push({ cell, gridCol: col, gridSpan: span, vMerge: rowSpan > 1 ? "restart" : undefined });
      covering[col] = rowSpan > 1 ? { cell, rowsLeft: rowSpan - 1, span } : undefined;
      col += span;
    }
    if (col !== width || next !== row.length) throw new Error(`table row ${r}: cells do not fill the ${width}-column grid`);
    out.push(cells);
  });
  const open = covering.findIndex((c) => c !== undefined && c.rowsLeft > 0);
  if (open >= 0) throw new Error(`a rowSpan in grid column ${open} runs past the last row`);
  return out;
}

/**
 * Breaks a table into two physical tables before row `at` (as a page break or an editor does):
 * the second repeats the first `repeatHeaderRows` rows, and a cell whose rowSpan crosses the break
 * is cut in two, its lower part left blank.
 */
export function splitTable(table: SampleTable, at: number, repeatHeaderRows: number): [SampleTable, SampleTable] {
  const rows = wordRows(table);
  const top: SampleCell[][] = [];
  const bottom: SampleCell[][] = table.rows.slice(0, repeatHeaderRows).map((r) => r.map((c) => ({ ...c })));
  rows.forEach((wrow, r) => {
    if (r < at) {
      top.push(
        wrow
          .filter((w) => w.vMerge !== "continue")
          .map((w) => {
            const rowSpan = w.cell.rowSpan ?? 1;
            return r + rowSpan > at ? { ...w.cell, rowSpan: at - r } : w.cell;
          }),
      );
      return;
    }
    const cells: SampleCell[] = [];
    for (const w of wrow) {
      if (w.vMerge !== "continue") {
        cells.push(w.cell);
        continue;
      }
      // A continuation in the first row after the break starts the blank lower part of the cut cell.
      if (r === at) cells.push({ text: "", colSpan: w.gridSpan, rowSpan: remainingRows(rows, r, w.gridCol) });
    }
    bottom.push(cells);
  });
  return [
    { ...table, rows: top },
    { ...table, rows: bottom, headerRows: repeatHeaderRows },
  ];
}

function remainingRows(rows: WordCell[][], from: number, gridCol: number): number {
  let n = 1;
  while (rows[from + n]?.some((w) => w.gridCol === gridCol && w.vMerge === "continue")) n++;
  return n;
}
