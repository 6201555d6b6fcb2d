// The in-report checks (templates.md §11.2–11.3): a registry, run in the spec's order.
//
// Presence rule: a check that does not apply to the record (the other format's checks, group
// subtotals / 小计 column not printed) is omitted; a check that applies but whose inputs are absent
// (no requests or review table, no publish date, no statement in the text) is reported "skipped"
// with no instances; an operand that is null or absent makes its instance "skipped".
import type { CheckResult } from "../record/schema.js";
import { runDefinition, type CheckDefinition, type CheckedRecord, type NarrativeContext } from "./check.js";
import { activeInForceVsIssued, activeTotalPublishedVsPublished } from "./active.js";
import { metaChecks } from "./meta.js";
import { narrativeChecks } from "./narrative.js";
import { requestsChecks, requestsLayoutVsYear } from "./requests.js";
import { reviewGroupTotals } from "./review.js";
import { valuesNonNegativeIntegers } from "./values.js";

export type { NarrativeContext, CheckedRecord } from "./check.js";
export { crossReportChecks, type CrossReportResult } from "./crossReport.js";

/** Every in-report check, in the order of templates.md §11.2 then §11.3. */
export const CHECKS: readonly CheckDefinition<[CheckedRecord, NarrativeContext]>[] = [
  ...requestsChecks,
  reviewGroupTotals,
  valuesNonNegativeIntegers,
  activeInForceVsIssued,
  activeTotalPublishedVsPublished,
  ...metaChecks,
  requestsLayoutVsYear,
  ...narrativeChecks,
];

/** Runs every check on one record; the record is only read. */
export function runChecks(record: CheckedRecord, narrative: NarrativeContext): CheckResult[] {
  const results: CheckResult[] = [];
  for (const definition of CHECKS) {
    const result = runDefinition(definition, record, narrative);
    if (result) results.push(result);
  }
  return results;
}
