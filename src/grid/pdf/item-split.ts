// A text item crossing a cell border is cut there, so that text of neighbouring cells never
// fuses (e.g. two numbers painted close together in one text run by some producer). Without
// per-glyph positions the cut is placed by character widths: full-width (CJK) characters count
// double.
import type { PositionedText } from "../../tokens/types.js";

/** `borders` are x positions of vertical cell borders crossing the item's line, ascending. */
export function splitAtBorders(item: PositionedText, borders: readonly number[], minOverhang: number): PositionedText[] {
  const [x0, y0, x1, y1] = item.bbox;
  const cutsX = borders.filter((x) => x - x0 >= minOverhang && x1 - x >= minOverhang);
  if (item.vertical || cutsX.length === 0) return [item];
  const chars = [...item.text];
  const weights = chars.map(charWeight);
  const total = weights.reduce((a, b) => a + b, 0);
  const width = x1 - x0;
  const pieces: PositionedText[] = [];
  let from = 0, acc = 0, startX = x0;
  for (const cut of cutsX) {
    // Advance to the character boundary nearest to the border.
    const target = ((cut - x0) / width) * total;
    let to = from;
    while (to < chars.length && acc + weights[to]! / 2 < target) acc += weights[to++]!;
    if (to <= from || to >= chars.length) continue;
    const endX = x0 + (acc / total) * width;
    pieces.push(piece(item, chars.slice(from, to).join(""), startX, endX, y0, y1));
    from = to;
    startX = endX;
  }
  if (pieces.length === 0) return [item];
  pieces.push(piece(item, chars.slice(from).join(""), startX, x1, y0, y1));
  return pieces;
}

function piece(item: PositionedText, text: string, x0: number, x1: number, y0: number, y1: number): PositionedText {
  return { ...item, text: text.trim(), bbox: [x0, y0, x1, y1] };
}

function charWeight(ch: string): number {
  const code = ch.codePointAt(0)!;
  return code >= 0x1100 && !(code >= 0xff61 && code <= 0xffdc) ? 2 : 1;
}
