// A (joined) table draft → the Grid the mapper reads.
import type { BBox } from "../../tokens/types.js";
import type { Grid, GridCell } from "../types.js";
import { headerRowCount, type TableDraft } from "./page-join.js";

export function draftToGrid(draft: TableDraft, index: number): Grid {
  const rowCount = draft.rowCount;
  const colCount = draft.xs.length - 1;
  const ordered = [...draft.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const headerRows = headerRowCount(ordered, rowCount);
  const slots = Array.from({ length: rowCount }, () => new Array<number>(colCount).fill(-1));
  const cells: GridCell[] = ordered.map((c, i) => {
    for (let r = c.row; r < c.row + c.rowSpan && r < rowCount; r++) {
      for (let k = c.col; k < c.col + c.colSpan && k < colCount; k++) slots[r]![k] = i;
    }
    return {
      row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan,
      text: c.text,
      header: c.row < headerRows,
      prov: { page: c.page, bbox: c.bbox },
    };
  });
  const pages = draft.pieces.map((p) => p.page);
  return {
    index,
    rowCount,
    colCount,
    cells,
    slots,
    headerRows,
    pieces: draft.pieces.map((p) => ({ page: p.page, firstRow: p.firstRow })),
    prov: { page: pages[0], pages, bbox: draft.first.bbox as BBox },
  };
}
