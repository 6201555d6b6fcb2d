// Width check for TableTokens: how many grid columns each row covers once spans are counted.
import type { TableToken } from "../../../src/tokens/types.js";

/** Grid columns each row covers, counting cells that reach down from rows above. */
export function rowWidths(table: TableToken): number[] {
  const taken: number[][] = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken[r]![c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) if (taken[r + dr]) taken[r + dr]![c + dc] = 1;
      c += cell.colSpan;
    }
  });
  return taken.map((row) => row.filter(Boolean).length);
}
