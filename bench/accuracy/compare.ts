// Cell-by-cell comparison of an extracted record with the truth, over the contract keys of
// ../shared/spec/record.md only: meta title/organization/year/template and every value of active,
// requests and review. A cell present on one side only is wrong (absent is not null). Added fields
// (orgSubtotal, subtotals, provenance, checks, fees.units …) are not compared; the 2019
// procurement.units is, since the schema makes it part of the record.
import { ExpectedRecord } from "../../scripts/samples/expected-record.js";

export type CellValue = string | number | null;

export interface CellComparison {
  /** Record path, e.g. "requests.denied.threeSecurities.research". */
  path: string;
  /** undefined = the cell is absent on that side. */
  expected: CellValue | undefined;
  actual: CellValue | undefined;
  ok: boolean;
}

/** The contract part of any record-like object: meta, active, requests, review. */
export interface ContractRecord {
  meta: { title: string | null; organization: string | null; year: number | null; template: string };
  active?: object;
  requests?: object;
  review?: object;
}

const META_KEYS = ["title", "organization", "year", "template"] as const;
/** Added fields inside the contract objects that are not contract cells. */
const NOT_CONTRACT = new Set(["subtotals", "orgSubtotal"]);

/** Path → value of every contract cell of a record. */
export function contractCells(record: ContractRecord): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const key of META_KEYS) cells.set(`meta.${key}`, record.meta[key]);
  for (const table of ["active", "requests", "review"] as const) {
    const value = record[table];
    if (value) leaves(value, table, cells);
  }
  return cells;
}

function leaves(value: object, path: string, out: Map<string, CellValue>): void {
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || NOT_CONTRACT.has(key)) continue;
    const child = `${path}.${key}`;
    if (key === "units" && child !== "active.procurement.units") continue;
    if (v !== null && typeof v === "object") leaves(v, child, out);
    else out.set(child, v as CellValue);
  }
}

/** Every cell of the truth and of the record, truth order first, then cells only the record has. */
export function compareRecord(truth: ExpectedRecord, actual: ContractRecord | undefined): CellComparison[] {
  const expected = contractCells(truth);
  const got = actual ? contractCells(actual) : new Map<string, CellValue>();
  const out: CellComparison[] = [];
  for (const [path, value] of expected) {
    const a = got.has(path) ? got.get(path) : undefined;
    out.push({ path, expected: value, actual: a, ok: got.has(path) && a === value });
  }
  for (const [path, value] of got) if (!expected.has(path)) out.push({ path, expected: undefined, actual: value, ok: false });
  return out;
}

/** The table a path belongs to ("meta", "active", "requests", "review"). */
export function tableOf(path: string): string {
  return path.slice(0, path.indexOf("."));
}

/**
 * The row a cell belongs to, for grouping failures: the path without its column
 * ("requests.denied.threeSecurities", "active.fees", "review.litigationDirect", "meta.title").
 */
export function rowOf(path: string): string {
  if (path.startsWith("meta.")) return path;
  const last = path.lastIndexOf(".");
  return path.slice(0, last);
}

/** The column of a cell (its last key), e.g. "research", "inForce", "total". */
export function columnOf(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}
