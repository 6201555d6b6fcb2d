// Page-layout tables: old government sites put the whole article (title, 发布时间 line, paragraphs
// and the report's own tables) inside a <table> used as a page grid. Such a table is not data: its
// cells are walked as running text, so the title keeps its role and the report tables keep their
// place among the paragraphs.
//
// The walk reads every table as a table and gives up on it at the first sign of page layout
// (PageLayoutTable is thrown up to that table's walk, which rewinds and reads the table again as
// running text). Statistics tables never show a sign, so they are read once; a layout table is
// read again only from its start to the first sign.

/**
 * A cell holding more characters than this is running text. The longest label in the national
 * templates is under 40 characters; a note row printed inside a statistics table stays well
 * under this (the same limit src/grid applies to tables that reach it).
 */
export const RUNNING_TEXT_CELL_CHARS = 400;

/** Elements whose presence in a cell means the cell holds the page's article (a document title). */
export const PAGE_TITLE_ELEMENTS: ReadonlySet<string> = new Set(["h1"]);

/**
 * Thrown when the innermost open table turns out to lay out the page: it contains another table,
 * a document title, or a cell of more than RUNNING_TEXT_CELL_CHARS characters. `table` is the
 * identity of that table's walk. Not an Error: no stack trace is captured for a control signal.
 */
export class PageLayoutTable {
  constructor(readonly table: object) {}
}
