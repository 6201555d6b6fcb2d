// Positioned text items → visual lines, and the text of a cell. Horizontal items on one line are
// ordered left→right and joined without a space when they (nearly) touch — CJK text and digits
// of one number — and with a space otherwise; vertical items form one line per column.
import type { BBox, PositionedText } from "../../tokens/types.js";
import type { PdfLayoutSettings } from "./settings.js";

export interface TextLine {
  text: string;
  bbox: BBox;
  /** Largest font size on the line. */
  fontSize: number;
  page: number;
  vertical: boolean;
}

export function buildLines(items: readonly PositionedText[], s: PdfLayoutSettings): TextLine[] {
  const horizontal: PositionedText[] = [];
  const vertical: PositionedText[] = [];
  for (const it of items) (it.vertical ? vertical : horizontal).push(it);
  const lines = [...horizontalLines(horizontal, s), ...verticalColumns(vertical, s)];
  lines.sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  return lines;
}

function horizontalLines(items: PositionedText[], s: PdfLayoutSettings): TextLine[] {
  items.sort((a, b) => centreY(a) - centreY(b) || a.bbox[0] - b.bbox[0]);
  const groups: PositionedText[][] = [];
  let top = 0, bottom = 0;
  for (const it of items) {
    const group = groups[groups.length - 1];
    const [, y0, , y1] = it.bbox;
    const overlap = Math.min(bottom, y1) - Math.max(top, y0);
    if (group && overlap >= s.lineOverlapRatio * Math.min(bottom - top, y1 - y0)) {
      group.push(it);
      top = Math.min(top, y0);
      bottom = Math.max(bottom, y1);
    } else {
      groups.push([it]);
      top = y0;
      bottom = y1;
    }
  }
  return groups.map((g) => {
    g.sort((a, b) => a.bbox[0] - b.bbox[0]);
    let text = g[0]!.text;
    for (let i = 1; i < g.length; i++) {
      const prev = g[i - 1]!, it = g[i]!;
      const gap = it.bbox[0] - prev.bbox[2];
      text += (gap > s.spaceGapEm * Math.min(prev.fontSize, it.fontSize) ? " " : "") + it.text;
    }
    return toLine(text, g, false);
  });
}

/** Vertical items: one column per x position, read top→bottom; columns right→left. */
function verticalColumns(items: PositionedText[], s: PdfLayoutSettings): TextLine[] {
  items.sort((a, b) => b.bbox[0] - a.bbox[0] || a.bbox[1] - b.bbox[1]);
  const groups: PositionedText[][] = [];
  let left = 0, right = 0;
  for (const it of items) {
    const group = groups[groups.length - 1];
    const [x0, , x1] = it.bbox;
    const overlap = Math.min(right, x1) - Math.max(left, x0);
    if (group && overlap >= s.lineOverlapRatio * Math.min(right - left, x1 - x0)) {
      group.push(it);
      left = Math.min(left, x0);
      right = Math.max(right, x1);
    } else {
      groups.push([it]);
      left = x0;
      right = x1;
    }
  }
  return groups.map((g) => {
    g.sort((a, b) => a.bbox[1] - b.bbox[1]);
    return toLine(g.map((it) => it.text).join(""), g, true);
  });
}

function toLine(text: string, items: PositionedText[], vertical: boolean): TextLine {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, fontSize = 0;
  for (const it of items) {
    x0 = Math.min(x0, it.bbox[0]);
    y0 = Math.min(y0, it.bbox[1]);
    x1 = Math.max(x1, it.bbox[2]);
    y1 = Math.max(y1, it.bbox[3]);
    fontSize = Math.max(fontSize, it.fontSize);
  }
  return { text, bbox: [x0, y0, x1, y1], fontSize, page: items[0]!.page, vertical };
}

function centreY(it: PositionedText): number {
  return (it.bbox[1] + it.bbox[3]) / 2;
}

const NUMERIC = /^[\d.,，%\s+\-＋－]*\d[\d.,，%\s+\-＋－]*$/;
/** What reports print for "no value": dashes and slashes. */
const PLACEHOLDER = /^[—–\-－/／]+$/;

/**
 * A cell's text: its lines joined with "\n" — except a label stacked one or two characters per
 * line down a tall cell (三、/本/年/度…), which reads as one word.
 */
export function cellText(items: readonly PositionedText[], s: PdfLayoutSettings): string {
  if (items.length === 0) return "";
  const lines = buildLines(items, s);
  const stacked =
    lines.length >= s.stackedLabelMinLines &&
    lines.every((l) => [...l.text.replace(/\s+/g, "")].length <= s.stackedLabelMaxChars && !NUMERIC.test(l.text));
  return lines.map((l) => l.text).join(stacked ? "" : "\n");
}

/** A value cell's text: a number, or a dash/slash printed for "no value". */
export function isValueText(text: string): boolean {
  const t = text.trim();
  return NUMERIC.test(t) || PLACEHOLDER.test(t);
}
