// Positioned text items → visual lines, and the text of a cell. Horizontal items on one line are
// ordered left→right and joined without a space when they (nearly) touch — CJK text and digits
// of one number — and with a space otherwise; vertical items form one line per column.
import type { BBox, PositionedText } from "../../tokens/types.js";
import { normaliseForCompare, NUMERIC } from "../text.js";
import { centreY } from "./centres.js";
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

/**
 * Items whose extents along one axis overlap enough share a group (a line, or a vertical column);
 * `extent` gives the item's [start, end] on that axis, items come sorted along it.
 */
function groupByOverlap(items: PositionedText[], extent: (it: PositionedText) => [number, number], s: PdfLayoutSettings): PositionedText[][] {
  const groups: PositionedText[][] = [];
  let start = 0, end = 0;
  for (const it of items) {
    const group = groups[groups.length - 1];
    const [a, b] = extent(it);
    const overlap = Math.min(end, b) - Math.max(start, a);
    if (group && overlap >= s.lineOverlapRatio * Math.min(end - start, b - a)) {
      group.push(it);
      start = Math.min(start, a);
      end = Math.max(end, b);
    } else {
      groups.push([it]);
      start = a;
      end = b;
    }
  }
  return groups;
}

function horizontalLines(items: PositionedText[], s: PdfLayoutSettings): TextLine[] {
  items.sort((a, b) => centreY(a) - centreY(b) || a.bbox[0] - b.bbox[0]);
  return groupByOverlap(items, (it) => [it.bbox[1], it.bbox[3]], s).map((g) => {
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
  return groupByOverlap(items, (it) => [it.bbox[0], it.bbox[2]], s).map((g) => {
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
