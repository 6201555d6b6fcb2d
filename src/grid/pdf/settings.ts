// Every threshold of PDF table reconstruction, in one settings object (pdfplumber-like).
// Lengths are PDF points; "Em" values are multiples of the text's font size; ratios are 0..1.

export interface PdfLayoutSettings {
  /** Ruling lines this close on the same axis are one line (double borders, per-cell borders). */
  snapTolerance: number;
  /** Collinear segments with gaps up to this are one edge. */
  joinTolerance: number;
  /** An edge reaches a crossing edge (or covers a cell side) if it falls short by at most this. */
  intersectionTolerance: number;
  /** Edges shorter than this are ignored. */
  minEdgeLength: number;
  /**
   * Add the missing border where ruling ends line up with nothing drawn between them (WPS leaves
   * out the border of a table at a page break, and the top border of a merged cell continuing
   * from the previous page).
   */
  closeOpenEnds: boolean;
  /** A ruled structure with fewer cells than this (a framed paragraph) is not a table. */
  minTableCells: number;
  /** Text-alignment fallback: at least this many horizontal rules with no inner vertical rules form a table… */
  ruledRowsMinRules: number;
  /** …stacked no further apart than this (pt), with the same left and right ends (within joinTolerance)… */
  ruledRowsMaxGap: number;
  /** …whose columns are separated by gaps free of text at least this wide. */
  textColumnMinGap: number;
  /** Items are on one line when their vertical overlap is at least this share of the smaller height. */
  lineOverlapRatio: number;
  /** Items on one line further apart than this (em) are joined with a space; closer ones (CJK, split digits) without. */
  spaceGapEm: number;
  /** An item crossing a cell border is split there if it reaches this far (em) into both cells. */
  borderOverhangEm: number;
  /** A label written one or two characters per line: lines of at most this many characters… */
  stackedLabelMaxChars: number;
  /** …at least this many of them, read as one word (no line breaks). */
  stackedLabelMinLines: number;
  /** Footer and header bands, as a share of the page height, where page numbers and running heads live. */
  footerBand: number;
  headerBand: number;
  /** Running headers/footers: the same text at the same place on at least this share of pages… */
  runningPageRatio: number;
  /** …and on at least this many pages. */
  runningMinPages: number;
  /** …where "the same place" allows this much difference (pt). */
  runningPositionTolerance: number;
  /**
   * A table ending in this bottom share of the page with cells left open at the bottom is cut by
   * the page break; lines right under such a cell (closer than overflowLineGapEm) belong to it.
   */
  pageBreakZone: number;
  overflowLineGapEm: number;
  /** Two table pieces on consecutive pages join if their column edges match within this (pt). */
  joinColumnTolerance: number;
  /** Title: the consecutive lines of page 1 (before any grid) in its largest font, if that is at least this multiple of the body text's (median) size… */
  titleFontRatio: number;
  /** …at most this many lines. */
  titleMaxLines: number;
  /** Borderless tables: on pages where no ruled table is found, rebuild tables from text alignment (text-tables.ts). */
  textTables: boolean;
  /** Items of a line closer than this (em) are one word of one cell (Chromium prints a cell's text in pieces). */
  textTableWordGapEm: number;
  /** A null mark wrapped in a narrow column (不适 / 用, 不 / 适 / 用): pieces of at most this many characters… */
  textTableWrappedValueMaxChars: number;
  /** …on at most this many lines. */
  textTableWrappedValueMaxLines: number;
  /** A value is a cell of its own only when this far (em) from the item before it (running text has no such gaps). */
  textTableValueGapEm: number;
  /** Value lines further apart than this (em) belong to different tables. */
  textTableMaxRowGapEm: number;
  /** Values whose centres are this close (em) are one column; label left ends this close are one label column. */
  textTableColumnToleranceEm: number;
  /** A value nearer than half a column pitch to a column (this far, em, when no pitch is known), but not within the tolerance, belongs to another table. */
  textTableColumnConflictEm: number;
  /** A table needs at least this many value lines… (fewer: only under a header over its values)… */
  textTableMinValueRows: number;
  /** …or one value line with at least this many columns (表四 has a single row of 15). */
  textTableMinColumnsOneRow: number;
  /** Width (em) of a lone value column, when there is no second one to measure the pitch against. */
  textTableSingleColumnWidthEm: number;
  /** Lines of one stacked header word (and of a wrapped null mark, a cut enumerator) are at most this far apart (em). */
  textTableBlockGapEm: number;
  /** Lines of one wrapped label cell are at most this far apart (em): WPS cells at double line spacing leave 1em between a label's lines, 2em and more between rows. */
  textTableWrappedLabelGapEm: number;
  /** A label whose middle is this close (em) to its line's values starts that row (it does not end a label above). */
  textTableBaselineToleranceEm: number;
  /** A block is on a value row when the row's centre is inside it, give or take this (em). */
  textTableRowSnapEm: number;
  /** Header blocks side by side whose tops and middles are this close (em) are one header row. */
  textTableRowAlignEm: number;
  /** A header word over a blank column: narrower than this share of the column pitch, and at least as far from every value column. */
  textTableHeaderWordWidth: number;
  /** Header: at most this many lines above the first value row… */
  textTableMaxHeaderLines: number;
  /** …each at most this far (em) below the one before. */
  textTableHeaderGapEm: number;
  /** …or this far (em) when a word of it is aligned with the values below (WPS pads header cells as much as the rows). */
  textTableAlignedHeaderGapEm: number;
  /** A line above the table in a font this much larger than the table's is a section heading, not a header. */
  textTableHeadingFontRatio: number;
  /** A line above the table covering more than this share of the value columns is a heading, not a header. */
  textTableHeadingColumnShare: number;
}

export const DEFAULT_PDF_LAYOUT_SETTINGS: PdfLayoutSettings = {
  snapTolerance: 3,
  joinTolerance: 3,
  intersectionTolerance: 3,
  minEdgeLength: 3,
  closeOpenEnds: true,
  minTableCells: 2,
  ruledRowsMinRules: 3,
  ruledRowsMaxGap: 60,
  textColumnMinGap: 6,
  lineOverlapRatio: 0.5,
  spaceGapEm: 0.25,
  borderOverhangEm: 0.25,
  stackedLabelMaxChars: 2,
  stackedLabelMinLines: 2,
  footerBand: 0.1,
  headerBand: 0.08,
  runningPageRatio: 0.6,
  runningMinPages: 3,
  runningPositionTolerance: 5,
  pageBreakZone: 0.15,
  overflowLineGapEm: 0.5,
  joinColumnTolerance: 3,
  titleFontRatio: 1.2,
  titleMaxLines: 4,
  textTables: true,
  textTableWordGapEm: 0.5,
  textTableWrappedValueMaxChars: 2,
  textTableWrappedValueMaxLines: 3,
  textTableValueGapEm: 1,
  textTableMaxRowGapEm: 8,
  textTableColumnToleranceEm: 0.6,
  textTableColumnConflictEm: 2,
  textTableMinValueRows: 2,
  textTableMinColumnsOneRow: 5,
  textTableSingleColumnWidthEm: 6,
  textTableBlockGapEm: 0.8,
  textTableWrappedLabelGapEm: 1.5,
  textTableBaselineToleranceEm: 0.25,
  textTableRowSnapEm: 0.1,
  textTableRowAlignEm: 0.5,
  textTableHeaderWordWidth: 0.75,
  textTableMaxHeaderLines: 10,
  textTableHeaderGapEm: 1.5,
  textTableAlignedHeaderGapEm: 3,
  textTableHeadingFontRatio: 1.2,
  textTableHeadingColumnShare: 0.6,
};
