// Table 三 (收到和处理政府信息公开申请情况): its rows and applicant columns, and how to recognise
// them (templates.md §7). Labels are matched after normalisation (normalize.ts).
import type { ApplicantColumn } from "../record/schema.js";

export type RequestsGroup = "denied" | "unable" | "notProcessed" | "other";

/** Record path (relative to `requests`) of every value row. */
export type RequestsRowKey =
  | "newReceived"
  | "carriedOver"
  | "granted"
  | "partiallyGranted"
  | `denied.${"stateSecret" | "lawForbidden" | "threeSecurities" | "thirdParty" | "internalAffairs" | "processInfo" | "enforcementFile" | "inquiry"}`
  | `unable.${"notHeld" | "needsCreation" | "unclear"}`
  | `notProcessed.${"complaint" | "repeated" | "publication" | "excessive" | "confirmation"}`
  | `other.${"overdueCorrection" | "overdueFee" | "others"}`
  | "total"
  | "carriedForward";

/** What a row label says: a value row, a group label (（三）不予公开 …), or 三、本年度办理结果. */
export type RequestsLabel = { kind: "row"; key: RequestsRowKey } | { kind: "group"; group: RequestsGroup } | { kind: "results" };

export interface RequestsEntry {
  label: RequestsLabel;
  /** Official wording without enumerator or notes (for fuzzy matching). */
  official: string;
  /** The enumerator the official table prints (1. / (一) / 一、), as a number. */
  enumerator: number;
  /** Keywords that recognise the label when contained in it (§7.3 "recognise by"). */
  keywords: string[];
  /** Labels recognised only when the whole text equals one of these. */
  exact?: string[];
  /** The group a sub-row belongs to. */
  group?: RequestsGroup;
}

const row = (key: RequestsRowKey, official: string, enumerator: number, keywords: string[], group?: RequestsGroup, exact?: string[]): RequestsEntry => ({
  label: { kind: "row", key },
  official,
  enumerator,
  keywords,
  ...(group ? { group } : {}),
  ...(exact ? { exact } : {}),
});
const groupEntry = (group: RequestsGroup, official: string, enumerator: number, keywords: string[]): RequestsEntry => ({
  label: { kind: "group", group },
  official,
  enumerator,
  keywords,
});

/** Every row of the 2021 table in printed order (the 2019 table has the （六） group as one row). */
export const REQUESTS_ORDER: readonly RequestsEntry[] = [
  row("newReceived", "本年新收政府信息公开申请数量", 1, ["新收"]),
  row("carriedOver", "上年结转政府信息公开申请数量", 2, ["上年结转", "上年度结转", "上一年结转", "上一年度结转", "上年度未办结"]),
  { label: { kind: "results" }, official: "本年度办理结果", enumerator: 3, keywords: ["办理结果"] },
  row("granted", "予以公开", 1, ["予以公开"]),
  row("partiallyGranted", "部分公开", 2, ["部分公开"]),
  groupEntry("denied", "不予公开", 3, ["不予公开"]),
  row("denied.stateSecret", "属于国家秘密", 1, ["国家秘密"], "denied"),
  row("denied.lawForbidden", "其他法律行政法规禁止公开", 2, ["禁止公开", "法律行政法规禁止"], "denied"),
  row("denied.threeSecurities", "危及三安全一稳定", 3, ["三安全", "一稳定"], "denied"),
  row("denied.thirdParty", "保护第三方合法权益", 4, ["第三方"], "denied"),
  row("denied.internalAffairs", "属于三类内部事务信息", 5, ["内部事务"], "denied"),
  row("denied.processInfo", "属于四类过程性信息", 6, ["过程性"], "denied"),
  row("denied.enforcementFile", "属于行政执法案卷", 7, ["执法案卷"], "denied"),
  row("denied.inquiry", "属于行政查询事项", 8, ["查询事项", "行政查询"], "denied"),
  groupEntry("unable", "无法提供", 4, ["无法提供"]),
  row("unable.notHeld", "本机关不掌握相关政府信息", 1, ["不掌握"], "unable"),
  row("unable.needsCreation", "没有现成信息需要另行制作", 2, ["另行制作", "没有现成"], "unable"),
  row("unable.unclear", "补正后申请内容仍不明确", 3, ["仍不明确", "补正后", "内容不明确"], "unable"),
  groupEntry("notProcessed", "不予处理", 5, ["不予处理"]),
  row("notProcessed.complaint", "信访举报投诉类申请", 1, ["信访", "举报", "投诉"], "notProcessed"),
  row("notProcessed.repeated", "重复申请", 2, ["重复申请"], "notProcessed"),
  row("notProcessed.publication", "要求提供公开出版物", 3, ["出版物"], "notProcessed"),
  row("notProcessed.excessive", "无正当理由大量反复申请", 4, ["大量反复", "反复申请"], "notProcessed"),
  row("notProcessed.confirmation", "要求行政机关确认或重新出具已获取信息", 5, ["确认或重新出具", "重新出具"], "notProcessed"),
  groupEntry("other", "其他处理", 6, ["其他处理"]),
  row("other.overdueCorrection", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 1, ["逾期不补正", "不补正"], "other"),
  row("other.overdueFee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 2, ["缴纳费用", "收费通知", "未缴费", "未缴纳"], "other"),
  row("other.others", "其他", 3, [], "other", ["其他", "其他原因", "其他情形"]),
  row("total", "总计", 7, ["总计", "合计"]),
  row("carriedForward", "结转下年度继续办理", 4, ["结转下", "结转至下", "结转到下", "下年度继续办理", "下一年度继续办理"]),
];

/** Recognition priority (§9.3): sub-rows, then groups, then 予以/部分公开, then 总计 and 结转, then the rest. */
const MATCH_PRIORITY: readonly RequestsEntry[] = (() => {
  const rank = (e: RequestsEntry): number => {
    if (e.group) return 0;
    if (e.label.kind === "group") return 1;
    if (e.label.kind === "row" && (e.label.key === "granted" || e.label.key === "partiallyGranted")) return 2;
    if (e.label.kind === "row" && (e.label.key === "total" || e.label.key === "carriedForward")) return 3;
    if (e.label.kind === "row") return 4;
    return 5; // 办理结果: last, so 本年度办理结果总计 is the total row
  };
  return [...REQUESTS_ORDER].sort((a, b) => rank(a) - rank(b));
})();

/** Position of a label in the printed order (for order tie-breaks). */
export function orderOf(label: RequestsLabel): number {
  return REQUESTS_ORDER.findIndex((e) =>
    e.label.kind === "row" && label.kind === "row"
      ? e.label.key === label.key
      : e.label.kind === "group" && label.kind === "group"
        ? e.label.group === label.group
        : e.label.kind === label.kind,
  );
}

export function sameLabel(a: RequestsLabel, b: RequestsLabel): boolean {
  return orderOf(a) === orderOf(b);
}

/**
 * The label a normalised row text (enumerator and notes split off) names, by keyword.
 * `inOtherGroup`: the row sits inside （六）其他处理, where a bare 其他 is the row 3.其他.
 */
export function matchRequestsLabel(text: string, inOtherGroup: boolean): RequestsEntry | undefined {
  if (!text) return undefined;
  for (const entry of MATCH_PRIORITY) {
    if (entry.exact) {
      if (inOtherGroup && entry.exact.includes(text)) return entry;
      continue;
    }
    if (entry.keywords.some((k) => text.includes(k))) return entry;
  }
  return undefined;
}

/** A header cell's meaning in the applicant columns. */
export type ApplicantHeader = ApplicantColumn | "orgSubtotal" | "groupLabel";

/**
 * Applicant column named by a normalised header text (§7.1), or "groupLabel" for 申请人情况 /
 * 法人或其他组织 (labels over several columns). 其他 alone is the column OTH; inside
 * 法人或其他组织 it is part of the group label.
 */
export function matchApplicantHeader(text: string): ApplicantHeader | undefined {
  if (!text) return undefined;
  if (text.includes("小计")) return "orgSubtotal";
  if (text.includes("自然人")) return "naturalPerson";
  if (text.includes("企业") || text.includes("商业")) return "commercial";
  if (text.includes("科研")) return "research";
  if (text.includes("公益") || text === "社会组织") return "publicInterest";
  if (text.includes("法律服务")) return "legalService";
  if (text.includes("总计") || text.includes("合计")) return "total";
  if (text === "申请人情况" || text === "申请人" || text === "法人或其他组织" || text === "法人和其他组织") return "groupLabel";
  if (text === "其他" || text === "其他组织") return "otherOrg";
  return undefined;
}

/** Cell texts that only the requests table's header prints (the table is recognised by them). */
export function isRequestsHeaderText(text: string): boolean {
  const h = matchApplicantHeader(text);
  return (h !== undefined && h !== "total" && h !== "otherOrg") || text.includes("勾稽关系");
}
