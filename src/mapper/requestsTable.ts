// Table 三 → record.requests (templates.md §7, §9.3). Rows are matched by label, specific
// before generic; fuzzy matching, then enumerator and official order, place what keywords miss.
import { cellAt, type Grid, type GridCell } from "../grid/types.js";
import { APPLICANT_COLUMNS, type Requests, type Row } from "../record/schema.js";
import { addUnmapped, readValue, type MapContext } from "./context.js";
import { closestLabel } from "./fuzzy.js";
import { isFilledValueCell, isLabelCell, labelOf, originCells } from "./gridView.js";
import type { SplitLabel } from "./normalize.js";
import { COLUMN_ORDER, carryColumns, columnsFromHeader, resolveColumns, type ColumnKey, type ColumnMap } from "./requestsColumns.js";
import {
  REQUESTS_ORDER,
  isRequestsHeaderText,
  matchRequestsLabel,
  orderOf,
  type RequestsEntry,
  type RequestsGroup,
} from "./requestsCatalogue.js";
import type { Band } from "./tableBands.js";

export interface RequestsResult {
  requests?: Requests;
  /** "2021": （六） as three sub-rows; "2019": one row. */
  layout?: "2019" | "2021";
  found: boolean;
}

/** One body row of the table, before it is matched. */
interface Candidate {
  grid: Grid;
  r: number;
  columns: ColumnMap;
  /** The row's own label: its rightmost label cell that starts in this row. */
  own?: SplitLabel;
  ownRaw: string;
  /** Other labels starting in this row, left of the own label (group labels spanning rows). */
  context: SplitLabel[];
  /** Some value cell is not blank. */
  filled: boolean;
  entry?: RequestsEntry;
}

/** A row whose cells name applicant columns (or the table's note) and hold no value: part of the header. */
function isHeaderRow(grid: Grid, r: number): boolean {
  const cells = originCells(grid, r);
  return cells.some((cell) => isRequestsHeaderText(labelOf(cell).text)) && !cells.some(isFilledValueCell);
}

/** The cell holding key's value in row r, when that cell is the key's own (not a label, not shared). */
function valueCell(grid: Grid, r: number, columns: ColumnMap, key: ColumnKey): GridCell | undefined {
  const col = columns.cols.get(key);
  if (col === undefined) return undefined;
  const cell = cellAt(grid, r, col);
  if (!cell || cell.row !== r || cell.col < columns.firstValueCol) return undefined;
  // A cell spanning several value columns belongs to the leftmost key inside it.
  for (const [other, c] of columns.cols) if (other !== key && c >= cell.col && c < col) return undefined;
  return cell;
}

/**
 * A row whose cells do not line up with the header (a source row missing or adding a cell, or a
 * text-dump table with placeholder cells) but that ends in exactly one value cell per column:
 * its trailing cells are the columns in official order (templates.md §9.2 "take the last 7").
 */
function realigned(grid: Grid, r: number, columns: ColumnMap): ColumnMap | undefined {
  const cells = originCells(grid, r);
  let start = cells.length;
  while (start > 0 && !isLabelCell(cells[start - 1]!)) start--;
  const trailing = cells.slice(start);
  const keys =
    trailing.length === APPLICANT_COLUMNS.length ? APPLICANT_COLUMNS : trailing.length === COLUMN_ORDER.length && columns.cols.has("orgSubtotal") ? COLUMN_ORDER : undefined;
  if (!keys || start === 0) return undefined;
  const mapped = [...columns.cols.values()].sort((a, b) => a - b);
  if (mapped.length === trailing.length && trailing.every((cell, k) => cell.col === mapped[k])) return undefined;
  return { cols: new Map(keys.map((k, i) => [k, trailing[i]!.col])), colCount: grid.colCount, firstValueCol: trailing[0]!.col };
}

function candidateOf(grid: Grid, r: number, header: ColumnMap, realignedRows: number[]): Candidate | undefined {
  const rowColumns = realigned(grid, r, header);
  if (rowColumns) realignedRows.push(r);
  const columns = rowColumns ?? header;
  let own: GridCell | undefined;
  const context: SplitLabel[] = [];
  let last: GridCell | undefined;
  for (let c = columns.firstValueCol - 1; c >= 0; c--) {
    const cell = cellAt(grid, r, c);
    if (!cell || cell === last) continue;
    last = cell;
    if (cell.row !== r) continue; // a group label from above: context of an earlier row
    const label = labelOf(cell);
    if (!label.full) continue;
    if (!own) own = cell;
    else context.unshift(label);
  }
  let filled = false;
  for (const key of columns.cols.keys()) {
    const cell = valueCell(grid, r, columns, key);
    if (cell && labelOf(cell).full !== "") filled = true;
  }
  if (!own && !filled) return undefined;
  return { grid, r, columns, ...(own ? { own: labelOf(own) } : {}), ownRaw: own?.text ?? "", context, filled };
}

/** Value columns no key took but the body fills (an extra column): listed, never dropped silently. */
function reportUnmappedColumns(ctx: MapContext, grid: Grid, columns: ColumnMap | undefined, headerRows: [number, number] | undefined, bodyRows: number[]): void {
  if (!columns || !bodyRows.length) return;
  const mapped = new Set(columns.cols.values());
  for (let c = columns.firstValueCol; c < grid.colCount; c++) {
    if (mapped.has(c)) continue;
    const cells = bodyRows.map((r) => cellAt(grid, r, c)).filter((cell): cell is GridCell => cell !== undefined && cell.col === c);
    if (!cells.some(isFilledValueCell)) continue;
    let label = "";
    if (headerRows) {
      for (let r = headerRows[0]; r <= headerRows[1]; r++) {
        const cell = cellAt(grid, r, c);
        if (cell && cell.col === c && cell.colSpan === 1) label += labelOf(cell).full;
      }
    }
    addUnmapped(ctx, "requests", grid, label || `(column ${c})`, cells.map((cell) => cell.text));
    ctx.warnings.push(`requests: column ${c} of grid ${grid.index} (${label || "no header"}) matches no applicant column`);
  }
}

/** Body rows of every band, with the column map each row is read with. */
function collectCandidates(ctx: MapContext, bands: Band[]): Candidate[] {
  const out: Candidate[] = [];
  let columns: ColumnMap | undefined;
  for (const band of bands) {
    const { grid } = band;
    let r = band.rowStart;
    let carriedFor: Grid | undefined;
    const realignedRows: number[] = [];
    let headerRows: [number, number] | undefined;
    let bodyRows: number[] = [];
    while (r < band.rowEnd) {
      if (isHeaderRow(grid, r)) {
        const h0 = r;
        while (r + 1 < band.rowEnd && isHeaderRow(grid, r + 1)) r++;
        const header = columnsFromHeader(grid, h0, r);
        reportUnmappedColumns(ctx, grid, columns, headerRows, bodyRows);
        columns = resolveColumns(ctx, grid, header, r + 1, band.rowEnd) ?? columns;
        carriedFor = grid;
        headerRows = [h0, r];
        bodyRows = [];
        r++;
        continue;
      }
      if (!columns) {
        columns = resolveColumns(ctx, grid, new Map(), r, band.rowEnd);
        carriedFor = grid;
        if (!columns) return out;
      } else if (carriedFor !== grid) {
        columns = carryColumns(ctx, columns, grid);
        carriedFor = grid;
      }
      const cand = candidateOf(grid, r, columns, realignedRows);
      if (cand) out.push(cand);
      if (cand?.columns === columns) bodyRows.push(r);
      r++;
    }
    reportUnmappedColumns(ctx, grid, columns, headerRows, bodyRows);
    if (realignedRows.length) {
      ctx.warnings.push(`requests: ${realignedRows.length} row(s) of grid ${grid.index} (rows ${realignedRows[0]}–${realignedRows[realignedRows.length - 1]}) do not line up with the header; their last cells read in official column order`);
    }
  }
  return out;
}

const isValueRow = (e: RequestsEntry) => e.label.kind === "row";
const rowKey = (e: RequestsEntry) => (e.label.kind === "row" ? e.label.key : undefined);

/** Pass 1: keywords, specific before generic, with the （六） group context for a bare 其他. */
function matchByKeyword(candidates: Candidate[], taken: Set<RequestsEntry>): void {
  let group: RequestsGroup | undefined;
  for (const cand of candidates) {
    for (const label of cand.context) {
      const e = matchRequestsLabel(label.text, group === "other");
      if (e?.label.kind === "group") group = e.label.group;
      else if (e?.label.kind === "results") group = undefined;
    }
    let e = cand.own ? matchRequestsLabel(cand.own.text, group === "other") : undefined;
    if (!e && cand.context.length) {
      // Stray characters of a vertical label may split a row's words over two cells.
      e = matchRequestsLabel([...cand.context, ...(cand.own ? [cand.own] : [])].map((l) => l.text).join(""), group === "other");
    }
    if (!e) continue;
    if (e.label.kind === "group") group = e.label.group;
    else if (e.label.kind === "results") group = undefined;
    else group = e.group;
    if (taken.has(e)) continue; // a second row with the same label stays unmatched (and is listed)
    cand.entry = e;
    taken.add(e);
  }
}

/** Pass 2: labels with typos, within the allowed edit distance, for value rows no keyword took. */
function matchByFuzzy(ctx: MapContext, candidates: Candidate[], taken: Set<RequestsEntry>): void {
  for (const cand of candidates) {
    if (cand.entry || !cand.own) continue;
    const open = REQUESTS_ORDER.filter((e) => isValueRow(e) && !taken.has(e) && !e.exact).map((e) => [e, e.official] as [RequestsEntry, string]);
    const e = closestLabel(cand.own.text, open, ctx.settings);
    if (!e) continue;
    cand.entry = e;
    taken.add(e);
    ctx.warnings.push(`requests: row "${cand.ownRaw.trim()}" matched to ${rowKey(e)} by similarity (grid ${cand.grid.index}, row ${cand.r})`);
  }
}

/**
 * Pass 3: rows still unmatched between two matched rows take the official rows between them,
 * when the counts agree and every printed enumerator agrees (e.g. 「2.其他法律行政止公开」 between
 * 国家秘密 and 三安全一稳定 is 2.其他法律行政法规禁止公开).
 */
function matchByOrder(ctx: MapContext, candidates: Candidate[], taken: Set<RequestsEntry>): void {
  let i = 0;
  while (i < candidates.length) {
    if (candidates[i]!.entry) {
      i++;
      continue;
    }
    let j = i;
    while (j < candidates.length && !candidates[j]!.entry) j++;
    const before = i > 0 ? orderOf(candidates[i - 1]!.entry!.label) : -1;
    const after = j < candidates.length ? orderOf(candidates[j]!.entry!.label) : REQUESTS_ORDER.length;
    // A row with neither numbers nor an enumerator is a label's wrapped second line, not a row.
    const run = candidates.slice(i, j).filter((c) => c.filled || c.own?.enumerator);
    const open = REQUESTS_ORDER.filter((e, k) => k > before && k < after && isValueRow(e) && !taken.has(e));
    // Only inside the table (an anchor on both sides), and only where the counts agree.
    if (before >= 0 && after < REQUESTS_ORDER.length && run.length > 0 && run.length === open.length) {
      const agree = run.every((c, k) => !c.own?.enumerator || c.own.enumerator.n === open[k]!.enumerator);
      if (agree) {
        run.forEach((c, k) => {
          c.entry = open[k]!;
          taken.add(open[k]!);
          ctx.warnings.push(`requests: row "${c.ownRaw.trim()}" placed as ${rowKey(open[k]!)} by its position and enumerator (grid ${c.grid.index}, row ${c.r})`);
        });
      }
    }
    i = j;
  }
}

function readRow(ctx: MapContext, cand: Candidate, path: string): Row {
  const row: Partial<Record<ColumnKey, number | null>> = {};
  for (const key of APPLICANT_COLUMNS) {
    const cell = valueCell(cand.grid, cand.r, cand.columns, key);
    row[key] = readValue(ctx, `${path}.${key}`, cand.grid, cell).value;
  }
  if (cand.columns.cols.has("orgSubtotal")) {
    row.orgSubtotal = readValue(ctx, `${path}.orgSubtotal`, cand.grid, valueCell(cand.grid, cand.r, cand.columns, "orgSubtotal")).value;
  }
  return row as Row;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

function rawValues(cand: Candidate): string[] {
  return [...cand.columns.cols.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => valueCell(cand.grid, cand.r, cand.columns, k)?.text ?? "");
}

/** Map the requests bands (in reading order) to record.requests. */
export function mapRequests(ctx: MapContext, bands: Band[]): RequestsResult {
  if (!bands.length) return { found: false };
  const candidates = collectCandidates(ctx, bands);
  const taken = new Set<RequestsEntry>();
  matchByKeyword(candidates, taken);
  matchByFuzzy(ctx, candidates, taken);
  matchByOrder(ctx, candidates, taken);

  const requests: Record<string, unknown> = {};
  const groupRows = new Map<RequestsGroup, Candidate>();
  let matched = 0;
  for (const cand of candidates) {
    const e = cand.entry;
    if (e?.label.kind === "row") {
      setPath(requests, e.label.key, readRow(ctx, cand, `requests.${e.label.key}`));
      matched++;
    } else if (e?.label.kind === "group") {
      groupRows.set(e.label.group, cand);
    } else if (cand.filled) {
      const label = [...cand.context.map((l) => l.full), cand.own?.full ?? ""].join("") || "(no label)";
      addUnmapped(ctx, "requests", cand.grid, label, rawValues(cand));
      ctx.warnings.push(`requests: row "${label}" (grid ${cand.grid.index}, row ${cand.r}) matches no record row`);
    }
  }

  // （六）其他处理: three sub-rows (2021) or the group row itself (2019).
  let layout: "2019" | "2021" | undefined;
  const otherRow = groupRows.get("other");
  if (requests.other) layout = "2021";
  else if (otherRow) {
    requests.other = readRow(ctx, otherRow, "requests.other");
    groupRows.delete("other");
    layout = "2019";
    matched++;
  }
  // Group rows printed with their own numbers above their sub-rows are subtotals.
  for (const [group, cand] of groupRows) {
    if (!cand.filled) continue;
    setPath(requests, `subtotals.${group}`, readRow(ctx, cand, `requests.subtotals.${group}`));
    if (!requests[group]) ctx.warnings.push(`requests: group row ${group} has numbers but no sub-rows; kept as requests.subtotals.${group}`);
  }
  if (!matched) return { found: false };
  return { requests: requests as Requests, ...(layout ? { layout } : {}), found: true };
}
