// What mapping collects besides the values: provenance per record path, warnings, unmapped rows.
import type { Grid, GridCell } from "../grid/types.js";
import type { CellSource, ReportRecord, Value } from "../record/schema.js";
import { parseValue, type ParseValueOptions } from "./numbers.js";
import type { MapperSettings } from "./settings.js";

export type TableName = "active" | "requests" | "review";

export interface MapContext {
  settings: MapperSettings;
  warnings: string[];
  provenance: Record<string, CellSource>;
  unmapped: ReportRecord["unmapped"];
}

export function newContext(settings: MapperSettings): MapContext {
  return { settings, warnings: [], provenance: {}, unmapped: [] };
}

/** Where a cell sits: grid position plus the source's own locators. */
export function cellSource(grid: Grid, cell: GridCell): CellSource {
  const p = cell.prov;
  const tableIndex = p.tableIndex ?? grid.prov.tableIndex;
  return {
    raw: cell.text,
    grid: grid.index,
    row: cell.row,
    col: cell.col,
    ...(p.page !== undefined ? { page: p.page } : {}),
    ...(p.bbox ? { bbox: p.bbox } : {}),
    ...(tableIndex !== undefined ? { tableIndex } : {}),
    ...(p.path ? { path: p.path } : {}),
  };
}

export interface ReadValue {
  value: Value;
  unit?: string;
}

/**
 * Read a cell into the record at `path`: record where it came from, and warn (with the raw
 * text) when it is neither a number nor a not-reported marker. No cell → null, no provenance.
 */
export function readValue(ctx: MapContext, path: string, grid: Grid, cell: GridCell | undefined, options: ParseValueOptions = {}): ReadValue {
  if (!cell) return { value: null };
  ctx.provenance[path] = cellSource(grid, cell);
  const parsed = parseValue(cell.text, options);
  if (parsed.kind === "number") return parsed.unit ? { value: parsed.value, unit: parsed.unit } : { value: parsed.value };
  if (parsed.kind === "invalid") ctx.warnings.push(`${path}: unreadable value "${oneLine(cell.text)}" (grid ${grid.index}, row ${cell.row}, col ${cell.col}) read as null`);
  return { value: null };
}

/** Keep a row that maps to no record key, with its raw texts, so no number is dropped silently. */
export function addUnmapped(ctx: MapContext, table: TableName, grid: Grid, label: string, values: string[]): void {
  ctx.unmapped.push({ table, label: oneLine(label), values: values.map(oneLine), grid: grid.index });
}

/** Text on one line (warnings and unmapped labels are one line each). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
