// Sentences the fictional samples share: the sample notice, the statistics period, and the
// summaries of tables 三 and 四 that a report's prose repeats (templates.md §11.3 narrative checks).
import { Requests, Review, Row } from "../../../src/record/schema.js";
import { Block } from "../document.js";

/** Said in every fictional sample, so nobody takes it for a real agency's report. */
export function sampleNotice(organization: string): string {
  return `（说明：本报告是 nianbao 项目编制的示例文档，“${organization}”为虚构机关，文中及表中数据均为虚构，仅用于测试。）`;
}

export function preamble(organization: string, year: number, formatNotice: string): string {
  return (
    `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${formatNotice}要求，由${organization}办公室根据本机关政府信息公开工作情况编制。` +
    `全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。` +
    `本年度报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`
  );
}

const total = (r: Row | undefined): number => r?.total ?? 0;

/** 依申请公开 paragraph: received, carried over, answered by outcome, carried forward. */
export function requestsSummary(year: number, q: Requests): string {
  const sum = (rows: Record<string, Row | undefined> | undefined) => Object.values(rows ?? {}).reduce((a, r) => a + total(r), 0);
  const other = q.other && "total" in q.other ? total(q.other as Row) : sum(q.other as Record<string, Row | undefined>);
  return (
    `${year}年共收到政府信息公开申请${total(q.newReceived)}件，上年结转${total(q.carriedOver)}件。` +
    `全年办结${total(q.total)}件，其中予以公开${total(q.granted)}件，部分公开${total(q.partiallyGranted)}件，不予公开${sum(q.denied)}件，` +
    `无法提供${sum(q.unable)}件，不予处理${sum(q.notProcessed)}件，其他处理${other}件；结转下年度继续办理${total(q.carriedForward)}件。`
  );
}

/** The count of cases as the narrative states it: the outcomes added up, whatever 总计 the table prints. */
function cases(g: Review[keyof Review]): number {
  return g ? (g.upheld ?? 0) + (g.corrected ?? 0) + (g.other ?? 0) + (g.pending ?? 0) : 0;
}

export function reviewSummary(year: number, review: Review): string {
  const litigation = cases(review.litigationDirect) + cases(review.litigationAfterReconsideration);
  return `${year}年，本机关因政府信息公开工作被申请行政复议${cases(review.reconsideration)}件，被提起行政诉讼${litigation}件（其中未经复议直接起诉${cases(review.litigationDirect)}件，复议后起诉${cases(review.litigationAfterReconsideration)}件）。`;
}

/** Section 五, shared wording. */
export function problemsSection(): Block[] {
  return [
    { kind: "heading", text: "五、存在的主要问题及改进情况" },
    {
      kind: "paragraph",
      text: "一是政策解读形式较为单一，图解、视频等解读方式运用不足；二是部分栏目更新不够及时，个别信息发布后未同步维护；三是依申请公开答复的规范化水平仍需提升。",
    },
    {
      kind: "paragraph",
      text: "下一步，将丰富解读形式，推行“文件+解读”同步起草、同步审签、同步发布；建立栏目定期巡查机制，明确责任人和更新时限；加强业务培训，规范答复文书格式和法律救济告知内容。",
    },
  ];
}
