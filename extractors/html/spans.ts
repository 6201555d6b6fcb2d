// rowspan / colspan as real pages write them: "2 ", "2px", "0", "", "abc", "99999".

/** Larger rowspans are treated as typos (no report table has a thousand rows). */
export const MAX_ROW_SPAN = 1000;
/** Larger colspans are treated as typos (the widest report table has 15 columns). */
export const MAX_COL_SPAN = 100;

/**
 * The span an attribute value gives: its leading integer, 1 when missing, zero, negative or
 * not a number (HTML's rowspan="0" means "to the end of the group"; reports never mean that),
 * and at most `max`.
 */
export function parseSpan(value: string | undefined, max: number): number {
  if (value === undefined) return 1;
  const span = Number.parseInt(value, 10);
  if (!(span >= 1)) return 1;
  return span > max ? max : span;
}
