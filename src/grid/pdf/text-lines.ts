// Positioned text items → visual lines, and the text of a cell. Horizontal items on one line are
// ordered left→right and joined without a space when they (nearly) touch — CJK text and digits
// of one number — and with a space otherwise; vertical items form one line per column.
import type { BBox, PositionedText } from "../../tokens/types.js";
import { normaliseForCompare } from "../text.js";
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

/** A printed number after NFKC (full-width digits ０-９, －, ，, ．, ％ read as ASCII) and without spaces. */
const NUMERIC = /^(?:增加|减少|增|减)?[+\-]?\d[\d,]*(?:\.\d+)?%?(?:万元|元|件|项|个|条)?$/;
/** What reports print for "no value": dashes and slashes. */
const PLACEHOLDER = /^[—–\-/]+$/;

/**
 * Full-width digits break like CJK text, so a number printed in them wraps in a narrow cell
 * (１ / ０ for １０); ASCII digits never break inside a number.
 */
const FULL_WIDTH_NUMBER = /^[０-９，．％－＋]+$/;

/**
 * A cell's text: its lines joined with "\n" — except a label stacked one or two characters per
 * line down a tall cell (三、/本/年/度…), and a full-width number wrapped over lines, which each
 * read as one word.
 */
export function cellText(items: readonly PositionedText[], s: PdfLayoutSettings): string {
  if (items.length === 0) return "";
  const lines = buildLines(items, s);
  if (lines.length === 1) return lines[0]!.text;
  const squashed = lines.map((l) => l.text.replace(/\s+/g, ""));
  const stacked =
    lines.length >= s.stackedLabelMinLines &&
    squashed.every((t) => [...t].length <= s.stackedLabelMaxChars && !NUMERIC.test(normaliseForCompare(t)));
  const wrappedNumber = squashed.every((t) => FULL_WIDTH_NUMBER.test(t));
  return lines.map((l) => l.text).join(stacked || wrappedNumber ? "" : "\n");
}

/** A value cell's text: a number (full-width digits too, a unit allowed), or a dash/slash printed for "no value". */
export function isValueText(text: string): boolean {
  const t = normaliseForCompare(text);
  return NUMERIC.test(t) || PLACEHOLDER.test(t);
}
