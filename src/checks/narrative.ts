// Narrative versus table (templates.md §11.3, soft): figures the prose states, compared with the record.
// An instance is emitted only where the text states the figure; a check with none is "skipped".
import type { CheckInstance, Value } from "../record/schema.js";
import type { CheckDefinition, CheckedRecord, NarrativeContext } from "./check.js";
import { activeLayout, activeValue, isRow } from "./recordParts.js";
import { NARRATIVE_FILLER_GAP, NARRATIVE_KEYWORD_GAP, NARRATIVE_NEGATION_GAP, NARRATIVE_REVIEW_GAP, NARRATIVE_VERB_GAP } from "./settings.js";
import { findStatedFigures, findStatements, normaliseProse, proseSentences, type FigureRule, type StatedFigure } from "./statedFigures.js";

type NarrativeCheck = CheckDefinition<[CheckedRecord, NarrativeContext]>;
type SectionId = keyof NarrativeContext["sections"];

// Sentences are computed once per context and set of sections, since several checks read the same ones.
const sentenceCache = new WeakMap<NarrativeContext, Map<string, string[]>>();

/** Normalised sentences of the given sections; the whole text when none of them was found. */
function sentencesOf(narrative: NarrativeContext, sections: readonly SectionId[]): string[] {
  const cacheKey = sections.join("+");
  let perContext = sentenceCache.get(narrative);
  if (!perContext) sentenceCache.set(narrative, (perContext = new Map()));
  const cached = perContext.get(cacheKey);
  if (cached) return cached;
  const texts = sections.map((id) => narrative.sections[id]).filter((t): t is string => t !== undefined && t !== "");
  // Sections are joined with a sentence break so one section's last words never meet the next one's figure.
  const sentences = proseSentences(texts.length > 0 ? texts.join("。") : narrative.fullText);
  perContext.set(cacheKey, sentences);
  return sentences;
}

const REQUEST_SECTIONS: SectionId[] = ["overview", "requests"];
const REVIEW_SECTIONS: SectionId[] = ["overview", "review"];
const ACTIVE_SECTIONS: SectionId[] = ["overview", "active"];

// Words that put a figure in another table's domain; a request figure never sits behind them.
const NOT_REQUESTS = /复议|诉讼|投诉|举报|信访|热线|许可|处罚|结转|顺延/;

const NEW_RECEIVED: FigureRule = {
  keyword: /收到|受理|新收|接收|接到/,
  maxGap: NARRATIVE_KEYWORD_GAP,
  blockers: NOT_REQUESTS,
  sentenceMentions: /申请/,
};
const TOTAL_HANDLED: FigureRule = {
  keyword: /办结|答复|办理|回复/,
  maxGap: NARRATIVE_KEYWORD_GAP,
  blockers: NOT_REQUESTS,
  sentenceMentions: /申请/,
};
const CARRIED_FORWARD: FigureRule = {
  // 结转下年度 / 结转至2026年 / 顺延到下年度; never 上年结转 (that is carriedOver).
  keyword: /(?:结转|顺延|转入)(?:至|到)?(?:下一?年度?|次年|\d{4}年度?)/,
  maxGap: NARRATIVE_KEYWORD_GAP,
  figureMayPrecede: true,
};
const CARRIED_FORWARD_NONE = /(?:无|没有|未有)(?:下一?年度?)?(?:需要?)?(?:结转|顺延)/;
const NO_APPLICATIONS = new RegExp(`(?:未|没有)(?:收到|受理|接到|接收)[^,:]{0,${NARRATIVE_NEGATION_GAP}}?申请|申请[^,:\\d]{0,${NARRATIVE_FILLER_GAP}}(?:0|零)件`);
const RECONSIDERATION: FigureRule = { keyword: /复议/, maxGap: NARRATIVE_REVIEW_GAP, blockers: /诉|纠错|率/ };
const LITIGATION: FigureRule = { keyword: /诉讼/, maxGap: NARRATIVE_REVIEW_GAP, blockers: /复议|败诉|率/ };
// A negation reaching 复议/诉讼: 未发生因政府信息公开引起的行政复议、行政诉讼.
const negationOf = (word: string) => new RegExp(`(?:未发生|未出现|没有发生|未收到|没有收到|未被|无)[^,:]{0,${NARRATIVE_NEGATION_GAP}}?${word}`);
const NO_RECONSIDERATION = negationOf("复议");
const NO_LITIGATION = negationOf("诉讼");
const OUTCOME_WORDS = /纠错|纠正|败诉|撤销|维持/;
const NORMATIVE_DOCUMENTS: FigureRule = {
  keyword: /规范性文件/,
  maxGap: NARRATIVE_FILLER_GAP,
  gapPattern: /^[共计为等有达合]*$/,
  lead: {
    pattern: /制发|印发|公开/,
    maxGap: NARRATIVE_VERB_GAP,
    // A stock (现行有效 698件) or a clean-up is not this year's issue.
    blockers: /现行有效|清理|废止|失效|修订|修改|累计|历史|备案|审查|审核|部门/,
  },
};
const PROCESSING_FEE = /信息处理费|处理费/;

/** The instance comparing a stated figure with the table; `alternatives` are other values that also pass. */
function figureInstance(stated: StatedFigure, table: { value: Value | undefined; paths: string[] }, alternatives: (number | null)[] = []): CheckInstance {
  const tableValue = table.value ?? null;
  if (tableValue === null) {
    return { where: `text "${stated.snippet}"`, left: stated.value, right: null, delta: null, status: "skipped", paths: table.paths };
  }
  const matched = [tableValue, ...alternatives].find((v) => v === stated.value);
  const right = matched ?? tableValue;
  return {
    where: `text "${stated.snippet}"`,
    left: stated.value,
    right,
    delta: stated.value - right,
    status: matched === undefined ? "fail" : "pass",
    paths: table.paths,
  };
}

function sumOrNull(...values: (Value | undefined)[]): number | null {
  let total = 0;
  for (const value of values) {
    if (value === null || value === undefined) return null;
    total += value;
  }
  return total;
}

export const narrativeNewReceived: NarrativeCheck = {
  id: "narrative.newReceived",
  kind: "soft",
  formula: "N == requests.newReceived.total || N == requests.newReceived.total + requests.carriedOver.total",
  evaluate({ requests }, narrative) {
    const newTotal = requests?.newReceived?.total;
    const withCarriedOver = sumOrNull(newTotal, requests?.carriedOver?.total);
    const paths = ["requests.newReceived.total", "requests.carriedOver.total"];
    return findStatedFigures(sentencesOf(narrative, REQUEST_SECTIONS), NEW_RECEIVED).map((stated) =>
      figureInstance(stated, { value: newTotal, paths }, [withCarriedOver]),
    );
  },
};

export const narrativeTotalHandled: NarrativeCheck = {
  id: "narrative.totalHandled",
  kind: "soft",
  formula: "N == requests.total.total",
  evaluate({ requests }, narrative) {
    return findStatedFigures(sentencesOf(narrative, REQUEST_SECTIONS), TOTAL_HANDLED).map((stated) =>
      figureInstance(stated, { value: requests?.total?.total, paths: ["requests.total.total"] }),
    );
  },
};

export const narrativeCarriedForward: NarrativeCheck = {
  id: "narrative.carriedForward",
  kind: "soft",
  formula: "N == requests.carriedForward.total (无下年度结转 → N = 0)",
  evaluate({ requests }, narrative) {
    const sentences = sentencesOf(narrative, REQUEST_SECTIONS);
    const stated = findStatedFigures(sentences, CARRIED_FORWARD);
    if (stated.length === 0) stated.push(...findStatements(sentences, CARRIED_FORWARD_NONE).map((snippet) => ({ value: 0, snippet })));
    return stated.map((s) => figureInstance(s, { value: requests?.carriedForward?.total, paths: ["requests.carriedForward.total"] }));
  },
};

export const narrativeNoApplications: NarrativeCheck = {
  id: "narrative.noApplications",
  kind: "soft",
  formula: "text says no applications (未收到…申请 / 申请0件) => requests.newReceived.total == 0",
  evaluate({ requests }, narrative) {
    return findStatements(sentencesOf(narrative, REQUEST_SECTIONS), NO_APPLICATIONS, /复议|诉讼/).map((snippet) =>
      figureInstance({ value: 0, snippet }, { value: requests?.newReceived?.total, paths: ["requests.newReceived.total"] }),
    );
  },
};

/** Figures stated for a review count, or 0 from a negation when no figure is stated. */
function reviewFigures(sentences: string[], rule: FigureRule, negation: RegExp): StatedFigure[] {
  const stated = findStatedFigures(sentences, rule);
  if (stated.length > 0) return stated;
  return findStatements(sentences, negation, OUTCOME_WORDS).map((snippet) => ({ value: 0, snippet }));
}

export const narrativeReconsideration: NarrativeCheck = {
  id: "narrative.reconsideration",
  kind: "soft",
  formula: "N == review.reconsideration.total (未发生行政复议 → N = 0)",
  evaluate({ review }, narrative) {
    return reviewFigures(sentencesOf(narrative, REVIEW_SECTIONS), RECONSIDERATION, NO_RECONSIDERATION).map((stated) =>
      figureInstance(stated, { value: review?.reconsideration?.total, paths: ["review.reconsideration.total"] }),
    );
  },
};

export const narrativeLitigation: NarrativeCheck = {
  id: "narrative.litigation",
  kind: "soft",
  formula: "N == review.litigationDirect.total + review.litigationAfterReconsideration.total",
  evaluate({ review }, narrative) {
    const value = sumOrNull(review?.litigationDirect?.total, review?.litigationAfterReconsideration?.total);
    const paths = ["review.litigationDirect.total", "review.litigationAfterReconsideration.total"];
    return reviewFigures(sentencesOf(narrative, REVIEW_SECTIONS), LITIGATION, NO_LITIGATION).map((stated) => figureInstance(stated, { value, paths }));
  },
};

export const narrativeNormativeDocuments: NarrativeCheck = {
  id: "narrative.normativeDocuments",
  kind: "soft",
  formula: 'N == (template "2021" ? active.normativeDocuments.issued : active.normativeDocuments.published)',
  evaluate(record, narrative) {
    const field = activeLayout(record) === "2021" ? "issued" : "published";
    const table = { value: activeValue(record, "normativeDocuments", field), paths: [`active.normativeDocuments.${field}`] };
    return findStatedFigures(sentencesOf(narrative, ACTIVE_SECTIONS), NORMATIVE_DOCUMENTS).map((stated) => figureInstance(stated, table));
  },
};

/** left = applications lapsed for an unpaid fee; passes when section 六 mentions 信息处理费. */
export const narrativeProcessingFee: NarrativeCheck = {
  id: "narrative.processingFee",
  kind: "soft",
  formula: "requests.other.overdueFee.total > 0 => section 六 mentions 信息处理费",
  evaluate({ requests }, narrative) {
    const other = requests?.other;
    const lapsed = other && !isRow(other) ? other.overdueFee?.total : undefined;
    if (lapsed === undefined || lapsed === null || lapsed <= 0) return [];
    const text = narrative.sections.otherMatters ?? narrative.fullText;
    const paths = ["requests.other.overdueFee.total"];
    if (text === "") return [{ where: "section 六 not found", left: lapsed, right: null, delta: null, status: "skipped", paths }];
    const mentions = PROCESSING_FEE.test(normaliseProse(text));
    return [
      {
        where: mentions ? "section 六 mentions 信息处理费" : "section 六 does not mention 信息处理费",
        left: lapsed,
        right: null,
        delta: null,
        status: mentions ? "pass" : "fail",
        paths,
      },
    ];
  },
};

export const narrativeChecks: NarrativeCheck[] = [
  narrativeNewReceived,
  narrativeTotalHandled,
  narrativeCarriedForward,
  narrativeNoApplications,
  narrativeReconsideration,
  narrativeLitigation,
  narrativeNormativeDocuments,
  narrativeProcessingFee,
];
