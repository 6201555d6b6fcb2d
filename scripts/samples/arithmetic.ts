// The exact 勾稽关系 of ../shared/spec/templates.md §11.2 on an expected record, used to make sure
// the typed sample values add up — except for the errors a sample prints on purpose.
// A null operand skips the instance, as the checks do.
import { APPLICANT_COLUMNS, Requests, Row, Value } from "../../src/record/schema.js";
import { ExpectedRecord } from "./expected-record.js";

const APPLICANTS = APPLICANT_COLUMNS.filter((c) => c !== "total");

/** Failing instances, as "<check id> <where>", e.g. "review.groupTotals litigationDirect". */
export function arithmeticFailures(record: ExpectedRecord): string[] {
  const failures: string[] = [];
  const { requests, review } = record;
  const fail = (id: string, where: string, left: number | null, right: number | null) => {
    if (left !== null && right !== null && left !== right) failures.push(`${id} ${where}`);
  };
  for (const col of APPLICANT_COLUMNS) {
    fail(
      "requests.balance",
      col,
      sum([requests.newReceived?.[col], requests.carriedOver?.[col]]),
      sum([requests.total?.[col], requests.carriedForward?.[col]]),
    );
    fail("requests.resultTotal", col, sum(resultRows(requests).map((r) => r[col])), requests.total?.[col] ?? null);
  }
  for (const [path, r] of allRows(requests)) fail("requests.rowTotals", path, sum(APPLICANTS.map((c) => r[c])), r.total);
  for (const [group, g] of Object.entries(review)) {
    if (g) fail("review.groupTotals", group, sum([g.upheld, g.corrected, g.other, g.pending]), g.total);
  }
  return failures;
}

/** Sum, or null when an operand is null or missing. */
function sum(values: Array<Value | undefined>): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null || v === undefined) return null;
    total += v;
  }
  // Counts are integers; the rounding only keeps float noise out should a decimal ever be summed.
  return Math.round(total * 1e6) / 1e6;
}

function resultRows(requests: Requests): Row[] {
  const rows: Row[] = [];
  const push = (r: Row | undefined) => r && rows.push(r);
  push(requests.granted);
  push(requests.partiallyGranted);
  for (const group of [requests.denied, requests.unable, requests.notProcessed]) Object.values(group ?? {}).forEach(push);
  const other = requests.other;
  if (other && "total" in other) push(other as Row);
  else Object.values(other ?? {}).forEach((r) => push(r as Row | undefined));
  return rows;
}

function allRows(requests: Requests): Array<[string, Row]> {
  const out: Array<[string, Row]> = [];
  for (const [key, value] of Object.entries(requests)) {
    if (!value || key === "subtotals") continue;
    if ("total" in value) out.push([key, value as Row]);
    else for (const [sub, r] of Object.entries(value)) if (r) out.push([`${key}.${sub}`, r as Row]);
  }
  return out;
}
