// 示例县人民政府2020年政府信息公开工作年度报告 — fictional. A 2020 report in the 2019 national format:
// 第二十条 （一）（五）（六）（八）（九） blocks with the misaligned merges of templates.md §6, signed
// 本年增/减 values, 政府集中采购 with an amount carrying its unit, a single （六）其他处理 row.
// Every value is distinct and non-zero, and all exact checks hold.
import { Active2019 } from "../../../src/record/schema.js";
import { ExpectedRecord, requestsFromTable, reviewGroup } from "../expected-record.js";
import { ACTIVE_LABELS_2019, REQUESTS_LABELS, REVIEW_LABELS } from "../labels.js";
import { activeTable2019 } from "../layout-active.js";
import { requestsTable } from "../layout-requests.js";
import { reviewTable } from "../layout-review.js";
import { cellPrinter } from "../printing.js";
import { preamble, problemsSection, requestsSummary, reviewSummary, sampleNotice } from "./narrative.js";
import { Sample } from "./sample.js";

const ORGANIZATION = "示例县人民政府";
const YEAR = 2020;
const TITLE = `${ORGANIZATION}${YEAR}年政府信息公开工作年度报告`;

const ACTIVE: Active2019 = {
  regulations: { made: 3, published: 2, totalPublished: 17 },
  normativeDocuments: { made: 14, published: 12, totalPublished: 136 },
  licensing: { lastYearItems: 412, change: 9, decisions: 3856 },
  otherServices: { lastYearItems: 58, change: -4, decisions: 731 },
  penalties: { lastYearItems: 96, change: 3, decisions: 1287 },
  enforcement: { lastYearItems: 21, change: -2, decisions: 64 },
  fees: { lastYearItems: 37, change: -5 },
  procurement: { projects: 46, amount: 1286.75, units: "万元" },
};

export const DEMO_2020_RECORD: ExpectedRecord = {
  meta: { title: TITLE, organization: ORGANIZATION, year: YEAR, template: "2019" },
  active: ACTIVE,
  requests: requestsFromTable(
    {
      newReceived: [647, 116, 112, 110, 111, 123, 1219],
      carriedOver: [4, 2, 6, 8, 1, 7, 28],
      results: [
        [36, 8, 5, 4, 7, 10, 70],
        [39, 2, 1, 6, 3, 10, 61],
        [45, 4, 2, 10, 3, 9, 73],
        [22, 6, 4, 8, 3, 5, 48],
        [37, 7, 1, 5, 12, 4, 66],
        [37, 1, 11, 5, 10, 3, 67],
        [46, 1, 12, 7, 2, 8, 76],
        [42, 1, 11, 5, 4, 7, 70],
        [21, 6, 1, 3, 9, 7, 47],
        [33, 11, 3, 1, 2, 4, 54],
        [37, 3, 12, 8, 11, 5, 76],
        [22, 12, 7, 1, 4, 9, 55],
        [48, 2, 10, 12, 11, 3, 86],
        [31, 4, 12, 6, 10, 5, 68],
        [42, 10, 1, 11, 3, 12, 79],
        [31, 10, 3, 5, 1, 12, 62],
        [21, 7, 12, 10, 5, 1, 56],
        [14, 10, 3, 2, 1, 5, 35],
        [37, 5, 1, 8, 4, 2, 57],
      ],
      total: [641, 110, 112, 117, 105, 121, 1206],
      carriedForward: [10, 8, 6, 1, 7, 9, 41],
    },
    "2019",
  ),
  review: {
    reconsideration: reviewGroup(4, 2, 1, 3, 10),
    litigationDirect: reviewGroup(6, 1, 3, 2, 12),
    litigationAfterReconsideration: reviewGroup(2, 3, 1, 5, 11),
  },
};

export function demo2020CountySample(): Sample {
  const record = DEMO_2020_RECORD;
  const printer = cellPrinter({
    printed: {
      "active.licensing.change": "+9",
      "active.otherServices.change": "-4",
      "active.penalties.change": "+3",
      "active.enforcement.change": "-2",
      "active.fees.change": "-5",
      "active.procurement.amount": "1286.75万元",
    },
  });
  const active = activeTable2019(ACTIVE, { ...ACTIVE_LABELS_2019, made: "本年新\n制作数量", published: "本年新\n公开数量" }, printer);
  const requests = requestsTable(record.requests, REQUESTS_LABELS, printer, "2019");
  const review = reviewTable(record.review, REVIEW_LABELS, printer);
  return {
    name: "demo-2020-county",
    document: {
      publication: { title: TITLE, publisher: `${ORGANIZATION}办公室`, publishDate: "2021-03-26", indexNumber: "SAMPLE-SL/2021-00107" },
      blocks: [
        { kind: "title", text: TITLE },
        { kind: "paragraph", text: sampleNotice(ORGANIZATION) },
        {
          kind: "paragraph",
          text: preamble(ORGANIZATION, YEAR, "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）"),
        },
        { kind: "heading", text: "一、总体情况" },
        {
          kind: "paragraph",
          text: `${YEAR}年，${ORGANIZATION}认真贯彻落实新修订的《条例》，围绕疫情防控、复工复产和“六稳”“六保”等重点工作，持续加大政府信息公开力度，不断提升政务公开质量。`,
        },
        { kind: "subheading", text: "（一）主动公开" },
        {
          kind: "paragraph",
          text: `全年通过县政府门户网站主动公开政府信息4826条，发布政策解读材料63篇；本年新公开规范性文件${ACTIVE.normativeDocuments?.published}件，及时更新行政许可、行政处罚等办事信息。`,
        },
        { kind: "subheading", text: "（二）依申请公开" },
        { kind: "paragraph", text: requestsSummary(YEAR, record.requests) },
        { kind: "subheading", text: "（三）政府信息管理" },
        { kind: "paragraph", text: "严格执行公开前保密审查制度，开展规范性文件清理，对已废止、失效的文件在门户网站予以标注。" },
        { kind: "subheading", text: "（四）平台建设" },
        { kind: "paragraph", text: "完成县政府门户网站集约化改造，优化政府信息公开专栏，新增政策文件库和政策问答栏目。" },
        { kind: "subheading", text: "（五）监督保障" },
        { kind: "paragraph", text: "将政务公开工作纳入年度绩效考核，全年组织业务培训3次，开展网站和政务新媒体季度检查4次。" },
        { kind: "heading", text: "二、主动公开政府信息情况" },
        { kind: "table", table: active },
        { kind: "heading", text: "三、收到和处理政府信息公开申请情况" },
        { kind: "table", table: requests },
        { kind: "heading", text: "四、政府信息公开行政复议、行政诉讼情况" },
        { kind: "table", table: review },
        { kind: "paragraph", text: reviewSummary(YEAR, record.review) },
        ...problemsSection(),
        { kind: "heading", text: "六、其他需要报告的事项" },
        { kind: "paragraph", text: "本年度未收取信息处理费。无其他需要报告的事项。" },
      ],
    },
    outputs: [
      { format: "html", options: { charset: "utf-8" } },
      { format: "docx", options: {} },
    ],
    record,
    deliberateErrors: [],
    printer,
  };
}
