// Cell values (templates.md §4.2): a printed number, a "not reported" marker, or unreadable.
import { AMOUNT_UNITS, COUNT_UNITS } from "./normalize.js";

export type CellValue =
  | { kind: "number"; value: number; unit?: string }
  /** Blank or a marker of "not reported" (/ — - 无 不适用 …). */
  | { kind: "null" }
  /** Text that is neither: becomes null in the record, with a warning carrying the raw text. */
  | { kind: "invalid" };

export interface ParseValueOptions {
  /** 2019 本年增/减 cells: accept 增加5 / 减少2 / 增2 / 减2 (+/- signs are read everywhere). */
  signedWords?: boolean;
}

const WHITESPACE = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g;
/** Minus signs NFKC leaves alone. */
const MINUS = /[\u2212\u2010\u2011\u2012\u2013\ufe63]/g;
const NULL_MARKERS = new Set(["", "/", "无", "不适用", ":"]);
const DASHES_ONLY = /^[-—–―_~]+$/;
const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SIGN_WORDS: [RegExp, number][] = [
  [/^(?:增加|增)/, 1],
  [/^(?:减少|减)/, -1],
];
const UNIT_SUFFIX = new RegExp(`(${[...AMOUNT_UNITS, ...COUNT_UNITS].join("|")})$`);

/** Read one cell's raw text as a record value. */
export function parseValue(raw: string, options: ParseValueOptions = {}): CellValue {
  const folded = raw.normalize("NFKC");
  // Two numbers in one cell (「3 4」) are no number; whitespace elsewhere is padding.
  if (/\d[\s\u00a0\u3000]+[\d+-]/.test(folded)) return { kind: "invalid" };
  let s = folded.replace(WHITESPACE, "").replace(MINUS, "-");
  if (NULL_MARKERS.has(s) || DASHES_ONLY.test(s)) return { kind: "null" };
  let sign = 1;
  if (options.signedWords) {
    for (const [re, value] of SIGN_WORDS) {
      const m = re.exec(s);
      if (m) {
        sign = value;
        s = s.slice(m[0].length);
        break;
      }
    }
  }
  let unit: string | undefined;
  const u = UNIT_SUFFIX.exec(s);
  if (u && u.index > 0) {
    unit = u[1];
    s = s.slice(0, u.index);
  }
  if (GROUPED.test(s)) s = s.replace(/,/g, "");
  if (!PLAIN.test(s)) return { kind: "invalid" };
  if (sign < 0 && /^[+-]/.test(s)) return { kind: "invalid" }; // 减少-3: two signs
  const value = sign * Number(s);
  return unit ? { kind: "number", value: value === 0 ? 0 : value, unit } : { kind: "number", value: value === 0 ? 0 : value };
}

/** True for text that reads as a value or a not-reported marker (so it is no label). */
export function isValueLike(raw: string): boolean {
  return parseValue(raw, { signedWords: true }).kind !== "invalid";
}

/** True for a blank cell or a not-reported marker. */
export function isBlankValue(raw: string): boolean {
  return parseValue(raw).kind === "null";
}
