// Table 二 (主动公开政府信息情况): blocks, rows, column headers, and which record fields each
// format gives a row (templates.md §5, §6).

export type ActiveRowKey =
  | "regulations"
  | "normativeDocuments"
  | "licensing"
  | "otherServices"
  | "penalties"
  | "enforcement"
  | "fees"
  | "procurement";

export type ActiveField =
  | "issued"
  | "repealed"
  | "inForce"
  | "decisions"
  | "amount"
  | "made"
  | "published"
  | "totalPublished"
  | "lastYearItems"
  | "change"
  | "projects";

export type Template = "2019" | "2021";

/** Block ids by the 第二十条 item number. */
export type BlockId = "art20_1" | "art20_5" | "art20_6" | "art20_8" | "art20_9";

export const BLOCK_OF_ROW: Record<ActiveRowKey, BlockId> = {
  regulations: "art20_1",
  normativeDocuments: "art20_1",
  licensing: "art20_5",
  otherServices: "art20_5",
  penalties: "art20_6",
  enforcement: "art20_6",
  fees: "art20_8",
  procurement: "art20_9",
};

/** The record fields of each row, per format, in printed column order. */
export const TEMPLATE_FIELDS: Record<Template, Partial<Record<ActiveRowKey, readonly ActiveField[]>>> = {
  "2021": {
    regulations: ["issued", "repealed", "inForce"],
    normativeDocuments: ["issued", "repealed", "inForce"],
    licensing: ["decisions"],
    penalties: ["decisions"],
    enforcement: ["decisions"],
    fees: ["amount"],
  },
  "2019": {
    regulations: ["made", "published", "totalPublished"],
    normativeDocuments: ["made", "published", "totalPublished"],
    licensing: ["lastYearItems", "change", "decisions"],
    otherServices: ["lastYearItems", "change", "decisions"],
    penalties: ["lastYearItems", "change", "decisions"],
    enforcement: ["lastYearItems", "change", "decisions"],
    fees: ["lastYearItems", "change"],
    procurement: ["projects", "amount"],
  },
};

/** Row labels, most specific first (规章 last: it is the shortest and most generic). */
const ROW_KEYWORDS: readonly [ActiveRowKey, readonly string[]][] = [
  ["normativeDocuments", ["规范性文件", "规范文件"]],
  ["otherServices", ["对外管理服务", "其他对外管理"]],
  ["licensing", ["行政许可"]],
  ["penalties", ["行政处罚"]],
  ["enforcement", ["行政强制"]],
  ["fees", ["事业性收费", "行政收费"]],
  ["procurement", ["集中采购", "政府采购"]],
  ["regulations", ["规章"]],
];

/** The row a normalised label names. */
export function matchActiveRow(text: string): ActiveRowKey | undefined {
  if (!text) return undefined;
  for (const [key, words] of ROW_KEYWORDS) if (words.some((w) => text.includes(w))) return key;
  return undefined;
}

export interface FieldMatch {
  field: ActiveField;
  /** The format whose header prints this label (§9.4), if only one does. */
  template?: Template;
}

/** Column headers, most specific first. */
const FIELD_KEYWORDS: readonly [FieldMatch, readonly string[]][] = [
  [{ field: "projects", template: "2019" }, ["采购项目"]],
  [{ field: "amount", template: "2019" }, ["采购总金额", "采购金额"]],
  [{ field: "amount", template: "2021" }, ["收费金额"]],
  [{ field: "lastYearItems", template: "2019" }, ["上一年项目", "上年项目", "上一年度项目"]],
  [{ field: "change", template: "2019" }, ["增/减", "增、减", "增减", "增或减"]],
  [{ field: "decisions" }, ["处理决定"]],
  [{ field: "issued", template: "2021" }, ["制发"]],
  [{ field: "repealed", template: "2021" }, ["废止"]],
  [{ field: "inForce", template: "2021" }, ["现行有效"]],
  [{ field: "made", template: "2019" }, ["新制作", "制作数量"]],
  [{ field: "totalPublished", template: "2019" }, ["公开总数", "对外公开总"]],
  [{ field: "published", template: "2019" }, ["新公开"]],
];

/** The field a normalised column header names. */
export function matchActiveField(text: string): FieldMatch | undefined {
  if (!text) return undefined;
  for (const [match, words] of FIELD_KEYWORDS) if (words.some((w) => text.includes(w))) return match;
  return undefined;
}

/** 信息内容: the header of the row-label column. */
export function isContentHeader(text: string): boolean {
  return text === "信息内容" || text === "内容" || text === "项目";
}

const BLOCK_NUMBERS: Record<string, BlockId> = { 一: "art20_1", "1": "art20_1", 五: "art20_5", "5": "art20_5", 六: "art20_6", "6": "art20_6", 八: "art20_8", "8": "art20_8", 九: "art20_9", "9": "art20_9" };

/**
 * The block a caption names: 第二十条第(一)项 / 第二十条第一项 (normalised). Undefined for other
 * text; null for a 第二十条 caption of an item the record has no block for.
 */
export function matchCaption(text: string): BlockId | null | undefined {
  const at = text.indexOf("第二十条");
  if (at < 0) return undefined;
  const m = /^第\(?([一二三四五六七八九十\d]{1,2})\)?项/.exec(text.slice(at + 4));
  return m ? (BLOCK_NUMBERS[m[1]!] ?? null) : null;
}
