// 示例镇人民政府2023年政府信息公开工作年度报告 — fictional DOCX in the mixed layout real reports use
// (like 洪泽区 2023): the 2021 主动公开 table, but a requests table whose （六）其他处理 is a single row.
// Section 一 is long, so the requests table starts low on a page and breaks across pages in the PDF.
// Deliberate printed error: 行政诉讼·未经复议直接起诉 总计 reads 9 while its outcomes add up to 10
// (the prose counts the 10 cases, so the narrative litigation count disagrees with the table too).
import { Active2021 } from "../../../src/record/schema.js";
import { Block } from "../document.js";
import { ExpectedRecord, requestsFromTable, reviewGroup } from "../expected-record.js";
import { ACTIVE_LABELS_2021, REQUESTS_LABELS, REVIEW_LABELS } from "../labels.js";
import { activeTable2021 } from "../layout-active.js";
import { requestsTable } from "../layout-requests.js";
import { reviewTable } from "../layout-review.js";
import { cellPrinter } from "../printing.js";
import { preamble, problemsSection, requestsSummary, reviewSummary, sampleNotice } from "./narrative.js";
import { Sample } from "./sample.js";

const ORGANIZATION = "示例镇人民政府";
const YEAR = 2023;
const TITLE = `${ORGANIZATION}${YEAR}年政府信息公开工作年度报告`;

const ACTIVE: Active2021 = {
  regulations: { issued: 1, repealed: 2, inForce: 5 },
  normativeDocuments: { issued: 8, repealed: 3, inForce: 26 },
  licensing: { decisions: 267 },
  penalties: { decisions: 91 },
  enforcement: { decisions: 17 },
  fees: { amount: 48.3 },
};

export const DEMO_2023_RECORD: ExpectedRecord = {
  meta: { title: TITLE, organization: ORGANIZATION, year: YEAR, template: "2021" },
  active: ACTIVE,
  requests: requestsFromTable(
    {
      newReceived: [501, 135, 144, 104, 138, 105, 1127],
      carriedOver: [4, 1, 7, 3, 2, 8, 25],
      results: [
        [33, 12, 8, 7, 6, 9, 75],
        [15, 2, 11, 5, 9, 10, 52],
        [20, 4, 3, 1, 12, 6, 46],
        [13, 10, 3, 1, 4, 11, 42],
        [39, 8, 9, 6, 11, 2, 75],
        [13, 9, 8, 11, 1, 2, 44],
        [45, 4, 10, 2, 11, 9, 81],
        [17, 7, 8, 4, 3, 10, 49],
        [27, 5, 11, 2, 1, 6, 52],
        [39, 3, 5, 2, 9, 7, 65],
        [45, 11, 6, 5, 12, 10, 89],
        [17, 3, 8, 2, 6, 4, 40],
        [18, 9, 6, 12, 2, 1, 48],
        [26, 3, 1, 5, 12, 4, 51],
        [19, 11, 5, 7, 9, 2, 53],
        [36, 12, 8, 7, 2, 6, 71],
        [30, 2, 12, 8, 10, 9, 71],
        [13, 10, 12, 7, 4, 1, 47],
        [36, 10, 12, 4, 6, 1, 69],
      ],
      total: [501, 135, 146, 98, 130, 110, 1120],
      carriedForward: [4, 1, 5, 9, 10, 3, 32],
    },
    "2019",
  ),
  review: {
    reconsideration: reviewGroup(5, 2, 1, 3, 11),
    litigationDirect: reviewGroup(4, 1, 2, 3, 9),
    litigationAfterReconsideration: reviewGroup(2, 3, 1, 4, 10),
  },
};

/** Section 一, long on purpose: it pushes the tables down the page. */
function overview(): Block[] {
  const p = (text: string): Block => ({ kind: "paragraph", text });
  return [
    { kind: "heading", text: "一、总体情况" },
    p(`${YEAR}年，示例镇坚持以人民为中心的发展思想，把政务公开作为建设法治政府、服务型政府的重要抓手，围绕乡村振兴、基层治理、民生保障等中心工作，推动决策、执行、管理、服务、结果全过程公开，切实保障群众的知情权、参与权、表达权和监督权。`),
    { kind: "subheading", text: "（一）主动公开" },
    p(`一是聚焦重点领域。围绕财政预决算、惠农补贴、农村低保、特困供养、危房改造、征地拆迁等群众关心的事项，按照“谁制作、谁公开”的原则及时公开，全年通过镇政府信息公开专栏主动公开政府信息1026条，其中财政信息48条、民生保障信息317条、乡村振兴信息152条。`),
    p(`二是做好政策解读。坚持政策文件与解读材料同步组织、同步审签、同步部署，全年制发规范性文件${ACTIVE.normativeDocuments?.issued}件，均同步发布解读材料，采用图解、问答、短视频等形式解读12次，让群众看得懂、用得上。`),
    p("三是加强村务公开。指导全镇14个行政村按季度公开党务、村务、财务信息，在村务公开栏和“示例镇发布”微信群同步发布，全年督促整改公开不及时、内容不完整问题23个。"),
    { kind: "subheading", text: "（二）依申请公开" },
    p(requestsSummary(YEAR, DEMO_2023_RECORD.requests)),
    p("镇党政办公室统一受理依申请公开事项，严格落实登记、审核、办理、答复、归档工作流程，做到申请有登记、办理有时限、答复有依据、过程可追溯；对申请内容不明确的，一次性告知补正事项。"),
    { kind: "subheading", text: "（三）政府信息管理" },
    p("严格执行政府信息公开审查制度，坚持“先审查、后公开”和“一事一审”，全年开展公开信息自查4次，对涉及个人隐私的信息进行去标识化处理，未发生泄密事件。"),
    { kind: "subheading", text: "（四）政府信息公开平台建设" },
    p("以县政府门户网站示例镇专栏为第一平台，整合镇政务服务大厅查阅点、村级便民服务站公开栏和政务新媒体，形成“网站+阵地+新媒体”的公开矩阵。全年更新专栏信息1026条，政务新媒体发布信息586条。"),
    { kind: "subheading", text: "（五）监督保障" },
    p("成立由镇长任组长的政务公开工作领导小组，明确分管领导和专职工作人员；将政务公开纳入对各站所和行政村的年度考核，全年组织业务培训2次，接受群众监督评议1次，未发生因政务公开工作引发的责任追究。"),
  ];
}

export function demo2023MixedSample(): Sample {
  const record = DEMO_2023_RECORD;
  const printer = cellPrinter({});
  const active = activeTable2021(ACTIVE, ACTIVE_LABELS_2021, printer);
  const requests = requestsTable(record.requests, REQUESTS_LABELS, printer, "2019");
  const review = reviewTable(record.review, REVIEW_LABELS, printer);
  return {
    name: "demo-2023-mixed",
    document: {
      publication: { title: TITLE, publisher: ORGANIZATION, publishDate: "2024-01-30", indexNumber: "SAMPLE-ZH/2024-00005" },
      blocks: [
        { kind: "title", text: TITLE },
        { kind: "paragraph", text: sampleNotice(ORGANIZATION) },
        {
          kind: "paragraph",
          text: preamble(ORGANIZATION, YEAR, "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）"),
        },
        ...overview(),
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
    outputs: [{ format: "docx", options: {} }],
    record,
    deliberateErrors: ["review.groupTotals litigationDirect"],
    printer,
  };
}
