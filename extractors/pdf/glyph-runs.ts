// Glyphs placed on the page → text items. Consecutive glyphs on one baseline with small gaps
// form one item; a wider gap starts a new item, and so does a vertical ruling line passing
// between two glyphs (two numbers in neighbouring cells must never become one item).
import type { PositionedText, RulingLine } from "../../src/tokens/types.js";
import type { PdfExtractSettings } from "./settings.js";

/** One painted glyph in top-left page space. */
export interface PlacedGlyph {
  /** Unicode text (already cleaned); "" for a whitespace glyph, which only widens the gap. */
  text: string;
  /** Box of the glyph on the page. */
  x0: number; y0: number; x1: number; y1: number;
  /** Start/end of the glyph along the writing direction, and its position across it (baseline). */
  advStart: number; advEnd: number; line: number;
  /** Em size on the page. */
  size: number;
  /** Writing direction: 0 left→right, 1 top→bottom, 2 right→left, 3 bottom→top. */
  direction: 0 | 1 | 2 | 3;
  /** Written with a vertical (Identity-V) font. */
  verticalFont: boolean;
  fontName: string;
}

interface Run {
  chars: string[];
  /** Per char: its start/end along the writing direction, and whether a space precedes it. */
  starts: number[];
  ends: number[];
  spaceBefore: boolean[];
  boxes: number[]; // x0,y0,x1,y1 per char
  line: number;
  size: number;
  direction: 0 | 1 | 2 | 3;
  verticalFont: boolean;
  fontName: string;
  pendingSpace: boolean;
}

export class GlyphRunBuilder {
  private readonly runs: Run[] = [];
  private current: Run | null = null;
  /** Emitted items by text, to drop overprinted copies. */
  private readonly seen = new Map<string, number[][]>();

  constructor(
    private readonly page: number,
    private readonly settings: PdfExtractSettings,
    private readonly normalize: (s: string) => string,
  ) {}

  add(g: PlacedGlyph): void {
    const cur = this.current;
    const s = this.settings;
    if (g.text === "") {
      if (cur) cur.pendingSpace = true;
      return;
    }
    if (
      cur &&
      cur.direction === g.direction &&
      cur.verticalFont === g.verticalFont &&
      cur.fontName === g.fontName &&
      Math.abs(cur.size - g.size) <= 0.01 * g.size &&
      Math.abs(g.line - cur.line) <= s.baselineToleranceEm * g.size
    ) {
      const last = cur.ends[cur.ends.length - 1]!;
      const gap = g.advStart - last;
      if (gap >= -s.backstepToleranceEm * g.size && gap <= s.itemBreakGapEm * g.size) {
        cur.chars.push(g.text);
        cur.starts.push(g.advStart);
        cur.ends.push(g.advEnd);
        cur.spaceBefore.push(cur.pendingSpace || gap > s.spaceGapEm * g.size);
        cur.boxes.push(g.x0, g.y0, g.x1, g.y1);
        cur.pendingSpace = false;
        return;
      }
    }
    const run: Run = {
      chars: [g.text], starts: [g.advStart], ends: [g.advEnd], spaceBefore: [false],
      boxes: [g.x0, g.y0, g.x1, g.y1],
      line: g.line, size: g.size, direction: g.direction, verticalFont: g.verticalFont,
      fontName: g.fontName, pendingSpace: false,
    };
    this.runs.push(run);
    this.current = run;
  }

  /** Ends the current item (e.g. at a font or text-object change that should not join). */
  breakRun(): void {
    this.current = null;
  }

  /** Items of the page; runs crossed by a ruling line are split there first. */
  finish(rules: readonly RulingLine[]): PositionedText[] {
    const vRules = rules.filter((r) => r.orientation === "v");
    const hRules = rules.filter((r) => r.orientation === "h");
    const out: PositionedText[] = [];
    for (const run of this.runs) {
      const cuts = run.direction === 0 ? cutsAcross(run, vRules, "x", this.settings)
        : run.direction === 1 ? cutsAcross(run, hRules, "y", this.settings)
        : [];
      let from = 0;
      for (const cut of cuts) {
        this.emit(run, from, cut, out);
        from = cut;
      }
      this.emit(run, from, run.chars.length, out);
    }
    return out;
  }

  /** Is this stretch the same text as one already emitted, painted again at (almost) the same place? */
  private isOverprint(run: Run, from: number, to: number): boolean {
    const key = run.chars.slice(from, to).join("");
    const box = [run.boxes[from * 4]!, run.boxes[from * 4 + 1]!, run.boxes[to * 4 - 2]!, run.boxes[to * 4 - 1]!];
    const boxes = this.seen.get(key);
    if (boxes?.some((b) => sameBoxes(b, box, this.settings.duplicateTolerance))) return true;
    if (boxes) boxes.push(box);
    else this.seen.set(key, [box]);
    return false;
  }

  private emit(run: Run, from: number, to: number, out: PositionedText[]): void {
    if (to <= from) return;
    if (this.isOverprint(run, from, to)) return;
    let text = run.chars[from]!;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = from; i < to; i++) {
      if (i > from) text += run.spaceBefore[i] ? " " + run.chars[i] : run.chars[i];
      const b = i * 4;
      x0 = Math.min(x0, run.boxes[b]!);
      y0 = Math.min(y0, run.boxes[b + 1]!);
      x1 = Math.max(x1, run.boxes[b + 2]!);
      y1 = Math.max(y1, run.boxes[b + 3]!);
    }
    out.push({
      kind: "ptext",
      text: this.normalize(text),
      page: this.page,
      bbox: [round(x0), round(y0), round(x1), round(y1)],
      fontSize: round(run.size),
      fontName: run.fontName,
      vertical: run.direction === 1 || run.direction === 3,
    });
  }
}

/** Char indices where a ruling line perpendicular to the run passes between two glyphs. */
function cutsAcross(run: Run, rules: readonly RulingLine[], axis: "x" | "y", s: PdfExtractSettings): number[] {
  const n = run.chars.length;
  if (n < 2 || rules.length === 0) return [];
  const first = run.starts[0]!, last = run.ends[n - 1]!;
  // Middle of the run across its writing direction, to test whether a rule reaches it.
  const b = run.boxes;
  const mid = axis === "x" ? (b[1]! + b[3]!) / 2 : (b[0]! + b[2]!) / 2;
  let cuts: number[] | null = null;
  for (const r of rules) {
    const at = axis === "x" ? r.x0 : r.y0;
    if (at <= first + s.ruleSplitMargin || at >= last - s.ruleSplitMargin) continue;
    const lo = axis === "x" ? r.y0 : r.x0, hi = axis === "x" ? r.y1 : r.x1;
    if (mid < lo || mid > hi) continue;
    for (let i = 1; i < n; i++) {
      const prevMid = (run.starts[i - 1]! + run.ends[i - 1]!) / 2;
      const nextMid = (run.starts[i]! + run.ends[i]!) / 2;
      if (prevMid < at && at <= nextMid) {
        (cuts ??= []).push(i);
        break;
      }
    }
  }
  if (!cuts) return [];
  return [...new Set(cuts)].sort((a, b) => a - b);
}

function sameBoxes(a: number[], b: number[], tolerance: number): boolean {
  for (let i = 0; i < 4; i++) if (Math.abs(a[i]! - b[i]!) > tolerance) return false;
  return true;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
