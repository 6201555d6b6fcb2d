// 示例县自然资源局2021年政府信息公开工作年度报告 — fictional DOCX. Exercises: the 第二十条 blocks as
// four small tables with their captions as paragraphs; label variants 规范性文件, 现行有效件数（历史累计）,
// 四、结转下一年度继续办理, （六） sub-rows written with "，" for "、"; digits split into runs.
// Every value is distinct and non-zero, and all exact checks hold.
import { Active2021 } from "../../../src/record/schema.js";
import { Block, RUN_BREAK } from "../document.js";
import { ExpectedRecord, requestsFromTable, reviewGroup } from "../expected-record.js";
import { ACTIVE_LABELS_2021, REQUESTS_LABELS, REVIEW_LABELS } from "../labels.js";
import { activeBlockTables2021 } from "../layout-active.js";
import { requestsTable } from "../layout-requests.js";
import { reviewTable } from "../layout-review.js";
import { cellPrinter } from "../printing.js";
import { preamble, problemsSection, requestsSummary, reviewSummary, sampleNotice } from "./narrative.js";
import { Sample } from "./sample.js";

const ORGANIZATION = "示例县自然资源局";
const YEAR = 2021;
const TITLE = `${ORGANIZATION}${YEAR}年政府信息公开工作年度报告`;

const ACTIVE: Active2021 = {
  regulations: { issued: 2, repealed: 1, inForce: 9 },
  normativeDocuments: { issued: 11, repealed: 4, inForce: 57 },
  licensing: { decisions: 1385 },
  penalties: { decisions: 214 },
  enforcement: { decisions: 38 },
  fees: { amount: 526.47 },
};

export const DEMO_2021_RECORD: ExpectedRecord = {
  meta: { title: TITLE, organization: ORGANIZATION, year: YEAR, template: "2021" },
  active: ACTIVE,
  requests: requestsFromTable(
    {
      newReceived: [584, 138, 132, 156, 106, 144, 1260],
      carriedOver: [5, 7, 6, 8, 3, 4, 33],
      results: [
        [47, 2, 1, 11, 5, 9, 75],
        [10, 5, 6, 8, 4, 1, 34],
        [19, 3, 2, 10, 7, 1, 42],
        [38, 10, 1, 8, 3, 9, 69],
        [44, 9, 7, 6, 4, 3, 73],
        [48, 2, 4, 7, 12, 3, 76],
        [39, 10, 4, 11, 3, 8, 75],
        [41, 6, 3, 1, 2, 10, 63],
        [35, 9, 10, 5, 7, 3, 69],
        [12, 7, 10, 9, 3, 6, 47],
        [39, 12, 8, 11, 1, 9, 80],
        [48, 9, 7, 8, 4, 12, 88],
        [12, 4, 5, 6, 9, 10, 46],
        [31, 11, 12, 7, 6, 3, 70],
        [9, 1, 7, 8, 10, 2, 37],
        [12, 8, 7, 6, 2, 10, 45],
        [12, 3, 11, 6, 8, 9, 49],
        [43, 5, 6, 12, 1, 10, 77],
        [13, 12, 7, 1, 2, 11, 46],
        [26, 10, 3, 8, 2, 9, 58],
        [9, 4, 10, 6, 8, 2, 39],
      ],
      total: [587, 142, 131, 155, 103, 140, 1258],
      carriedForward: [2, 3, 7, 9, 6, 8, 35],
    },
    "2021",
  ),
  review: {
    reconsideration: reviewGroup(7, 2, 3, 1, 13),
    litigationDirect: reviewGroup(4, 3, 1, 2, 10),
    litigationAfterReconsideration: reviewGroup(3, 1, 2, 5, 11),
  },
};

export function demo2021BlocksSample(): Sample {
  const record = DEMO_2021_RECORD;
  const printer = cellPrinter({});
  const other = record.requests.other;
  const overdueFee = other && !("total" in other) ? other.overdueFee?.total : undefined;
  const activeBlocks: Block[] = activeBlockTables2021(
    ACTIVE,
    { ...ACTIVE_LABELS_2021, normativeDocuments: "规范性文件", inForce: "现行有效件数（历史累计）" },
    printer,
  ).flatMap(({ caption, table }): Block[] => [
    { kind: "caption", text: caption },
    { kind: "table", table },
  ]);
  const requests = requestsTable(
    record.requests,
    {
      ...REQUESTS_LABELS,
      newReceived: `一、本年新收${RUN_BREAK}政府信息公开申请数量`,
      overdueCorrection: "1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",
      overdueFee: "2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请",
      carriedForward: "四、结转下一年度继续办理",
    },
    printer,
    "2021",
  );
  const review = reviewTable(record.review, REVIEW_LABELS, printer);
  return {
    name: "demo-2021-blocks",
    document: {
      publication: { title: TITLE, publisher: ORGANIZATION, publishDate: "2022-01-28", indexNumber: "SAMPLE-ZR/2022-00003" },
      blocks: [
        { kind: "title", text: TITLE },
        { kind: "paragraph", text: sampleNotice(ORGANIZATION) },
        {
          kind: "paragraph",
          text: preamble(ORGANIZATION, YEAR, "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）"),
        },
        { kind: "heading", text: "一、总体情况" },
        {
          kind: "paragraph",
          text: `${YEAR}年，县自然资源局聚焦国土空间规划、征地信息、不动产登记等重点领域，扎实做好政府信息公开工作。`,
        },
        { kind: "subheading", text: "（一）主动公开" },
        {
          kind: "paragraph",
          text: `全年主动公开政府信息2147条；制发规范性文件${ACTIVE.normativeDocuments?.issued}件，废止${ACTIVE.normativeDocuments?.repealed}件，现行有效${ACTIVE.normativeDocuments?.inForce}件。`,
        },
        { kind: "subheading", text: "（二）依申请公开" },
        { kind: "paragraph", text: requestsSummary(YEAR, record.requests) },
        { kind: "subheading", text: "（三）政府信息管理" },
        { kind: "paragraph", text: "完善征地信息公开流程，征地批复、补偿安置方案在批准后20个工作日内公开。" },
        { kind: "subheading", text: "（四）政府信息公开平台建设" },
        { kind: "paragraph", text: "升级征地信息公开平台，实现征地批文、“一书四方案”按宗地查询。" },
        { kind: "subheading", text: "（五）监督保障" },
        { kind: "paragraph", text: "建立政务公开工作台账，每季度通报栏目更新情况。" },
        { kind: "heading", text: "二、主动公开政府信息情况" },
        ...activeBlocks,
        { kind: "heading", text: "三、收到和处理政府信息公开申请情况" },
        { kind: "table", table: requests },
        { kind: "heading", text: "四、政府信息公开行政复议、行政诉讼情况" },
        { kind: "table", table: review },
        { kind: "paragraph", text: reviewSummary(YEAR, record.review) },
        ...problemsSection(),
        { kind: "heading", text: "六、其他需要报告的事项" },
        {
          kind: "paragraph",
          text: `依据《政府信息公开信息处理费管理办法》，本年度对超出合理范围的申请发出收费通知，因申请人逾期未缴纳信息处理费而不再处理的申请${overdueFee}件，实际收取信息处理费0元。`,
        },
      ],
    },
    outputs: [{ format: "docx", options: { digitRuns: true } }],
    record,
    deliberateErrors: [],
    printer,
  };
}
