// Reading the record the way the checks need it: every requests Row with its path, the result groups,
// the shape of （六）其他处理 and the layout of the 主动公开 table.
import { APPLICANT_COLUMNS, type ApplicantColumn, type Requests, type Row, type Value } from "../record/schema.js";
import type { CheckedRecord } from "./check.js";
import type { Operand } from "./operands.js";

/** The six applicant columns without 总计 (A6 in templates.md §11.1). */
export const APPLICANT_COLUMNS_WITHOUT_TOTAL = APPLICANT_COLUMNS.filter((c) => c !== "total");

/** Sub-rows of each result group, in the official order (templates.md §7.3). */
export const RESULT_GROUPS = {
  denied: ["stateSecret", "lawForbidden", "threeSecurities", "thirdParty", "internalAffairs", "processInfo", "enforcementFile", "inquiry"],
  unable: ["notHeld", "needsCreation", "unclear"],
  notProcessed: ["complaint", "repeated", "publication", "excessive", "confirmation"],
  other: ["overdueCorrection", "overdueFee", "others"],
} as const;
export type ResultGroup = keyof typeof RESULT_GROUPS;
export const RESULT_GROUP_NAMES = Object.keys(RESULT_GROUPS) as ResultGroup[];

/** True for a single Row (the 2019 （六） layout), false for the 3-key object. */
export function isRow(value: object): value is Row {
  return "total" in value || "naturalPerson" in value;
}

/** The layout of （六）其他处理: "2019" single row, "2021" three sub-rows; undefined when absent. */
export function otherLayout(requests: Requests | undefined): "2019" | "2021" | undefined {
  const other = requests?.other;
  if (other === undefined) return undefined;
  return isRow(other) ? "2019" : "2021";
}

/** Every Row of the requests table with its record path, in table order (subtotal rows last). */
export function requestRows(requests: Requests): { path: string; row: Row }[] {
  const rows: { path: string; row: Row }[] = [];
  const add = (path: string, row: Row | undefined) => {
    if (row !== undefined) rows.push({ path, row });
  };
  add("requests.newReceived", requests.newReceived);
  add("requests.carriedOver", requests.carriedOver);
  add("requests.granted", requests.granted);
  add("requests.partiallyGranted", requests.partiallyGranted);
  for (const group of RESULT_GROUP_NAMES) {
    const value = requests[group];
    if (value === undefined) continue;
    if (isRow(value)) {
      add(`requests.${group}`, value);
      continue;
    }
    const subRows = value as Partial<Record<string, Row>>;
    for (const key of RESULT_GROUPS[group]) add(`requests.${group}.${key}`, subRows[key]);
  }
  add("requests.total", requests.total);
  add("requests.carriedForward", requests.carriedForward);
  const subtotals = requests.subtotals;
  if (subtotals) for (const group of RESULT_GROUP_NAMES) add(`requests.subtotals.${group}`, subtotals[group]);
  return rows;
}

/** Operands of one column over a group's sub-rows (or the single Row when （六） is one row). */
export function groupOperands(requests: Requests, group: ResultGroup, column: ApplicantColumn): Operand[] {
  const value = requests[group];
  if (value !== undefined && isRow(value)) return [{ path: `requests.${group}.${column}`, value: value[column] }];
  const subRows = value as Partial<Record<string, Row>> | undefined;
  return RESULT_GROUPS[group].map((key) => ({ path: `requests.${group}.${key}.${column}`, value: subRows?.[key]?.[column] }));
}

/** Operand for one cell of a top-level requests row. */
export function rowOperand(requests: Requests | undefined, row: "newReceived" | "carriedOver" | "granted" | "partiallyGranted" | "total" | "carriedForward", column: ApplicantColumn, pathPrefix = ""): Operand {
  return { path: `${pathPrefix}requests.${row}.${column}`, value: requests?.[row]?.[column] };
}

/**
 * Layout of the 主动公开 table as the record holds it: decided by the keys of its blocks
 * (本年制发件数… vs 本年新制作数量…), falling back to meta.template when the blocks say nothing.
 */
export function activeLayout(record: Pick<CheckedRecord, "active" | "meta">): "2019" | "2021" {
  const active = record.active as Record<string, object | undefined> | undefined;
  if (active) {
    if ("otherServices" in active || "procurement" in active) return "2019";
    for (const block of Object.values(active)) {
      if (!block) continue;
      if ("made" in block || "lastYearItems" in block) return "2019";
      if ("issued" in block || "amount" in block) return "2021";
    }
  }
  return record.meta.template;
}

/** A field of an active block, typed loosely because the block's shape depends on the layout. */
export function activeValue(record: Pick<CheckedRecord, "active">, block: string, field: string): Value | undefined {
  const blocks = record.active as Record<string, Record<string, Value | string | undefined> | undefined> | undefined;
  const value = blocks?.[block]?.[field];
  return typeof value === "string" ? undefined : value;
}
