// Label variants real reports print (templates.md §5–§8, §10), drawn per report on top of the
// official labels of scripts/samples/labels.ts: aliases, enumerator and punctuation styles, quotes,
// 其它, notes in headers, and letter-spaced, line-broken or run-fragmented labels.
import { RUN_BREAK } from "../../scripts/samples/document.js";
import {
  ACTIVE_LABELS_2019,
  ACTIVE_LABELS_2021,
  ActiveLabels2019,
  ActiveLabels2021,
  REQUESTS_LABELS,
  RequestsLabels,
  REVIEW_LABELS,
  ReviewLabels,
} from "../../scripts/samples/labels.js";
import { Random } from "./prng.js";
import { GENERATOR_SETTINGS as S } from "./settings.js";

const L = S.labels;
/** Of the publicInterest variants: 社会公益性组织 (seed) rather than 公益组织. */
const SHEHUI_GONGYIXING = 0.8;
/** With the 其它 variant: share of the four 其他 labels written 其它. */
const QITA_LABEL_SHARE = 0.5;
/** Letter-spacing: ASCII rather than ideographic spaces, and the share of character gaps spaced. */
const ASCII_SPACE = 0.8;
const SPACED_GAP_SHARE = 0.5;

export interface ReportLabels {
  active2021: ActiveLabels2021;
  active2019: ActiveLabels2019;
  requests: RequestsLabels;
  review: ReviewLabels;
  headings: SectionHeadings;
  tags: string[];
}

export interface SectionHeadings {
  overview: string;
  active: string;
  requests: string;
  review: string;
  problems: string;
  otherMatters: string;
}

/** Official heading first, then the variants of templates.md §3. */
const HEADINGS: Record<keyof SectionHeadings, readonly string[]> = {
  overview: ["一、总体情况", "一、概述", "一、基本情况"],
  active: ["二、主动公开政府信息情况", "二、行政机关主动公开政府信息情况"],
  requests: ["三、收到和处理政府信息公开申请情况", "三、行政机关收到和处理政府信息公开申请情况"],
  review: ["四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "四、政府信息公开行政复议及行政诉讼情况"],
  problems: ["五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况", "五、存在的主要问题及改进措施"],
  otherMatters: ["六、其他需要报告的事项", "六、其他需要报告事项"],
};

const ENUMERATORS: Record<keyof typeof L.enumerator, (n: string) => string> = {
  dot: (n) => `${n}.`,
  comma: (n) => `${n}、`,
  paren: (n) => `（${n}）`,
  fullwidthDot: (n) => `${n}．`,
  circled: (n) => String.fromCharCode(0x2460 + Number(n) - 1),
};
const QUOTES: Record<keyof typeof L.quoteStyle, [string, string]> = { curly: ["“", "”"], ascii: ['"', '"'], none: ["", ""], fullwidth: ["＂", "＂"] };
const CAPTION_STYLES: Record<keyof typeof L.captionStyle, (numeral: string) => string> = {
  official: (n) => `第二十条第（${n}）项`,
  ascii: (n) => `第二十条第(${n})项`,
  noParens: (n) => `第二十条第${n}项`,
};
const FEE_HEADERS: Record<keyof typeof L.feeAmountHeader, string> = {
  official: "本年收费金额（单位：万元）",
  short: "本年收费金额（万元）",
  ascii: "本年收费金额(单位:万元)",
};
/** Requests sub-row keys whose labels start with an Arabic enumerator. */
const SUB_ROWS = [
  "stateSecret", "lawForbidden", "threeSecurities", "thirdParty", "internalAffairs", "processInfo", "enforcementFile", "inquiry",
  "notHeld", "needsCreation", "unclear", "complaint", "repeated", "publication", "excessive", "confirmation",
  "overdueCorrection", "overdueFee", "others",
] as const;
/** Labels of merged cells that some reports print one character per line. */
const VERTICAL_REQUESTS = ["results", "denied", "unable", "notProcessed", "other"] as const;
const VERTICAL_REVIEW = ["upheld", "corrected", "other", "pending", "total"] as const;
const GROUP_ROWS = ["granted", "partiallyGranted", "denied", "unable", "notProcessed", "other", "resultTotal"] as const;

export function drawLabels(r: Random, template: "2019" | "2021"): ReportLabels {
  const tags: string[] = [];
  const a21: ActiveLabels2021 = { ...ACTIVE_LABELS_2021 };
  const a19: ActiveLabels2019 = { ...ACTIVE_LABELS_2019 };
  const q: RequestsLabels = { ...REQUESTS_LABELS };
  const v: ReviewLabels = { ...REVIEW_LABELS };

  // 主动公开
  if (r.chance(L.normativeDocumentsOld)) {
    if (template === "2021") a21.normativeDocuments = "规范性文件";
    else a19.normativeDocuments = "行政规范性文件";
    tags.push(`label:normativeDocuments=${template === "2021" ? a21.normativeDocuments : a19.normativeDocuments}`);
  }
  if (r.chance(L.inForceNote)) {
    a21.inForce = "现行有效件数（历史累计）";
    if (template === "2021") tags.push("label:inForce=现行有效件数（历史累计）");
  }
  const fee = r.weighted(L.feeAmountHeader);
  a21.feeAmount = FEE_HEADERS[fee];
  if (fee !== "official" && template === "2021") tags.push(`label:feeAmount=${a21.feeAmount}`);
  const caption = r.weighted(L.captionStyle);
  for (const [key, numeral] of [["caption1", "一"], ["caption5", "五"], ["caption6", "六"], ["caption8", "八"], ["caption9", "九"]] as const) {
    const text = CAPTION_STYLES[caption](numeral);
    if (key !== "caption9") a21[key] = text;
    a19[key] = text;
  }
  if (caption !== "official") tags.push(`label:caption=${CAPTION_STYLES[caption]("一")}`);
  if (r.chance(L.madeLineBreak)) {
    a19.made = "本年新\n制作数量";
    a19.published = "本年新\n公开数量";
    if (template === "2019") tags.push("label:made=本年新<br>制作数量");
  }
  if (r.chance(L.changeNoSlash)) {
    a19.change = "本年增减";
    if (template === "2019") tags.push("label:change=本年增减");
  }

  // 收到和处理申请
  const enumerator = r.weighted(L.enumerator);
  if (enumerator !== "dot") {
    for (const key of SUB_ROWS) q[key] = q[key].replace(/^(\d)\./, (_, n: string) => ENUMERATORS[enumerator](n));
    tags.push(`label:enumerator=${ENUMERATORS[enumerator]("1")}`);
  }
  if (r.weighted(L.groupParens) === "ascii") {
    for (const key of GROUP_ROWS) q[key] = q[key].replace(/^（(.)）/, "($1)");
    tags.push("label:group-parens=ascii");
  }
  const quotes = r.weighted(L.quoteStyle);
  if (quotes !== "curly") {
    const [open, close] = QUOTES[quotes];
    q.threeSecurities = q.threeSecurities.replace("“三安全一稳定”", `${open}三安全一稳定${close}`);
    tags.push(`label:quotes=${quotes}`);
  }
  if (r.chance(L.otherSubRowComma)) {
    q.overdueCorrection = q.overdueCorrection.replace("、", "，");
    q.overdueFee = q.overdueFee.replace("、", "，");
    tags.push("label:（六）sub-rows-with-，");
  }
  if (r.chance(L.publicInterestVariant)) {
    q.publicInterest = r.chance(SHEHUI_GONGYIXING) ? "社会公益性组织" : "公益组织";
    tags.push(`label:publicInterest=${q.publicInterest}`);
  }
  if (r.chance(L.carriedForwardNextYear)) {
    q.carriedForward = "四、结转下一年度继续办理";
    tags.push("label:carriedForward=结转下一年度继续办理");
  }
  if (r.chance(L.qitaVariant)) {
    const keys = (["otherOrg", "others", "other", "organizations"] as const).filter(() => r.chance(QITA_LABEL_SHARE));
    for (const key of keys) q[key] = q[key].replace("其他", "其它");
    if (keys.length > 0) tags.push(...keys.map((k) => `label:其它:${k}`));
  }
  const totalRow = r.weighted(L.totalRowVariant);
  if (totalRow !== "official") {
    q.resultTotal = totalRow === "ascii" ? "(七)总计" : "总计";
    tags.push(`label:resultTotal=${q.resultTotal}`);
  }
  if (r.chance(L.columnTotalHeji)) {
    q.total = "合计";
    tags.push("label:column-total=合计");
  }
  if (r.chance(L.noteBlank)) {
    q.note = "";
    tags.push("label:note-blank");
  }

  // 复议诉讼
  if (r.chance(L.reviewShortLabels)) {
    Object.assign(v, { upheld: "维持", corrected: "纠正", other: "其他", pending: "未审结", total: "合计" });
    tags.push("label:review-short");
  }

  // Section headings
  const headings = Object.fromEntries(
    (Object.keys(HEADINGS) as Array<keyof SectionHeadings>).map((k) => [k, r.chance(L.headingVariants) ? r.pick(HEADINGS[k]) : HEADINGS[k][0]!]),
  ) as unknown as SectionHeadings;
  for (const [k, text] of Object.entries(headings)) if (text !== HEADINGS[k as keyof SectionHeadings][0]) tags.push(`heading:${text}`);

  // Layout of the label text itself: spaces, line breaks, run fragments.
  const activeLabels: Record<string, string> = template === "2021" ? a21 : a19;
  const tables: Array<[string, Record<string, string>]> = [["active", activeLabels], ["requests", q], ["review", v]];
  const reshape = (kind: string, share: number, apply: (text: string) => string, minLength: number) => {
    for (const [table, labels] of tables) {
      for (const key of Object.keys(labels)) {
        const text = labels[key]!;
        if ([...text].length < minLength || !r.chance(share)) continue;
        labels[key] = apply(text);
        tags.push(`label:${kind}:${table}.${key}`);
      }
    }
  };
  if (r.chance(L.spacedReports)) reshape("spaced", L.spacedLabelShare, (t) => letterSpace(r, t), 2);
  if (r.chance(L.brokenReports)) reshape("line-broken", L.brokenLabelShare, (t) => breakLine(r, t, "\n"), 4);
  if (r.chance(L.runBreakReports)) reshape("run-fragments", L.runBreakLabelShare, (t) => breakLine(r, t, RUN_BREAK), 3);
  if (r.chance(L.verticalReports)) {
    const groups: Array<[string, Record<string, string>, readonly string[]]> = [
      ["requests", q, VERTICAL_REQUESTS],
      ["review", v, VERTICAL_REVIEW],
    ];
    for (const [table, labels, keys] of groups) {
      for (const key of keys) {
        if (!r.chance(L.verticalLabelShare)) continue;
        labels[key] = [...labels[key]!.replace(/\s/g, "").split(RUN_BREAK).join("")].join("\n");
        tags.push(`label:vertical:${table}.${key}`);
      }
    }
  }

  return { active2021: a21, active2019: a19, requests: q, review: v, headings, tags };
}

/** Spaces between some characters, as `三 、本 年 度办 理 结果`. */
function letterSpace(r: Random, text: string): string {
  const chars = [...text];
  const space = r.chance(ASCII_SPACE) ? " " : "\u3000";
  return chars.map((ch, i) => (i > 0 && !/\s/.test(ch) && !/\s/.test(chars[i - 1]!) && r.chance(SPACED_GAP_SHARE) ? space + ch : ch)).join("");
}

/** One break (line or run) at a random position inside the text, never at either end. */
function breakLine(r: Random, text: string, mark: string): string {
  const chars = [...text];
  const at = r.int(1, chars.length - 1);
  return chars.slice(0, at).join("") + mark + chars.slice(at).join("");
}
