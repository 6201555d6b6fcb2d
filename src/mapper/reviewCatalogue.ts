// Table 四 (行政复议、行政诉讼): three groups × five outcomes (templates.md §8).

export type ReviewGroupKey = "reconsideration" | "litigationDirect" | "litigationAfterReconsideration";
export type ReviewOutcome = "upheld" | "corrected" | "other" | "pending" | "total";

export const REVIEW_GROUPS: readonly ReviewGroupKey[] = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"];
export const REVIEW_OUTCOMES: readonly ReviewOutcome[] = ["upheld", "corrected", "other", "pending", "total"];

/** A header naming a group of columns; "litigation" is 行政诉讼 over both litigation groups. */
export function matchReviewGroup(text: string): ReviewGroupKey | "litigation" | undefined {
  if (!text) return undefined;
  if (text.includes("直接起诉") || text.includes("未经复议")) return "litigationDirect";
  if (text.includes("复议后起诉") || text.includes("经复议后")) return "litigationAfterReconsideration";
  if (text.includes("行政诉讼")) return "litigation";
  if (text.includes("行政复议")) return "reconsideration";
  return undefined;
}

/** A header naming an outcome column. */
export function matchReviewOutcome(text: string): ReviewOutcome | undefined {
  if (!text) return undefined;
  if (text.includes("维持")) return "upheld";
  if (text.includes("纠正")) return "corrected";
  if (text.includes("未审结") || text.includes("尚未")) return "pending";
  if (text.includes("总计") || text.includes("合计")) return "total";
  if (text.includes("其他")) return "other";
  return undefined;
}

/** Cell texts only the review table prints (the table is recognised by them). */
export function isReviewHeaderText(text: string): boolean {
  const g = matchReviewGroup(text);
  return g !== undefined || text === "结果维持" || text === "结果纠正" || text === "尚未审结";
}
