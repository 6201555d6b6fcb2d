// 四、行政复议、行政诉讼: each group's 总计 is the sum of its four outcomes (templates.md §11.2).
import type { CheckDefinition, CheckedRecord } from "./check.js";
import { exactInstance } from "./operands.js";

export const REVIEW_GROUPS = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"] as const;
const OUTCOMES = ["upheld", "corrected", "other", "pending"] as const;

export const reviewGroupTotals: CheckDefinition<[CheckedRecord]> = {
  id: "review.groupTotals",
  kind: "exact",
  formula: "g.upheld + g.corrected + g.other + g.pending == g.total",
  evaluate({ review }) {
    if (!review) return [];
    return REVIEW_GROUPS.map((group) => {
      const values = review[group];
      return exactInstance(
        group,
        OUTCOMES.map((outcome) => ({ path: `review.${group}.${outcome}`, value: values?.[outcome] })),
        [{ path: `review.${group}.total`, value: values?.total }],
      );
    });
  },
};
