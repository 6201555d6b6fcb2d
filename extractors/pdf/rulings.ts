// Painted paths → ruling lines. Table borders arrive either as stroked segments or as thin
// filled rectangles (WPS/Word often fill); both become "h"/"v" rules. Thick filled rectangles
// are kept as "rect" (cell shading), curves and diagonals are ignored.
import type { RulingLine } from "../../src/tokens/types.js";
import { applyX, applyY, type Matrix } from "./matrix.js";
import type { PdfExtractSettings } from "./settings.js";

/** pdf.js DrawOPS codes inside a constructPath buffer (src/shared/util.js). */
const DRAW_MOVE_TO = 0;
const DRAW_LINE_TO = 1;
const DRAW_CURVE_TO = 2;
const DRAW_QUAD_TO = 3;
const DRAW_CLOSE = 4;

export type PaintKind = "stroke" | "fill" | "fillStroke";

/**
 * Turns one painted path (user-space path buffer, `toPage` = viewport × CTM) into rules.
 * `lineWidth` is in user space.
 */
export function pathToRules(
  path: ArrayLike<number>,
  paint: PaintKind,
  toPage: Readonly<Matrix>,
  lineWidth: number,
  page: number,
  settings: PdfExtractSettings,
  out: RulingLine[],
): void {
  const scale = Math.sqrt(Math.abs(toPage[0] * toPage[3] - toPage[1] * toPage[2]));
  const strokeWidth = lineWidth * scale;
  const stroke = paint !== "fill";
  const fill = paint !== "stroke";
  // Current subpath in page space, for fill-rectangle detection.
  let xs: number[] = [];
  let ys: number[] = [];
  let straight = true;
  let startX = 0, startY = 0, curX = 0, curY = 0;

  const endSubpath = () => {
    if (fill && straight && xs.length >= 4) fillRect(xs, ys, page, settings, out);
    xs = [];
    ys = [];
    straight = true;
  };
  const segment = (x0: number, y0: number, x1: number, y1: number) => {
    if (stroke) strokeSegment(x0, y0, x1, y1, strokeWidth, page, settings, out);
  };

  for (let i = 0, n = path.length; i < n; ) {
    const op = path[i++];
    if (op === DRAW_MOVE_TO) {
      endSubpath();
      const ux = path[i++]!, uy = path[i++]!;
      curX = startX = applyX(toPage, ux, uy);
      curY = startY = applyY(toPage, ux, uy);
      xs.push(curX);
      ys.push(curY);
    } else if (op === DRAW_LINE_TO) {
      const ux = path[i++]!, uy = path[i++]!;
      const x = applyX(toPage, ux, uy), y = applyY(toPage, ux, uy);
      segment(curX, curY, x, y);
      curX = x;
      curY = y;
      xs.push(x);
      ys.push(y);
    } else if (op === DRAW_CURVE_TO || op === DRAW_QUAD_TO) {
      const argc = op === DRAW_CURVE_TO ? 6 : 4;
      const ux = path[i + argc - 2]!, uy = path[i + argc - 1]!;
      i += argc;
      curX = applyX(toPage, ux, uy);
      curY = applyY(toPage, ux, uy);
      straight = false;
    } else if (op === DRAW_CLOSE) {
      segment(curX, curY, startX, startY);
      curX = startX;
      curY = startY;
    } else {
      break; // unknown op: the rest of the buffer cannot be parsed reliably
    }
  }
  endSubpath();
}

function strokeSegment(
  x0: number, y0: number, x1: number, y1: number,
  lineWidth: number, page: number, s: PdfExtractSettings, out: RulingLine[],
): void {
  const dx = Math.abs(x1 - x0), dy = Math.abs(y1 - y0);
  if (dy <= s.axisTolerance && dx >= s.minRuleLength) {
    const y = (y0 + y1) / 2;
    out.push({ kind: "rule", page, x0: Math.min(x0, x1), y0: y, x1: Math.max(x0, x1), y1: y, orientation: "h", lineWidth });
  } else if (dx <= s.axisTolerance && dy >= s.minRuleLength) {
    const x = (x0 + x1) / 2;
    out.push({ kind: "rule", page, x0: x, y0: Math.min(y0, y1), x1: x, y1: Math.max(y0, y1), orientation: "v", lineWidth });
  }
}

/** A closed straight subpath that is an axis-aligned rectangle → thin rule or shading rect. */
function fillRect(xs: number[], ys: number[], page: number, s: PdfExtractSettings, out: RulingLine[]): void {
  let n = xs.length;
  // A trailing point equal to the start is the explicit close of `re`-like paths.
  if (n === 5 && Math.abs(xs[4]! - xs[0]!) <= s.axisTolerance && Math.abs(ys[4]! - ys[0]!) <= s.axisTolerance) n = 4;
  if (n !== 4) return;
  for (let k = 0; k < 4; k++) {
    const j = (k + 1) % 4;
    const alongX = Math.abs(ys[j]! - ys[k]!) <= s.axisTolerance;
    const alongY = Math.abs(xs[j]! - xs[k]!) <= s.axisTolerance;
    if (!alongX && !alongY) return;
  }
  const x0 = Math.min(xs[0]!, xs[1]!, xs[2]!, xs[3]!), x1 = Math.max(xs[0]!, xs[1]!, xs[2]!, xs[3]!);
  const y0 = Math.min(ys[0]!, ys[1]!, ys[2]!, ys[3]!), y1 = Math.max(ys[0]!, ys[1]!, ys[2]!, ys[3]!);
  const w = x1 - x0, h = y1 - y0;
  if (Math.max(w, h) < s.minRuleLength) return;
  if (h <= s.thinFillMax && w > h) {
    const y = (y0 + y1) / 2;
    out.push({ kind: "rule", page, x0, y0: y, x1, y1: y, orientation: "h", lineWidth: h });
  } else if (w <= s.thinFillMax && h > w) {
    const x = (x0 + x1) / 2;
    out.push({ kind: "rule", page, x0: x, y0, x1: x, y1, orientation: "v", lineWidth: w });
  } else {
    out.push({ kind: "rule", page, x0, y0, x1, y1, orientation: "rect" });
  }
}
