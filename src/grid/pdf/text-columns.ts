// Text-alignment fallback for tables ruled with horizontal lines only (booktabs-style, or
// vertical borders not drawn): columns are placed in the gaps that no text crosses.
import type { PositionedText } from "../../tokens/types.js";
import type { Edge, EdgeSet } from "./edges.js";

/**
 * Groups without vertical edges (lone horizontal rules) that stack into a ruled block: the
 * same left/right ends, consecutive rules close together. Other groups are returned unchanged.
 */
export function stackRuledRows(groups: EdgeSet[], s: PdfLayoutSettings): EdgeSet[] {
  const out: EdgeSet[] = [];
  const loose: Edge[] = [];
  for (const g of groups) {
    if (g.v.length === 0) loose.push(...g.h);
    else out.push(g);
  }
  loose.sort((a, b) => a.pos - b.pos);
  const used = new Set<Edge>();
  for (const first of loose) {
    if (used.has(first)) continue;
    const block = [first];
    for (const e of loose) {
      const last = block[block.length - 1]!;
      if (used.has(e) || e.pos <= last.pos) continue;
      if (e.pos - last.pos > s.ruledRowsMaxGap) break;
      if (Math.abs(e.start - first.start) <= s.joinTolerance && Math.abs(e.end - first.end) <= s.joinTolerance) block.push(e);
    }
    for (const e of block) used.add(e);
    out.push({ h: block, v: [] });
  }
  return out;
}
import type { PdfLayoutSettings } from "./settings.js";

/** Vertical borders derived from text for a group with rows of rules but no inner vertical rule; null otherwise. */
export function columnsFromText(group: EdgeSet, items: readonly PositionedText[], s: PdfLayoutSettings): Edge[] | null {
  const ys = [...new Set(group.h.map((e) => e.pos))].sort((a, b) => a - b);
  if (ys.length < s.ruledRowsMinRules) return null;
  const left = Math.min(...group.h.map((e) => e.start));
  const right = Math.max(...group.h.map((e) => e.end));
  const top = ys[0]!, bottom = ys[ys.length - 1]!;
  const inner = group.v.some((e) => e.pos > left + s.intersectionTolerance && e.pos < right - s.intersectionTolerance);
  if (inner) return null;
  const spans: [number, number][] = [];
  for (const it of items) {
    const cx = (it.bbox[0] + it.bbox[2]) / 2, cy = (it.bbox[1] + it.bbox[3]) / 2;
    if (cx >= left && cx <= right && cy >= top && cy <= bottom) spans.push([it.bbox[0], it.bbox[2]]);
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  const borders: number[] = [];
  let reach = spans[0]![1];
  for (const [x0, x1] of spans.slice(1)) {
    if (x0 - reach >= s.textColumnMinGap) borders.push((reach + x0) / 2);
    reach = Math.max(reach, x1);
  }
  if (borders.length === 0) return null;
  return [left, ...borders, right].map((pos) => ({ pos, start: top, end: bottom }));
}
