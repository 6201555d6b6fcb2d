// Edit distance for labels with typos (templates.md §9.3: ≤ 1 edit per 6 characters).
import { defaultMapperSettings } from "./settings.js";

/** Levenshtein distance, stopping early once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  let curr = new Array<number>(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      if (curr[j]! < rowMin) rowMin = curr[j]!;
    }
    if (rowMin > limit) return limit + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[y.length]!;
}

/** Edits a label of this length may have and still match (0 below the minimum length). */
export function allowedEdits(length: number, settings = defaultMapperSettings): number {
  return length < settings.fuzzyMinChars ? 0 : Math.floor(length / settings.fuzzyCharsPerEdit);
}

/**
 * The candidate closest to `label` within the allowed edits, or undefined when none is close
 * enough or two candidates are equally close (a tie is no evidence).
 */
export function closestLabel<K>(label: string, candidates: Iterable<[K, string]>, settings = defaultMapperSettings): K | undefined {
  let best: K | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const [key, text] of candidates) {
    const limit = allowedEdits([...text].length, settings);
    if (limit === 0) continue;
    const d = editDistance(label, text, limit);
    if (d > limit) continue;
    if (d < bestDistance) {
      best = key;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && key !== best) tie = true;
  }
  return tie ? undefined : best;
}
