// Label normalisation (templates.md §4.1): the one form every label is matched in.
// Raw text is kept elsewhere for provenance; this only decides what a label *says*.
import { toSimplified } from "./traditional.js";
import { defaultMapperSettings } from "./settings.js";

/** Whitespace of every kind a report prints: ASCII, NBSP, U+3000, line breaks, zero-width. */
const WHITESPACE = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g;
const BREAK_TAGS = /<br\s*\/?>/gi;
/** Quote marks of any style (NFKC already folded ＂ ＇ to ASCII). */
const QUOTES = /["'“”‘’「」『』]/g;
/** 、 , . ． are one separator; ． is folded by NFKC, the rest here. */
const SEPARATORS = /[,.]/g;
/** ①…⑳: NFKC would turn them into bare digits and lose the enumerator. */
const CIRCLED = /[\u2460-\u2473]/g;

/** Labels repeat across cells and reports: remember their normal forms (bounded). */
const LABEL_CACHE_LIMIT = 20_000;
const labelCache = new Map<string, string>();

/** NFKC, no whitespace, no quotes, 其它→其他, simplified characters, one separator (、). */
export function normalizeLabel(raw: string): string {
  let normal = labelCache.get(raw);
  if (normal === undefined) {
    if (labelCache.size >= LABEL_CACHE_LIMIT) labelCache.clear();
    normal = normalizeLabelUncached(raw);
    labelCache.set(raw, normal);
  }
  return normal;
}

function normalizeLabelUncached(raw: string): string {
  return toSimplified(
    raw
      .replace(CIRCLED, (ch) => `(${ch.charCodeAt(0) - 0x2460 + 1})`)
      .replace(BREAK_TAGS, "")
      .normalize("NFKC")
      .replace(WHITESPACE, "")
      .replace(QUOTES, "")
      .replace(/其它/g, "其他"),
  ).replace(SEPARATORS, "、");
}

/** Running text for narrative checks: NFKC, no whitespace, 其它→其他, simplified; punctuation kept. */
export function normalizeProse(raw: string): string {
  return toSimplified(raw.normalize("NFKC").replace(WHITESPACE, "").replace(/其它/g, "其他"));
}

/** Raw text with every whitespace removed (titles and names are kept as printed otherwise). */
export function stripWhitespace(raw: string): string {
  return raw.replace(WHITESPACE, "");
}

export type EnumeratorStyle = "chinese" | "bracketChinese" | "arabic" | "bracketArabic";

export interface Enumerator {
  style: EnumeratorStyle;
  /** 1-based number the enumerator states (一 → 1, (3) → 3). */
  n: number;
}

export interface SplitLabel {
  /** The text labels are matched on: normalised, without enumerator and trailing notes. */
  text: string;
  /** The whole normalised label. */
  full: string;
  enumerator?: Enumerator;
  /** Trailing parenthetical notes, outermost last (e.g. "单位:万元"). */
  notes: string[];
  /** A unit named in a note (万元, 元, 件 …). */
  unit?: string;
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 … 九十九 as a number; NaN for anything else. */
export function chineseNumeral(text: string): number {
  if (!text) return NaN;
  if (text === "十") return 10;
  const ten = text.indexOf("十");
  if (ten < 0) return text.length === 1 ? (CHINESE_DIGITS[text] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : (CHINESE_DIGITS[text.slice(0, ten)] ?? NaN);
  const units = ten === text.length - 1 ? 0 : (CHINESE_DIGITS[text.slice(ten + 1)] ?? NaN);
  return tens * 10 + units;
}

const NUMERAL = "[一二三四五六七八九十]{1,3}";
const ENUMERATOR_PATTERNS: { style: EnumeratorStyle; re: RegExp }[] = [
  { style: "bracketChinese", re: new RegExp(`^\\((${NUMERAL})\\)、?`) },
  { style: "bracketArabic", re: /^\((\d{1,2})\)、?/ },
  { style: "chinese", re: new RegExp(`^(${NUMERAL})、`) },
  { style: "arabic", re: /^(\d{1,2})(?:、|\))/ },
];

/** Units a note or a cell suffix can carry; amounts first so 万元 wins over 元. */
export const AMOUNT_UNITS = ["亿元", "万元", "元"] as const;
export const COUNT_UNITS = ["件", "项", "个", "条", "宗", "次", "人"] as const;

function unitIn(note: string): string | undefined {
  for (const u of AMOUNT_UNITS) if (note.includes(u)) return u;
  const bare = note.replace(/^单位:?/, "");
  return (COUNT_UNITS as readonly string[]).includes(bare) ? bare : undefined;
}

const strayCache = new Map<number, [RegExp, RegExp]>();

/** Enumerators after up to n stray characters: (一) and 1、 forms. */
function strayPatterns(n: number): [RegExp, RegExp] {
  let patterns = strayCache.get(n);
  if (!patterns) {
    patterns = [new RegExp(`^[^()\\d]{1,${n}}\\((${NUMERAL})\\)、?`), new RegExp(`^[^()\\d、]{1,${n}}(\\d{1,2})、`)];
    strayCache.set(n, patterns);
  }
  return patterns;
}

/**
 * Split a normalised label into enumerator, text and trailing notes (§4.1 steps 5–6).
 * PDF labels may carry a stray character or two of a vertical group label before a bracketed
 * enumerator (`本(一)予以公开`); those are dropped with the enumerator.
 */
export function splitLabel(full: string, strayChars = defaultMapperSettings.enumeratorStrayChars): SplitLabel {
  let text = full;
  let enumerator: Enumerator | undefined;
  for (const { style, re } of ENUMERATOR_PATTERNS) {
    const m = re.exec(text);
    if (m) {
      const n = style.endsWith("Arabic") || style === "arabic" ? Number(m[1]) : chineseNumeral(m[1]!);
      enumerator = { style, n };
      text = text.slice(m[0].length);
      break;
    }
  }
  if (!enumerator && strayChars > 0) {
    const [bracketed, arabic] = strayPatterns(strayChars);
    const stray = bracketed.exec(text) ?? arabic.exec(text);
    if (stray) {
      const n = /\d/.test(stray[1]!) ? Number(stray[1]) : chineseNumeral(stray[1]!);
      enumerator = { style: /\d/.test(stray[1]!) ? "arabic" : "bracketChinese", n };
      text = text.slice(stray[0].length);
    }
  }
  const notes: string[] = [];
  let unit: string | undefined;
  for (;;) {
    // A closed note at the end, or a note left open by a line or page break.
    const m = /\(([^()]*)\)$/.exec(text) ?? /\(([^()]*)$/.exec(text);
    if (!m || m.index === 0) break;
    notes.unshift(m[1]!);
    unit ??= unitIn(m[1]!);
    text = text.slice(0, m.index);
  }
  return { text, full, ...(enumerator ? { enumerator } : {}), notes, ...(unit ? { unit } : {}) };
}

/** normalizeLabel then splitLabel. */
export function parseLabel(raw: string): SplitLabel {
  return splitLabel(normalizeLabel(raw));
}
