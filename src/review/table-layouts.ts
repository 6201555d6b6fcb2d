// The three statistical tables drawn as the national templates print them (templates.md §5–§8):
// label cells with their merges, and value cells naming the record path they show. The review
// page embeds each layout variant a batch uses once and draws a report's values into it.
import { APPLICANT_COLUMNS } from "../record/schema.js";

export interface LabelCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  /** A header or caption cell (drawn as <th>). */
  head?: boolean;
}
export interface ValueCell {
  path: string;
  colSpan?: number;
}
export type DrawnCell = LabelCell | ValueCell;

export interface DrawnTable {
  table: "active" | "requests" | "review";
  heading: string;
  /** Which layout this drawing follows, e.g. "2021" or "2019+orgSubtotal". */
  variant: string;
  rows: DrawnCell[][];
}

export type Layout = "2019" | "2021";
export type SubtotalGroup = "denied" | "unable" | "notProcessed" | "other";

const head = (text: string, colSpan?: number, rowSpan?: number): LabelCell => ({
  text,
  head: true,
  ...(colSpan && colSpan > 1 ? { colSpan } : {}),
  ...(rowSpan && rowSpan > 1 ? { rowSpan } : {}),
});
const label = (text: string, colSpan?: number, rowSpan?: number): LabelCell => ({
  text,
  ...(colSpan && colSpan > 1 ? { colSpan } : {}),
  ...(rowSpan && rowSpan > 1 ? { rowSpan } : {}),
});
const value = (path: string, colSpan?: number): ValueCell => ({ path, ...(colSpan && colSpan > 1 ? { colSpan } : {}) });

// ---- 二、主动公开 ----
const ACTIVE_COLUMNS = 4;
const caption = (text: string): DrawnCell[] => [head(text, ACTIVE_COLUMNS)];

/** Format "2021": 4 blocks, （五）（六）（八） with one value spanning B:D. */
function activeTable2021(): DrawnTable {
  const single = (text: string, key: string, field: string): DrawnCell[] => [label(text), value(`active.${key}.${field}`, 3)];
  return {
    table: "active",
    heading: "二、主动公开政府信息情况",
    variant: "2021",
    rows: [
      caption("第二十条第（一）项"),
      [head("信息内容"), head("本年制发件数"), head("本年废止件数"), head("现行有效件数")],
      [label("规章"), value("active.regulations.issued"), value("active.regulations.repealed"), value("active.regulations.inForce")],
      [label("行政规范性文件"), value("active.normativeDocuments.issued"), value("active.normativeDocuments.repealed"), value("active.normativeDocuments.inForce")],
      caption("第二十条第（五）项"),
      [head("信息内容"), head("本年处理决定数量", 3)],
      single("行政许可", "licensing", "decisions"),
      caption("第二十条第（六）项"),
      [head("信息内容"), head("本年处理决定数量", 3)],
      single("行政处罚", "penalties", "decisions"),
      single("行政强制", "enforcement", "decisions"),
      caption("第二十条第（八）项"),
      [head("信息内容"), head("本年收费金额（单位：万元）", 3)],
      single("行政事业性收费", "fees", "amount"),
    ],
  };
}

/** Format "2019" (试行): 5 blocks incl. （九） procurement; the amount's unit is printed in the cell. */
function activeTable2019(): DrawnTable {
  const items = (text: string, key: string): DrawnCell[] => [
    label(text),
    value(`active.${key}.lastYearItems`),
    value(`active.${key}.change`),
    value(`active.${key}.decisions`),
  ];
  const itemsHeader = [head("信息内容"), head("上一年项目数量"), head("本年增/减"), head("处理决定数量")];
  const published = (text: string, key: string): DrawnCell[] => [
    label(text),
    value(`active.${key}.made`),
    value(`active.${key}.published`),
    value(`active.${key}.totalPublished`),
  ];
  return {
    table: "active",
    heading: "二、主动公开政府信息情况",
    variant: "2019",
    rows: [
      caption("第二十条第（一）项"),
      [head("信息内容"), head("本年新制作数量"), head("本年新公开数量"), head("对外公开总数量")],
      published("规章", "regulations"),
      published("规范性文件", "normativeDocuments"),
      caption("第二十条第（五）项"),
      itemsHeader,
      items("行政许可", "licensing"),
      items("其他对外管理服务事项", "otherServices"),
      caption("第二十条第（六）项"),
      itemsHeader,
      items("行政处罚", "penalties"),
      items("行政强制", "enforcement"),
      caption("第二十条第（八）项"),
      [head("信息内容"), head("上一年项目数量"), head("本年增/减", 2)],
      [label("行政事业性收费"), value("active.fees.lastYearItems"), value("active.fees.change", 2)],
      caption("第二十条第（九）项"),
      [head("信息内容"), head("采购项目数量"), head("采购总金额", 2)],
      [label("政府集中采购"), value("active.procurement.projects"), value("active.procurement.amount", 2)],
    ],
  };
}

export function activeTable(layout: Layout): DrawnTable {
  return layout === "2019" ? activeTable2019() : activeTable2021();
}

// ---- 三、申请 ----
export interface RequestsVariant {
  layout: Layout;
  /** The 法人或其他组织 小计 column was printed in some row. */
  orgSubtotal: boolean;
  /** Groups whose printed subtotal row is in the record. */
  subtotals: readonly SubtotalGroup[];
}

interface RequestsGroup {
  key: SubtotalGroup;
  label: string;
  rows: readonly (readonly [string, string])[];
}

const DENIED: RequestsGroup = {
  key: "denied",
  label: "（三）不予公开",
  rows: [
    ["stateSecret", "1.属于国家秘密"],
    ["lawForbidden", "2.其他法律行政法规禁止公开"],
    ["threeSecurities", "3.危及“三安全一稳定”"],
    ["thirdParty", "4.保护第三方合法权益"],
    ["internalAffairs", "5.属于三类内部事务信息"],
    ["processInfo", "6.属于四类过程性信息"],
    ["enforcementFile", "7.属于行政执法案卷"],
    ["inquiry", "8.属于行政查询事项"],
  ],
};
const UNABLE: RequestsGroup = {
  key: "unable",
  label: "（四）无法提供",
  rows: [
    ["notHeld", "1.本机关不掌握相关政府信息"],
    ["needsCreation", "2.没有现成信息需要另行制作"],
    ["unclear", "3.补正后申请内容仍不明确"],
  ],
};
const NOT_PROCESSED: RequestsGroup = {
  key: "notProcessed",
  label: "（五）不予处理",
  rows: [
    ["complaint", "1.信访举报投诉类申请"],
    ["repeated", "2.重复申请"],
    ["publication", "3.要求提供公开出版物"],
    ["excessive", "4.无正当理由大量反复申请"],
    ["confirmation", "5.要求行政机关确认或重新出具已获取信息"],
  ],
};
const OTHER_2021: RequestsGroup = {
  key: "other",
  label: "（六）其他处理",
  rows: [
    ["overdueCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
    ["overdueFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
    ["others", "3.其他"],
  ],
};
const SUBTOTAL_LABEL = "小计";

/** Applicant columns in print order; 小计 sits after 其他 when printed. */
function applicantColumns(orgSubtotal: boolean): string[] {
  const columns: string[] = [...APPLICANT_COLUMNS];
  if (orgSubtotal) columns.splice(columns.indexOf("total"), 0, "orgSubtotal");
  return columns;
}

/** A short name of the drawing, e.g. "2021" or "2019+orgSubtotal+subtotal-denied". */
export function requestsVariantName(variant: RequestsVariant): string {
  const extras = [variant.orgSubtotal ? "orgSubtotal" : "", ...variant.subtotals.map((g) => `subtotal-${g}`)];
  return [variant.layout, ...extras.filter((e) => e !== "")].join("+");
}

/** The 申请 table: 3 header rows, then 23 ("2019") or 25 ("2021") labelled rows (+ printed subtotal rows). */
export function requestsTable(variant: RequestsVariant): DrawnTable {
  const columns = applicantColumns(variant.orgSubtotal);
  const values = (rowPath: string): DrawnCell[] => columns.map((column) => value(`requests.${rowPath}.${column}`));
  const orgColumns = columns.length - 2;
  const header: DrawnCell[][] = [
    [head("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), head("申请人情况", columns.length)],
    [head("自然人", 1, 2), head("法人或其他组织", orgColumns), head("总计", 1, 2)],
    [head("商业企业"), head("科研机构"), head("社会公益组织"), head("法律服务机构"), head("其他"), ...(variant.orgSubtotal ? [head(SUBTOTAL_LABEL)] : [])],
  ];

  // Result rows (三、本年度办理结果): each entry is the B/C label cells and the row's record path.
  const results: DrawnCell[][] = [];
  results.push([label("（一）予以公开", 2), ...values("granted")]);
  results.push([label("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2), ...values("partiallyGranted")]);
  const groups = variant.layout === "2021" ? [DENIED, UNABLE, NOT_PROCESSED, OTHER_2021] : [DENIED, UNABLE, NOT_PROCESSED];
  for (const group of groups) {
    const withSubtotal = variant.subtotals.includes(group.key);
    const span = group.rows.length + (withSubtotal ? 1 : 0);
    const groupCell = label(group.label, 1, span);
    const rows: DrawnCell[][] = [];
    if (withSubtotal) rows.push([label(SUBTOTAL_LABEL), ...values(`subtotals.${group.key}`)]);
    for (const [key, text] of group.rows) rows.push([label(text), ...values(`${group.key}.${key}`)]);
    rows[0]!.unshift(groupCell);
    results.push(...rows);
  }
  if (variant.layout === "2019") results.push([label("（六）其他处理", 2), ...values("other")]);
  results.push([label("（七）总计", 2), ...values("total")]);
  results[0]!.unshift(label("三、本年度办理结果", 1, results.length));

  return {
    table: "requests",
    heading: "三、收到和处理政府信息公开申请情况",
    variant: requestsVariantName(variant),
    rows: [
      ...header,
      [label("一、本年新收政府信息公开申请数量", 3), ...values("newReceived")],
      [label("二、上年结转政府信息公开申请数量", 3), ...values("carriedOver")],
      ...results,
      [label("四、结转下年度继续办理", 3), ...values("carriedForward")],
    ],
  };
}

// ---- 四、复议诉讼 ----
const REVIEW_OUTCOMES = [
  ["upheld", "结果维持"],
  ["corrected", "结果纠正"],
  ["other", "其他结果"],
  ["pending", "尚未审结"],
  ["total", "总计"],
] as const;
const REVIEW_GROUPS = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"] as const;

/** The 复议诉讼 table: 15 value cells under the template's header rows (§8). */
export function reviewTable(): DrawnTable {
  const outcomeHeads = (rowSpan?: number) => REVIEW_OUTCOMES.map(([, text]) => head(text, 1, rowSpan));
  return {
    table: "review",
    heading: "四、政府信息公开行政复议、行政诉讼情况",
    variant: "2019/2021",
    rows: [
      [head("行政复议", 5), head("行政诉讼", 10)],
      [...outcomeHeads(2), head("未经复议直接起诉", 5), head("复议后起诉", 5)],
      [...outcomeHeads(), ...outcomeHeads()],
      REVIEW_GROUPS.flatMap((group) => REVIEW_OUTCOMES.map(([key]) => value(`review.${group}.${key}`))),
    ],
  };
}

/** Whether a drawn cell shows a value (vs a label). */
export function isValueCell(cell: DrawnCell): cell is ValueCell {
  return "path" in cell;
}
