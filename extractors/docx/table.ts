// Merged cells of a DOCX table, resolved while its rows are read.
//
// Word writes a table as rows of w:tc on a column grid (w:tblGrid). A cell covers w:gridSpan grid
// columns; a row may start w:gridBefore columns in (and stop w:gridAfter short). A vertical
// merge is written as a w:vMerge="restart" cell and, in each following row at the same grid
// column, a w:vMerge (no val / "continue") placeholder. Here the placeholders are folded into the
// restart cell's rowSpan and NOT emitted, so every emitted cell is a real origin cell and
// `prov.col` is the index of the w:tc in its row as written (placeholders counted).
// A row with w:gridBefore > 0 starts with one empty filler cell of that colSpan (prov without
// `col`, path ending in w:trPr/w:gridBefore): TableToken has no other way to say "this row starts
// at grid column n", and without it src/grid would shift the row left.
// Legacy horizontal merges (w:hMerge continue) widen the cell to their left.
import type { TableCell } from "../../src/tokens/types.js";
import { readCount, readProperty, readToggle } from "./xml.js";

export interface CellProperties {
  gridSpan: number;
  vMerge?: "restart" | "continue";
  /** Legacy w:hMerge continuation: part of the cell to its left. */
  hMergeContinue: boolean;
}

export interface RowProperties {
  gridBefore: number;
  /** w:tblHeader: a header row repeated on each page. */
  header: boolean;
  /** w:del in w:trPr: a row deleted with change tracking on. */
  deleted: boolean;
}

/** Read the cell properties we use from raw w:tcPr markup (tracked changes already removed). */
export function readCellProperties(tcPr: string): CellProperties {
  if (!tcPr) return { gridSpan: 1, hMergeContinue: false };
  const vMerge = readProperty(tcPr, "vMerge");
  const hMerge = readProperty(tcPr, "hMerge");
  return {
    gridSpan: Math.max(1, readCount(tcPr, "gridSpan", 1)),
    // No w:val means "continue" (ECMA-376 §17.4.85).
    ...(vMerge === undefined ? {} : { vMerge: vMerge === "restart" ? "restart" : "continue" }),
    hMergeContinue: hMerge !== undefined && hMerge !== "restart",
  };
}

/** Read the row properties we use from raw w:trPr markup (tracked changes already removed). */
export function readRowProperties(trPr: string): RowProperties {
  if (!trPr) return { gridBefore: 0, header: false, deleted: false };
  return {
    gridBefore: readCount(trPr, "gridBefore", 0),
    header: readToggle(trPr, "tblHeader"),
    deleted: readProperty(trPr, "del") !== undefined,
  };
}

/** Builds the rows of one TableToken, one source row and cell at a time, in document order. */
export class TableRowsBuilder {
  readonly rows: TableCell[][] = [];
  /** vMerge continuation cells with no restart cell above them at that grid column (kept as cells). */
  orphanContinuations = 0;
  /** vMerge continuation cells that held text of their own (dropped with the placeholder). */
  continuationsWithText = 0;

  /** Grid column → restart cell whose merge is still open from the row above. */
  private openAbove = new Map<number, TableCell>();
  private openHere = new Map<number, TableCell>();
  private row: TableCell[] = [];
  private column = 0;
  private rowIndex = 0;
  private header = false;
  private lastCell: TableCell | undefined;
  private lastCellEnd = -1;

  constructor(private readonly tableIndex: number) {}

  startRow(rowIndex: number, rowPath: string, properties: RowProperties): void {
    this.row = [];
    this.openHere = new Map();
    this.rowIndex = rowIndex;
    this.header = properties.header;
    this.column = properties.gridBefore;
    this.lastCell = undefined;
    if (properties.gridBefore > 0)
      this.row.push({
        text: "",
        rowSpan: 1,
        colSpan: properties.gridBefore,
        header: false,
        prov: { tableIndex: this.tableIndex, row: rowIndex, path: `${rowPath}/w:trPr/w:gridBefore` },
      });
  }

  addCell(text: string, properties: CellProperties, cellIndex: number, cellPath: string): void {
    const span = properties.gridSpan;
    if (properties.vMerge === "continue") {
      const above = this.openAbove.get(this.column);
      if (above) {
        above.rowSpan++;
        this.openHere.set(this.column, above);
        if (text.trim()) this.continuationsWithText++;
        this.column += span;
        return;
      }
      this.orphanContinuations++;
    }
    if (properties.hMergeContinue && this.lastCell && this.lastCellEnd === this.column) {
      this.lastCell.colSpan += span;
      this.column += span;
      this.lastCellEnd = this.column;
      return;
    }
    const cell: TableCell = {
      text,
      rowSpan: 1,
      colSpan: span,
      header: this.header,
      prov: { tableIndex: this.tableIndex, row: this.rowIndex, col: cellIndex, path: cellPath },
    };
    this.row.push(cell);
    // A restart opens a merge; an orphan continuation is treated as one (the rows below may continue it).
    if (properties.vMerge !== undefined) this.openHere.set(this.column, cell);
    this.column += span;
    this.lastCell = cell;
    this.lastCellEnd = this.column;
  }

  /** Close the row: merges not continued in it end here. */
  endRow(): void {
    this.rows.push(this.row);
    this.openAbove = this.openHere;
  }
}
