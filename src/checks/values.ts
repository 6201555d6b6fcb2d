// values.nonNegativeIntegers: every count cell is a whole number ≥ 0 (amounts and 2019 本年增/减 excluded).
import { APPLICANT_COLUMNS, type CheckInstance, type Value } from "../record/schema.js";
import type { CheckDefinition, CheckedRecord } from "./check.js";
import { requestRows } from "./recordParts.js";
import { REVIEW_GROUPS } from "./review.js";

/** Active fields that are not counts: signed changes, money amounts and their units. */
const NON_COUNT_ACTIVE_FIELDS = new Set(["change", "amount", "units"]);
const REVIEW_FIELDS = ["upheld", "corrected", "other", "pending", "total"] as const;

/** Calls `visit` for every printed (non-null) count cell of the record. */
function forEachCount(record: CheckedRecord, visit: (path: string, value: number) => void): void {
  const active = record.active as Record<string, Record<string, Value | string | undefined> | undefined> | undefined;
  if (active) {
    for (const [block, fields] of Object.entries(active)) {
      if (!fields) continue;
      for (const [field, value] of Object.entries(fields)) {
        if (typeof value === "number" && !NON_COUNT_ACTIVE_FIELDS.has(field)) visit(`active.${block}.${field}`, value);
      }
    }
  }
  if (record.requests) {
    for (const { path, row } of requestRows(record.requests)) {
      for (const c of APPLICANT_COLUMNS) {
        const value = row[c];
        if (typeof value === "number") visit(`${path}.${c}`, value);
      }
      if (typeof row.orgSubtotal === "number") visit(`${path}.orgSubtotal`, row.orgSubtotal);
    }
  }
  const review = record.review;
  if (review) {
    for (const group of REVIEW_GROUPS) {
      for (const field of REVIEW_FIELDS) {
        const value = review[group]?.[field];
        if (typeof value === "number") visit(`review.${group}.${field}`, value);
      }
    }
  }
}

/**
 * One failing instance per offending cell (left = the value); when none offends, a single summary
 * instance "N count cells" (left = right = N), skipped when no count is printed at all.
 */
export const valuesNonNegativeIntegers: CheckDefinition<[CheckedRecord]> = {
  id: "values.nonNegativeIntegers",
  kind: "exact",
  formula: "v == floor(v) && v >= 0 for every count cell (not active.*.change, not amounts)",
  evaluate(record) {
    const failures: CheckInstance[] = [];
    let counted = 0;
    forEachCount(record, (path, value) => {
      counted++;
      if (Number.isInteger(value) && value >= 0) return;
      failures.push({
        where: `cell ${path}: ${value < 0 ? "negative" : "not a whole number"}`,
        left: value,
        right: null,
        delta: null,
        status: "fail",
        paths: [path],
        nullAsZero: "fail",
      });
    });
    if (failures.length > 0) return failures;
    return [
      {
        where: `${counted} count cells`,
        left: counted,
        right: counted,
        delta: 0,
        status: counted === 0 ? "skipped" : "pass",
        paths: [],
        nullAsZero: "pass",
      },
    ];
  },
};
