import { describe, expect, it } from "vitest";
import { findStatedFigures, findStatements, normaliseProse, proseSentences } from "../../src/checks/statedFigures.js";

describe("prose normalisation", () => {
  it("applies NFKC and removes whitespace, including line breaks inside a sentence", () => {
    expect(normaliseProse("共受理政府信息公开\n申请 ２１ 件，已全部办结。")).toBe("共受理政府信息公开申请21件,已全部办结。");
  });

  it("splits sentences at 。；！？", () => {
    expect(proseSentences("甲1件。乙2件；丙3件！")).toEqual(["甲1件", "乙2件", "丙3件"]);
  });
});

describe("findStatedFigures", () => {
  const rule = { keyword: /受理/, maxGap: 10 };

  it("takes the first figure after the keyword, Arabic or Chinese, with any counting unit", () => {
    expect(findStatedFigures(proseSentences("共受理申请12件，其中自然人10件。"), rule)).toEqual([{ value: 12, snippet: "受理申请12件" }]);
    expect(findStatedFigures(proseSentences("受理申请三十二宗。"), rule)).toEqual([{ value: 32, snippet: "受理申请三十二宗" }]);
    expect(findStatedFigures(proseSentences("受理申请1,234条。"), rule)).toEqual([{ value: 1234, snippet: "受理申请1,234条" }]);
  });

  it("does not reach a figure across a comma, beyond the gap, or without a counting unit", () => {
    expect(findStatedFigures(proseSentences("受理申请，自然人12件。"), rule)).toEqual([]);
    expect(findStatedFigures(proseSentences("受理通过信函、网络和当面提交的申请12件。"), rule)).toEqual([]);
    expect(findStatedFigures(proseSentences("受理率100%。"), rule)).toEqual([]);
  });

  it("never takes the tail of a longer number or a year", () => {
    expect(findStatedFigures(proseSentences("受理2023年申请15件。"), rule)).toEqual([{ value: 15, snippet: "受理2023年申请15件" }]);
  });

  it("honours blockers and a required mention", () => {
    const guarded = { ...rule, blockers: /复议/, sentenceMentions: /申请/ };
    expect(findStatedFigures(proseSentences("受理行政复议3件。"), guarded)).toEqual([]);
    expect(findStatedFigures(proseSentences("受理咨询3件。"), guarded)).toEqual([]);
  });

  it("keeps one statement per distinct value", () => {
    expect(findStatedFigures(proseSentences("受理申请5件。全年受理申请5件。"), rule)).toHaveLength(1);
  });

  it("accepts a figure before the keyword only when the rule allows it and none follows", () => {
    const precede = { keyword: /顺延到下年度/, maxGap: 10, figureMayPrecede: true };
    expect(findStatedFigures(proseSentences("另有7件申请顺延到下年度答复。"), precede)).toEqual([{ value: 7, snippet: "7件申请顺延到下年度" }]);
    expect(findStatedFigures(proseSentences("另有7件申请顺延到下年度答复。"), { ...precede, figureMayPrecede: false })).toEqual([]);
  });

  it("requires a lead word close before the keyword when the rule names one", () => {
    const led = { keyword: /规范性文件/, maxGap: 2, lead: { pattern: /制发/, maxGap: 6, blockers: /现行有效/ } };
    expect(findStatedFigures(proseSentences("制发规范性文件8件。"), led)).toEqual([{ value: 8, snippet: "制发规范性文件8件" }]);
    expect(findStatedFigures(proseSentences("规范性文件8件。"), led)).toEqual([]);
    expect(findStatedFigures(proseSentences("制发现行有效规范性文件8件。"), led)).toEqual([]);
  });
});

describe("findStatements", () => {
  it("returns each distinct matching fragment", () => {
    const sentences = proseSentences("全年未发生行政复议。上年也未发生行政复议,运行平稳。");
    expect(findStatements(sentences, /未发生[^,]{0,6}复议/, /纠错/)).toEqual(["未发生行政复议"]);
  });

  it("drops a match whose clause carries a blocker", () => {
    expect(findStatements(proseSentences("未发生行政复议纠错案件,运行平稳。"), /未发生[^,]{0,6}复议/, /纠错/)).toEqual([]);
  });
});
