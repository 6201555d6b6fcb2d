import { describe, expect, it } from "vitest";
import type { NarrativeContext } from "../../src/checks/check.js";
import { runDefinition } from "../../src/checks/check.js";
import {
  narrativeCarriedForward,
  narrativeLitigation,
  narrativeNewReceived,
  narrativeNoApplications,
  narrativeNormativeDocuments,
  narrativeProcessingFee,
  narrativeReconsideration,
  narrativeTotalHandled,
} from "../../src/checks/narrative.js";
import { people, record, requests2021, row } from "./buildRecord.js";

const text = (fullText: string): NarrativeContext => ({ sections: {}, fullText });
const summary = (instances: ReturnType<typeof narrativeNewReceived.evaluate>) => instances!.map((i) => [i.status, i.left, i.right, i.where]);

describe("narrative.newReceived", () => {
  const table = (newReceived: number, carriedOver = 0) =>
    record({ requests: requests2021({ newReceived: people(newReceived), carriedOver: people(carriedOver) }) });

  it("passes when the text states the new applications", () => {
    const instances = narrativeNewReceived.evaluate(table(859), text("本机关代表市政府共受理政府信息公开申请859件，较去年有所回落。"));
    expect(instances).toEqual([
      { where: 'text "受理政府信息公开申请859件"', left: 859, right: 859, delta: 0, status: "pass", paths: ["requests.newReceived.total", "requests.carriedOver.total"] },
    ]);
  });

  it("fails with the figure and the table value when they differ", () => {
    expect(summary(narrativeNewReceived.evaluate(table(95), text("区政府办受理政府信息公开申请17件。")))).toEqual([
      ["fail", 17, 95, 'text "受理政府信息公开申请17件"'],
    ]);
  });

  it("passes when the text counts the carried-over applications too (75 = 74 + 1)", () => {
    const instances = narrativeNewReceived.evaluate(table(74, 1), text("全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件。"));
    expect(instances![0]).toMatchObject({ status: "pass", left: 75, right: 75, delta: 0 });
  });

  it("reads Chinese numerals", () => {
    expect(summary(narrativeNewReceived.evaluate(table(12), text("共收到依申请公开申请十二件。")))).toEqual([["pass", 12, 12, 'text "收到依申请公开申请十二件"']]);
  });

  it("ignores figures of other matters: reviews, services without 申请, another clause", () => {
    expect(narrativeNewReceived.evaluate(table(3), text("受理行政复议申请2件。受理政务服务事项300件。受理政府信息公开申请，答复率100%，自然人3件。"))).toEqual([]);
  });

  it("is skipped when the table value is blank", () => {
    const r = record({ requests: requests2021({ newReceived: row(5, 0, 0, 0, 0, 0, null) }) });
    expect(narrativeNewReceived.evaluate(r, text("收到申请5件。"))![0]).toMatchObject({ status: "skipped", left: 5, right: null });
  });

  it("has no instance, and the check is skipped, when the text states nothing", () => {
    expect(runDefinition(narrativeNewReceived, table(5), text("本年度政务公开工作稳步推进。"))).toMatchObject({ status: "skipped", instances: [] });
  });
});

describe("narrative.totalHandled and narrative.carriedForward", () => {
  const r = record({ requests: requests2021({ newReceived: people(60), carriedOver: people(2), total: people(55), carriedForward: people(7) }) });

  it("reads the answered count, and the carried-forward count written before its keyword", () => {
    const t = text("全年答复申请55件（含上年度结转申请2件，另有7件申请依法顺延到下年度答复），均在法定期限内办结。");
    expect(summary(narrativeTotalHandled.evaluate(r, t))).toEqual([["pass", 55, 55, 'text "答复申请55件"']]);
    expect(summary(narrativeCarriedForward.evaluate(r, t))).toEqual([["pass", 7, 7, 'text "7件申请依法顺延到下年度"']]);
  });

  it("reads 结转至2026年6件 as 6 and never takes 上年结转 as carried forward", () => {
    const t = text("共收到政府信息公开申请60件，共办结55件，结转至2024年6件。上年结转申请2件。");
    expect(summary(narrativeTotalHandled.evaluate(r, t))).toEqual([["pass", 55, 55, 'text "办结55件"']]);
    expect(summary(narrativeCarriedForward.evaluate(r, t))).toEqual([["fail", 6, 7, 'text "结转至2024年6件"']]);
  });

  it("reads 无下年度结转 as 0", () => {
    const zero = record({ requests: requests2021({ carriedForward: people(0) }) });
    expect(summary(narrativeCarriedForward.evaluate(zero, text("申请均已办结，无下年度结转。")))).toEqual([["pass", 0, 0, 'text "无下年度结转"']]);
  });

  it("does not count a review handled as an application handled", () => {
    expect(narrativeTotalHandled.evaluate(r, text("全年办理因政府信息公开申请引发的行政复议36起。"))).toEqual([]);
  });
});

describe("narrative.noApplications", () => {
  it("passes when the table has no new applications", () => {
    const r = record({ requests: requests2021() });
    expect(summary(narrativeNoApplications.evaluate(r, text("2021年未收到依申请公开申请。")))).toEqual([["pass", 0, 0, 'text "未收到依申请"']]);
    expect(summary(narrativeNoApplications.evaluate(r, text("本年度政府信息公开申请0件。")))).toEqual([["pass", 0, 0, 'text "申请0件"']]);
  });

  it("fails when the table has some, and does not read 申请10件 as 申请0件", () => {
    const r = record({ requests: requests2021({ newReceived: people(10) }) });
    expect(summary(narrativeNoApplications.evaluate(r, text("本年度未收到政府信息公开申请。")))).toEqual([["fail", 0, 10, 'text "未收到政府信息公开申请"']]);
    expect(narrativeNoApplications.evaluate(r, text("收到政府信息公开申请10件。"))).toEqual([]);
  });
});

describe("narrative.reconsideration and narrative.litigation", () => {
  const group = (total: number | null) => ({ upheld: total, corrected: 0, other: 0, pending: 0, total });
  const r = record({ review: { reconsideration: group(2), litigationDirect: group(1), litigationAfterReconsideration: group(0) } });

  it("reads both figures from one sentence", () => {
    const t = text("本年度共有行政诉讼案件1件、行政复议案件2件，均已结案。");
    expect(summary(narrativeReconsideration.evaluate(r, t))).toEqual([["pass", 2, 2, 'text "复议案件2件"']]);
    expect(narrativeLitigation.evaluate(r, t)).toEqual([
      {
        where: 'text "诉讼案件1件"',
        left: 1,
        right: 1,
        delta: 0,
        status: "pass",
        paths: ["review.litigationDirect.total", "review.litigationAfterReconsideration.total"],
      },
    ]);
  });

  it("reads 未发生…行政复议、行政诉讼 as 0 for both", () => {
    const t = text("未发生因政府信息公开引起的行政复议、行政诉讼。");
    expect(summary(narrativeReconsideration.evaluate(r, t))).toEqual([["fail", 0, 2, 'text "未发生因政府信息公开引起的行政复议"']]);
    expect(summary(narrativeLitigation.evaluate(r, t))).toEqual([["fail", 0, 1, 'text "未发生因政府信息公开引起的行政复议、行政诉讼"']]);
  });

  it("does not read a combined count or a correction count as the review count", () => {
    expect(narrativeReconsideration.evaluate(r, text("行政复议、行政诉讼共3件。无行政复议被纠错情况。"))).toEqual([]);
  });

  it("skips litigation when a litigation group total is blank", () => {
    const blank = record({ review: { reconsideration: group(7), litigationDirect: group(9), litigationAfterReconsideration: group(null) } });
    expect(narrativeLitigation.evaluate(blank, text("信息公开类行政复议7件，诉讼9件。"))![0]).toMatchObject({ status: "skipped", left: 9, right: null });
  });
});

describe("narrative.normativeDocuments", () => {
  it("compares with issued in the 2021 layout, skipping the in-force stock", () => {
    const r = record({ active: { normativeDocuments: { issued: 88, repealed: 55, inForce: 698 } } });
    const t = text("集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。");
    expect(summary(narrativeNormativeDocuments.evaluate(r, t))).toEqual([["pass", 88, 88, 'text "制发的规范性文件88件"']]);
  });

  it("compares with published in the 2019 layout, the verb governing a list", () => {
    const r = record({ meta: { template: "2019", year: 2019 }, active: { normativeDocuments: { made: 60, published: 60, totalPublished: 368 } } });
    const t = text("通过门户网站主动公开规章13件，行政规范性文件61件。");
    expect(narrativeNormativeDocuments.evaluate(r, t)).toEqual([
      { where: 'text "公开规章13件,行政规范性文件61件"', left: 61, right: 60, delta: 1, status: "fail", paths: ["active.normativeDocuments.published"] },
    ]);
  });

  it("ignores counts without a verb, of clean-ups, or of other kinds of information", () => {
    const r = record({ active: { normativeDocuments: { issued: 8, repealed: 0, inForce: 18 } } });
    expect(narrativeNormativeDocuments.evaluate(r, text("经清理，已宣布废止规范性文件5件。公布政策、规范性文件类信息80条。"))).toEqual([]);
  });
});

describe("narrative.processingFee", () => {
  const withFee = (lapsed: number) =>
    record({ requests: requests2021({ other: { overdueCorrection: people(0), overdueFee: people(lapsed), others: people(0) } }) });
  const sections = (otherMatters: string): NarrativeContext => ({ sections: { otherMatters }, fullText: `前文信息处理费。${otherMatters}` });

  it("passes when section 六 mentions 信息处理费 after applications lapsed for an unpaid fee", () => {
    expect(narrativeProcessingFee.evaluate(withFee(2), sections("本年度未收取信息处理费。"))).toEqual([
      { where: "section 六 mentions 信息处理费", left: 2, right: null, delta: null, status: "pass", paths: ["requests.other.overdueFee.total"] },
    ]);
  });

  it("fails when section 六 is silent, reading only that section", () => {
    expect(narrativeProcessingFee.evaluate(withFee(2), sections("无其他需要报告的事项。"))![0]!.status).toBe("fail");
  });

  it("has no instance when no application lapsed for a fee", () => {
    expect(runDefinition(narrativeProcessingFee, withFee(0), sections("无。"))).toMatchObject({ status: "skipped", instances: [] });
  });
});

describe("where the narrative checks read", () => {
  it("reads the relevant sections when the mapper found them, the whole text otherwise", () => {
    const r = record({ requests: requests2021({ newReceived: people(5) }) });
    const context: NarrativeContext = {
      sections: { requests: "本年度收到申请5件。", problems: "下一步将提高受理申请50件以上的办理效率。" },
      fullText: "本年度收到申请5件。下一步将提高受理申请50件以上的办理效率。",
    };
    expect(summary(narrativeNewReceived.evaluate(r, context))).toEqual([["pass", 5, 5, 'text "收到申请5件"']]);
    expect(narrativeNewReceived.evaluate(r, text(context.fullText))).toHaveLength(2);
  });
});
