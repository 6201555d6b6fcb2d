// Small text helpers the grid stage needs to compare cells (the mapper has its own, fuller
// label normalisation; these only decide "same text" and "looks like a number").

const WHITESPACE = /[\s\u00a0\u3000\u200b-\u200d\ufeff]+/g;

/** NFKC and no whitespace: two renderings of the same label compare equal. */
export function normaliseForCompare(text: string): string {
  return text.normalize("NFKC").replace(WHITESPACE, "");
}

/** A printed number after normaliseForCompare: 2019 增/减 sign words, a percent or a unit allowed. */
export const NUMERIC = /^(?:增加|减少|增|减)?[+\-]?\d[\d,]*(?:\.\d+)?%?(?:万元|元|件|项|个|条)?$/;
/** What reports print for "no value": dashes and slashes. */
const PLACEHOLDER = /^[—–\-/]+$/;

/** A value cell's text: a number (full-width digits too, a unit allowed), or a dash/slash printed for
 *  "no value" — so its row is a data row, not a header row, and it never fuses with a neighbour. */
export function isValueText(text: string): boolean {
  const t = normaliseForCompare(text);
  return NUMERIC.test(t) || PLACEHOLDER.test(t);
}
