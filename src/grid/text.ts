// Small text helpers the grid stage needs to compare cells (the mapper has its own, fuller
// label normalisation; these only decide "same text" and "looks like a number").

const WHITESPACE = /[\s\u00a0\u3000\u200b-\u200d\ufeff]+/g;

/** NFKC and no whitespace: two renderings of the same label compare equal. */
export function normaliseForCompare(text: string): string {
  return text.normalize("NFKC").replace(WHITESPACE, "");
}

const NUMBER_LIKE = /^[+\-]?\d[\d,]*(\.\d+)?(元|万元|件|项|个|条)?$/;

/** True when a cell's text reads as a printed number (so its row is not a header row). */
export function isValueText(text: string): boolean {
  return NUMBER_LIKE.test(normaliseForCompare(text));
}
