// Ruling lines → table edges: snap near-collinear lines onto one position, join collinear
// segments, group edges that touch into structures, and add the borders a producer left out.
import type { RulingLine } from "../../tokens/types.js";
import type { PdfLayoutSettings } from "./settings.js";

/** A horizontal edge has pos = y and spans x ∈ [start, end]; a vertical edge pos = x, y ∈ [start, end]. */
export interface Edge {
  pos: number;
  start: number;
  end: number;
}

export interface EdgeSet {
  h: Edge[];
  v: Edge[];
}

export function edgesFromRules(rules: readonly RulingLine[], s: PdfLayoutSettings): EdgeSet {
  const h: Edge[] = [];
  const v: Edge[] = [];
  for (const r of rules) {
    if (r.orientation === "h" && r.x1 - r.x0 >= s.minEdgeLength) h.push({ pos: (r.y0 + r.y1) / 2, start: r.x0, end: r.x1 });
    else if (r.orientation === "v" && r.y1 - r.y0 >= s.minEdgeLength) v.push({ pos: (r.x0 + r.x1) / 2, start: r.y0, end: r.y1 });
  }
  return { h: join(snap(h, s.snapTolerance), s.joinTolerance), v: join(snap(v, s.snapTolerance), s.joinTolerance) };
}

/** Lines whose positions chain within `tolerance` move to their cluster's mean position. */
export function snap(edges: Edge[], tolerance: number): Edge[] {
  edges.sort((a, b) => a.pos - b.pos);
  let from = 0;
  for (let i = 1; i <= edges.length; i++) {
    if (i === edges.length || edges[i]!.pos - edges[i - 1]!.pos > tolerance) {
      let sum = 0;
      for (let k = from; k < i; k++) sum += edges[k]!.pos;
      const mean = sum / (i - from);
      for (let k = from; k < i; k++) edges[k]!.pos = mean;
      from = i;
    }
  }
  return edges;
}

/** Collinear segments (same snapped position) overlapping or within `tolerance` become one edge. */
export function join(edges: Edge[], tolerance: number): Edge[] {
  edges.sort((a, b) => a.pos - b.pos || a.start - b.start);
  const out: Edge[] = [];
  for (const e of edges) {
    const last = out[out.length - 1];
    if (last && last.pos === e.pos && e.start <= last.end + tolerance) last.end = Math.max(last.end, e.end);
    else out.push({ ...e });
  }
  return out;
}

function touches(h: Edge, v: Edge, tolerance: number): boolean {
  return v.pos >= h.start - tolerance && v.pos <= h.end + tolerance && h.pos >= v.start - tolerance && h.pos <= v.end + tolerance;
}

/** Edges connected through crossings: one group per table (or per stray line). */
export function connectedGroups(set: EdgeSet, tolerance: number): EdgeSet[] {
  const nh = set.h.length;
  const parent = Array.from({ length: nh + set.v.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < nh; i++) {
    for (let j = 0; j < set.v.length; j++) {
      if (touches(set.h[i]!, set.v[j]!, tolerance)) parent[find(i)] = find(nh + j);
    }
  }
  const groups = new Map<number, EdgeSet>();
  const groupOf = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    return g;
  };
  set.h.forEach((e, i) => groupOf(i).h.push(e));
  set.v.forEach((e, j) => groupOf(nh + j).v.push(e));
  return [...groups.values()];
}

/**
 * Borders missing from a group: where two or more edge ends line up with nothing drawn between
 * them, or an edge end lines up with a drawn collinear border of the same group, the missing
 * stretch is added. Returns only the added edges.
 */
export function missingBorders(group: EdgeSet, s: PdfLayoutSettings): EdgeSet {
  return {
    h: closeEnds(group.v, group.h, s),
    v: closeEnds(group.h, group.v, s),
  };
}

/** Ends of `lines` not touching any of `crossing` → edges along the crossing axis. */
function closeEnds(lines: Edge[], crossing: Edge[], s: PdfLayoutSettings): Edge[] {
  const tol = s.intersectionTolerance;
  const open: { at: number; pos: number }[] = []; // at: position along `crossing` axis; pos: the line's position
  for (const line of lines) {
    for (const at of [line.start, line.end]) {
      const touched = crossing.some((c) => Math.abs(c.pos - at) <= tol && line.pos >= c.start - tol && line.pos <= c.end + tol);
      if (!touched) open.push({ at, pos: line.pos });
    }
  }
  open.sort((a, b) => a.at - b.at);
  const added: Edge[] = [];
  let from = 0;
  for (let i = 1; i <= open.length; i++) {
    if (i < open.length && open[i]!.at - open[i - 1]!.at <= s.snapTolerance) continue;
    const cluster = open.slice(from, i);
    from = i;
    const at = cluster.reduce((sum, o) => sum + o.at, 0) / cluster.length;
    const collinear = crossing.filter((c) => Math.abs(c.pos - at) <= s.snapTolerance);
    if (cluster.length < 2 && collinear.length === 0) continue;
    let lo = Infinity, hi = -Infinity;
    for (const o of cluster) {
      lo = Math.min(lo, o.pos);
      hi = Math.max(hi, o.pos);
    }
    for (const c of collinear) {
      lo = Math.min(lo, c.start);
      hi = Math.max(hi, c.end);
    }
    if (hi - lo >= s.minEdgeLength) added.push({ pos: collinear[0]?.pos ?? at, start: lo, end: hi });
  }
  return added;
}

/**
 * Added edges (missing borders, text columns) moved onto a drawn edge's position when within
 * `tolerance`, and snapped among themselves, so that no sliver row/column appears between them.
 */
export function alignAdded(added: Edge[], drawn: readonly Edge[], tolerance: number): Edge[] {
  const positions = [...new Set(drawn.map((e) => e.pos))];
  const free: Edge[] = [];
  const out: Edge[] = [];
  for (const e of added) {
    let best: number | undefined, bestDistance = tolerance;
    for (const p of positions) {
      const d = Math.abs(p - e.pos);
      if (d <= bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    if (best === undefined) free.push({ ...e });
    else out.push({ ...e, pos: best });
  }
  return [...out, ...snap(free, tolerance)];
}

/** Edges grouped by exact (snapped) position, for border lookups. */
export class EdgeIndex {
  private readonly byPos = new Map<number, Edge[]>();

  constructor(edges: readonly Edge[], private readonly tolerance: number) {
    for (const e of edges) {
      const list = this.byPos.get(e.pos);
      if (list) list.push(e);
      else this.byPos.set(e.pos, [e]);
    }
  }

  /** True when one edge at `pos` runs from `a` to `b` (within tolerance). */
  covers(pos: number, a: number, b: number): boolean {
    const list = this.byPos.get(pos);
    if (!list) return false;
    for (const e of list) if (e.start <= a + this.tolerance && e.end >= b - this.tolerance) return true;
    return false;
  }
}
