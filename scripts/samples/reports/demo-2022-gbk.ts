// 示例市示例区教育局2022年政府信息公开工作年度报告 — fictional; a GBK-encoded page pasted from Word.
// Exercises: charset=gbk; numbers split one span per digit; the requests table broken into two
// <table>s with the header repeated; spaced and line-broken labels (三 、本 年 度办 理 结果, 商业<br>企业);
// the 社会公益性组织 column label; blank, "/" and "—" cells (all null). Non-null values are distinct
// and non-zero; every exact check holds where no operand is null (with nulls read as 0 as well).
import { Active2021 } from "../../../src/record/schema.js";
import { ExpectedRecord, requestsFromTable, reviewGroup } from "../expected-record.js";
import { ACTIVE_LABELS_2021, REQUESTS_LABELS, REVIEW_LABELS } from "../labels.js";
import { activeTable2021 } from "../layout-active.js";
import { REQUESTS_HEADER_ROWS, requestsTable } from "../layout-requests.js";
import { reviewTable } from "../layout-review.js";
import { cellPrinter } from "../printing.js";
import { splitTable } from "../word-rows.js";
import { preamble, problemsSection, requestsSummary, reviewSummary, sampleNotice } from "./narrative.js";
import { Sample } from "./sample.js";

const ORGANIZATION = "示例市示例区教育局";
const YEAR = 2022;
const TITLE = `${ORGANIZATION}${YEAR}年政府信息公开工作年度报告`;
/** The requests table breaks before （五）不予处理 (3 header rows, 一、二、, then 15 result rows). */
const REQUESTS_BREAK_ROW = REQUESTS_HEADER_ROWS + 2 + 2 + 8 + 3;

const ACTIVE: Active2021 = {
  regulations: { issued: null, repealed: null, inForce: null },
  normativeDocuments: { issued: 6, repealed: 2, inForce: 31 },
  licensing: { decisions: 143 },
  penalties: { decisions: 27 },
  enforcement: { decisions: null },
  fees: { amount: 3.25 },
};

const _ = null;
export const DEMO_2022_RECORD: ExpectedRecord = {
  meta: { title: TITLE, organization: ORGANIZATION, year: YEAR, template: "2021" },
  active: ACTIVE,
  requests: requestsFromTable(
    {
      newReceived: [557, 144, 97, 131, 125, 130, 1184],
      carriedOver: [2, 3, 5, 7, 6, 4, 27],
      results: [
        [37, 3, 12, 7, 5, 11, 75],
        [24, 7, 12, 2, 9, 4, 58],
        [45, 6, 7, 1, _, 5, 64],
        [23, 9, _, 4, 8, 7, 51],
        [_, _, _, _, _, _, _],
        [28, 10, 5, 11, 7, 8, 69],
        [9, 6, 1, 3, 8, _, 27],
        [10, 12, 9, 8, 6, 11, 56],
        [38, 5, _, 6, 4, 9, 62],
        [41, 11, _, 2, 12, 4, 70],
        [34, 3, 6, 9, 12, 4, 68],
        [19, 9, 1, 10, _, 4, 43],
        [21, 11, 8, 1, 7, 4, 52],
        [27, 9, 4, 2, 11, 1, 54],
        [31, 8, 4, 12, 3, 6, 64],
        [30, 10, _, 9, 2, 7, 58],
        [29, 6, 8, 11, 12, 9, 75],
        [22, 2, 10, 6, 7, 8, 55],
        [29, 8, 3, 12, 4, 11, 67],
        [9, 7, 1, 12, 10, _, 39],
        [48, 3, 2, 4, 1, 11, 69],
      ],
      total: [554, 145, 93, 132, 128, 124, 1176],
      carriedForward: [5, 2, 9, 6, 3, 10, 35],
    },
    "2021",
  ),
  review: {
    reconsideration: reviewGroup(3, 1, _, 2, 6),
    litigationDirect: reviewGroup(2, _, 1, 4, 7),
    litigationAfterReconsideration: reviewGroup(5, 1, 2, _, 8),
  },
};

export function demo2022GbkSample(): Sample {
  const record = DEMO_2022_RECORD;
  // Nulls print blank by default; these columns use a slash or a dash instead, as some authors do.
  const printer = cellPrinter({
    blank: "",
    printed: {
      "active.regulations.issued": "—",
      "active.regulations.repealed": "—",
      "active.regulations.inForce": "—",
      "active.enforcement.decisions": "/",
      "requests.denied.lawForbidden.research": "/",
      "requests.denied.enforcementFile.research": "/",
      "requests.denied.inquiry.research": "/",
      "requests.notProcessed.publication.research": "/",
      "requests.denied.stateSecret.legalService": "—",
      "requests.unable.needsCreation.legalService": "—",
      "review.litigationDirect.corrected": "/",
      "review.litigationAfterReconsideration.pending": "—",
    },
  });
  const active = activeTable2021(ACTIVE, ACTIVE_LABELS_2021, printer);
  const requests = requestsTable(
    record.requests,
    {
      ...REQUESTS_LABELS,
      results: "三 、本 年 度办 理 结果",
      commercial: "商业\n企业",
      research: "科研\n机构",
      publicInterest: "社会公益性组织",
      legalService: "法律服务\n机构",
      partiallyGranted: "（二）部分公开（区分处理的，只计这一情 形，不计其他情形）",
    },
    printer,
    "2021",
  );
  const [requestsTop, requestsBottom] = splitTable(requests, REQUESTS_BREAK_ROW, REQUESTS_HEADER_ROWS);
  const review = reviewTable(record.review, REVIEW_LABELS, printer);
  return {
    name: "demo-2022-gbk",
    document: {
      publication: { title: TITLE, publisher: ORGANIZATION, publishDate: "2023-01-18", indexNumber: "SAMPLE-JY/2023-00012" },
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
          text: `${YEAR}年，区教育局围绕“双减”、招生入学、教育收费等群众关注事项，推进教育领域政务公开标准化规范化建设。`,
        },
        { kind: "subheading", text: "（一）主动公开" },
        {
          kind: "paragraph",
          text: `全年主动公开政府信息1362条，其中招生入学信息214条、教育收费信息37条；制发规范性文件${ACTIVE.normativeDocuments?.issued}件，废止${ACTIVE.normativeDocuments?.repealed}件。`,
        },
        { kind: "subheading", text: "（二）依申请公开" },
        { kind: "paragraph", text: requestsSummary(YEAR, record.requests) },
        { kind: "subheading", text: "（三）政府信息管理" },
        { kind: "paragraph", text: "落实公开属性源头认定，公文拟制时同步明确公开方式；定期开展已公开信息的合规性检查。" },
        { kind: "subheading", text: "（四）政府信息公开平台建设" },
        { kind: "paragraph", text: "依托区政府门户网站教育专栏发布信息，同步通过“示例区教育”公众号推送招生政策解读。" },
        { kind: "subheading", text: "（五）监督保障" },
        { kind: "paragraph", text: "将政务公开纳入局机关科室和直属学校年度考核，全年接受社会评议2次。" },
        { kind: "heading", text: "二、主动公开政府信息情况" },
        { kind: "table", table: active },
        { kind: "heading", text: "三、收到和处理政府信息公开申请情况" },
        { kind: "table", table: requestsTop },
        { kind: "table", table: requestsBottom },
        { kind: "heading", text: "四、政府信息公开行政复议、行政诉讼情况" },
        { kind: "table", table: review },
        { kind: "paragraph", text: reviewSummary(YEAR, record.review) },
        ...problemsSection(),
        { kind: "heading", text: "六、其他需要报告的事项" },
        { kind: "paragraph", text: "本年度未收取信息处理费。" },
      ],
    },
    outputs: [{ format: "html", options: { charset: "gbk", digitSpans: true } }],
    record,
    deliberateErrors: [],
    printer,
  };
}
