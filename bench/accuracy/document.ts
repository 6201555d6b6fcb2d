// A generated report as the format-neutral sample model (scripts/samples/document.ts): title,
// preamble, the six sections, and the three tables laid out as the drawn variant says — 表二 as one
// table or four, captions in rows or as paragraphs, 表三 whole or broken in two.
import { Active2019, Active2021, Requests, Review } from "../../src/record/schema.js";
import { Block, SampleCell, SampleDocument, SampleTable } from "../../scripts/samples/document.js";
import { ExpectedRecord } from "../../scripts/samples/expected-record.js";
import { activeBlockTables2021, activeTable2019, activeTable2021 } from "../../scripts/samples/layout-active.js";
import { REQUESTS_HEADER_ROWS, requestsTable } from "../../scripts/samples/layout-requests.js";
import { reviewTable } from "../../scripts/samples/layout-review.js";
import { CellPrinter } from "../../scripts/samples/printing.js";
import { preamble, problemsSection, requestsSummary, reviewSummary, sampleNotice } from "../../scripts/samples/reports/narrative.js";
import { splitTable } from "../../scripts/samples/word-rows.js";
import { ReportMeta } from "./agencies.js";
import { ReportLabels } from "./labels.js";
import { withGroupSubtotalRows, withOrgSubtotalColumn, withResultsLabelInTwo, withTrailingBlankRow } from "./table-variants.js";
import { Random } from "./prng.js";
import { GENERATOR_SETTINGS as S } from "./settings.js";
import { OtherLayout } from "./values.js";

export type ActiveLayout = keyof typeof S.activeLayout;

export interface TableLayout {
  active: ActiveLayout;
  captionsOmitted: boolean;
  /** 表三 broken before this row into two tables; the second repeats the header rows or not. */
  requestsSplit?: { at: number; repeatHeader: boolean };
  otherLayout: OtherLayout;
  wrongCitation: boolean;
  orgSubtotalColumn: boolean;
  groupSubtotalRows: boolean;
  overviewParagraphs: number;
  /** 三、本年度办理结果 printed as two cells, the second this many result rows down. */
  resultsLabelSplitAt?: number;
  trailingBlankRow?: "requests" | "review";
  /** No title paragraph in the body (HTML pages whose title is only in the page header). */
  titleInBody: boolean;
}

const CITATION = {
  "2019": "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）",
  "2021": "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）",
};

/** The rows of 表三 for the given layout of （六）: 3 header rows, 一、二、, results, （七）, 四、. */
export function requestsRowCount(otherLayout: OtherLayout): number {
  return REQUESTS_HEADER_ROWS + 2 + (otherLayout === "2021" ? 21 : 19) + 2;
}

export function drawTableLayout(r: Random, otherLayout: OtherLayout, splitShare: number, titleInBody: boolean): TableLayout {
  const active = r.weighted(S.activeLayout);
  const rows = requestsRowCount(otherLayout);
  const resultRows = rows - REQUESTS_HEADER_ROWS - 4;
  const groupSubtotalRows = r.chance(S.groupSubtotalRows);
  return {
    orgSubtotalColumn: r.chance(S.orgSubtotalColumn),
    groupSubtotalRows,
    overviewParagraphs: r.int(S.overviewParagraphs.min, S.overviewParagraphs.max),
    // Exclusive with subtotal rows, which renumber the rows under 三、本年度办理结果.
    resultsLabelSplitAt: !groupSubtotalRows && r.chance(S.resultsLabelInTwo) ? r.int(2, resultRows - 2) : undefined,
    trailingBlankRow: r.chance(S.trailingBlankRow) ? r.pick(["requests", "review"] as const) : undefined,
    titleInBody,
    active,
    captionsOmitted: active !== "oneTable" && r.chance(S.captionsOmitted),
    // At least one data row above the break and one row below it.
    requestsSplit: r.chance(splitShare) ? { at: r.int(REQUESTS_HEADER_ROWS + 1, rows - 1), repeatHeader: r.chance(S.splitRepeatsHeader) } : undefined,
    otherLayout,
    wrongCitation: r.chance(S.wrongFormatCitation),
  };
}

export function tableLayoutTags(layout: TableLayout): string[] {
  const tags = [`active:${layout.active}`, `requests:other-${layout.otherLayout === "2021" ? "three-rows" : "single-row"}`];
  if (layout.captionsOmitted) tags.push("active:captions-omitted");
  if (layout.requestsSplit) tags.push(`requests:split-${layout.requestsSplit.repeatHeader ? "repeated-header" : "no-header"}`);
  if (layout.wrongCitation) tags.push("preamble:wrong-format-citation");
  if (layout.orgSubtotalColumn) tags.push("requests:org-subtotal-column");
  if (layout.groupSubtotalRows) tags.push("requests:group-subtotal-rows");
  if (layout.overviewParagraphs >= LONG_OVERVIEW) tags.push("overview:long");
  if (layout.resultsLabelSplitAt !== undefined) tags.push("requests:results-label-in-two");
  if (layout.trailingBlankRow) tags.push(`${layout.trailingBlankRow}:trailing-blank-row`);
  if (!layout.titleInBody) tags.push("title:page-header-only");
  return tags;
}

/** Section 一 reaches this many paragraphs in long reports (tag "overview:long"). */
const LONG_OVERVIEW = 5;
const OVERVIEW: Array<(org: string, year: number) => string> = [
  (org, year) => `${year}年，${org}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。`,
  () => "围绕群众关切，重点做好财政预决算、重大建设项目、公共资源配置、社会公益事业建设等领域信息公开，及时回应社会关切。",
  () => "坚持政策文件与解读材料同步组织、同步审签、同步部署，通过图解、问答、短视频等形式开展政策解读，提升解读的针对性和可读性。",
  () => "严格落实公开属性源头认定机制，公文拟制时同步明确公开方式，对不予公开的说明理由，确保应公开尽公开。",
  () => "加强政务新媒体管理，规范信息发布审核流程，做到先审后发、一事一审，全年未发生泄密和不当公开事件。",
  () => "畅通依申请公开渠道，规范受理、登记、审核、答复等环节，按时答复率保持100%，答复文书格式统一、救济途径告知完整。",
  () => "持续优化政府信息公开专栏，完善政策文件库，对已废止、失效的文件进行标注，方便公众查询使用。",
  () => "组织开展政务公开业务培训，邀请专家围绕条例实施、公开属性认定、依申请公开办理等内容进行专题辅导。",
  () => "将政务公开工作纳入年度绩效考核，建立工作台账，定期通报各单位栏目更新情况，推动问题整改落实到位。",
];

export function reportDocument(
  truth: ExpectedRecord,
  meta: ReportMeta,
  labels: ReportLabels,
  layout: TableLayout,
  printer: CellPrinter,
  r: Random,
): SampleDocument {
  const { organization: org, year } = meta;
  const template = truth.meta.template;
  const citation = CITATION[layout.wrongCitation ? (template === "2021" ? "2019" : "2021") : template];
  const p = (text: string): Block => ({ kind: "paragraph", text });
  const h = labels.headings;
  const overdueFee = otherOverdueFee(truth.requests);
  return {
    publication: meta.publication,
    blocks: [
      ...(layout.titleInBody ? [{ kind: "title" as const, text: meta.titleText }] : []),
      p(sampleNotice(org)),
      p(preamble(org, year, citation)),
      { kind: "heading", text: h.overview },
      ...Array.from({ length: layout.overviewParagraphs }, (_, i) => p(OVERVIEW[i % OVERVIEW.length]!(org, year))),
      { kind: "subheading", text: "（一）主动公开" },
      p(`全年主动公开政府信息${r.int(20, 6000)}条，发布政策解读${r.int(0, 80)}篇。`),
      { kind: "subheading", text: "（二）依申请公开" },
      p(requestsSummary(year, truth.requests)),
      { kind: "subheading", text: "（三）政府信息管理" },
      p("严格执行公开前保密审查制度，动态更新政府信息公开指南和目录。"),
      { kind: "subheading", text: "（四）政府信息公开平台建设" },
      p("依托政府门户网站信息公开专栏发布信息，同步通过政务新媒体推送。"),
      { kind: "subheading", text: "（五）监督保障" },
      p("将政务公开工作纳入年度考核，定期开展业务培训和栏目检查。"),
      { kind: "heading", text: h.active },
      ...activeBlocks(truth, labels, layout, printer),
      { kind: "heading", text: h.requests },
      ...requestsBlocks(truth.requests, labels, layout, printer),
      { kind: "heading", text: h.review },
      { kind: "table", table: reviewTableOf(truth.review, labels, layout, printer) },
      p(reviewSummary(year, truth.review as Review)),
      { kind: "heading", text: h.problems },
      ...problemsSection().filter((b) => b.kind !== "heading"),
      { kind: "heading", text: h.otherMatters },
      p(overdueFee ? `本年度因申请人逾期未按收费通知缴纳信息处理费而不再处理的申请${overdueFee}件。` : "本年度未收取信息处理费。无其他需要报告的事项。"),
    ],
  };
}

function otherOverdueFee(requests: Requests): number | null {
  const other = requests.other;
  if (!other || "total" in other) return null;
  return other.overdueFee?.total ?? null;
}

function activeBlocks(truth: ExpectedRecord, labels: ReportLabels, layout: TableLayout, printer: CellPrinter): Block[] {
  const is2021 = truth.meta.template === "2021";
  if (is2021 && layout.active === "blockTablesCaptionParagraphs") {
    return activeBlockTables2021(truth.active as Active2021, labels.active2021, printer).flatMap(({ caption, table }): Block[] => [
      ...(layout.captionsOmitted ? [] : [{ kind: "caption" as const, text: caption }]),
      { kind: "table", table },
    ]);
  }
  const table = is2021
    ? activeTable2021(truth.active as Active2021, labels.active2021, printer)
    : activeTable2019(truth.active as Active2019, labels.active2019, printer);
  if (layout.active === "oneTable") return [{ kind: "table", table }];
  return captionBlocks(table).flatMap(({ caption, rows }): Block[] => {
    if (layout.active === "blockTablesCaptionParagraphs") {
      return [...(layout.captionsOmitted ? [] : [{ kind: "caption" as const, text: caption.text }]), { kind: "table", table: { ...table, rows } }];
    }
    return [{ kind: "table", table: { ...table, rows: layout.captionsOmitted ? rows : [[caption], ...rows] } }];
  });
}

/** The 第二十条 blocks of a one-table layout: each starts at a caption row (one cell across the grid). */
function captionBlocks(table: SampleTable): Array<{ caption: SampleCell; rows: SampleCell[][] }> {
  const width = table.gridWidths.length;
  const blocks: Array<{ caption: SampleCell; rows: SampleCell[][] }> = [];
  for (const row of table.rows) {
    const only = row.length === 1 ? row[0]! : undefined;
    if (only && (only.colSpan ?? 1) === width) blocks.push({ caption: only, rows: [] });
    else if (blocks.length === 0) throw new Error("the 主动公开 table does not open with a caption row");
    else blocks[blocks.length - 1]!.rows.push(row);
  }
  return blocks;
}

function reviewTableOf(review: Review, labels: ReportLabels, layout: TableLayout, printer: CellPrinter): SampleTable {
  const table = reviewTable(review, labels.review, printer);
  return layout.trailingBlankRow === "review" ? withTrailingBlankRow(table) : table;
}

function requestsBlocks(requests: Requests, labels: ReportLabels, layout: TableLayout, printer: CellPrinter): Block[] {
  let table = requestsTable(requests, labels.requests, printer, layout.otherLayout);
  if (table.rows.length !== requestsRowCount(layout.otherLayout)) throw new Error(`表三 has ${table.rows.length} rows, expected ${requestsRowCount(layout.otherLayout)}`);
  if (layout.resultsLabelSplitAt !== undefined) table = withResultsLabelInTwo(table, layout.resultsLabelSplitAt);
  if (layout.groupSubtotalRows) table = withGroupSubtotalRows(table, layout.otherLayout, printer);
  if (layout.orgSubtotalColumn) table = withOrgSubtotalColumn(table, printer);
  if (layout.trailingBlankRow === "requests") table = withTrailingBlankRow(table);
  const split = layout.requestsSplit;
  if (!split) return [{ kind: "table", table }];
  const [top, bottom] = splitTable(table, split.at, split.repeatHeader ? REQUESTS_HEADER_ROWS : 0);
  return [
    { kind: "table", table: top },
    { kind: "table", table: bottom },
  ];
}
