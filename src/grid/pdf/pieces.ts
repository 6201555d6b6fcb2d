// A table as found on one page, before pieces split by page breaks are joined.
import type { BBox } from "../../tokens/types.js";

export interface PieceCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  page: number;
  bbox: BBox;
  /** No ruling drawn above / below: the cell may continue from / onto another page. */
  topOpen: boolean;
  bottomOpen: boolean;
}

export interface TablePiece {
  page: number;
  bbox: BBox;
  /** Column edge positions; column c spans xs[c]..xs[c+1]. */
  xs: number[];
  rowCount: number;
  cells: PieceCell[];
  /** Rebuilt from text alignment (text-tables.ts), not from ruling lines: its columns are where values sit. */
  fromText?: boolean;
  /** Nothing but page furniture above it on its page / below it on its page. */
  firstOnPage: boolean;
  lastOnPage: boolean;
}
