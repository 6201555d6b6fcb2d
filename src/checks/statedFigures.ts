// Finding the figures a report's prose states: "受理政府信息公开申请859件" → 859 near the keyword 受理.
// Text is normalised first (NFKC, whitespace removed, templates.md §4.1) and matched sentence by sentence;
// a figure must sit in the keyword's clause (no comma between them) within a named distance.
import { CHINESE_NUMERAL_CHARS, parseArabicNumeral, parseChineseNumeral } from "./numerals.js";

/** A figure the text states, with the fragment that states it (shown to the user as the instance's `where`). */
export interface StatedFigure {
  value: number;
  snippet: string;
}

/** Counting words a stated figure ends in. */
const FIGURE_UNITS = "件条宗起个";
/** A number followed by a counting unit; group 1 Arabic, group 2 Chinese. */
const FIGURE = new RegExp(`(?:(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)|([${CHINESE_NUMERAL_CHARS}]+))[${FIGURE_UNITS}]`, "g");
/** Marks ending a clause: a keyword does not reach a figure across them. */
const CLAUSE_BREAK = /[,:]/;
const SENTENCE_BREAK = /[。;!?]+/;
// Whitespace of every kind, including zero-width characters that \s does not cover.
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;

/** NFKC and no whitespace: repairs letter-spaced and line-broken text (PDF lines end mid-sentence). */
export function normaliseProse(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "");
}

/** Normalised sentences of a text. */
export function proseSentences(text: string): string[] {
  return normaliseProse(text).split(SENTENCE_BREAK).filter((s) => s !== "");
}

interface FigureMatch {
  value: number;
  start: number;
  end: number;
}

function figureAt(match: RegExpExecArray): FigureMatch | null {
  const value = match[1] !== undefined ? parseArabicNumeral(match[1]) : parseChineseNumeral(match[2] ?? "");
  return value === null ? null : { value, start: match.index, end: match.index + match[0].length };
}

/** Every figure in a sentence, in order. */
function figuresIn(sentence: string): FigureMatch[] {
  const figures: FigureMatch[] = [];
  FIGURE.lastIndex = 0;
  for (let match = FIGURE.exec(sentence); match; match = FIGURE.exec(sentence)) {
    const figure = figureAt(match);
    if (figure) figures.push(figure);
  }
  return figures;
}

// Rules are written without the g flag; their global twins (for scanning) are built once.
const globalTwins = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let twin = globalTwins.get(pattern);
  if (!twin) globalTwins.set(pattern, (twin = new RegExp(pattern.source, "g")));
  twin.lastIndex = 0;
  return twin;
}

export interface FigureRule {
  /** What introduces the figure (e.g. /受理|收到/); no g flag. */
  keyword: RegExp;
  /** Most characters between the keyword and the figure. */
  maxGap: number;
  /** The gap must match this entirely (e.g. only 共/计 between 规范性文件 and its number). */
  gapPattern?: RegExp;
  /** Words that must not appear between the keyword and the figure (they belong to another figure). */
  blockers?: RegExp;
  /** The sentence must mention this somewhere (e.g. 申请 for application counts). */
  sentenceMentions?: RegExp;
  /** Also accept the figure before the keyword ("72件申请…顺延到下年度") when none follows it. */
  figureMayPrecede?: boolean;
  /** A word that must precede the keyword within `maxGap` characters (may span a list), e.g. 制发 before 规范性文件. */
  lead?: { pattern: RegExp; maxGap: number; blockers?: RegExp };
}

/** A keyword reaches a figure across this gap: short, inside one clause, only allowed words. */
function gapAllowed(gap: string, rule: FigureRule): boolean {
  if (gap.length > rule.maxGap || CLAUSE_BREAK.test(gap)) return false;
  if (rule.gapPattern && !rule.gapPattern.test(gap)) return false;
  return !rule.blockers?.test(gap);
}

/** Start of the nearest lead word before `keywordStart`, or -1 when none is close enough. */
function leadStart(sentence: string, keywordStart: number, lead: NonNullable<FigureRule["lead"]>): number {
  const pattern = globalOf(lead.pattern);
  let nearest = -1;
  let nearestEnd = -1;
  for (let match = pattern.exec(sentence); match && match.index < keywordStart; match = pattern.exec(sentence)) {
    const end = match.index + match[0].length;
    if (end <= keywordStart) {
      nearest = match.index;
      nearestEnd = end;
    }
  }
  if (nearest < 0 || keywordStart - nearestEnd > lead.maxGap) return -1;
  return lead.blockers?.test(sentence.slice(nearestEnd, keywordStart)) ? -1 : nearest;
}

/** The figures a rule finds in one sentence: for each keyword occurrence, the first figure after it (or before it). */
function figuresForRule(sentence: string, figures: FigureMatch[], rule: FigureRule): StatedFigure[] {
  if (rule.sentenceMentions && !rule.sentenceMentions.test(sentence)) return [];
  const stated: StatedFigure[] = [];
  const keyword = globalOf(rule.keyword);
  for (let match = keyword.exec(sentence); match; match = keyword.exec(sentence)) {
    const keywordStart = match.index;
    const keywordEnd = keywordStart + match[0].length;
    if (match[0].length === 0) keyword.lastIndex++;
    const snippetStart = rule.lead ? leadStart(sentence, keywordStart, rule.lead) : keywordStart;
    if (snippetStart < 0) continue;
    const after = figures.find((f) => f.start >= keywordEnd);
    if (after && gapAllowed(sentence.slice(keywordEnd, after.start), rule)) {
      stated.push({ value: after.value, snippet: sentence.slice(snippetStart, after.end) });
      continue;
    }
    if (!rule.figureMayPrecede) continue;
    const before = figures.filter((f) => f.end <= keywordStart).pop();
    if (before && gapAllowed(sentence.slice(before.end, keywordStart), rule)) {
      stated.push({ value: before.value, snippet: sentence.slice(before.start, keywordEnd) });
    }
  }
  return stated;
}

/** Figures the sentences state under a rule, one per distinct value (the first statement of each). */
export function findStatedFigures(sentences: readonly string[], rule: FigureRule): StatedFigure[] {
  const byValue = new Map<number, StatedFigure>();
  for (const sentence of sentences) {
    if (!rule.keyword.test(sentence)) continue; // cheap pre-filter before locating figures
    for (const figure of figuresForRule(sentence, figuresIn(sentence), rule)) {
      if (!byValue.has(figure.value)) byValue.set(figure.value, figure);
    }
  }
  return [...byValue.values()];
}

/**
 * Statements matching a pattern that itself implies a figure (e.g. 未发生行政复议 → 0), one per distinct
 * snippet. `blockers` are looked for in the match and the rest of its clause (未发生行政复议纠错 is not 0 reviews).
 */
export function findStatements(sentences: readonly string[], pattern: RegExp, blockers?: RegExp): string[] {
  const found = new Set<string>();
  for (const sentence of sentences) {
    const global = globalOf(pattern);
    for (let match = global.exec(sentence); match; match = global.exec(sentence)) {
      const end = match.index + match[0].length;
      const clauseLength = sentence.slice(end).search(CLAUSE_BREAK);
      const clauseRest = sentence.slice(end, clauseLength < 0 ? undefined : end + clauseLength);
      if (blockers && (blockers.test(match[0]) || blockers.test(clauseRest))) continue;
      found.add(match[0]);
    }
  }
  return [...found];
}
