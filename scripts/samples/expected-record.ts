// The expected record of a sample: the contract keys of ../shared/spec/record.md only
// (meta title/organization/year/template, active, requests, review), typed by hand in the sample
// definitions and written as samples/expected/<file>.json.
import { APPLICANT_COLUMNS, Active2019, Active2021, Requests, Review, Row, Value } from "../../src/record/schema.js";

export interface ExpectedMeta {
  title: string | null;
  organization: string | null;
  year: number | null;
  template: "2019" | "2021";
}

export interface ExpectedRecord {
  meta: ExpectedMeta;
  active: Active2021 | Active2019;
  requests: Requests;
  review: Review;
}

/** A requests row from its seven printed columns in table order (自然人 … 其他, 总计). */
export function row(values: RowValues): Row {
  const out = {} as Record<(typeof APPLICANT_COLUMNS)[number], Value>;
  APPLICANT_COLUMNS.forEach((key, i) => (out[key] = values[i] ?? null));
  return out;
}

export type RowValues = readonly [Value, Value, Value, Value, Value, Value, Value];

/** The requests table typed row by row in printed order (results: （一） … （六）, 19 or 21 rows). */
export interface RequestsInTableOrder {
  newReceived: RowValues;
  carriedOver: RowValues;
  results: RowValues[];
  total: RowValues;
  carriedForward: RowValues;
}

const RESULT_KEYS = {
  denied: ["stateSecret", "lawForbidden", "threeSecurities", "thirdParty", "internalAffairs", "processInfo", "enforcementFile", "inquiry"],
  unable: ["notHeld", "needsCreation", "unclear"],
  notProcessed: ["complaint", "repeated", "publication", "excessive", "confirmation"],
  other: ["overdueCorrection", "overdueFee", "others"],
} as const;

/** Requests from rows in table order; （六） is one row ("2019") or three ("2021"). */
export function requestsFromTable(t: RequestsInTableOrder, otherLayout: "2019" | "2021"): Requests {
  const expectedRows = 2 + 8 + 3 + 5 + (otherLayout === "2021" ? 3 : 1);
  if (t.results.length !== expectedRows) throw new Error(`${t.results.length} result rows typed, the layout has ${expectedRows}`);
  let next = 0;
  const take = () => row(t.results[next++]!);
  const group = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, take()]));
  const granted = take();
  const partiallyGranted = take();
  return {
    newReceived: row(t.newReceived),
    carriedOver: row(t.carriedOver),
    granted,
    partiallyGranted,
    denied: group(RESULT_KEYS.denied),
    unable: group(RESULT_KEYS.unable),
    notProcessed: group(RESULT_KEYS.notProcessed),
    other: otherLayout === "2021" ? group(RESULT_KEYS.other) : take(),
    total: row(t.total),
    carriedForward: row(t.carriedForward),
  };
}

/** Review group from 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export function reviewGroup(upheld: Value, corrected: Value, other: Value, pending: Value, total: Value) {
  return { upheld, corrected, other, pending, total };
}

/**
 * JSON in the layout of the gold files: an object whose members are all plain values sits on one
 * line, anything else is indented by two spaces per level.
 */
export function formatExpectedJson(record: ExpectedRecord): string {
  return formatValue(record, "") + "\n";
}

function formatValue(value: unknown, indent: string): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const flat = entries.every(([, v]) => v === null || typeof v !== "object");
  if (flat) return "{" + entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ") + "}";
  const inner = indent + "  ";
  const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatValue(v, inner)}`);
  return "{\n" + lines.join(",\n") + "\n" + indent + "}";
}
