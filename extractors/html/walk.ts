// The single pass over the parsed DOM: running text → TextBlocks, <table> → TableTokens, in
// document order; <title>/<meta> → meta. Elements hidden by an inline style, the hidden
// attribute or the page's own <style> rules (stylesheet.ts) are skipped with their content;
// everything else on the page is emitted (site chrome too):
// deciding what is the report is the mapper's job. A table that lays out the page is not a
// TableToken: its cells are running text (see layout-tables.ts).
import type { Element, ParentNode, Text } from "domhandler";
import type { TableCell, TableToken, TextBlock, Token } from "../../src/tokens/types.js";
import {
  BOLD_ELEMENTS, ElementKind, HEADING_ROLES, STYLE_BOLD, STYLE_HIDDEN, STYLE_PRESERVES_WHITESPACE, elementKind, isMarkedAsTitle,
  styleFlags,
} from "./elements.js";
import { PAGE_TITLE_ELEMENTS, PageLayoutTable, RUNNING_TEXT_CELL_CHARS } from "./layout-tables.js";
import { enter, leave, newLocator, pathAt, type Locator } from "./locator.js";
import { recordMeta, recordTitle, type DocumentMeta } from "./metadata.js";
import { MAX_COL_SPAN, MAX_ROW_SPAN, parseSpan } from "./spans.js";
import { styleLengthsToRead, worthReading, type StyleLengths } from "./style-lengths.js";
import { StylesheetVisibility } from "./stylesheet.js";
import {
  appendCollapsible, appendPreserved, hardBreak, newTextBuffer, softBreak, takeText, type TextBuffer,
} from "./text-buffer.js";

/** A paragraph written entirely in bold and at most this long is taken for a heading. */
export const BOLD_HEADING_MAX_CHARS = 40;

type Role = TextBlock["role"];

export interface WalkResult {
  meta: DocumentMeta;
  tokens: Token[];
  warnings: string[];
}

interface OpenTable {
  token: TableToken;
  /** Where the token sits in the token list (a caption is inserted before it). */
  tokenPosition: number;
  row: TableCell[] | null;
}

/** What an element passes down to its content. Replaced only when something changes. */
interface Scope {
  /** Innermost open table; text directly inside it (between rows) is formatting whitespace. */
  table: OpenTable | null;
  /** The text of the innermost open cell (or caption); null in running text. */
  cellText: TextBuffer | null;
  /** Role given by a title/heading ancestor. */
  role: Role | null;
  bold: boolean;
  preserveWhitespace: boolean;
  /** Locator depth of the nearest block element: the path of a TextBlock. */
  blockDepth: number;
}

interface Walk {
  meta: DocumentMeta;
  tokens: Token[];
  warnings: string[];
  tableCount: number;
  locator: Locator;
  /** Lengths of the style attributes that may say something relevant (see style-lengths.ts). */
  styleLengths: StyleLengths;
  /** Rules of the page's <style> blocks that hide elements; null when there are none (the usual case). */
  stylesheet: StylesheetVisibility | null;
  /** Elements skipped because the stylesheet hides them (said in a warning: a script may have shown them). */
  hiddenByStylesheet: number;
  /** The running-text block being built, with what was known when its first character arrived. */
  flow: TextBuffer;
  flowPath: string;
  flowRole: Role | null;
  flowAllBold: boolean;
}

const ROOT_SCOPE: Scope = { table: null, cellText: null, role: null, bold: false, preserveWhitespace: false, blockDepth: 0 };
/** Anything but whitespace, NBSP and U+3000: decides whether non-bold text breaks an all-bold block. */
const VISIBLE = /[^\s\u00a0\u3000]/;

/** Walk the document parsed from `html` (the decoded page text, scanned once for relevant inline styles). */
export function walkDocument(root: ParentNode, html: string): WalkResult {
  const walk: Walk = {
    meta: { properties: {} },
    tokens: [],
    warnings: [],
    tableCount: 0,
    locator: newLocator(),
    styleLengths: styleLengthsToRead(html),
    stylesheet: StylesheetVisibility.from(html),
    hiddenByStylesheet: 0,
    flow: newTextBuffer(),
    flowPath: "",
    flowRole: null,
    flowAllBold: true,
  };
  walkChildren(walk, root, ROOT_SCOPE);
  flushBlock(walk);
  if (walk.hiddenByStylesheet > 0)
    walk.warnings.push(`${walk.hiddenByStylesheet} element(s) hidden by the page's <style> rules (display:none / visibility:hidden) not read`);
  return { meta: walk.meta, tokens: walk.tokens, warnings: walk.warnings };
}

function walkChildren(walk: Walk, parent: ParentNode, scope: Scope): void {
  let position = 0;
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as (typeof children)[number];
    const type: string = child.type;
    if (type === "text") appendText(walk, (child as Text).data, scope);
    else if (type === "tag" || type === "script" || type === "style") walkElement(walk, child as Element, ++position, scope);
  }
}

function walkElement(walk: Walk, element: Element, position: number, scope: Scope): void {
  const name = element.name;
  const kind = elementKind(name);
  switch (kind) {
    case ElementKind.Skipped:
    case ElementKind.Columns:
      return;
    case ElementKind.Title:
      recordTitle(walk.meta, element);
      return;
    case ElementKind.Meta:
      recordMeta(walk.meta, element);
      return;
    case ElementKind.Head:
      collectMetadata(walk.meta, element);
      return;
    case ElementKind.LineBreak:
      if (scope.cellText !== null) hardBreak(scope.cellText);
      else if (scope.table === null) flushBlock(walk);
      return;
  }
  // Word pastes hundreds of empty styled spans: nothing to emit, so their style is not read.
  if (kind === ElementKind.Inline && element.children.length === 0) return;
  const attribs = element.attribs;
  const style = attribs.style;
  const flags = style === undefined || !worthReading(walk.styleLengths, style.length) ? 0 : styleFlags(style);
  if ((flags & STYLE_HIDDEN) !== 0 || attribs.hidden !== undefined) return;
  if (walk.stylesheet !== null && walk.stylesheet.hides(element)) {
    walk.hiddenByStylesheet++;
    return;
  }

  enter(walk.locator, name, position, attribs.id);
  const inTableStructure = scope.table !== null && scope.cellText === null;
  if (kind === ElementKind.Table) walkTable(walk, element, scope);
  else if (inTableStructure && kind === ElementKind.Row) walkRow(walk, element, scope, scope.table as OpenTable);
  else if (inTableStructure && kind === ElementKind.Cell) walkCell(walk, element, scope, scope.table as OpenTable);
  else if (inTableStructure && kind === ElementKind.Caption) walkCaption(walk, element, scope, scope.table as OpenTable);
  else if (kind === ElementKind.Inline || inTableStructure) walkChildren(walk, element, inlineScope(name, flags, scope));
  else walkBlock(walk, element, flags, scope); // Block, or table parts outside any table (not produced by the HTML parser)
  leave(walk.locator);
}

function newScope(
  table: OpenTable | null, cellText: TextBuffer | null, role: Role | null, bold: boolean, preserveWhitespace: boolean, blockDepth: number,
): Scope {
  return { table, cellText, role, bold, preserveWhitespace, blockDepth };
}

function walkBlock(walk: Walk, element: Element, flags: number, scope: Scope): void {
  const name = element.name;
  const role: Role | null =
    scope.role === "title" ? "title" : (HEADING_ROLES.get(name) ?? (isMarkedAsTitle(element.attribs) ? "title" : scope.role));
  const inner = newScope(
    scope.table,
    scope.cellText,
    role,
    scope.bold || (flags & STYLE_BOLD) !== 0,
    scope.preserveWhitespace || name === "pre" || (flags & STYLE_PRESERVES_WHITESPACE) !== 0,
    walk.locator.depth,
  );
  if (scope.cellText !== null) {
    if (PAGE_TITLE_ELEMENTS.has(name)) throw new PageLayoutTable(scope.table as OpenTable);
    softBreak(scope.cellText);
    walkChildren(walk, element, inner);
    softBreak(scope.cellText);
  } else {
    flushBlock(walk);
    walkChildren(walk, element, inner);
    flushBlock(walk);
  }
}

function inlineScope(name: string, flags: number, scope: Scope): Scope {
  const bold = scope.bold || (flags & STYLE_BOLD) !== 0 || BOLD_ELEMENTS.has(name);
  const preserveWhitespace = scope.preserveWhitespace || (flags & STYLE_PRESERVES_WHITESPACE) !== 0;
  if (bold === scope.bold && preserveWhitespace === scope.preserveWhitespace) return scope;
  return newScope(scope.table, scope.cellText, scope.role, bold, preserveWhitespace, scope.blockDepth);
}

function walkTable(walk: Walk, element: Element, scope: Scope): void {
  // A table inside a table (in a cell or caption): the outer one lays out the page.
  if (scope.table !== null) throw new PageLayoutTable(scope.table);
  flushBlock(walk);
  const index = walk.tableCount;
  const tokensBefore = walk.tokens.length;
  const warningsBefore = walk.warnings.length;
  const hiddenBefore = walk.hiddenByStylesheet;
  const locatorDepth = walk.locator.depth;
  const token: TableToken = {
    kind: "table",
    index,
    rows: [],
    depth: 0,
    prov: { tableIndex: index, path: pathAt(walk.locator, locatorDepth) },
  };
  const table: OpenTable = { token, tokenPosition: tokensBefore, row: null };
  walk.tableCount++;
  walk.tokens.push(token);
  try {
    walkChildren(walk, element, newScope(table, null, null, false, false, locatorDepth));
  } catch (signal) {
    if (!(signal instanceof PageLayoutTable) || signal.table !== table) throw signal;
    // Rewind what the table walk emitted and read its rows and cells as blocks of running text.
    walk.tokens.length = tokensBefore;
    walk.warnings.length = warningsBefore;
    walk.hiddenByStylesheet = hiddenBefore;
    walk.tableCount = index;
    walk.locator.depth = locatorDepth;
    walkChildren(walk, element, scope);
    flushBlock(walk);
  }
}

function walkRow(walk: Walk, element: Element, scope: Scope, table: OpenTable): void {
  const row: TableCell[] = [];
  table.token.rows.push(row);
  table.row = row;
  walkChildren(walk, element, scope);
  table.row = null;
}

function walkCell(walk: Walk, element: Element, scope: Scope, table: OpenTable): void {
  let row = table.row;
  if (row === null) {
    row = [];
    table.token.rows.push(row);
    table.row = row;
  }
  const attribs = element.attribs;
  const rowSpan = parseSpan(attribs.rowspan, MAX_ROW_SPAN);
  const colSpan = parseSpan(attribs.colspan, MAX_COL_SPAN);
  const rowIndex = table.token.rows.length - 1;
  const cell: TableCell = {
    text: "",
    rowSpan,
    colSpan,
    header: element.name === "th",
    prov: { tableIndex: table.token.index, row: rowIndex, col: row.length, path: pathAt(walk.locator, walk.locator.depth) },
  };
  if (rowSpan === MAX_ROW_SPAN || colSpan === MAX_COL_SPAN) noteCappedSpan(walk, attribs, cell);
  row.push(cell);
  const text = newTextBuffer();
  walkChildren(walk, element, newScope(table, text, null, false, false, walk.locator.depth));
  cell.text = takeText(text);
}

function walkCaption(walk: Walk, element: Element, scope: Scope, table: OpenTable): void {
  const buffer = newTextBuffer();
  walkChildren(walk, element, newScope(table, buffer, null, false, false, walk.locator.depth));
  const text = takeText(buffer);
  if (!VISIBLE.test(text)) return;
  const caption: TextBlock = { kind: "text", text, role: "heading", prov: { path: pathAt(walk.locator, walk.locator.depth) } };
  walk.tokens.splice(table.tokenPosition, 0, caption);
  table.tokenPosition++;
}

function appendText(walk: Walk, data: string, scope: Scope): void {
  const cellText = scope.cellText;
  if (cellText !== null) {
    if (scope.preserveWhitespace) appendPreserved(cellText, data);
    else appendCollapsible(cellText, data);
    if (cellText.text.length > RUNNING_TEXT_CELL_CHARS) throw new PageLayoutTable(scope.table as OpenTable);
    return;
  }
  if (scope.table !== null) return; // whitespace between table rows and cells
  const flow = walk.flow;
  const startsBlock = flow.text.length === 0;
  const added = scope.preserveWhitespace ? appendPreserved(flow, data) : appendCollapsible(flow, data);
  if (!added) return;
  if (startsBlock) {
    walk.flowPath = pathAt(walk.locator, scope.blockDepth);
    walk.flowRole = scope.role;
    walk.flowAllBold = true;
  }
  if (!scope.bold && walk.flowAllBold && VISIBLE.test(data)) walk.flowAllBold = false;
}

/** End the running-text block being built, if it holds any visible text. */
function flushBlock(walk: Walk): void {
  if (walk.flow.text.length === 0) return;
  const text = takeText(walk.flow);
  if (!VISIBLE.test(text)) return;
  const role: Role =
    walk.flowRole ?? (walk.flowAllBold && text.length <= BOLD_HEADING_MAX_CHARS ? "heading" : "paragraph");
  walk.tokens.push({ kind: "text", text, role, prov: { path: walk.flowPath } });
}

function collectMetadata(meta: DocumentMeta, parent: ParentNode): void {
  for (const child of parent.children) {
    if ((child.type as string) !== "tag") continue;
    const element = child as Element;
    if (element.name === "title") recordTitle(meta, element);
    else if (element.name === "meta") recordMeta(meta, element);
    else collectMetadata(meta, element);
  }
}

function noteCappedSpan(walk: Walk, attribs: Record<string, string>, cell: TableCell): void {
  const where = `table ${cell.prov.tableIndex} row ${cell.prov.row} cell ${cell.prov.col}`;
  if (Number.parseInt(attribs.rowspan ?? "", 10) > MAX_ROW_SPAN) walk.warnings.push(`${where}: rowspan ${attribs.rowspan} capped at ${MAX_ROW_SPAN}`);
  if (Number.parseInt(attribs.colspan ?? "", 10) > MAX_COL_SPAN) walk.warnings.push(`${where}: colspan ${attribs.colspan} capped at ${MAX_COL_SPAN}`);
}

