// One pass over a page's pdf.js operator list: tracks the graphics and text state (as pdf.js's
// canvas renderer does, without drawing) and collects ruling lines from painted paths and
// placed glyphs from showText. Text comes from the operator list rather than getTextContent:
// the page's content stream is then evaluated once instead of twice, every glyph has an exact
// position, and vertical (Identity-V) text is complete (pdf.js 5.4's getTextContent drops
// vertical glyphs whose unscaled advance reaches below the page's y = 0).
import type { RulingLine } from "../../src/tokens/types.js";
import { IDENTITY, multiply, applyX, applyY, type Matrix } from "./matrix.js";
import { pathToRules, type PaintKind } from "./rulings.js";
import type { GlyphRunBuilder } from "./glyph-runs.js";
import type { PdfExtractSettings } from "./settings.js";

/** What the walker needs of a pdf.js font (FontFaceObject from page.commonObjs). */
export interface FontInfo {
  name?: string;
  loadedName?: string;
  vertical?: boolean;
  ascent?: number;
  descent?: number;
  fontMatrix?: ArrayLike<number>;
  defaultVMetrics?: ArrayLike<number>;
}

/** What the walker needs of a pdf.js glyph inside showText arguments. */
interface Glyph {
  unicode?: string;
  width?: number;
  vmetric?: ArrayLike<number>;
  isSpace?: boolean;
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** The subset of pdf.js OPS codes the walker reacts to. */
export interface OpCodes {
  save: number; restore: number; transform: number; setLineWidth: number; setGState: number;
  constructPath: number; paintFormXObjectBegin: number; paintFormXObjectEnd: number;
  beginGroup: number; endGroup: number;
  stroke: number; closeStroke: number; fill: number; eoFill: number; fillStroke: number;
  eoFillStroke: number; closeFillStroke: number; closeEOFillStroke: number;
  beginText: number; endText: number; setFont: number; setTextMatrix: number; moveText: number;
  setLeadingMoveText: number; nextLine: number; setLeading: number; setCharSpacing: number;
  setWordSpacing: number; setHScale: number; setTextRise: number; showText: number;
}

interface State {
  ctm: Matrix;
  lineWidth: number;
  font: FontInfo | null;
  fontSize: number;
  fontDirection: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  textMatrix: Matrix;
  x: number; y: number; lineX: number; lineY: number;
}

export interface PageWalkOutput {
  rules: RulingLine[];
  /** Glyphs that carried no usable Unicode (U+FFFD or nothing): dropped. */
  unmappedGlyphs: number;
  /** Non-whitespace glyphs placed. */
  glyphs: number;
}

// Invisible format characters and controls that carry no text.
const INVISIBLE = /[\u0000-\u001F\u007F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const WHITESPACE = /^\s+$/;
const UNMAPPED = /\uFFFD/g;

export function walkPage(
  list: OperatorList,
  OPS: OpCodes,
  viewport: Readonly<Matrix>,
  fontOf: (loadedName: string) => FontInfo | null,
  page: number,
  settings: PdfExtractSettings,
  text: GlyphRunBuilder,
): PageWalkOutput {
  const rules: RulingLine[] = [];
  const stack: State[] = [];
  let st: State = {
    ctm: [...IDENTITY] as Matrix, lineWidth: 1, font: null, fontSize: 0, fontDirection: 1,
    charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0,
    textMatrix: [...IDENTITY] as Matrix, x: 0, y: 0, lineX: 0, lineY: 0,
  };
  let unmapped = 0;
  let glyphCount = 0;

  const setFont = (name: string, size: number) => {
    const font = fontOf(name);
    if (font !== st.font) text.breakRun();
    st.font = font;
    st.fontDirection = size < 0 ? -1 : 1;
    st.fontSize = Math.abs(size);
  };
  const moveText = (x: number, y: number) => {
    st.x = st.lineX += x;
    st.y = st.lineY += y;
  };

  const fns = list.fnArray;
  const args = list.argsArray as unknown[][];
  for (let i = 0, n = fns.length; i < n; i++) {
    const fn = fns[i]!;
    const a = args[i]!;
    switch (fn) {
      case OPS.save:
      case OPS.beginGroup:
        stack.push({ ...st, ctm: [...st.ctm] as Matrix, textMatrix: [...st.textMatrix] as Matrix });
        break;
      case OPS.restore:
      case OPS.endGroup:
        st = stack.pop() ?? st;
        break;
      case OPS.transform:
        st.ctm = multiply(st.ctm, a as number[]);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ...st, ctm: [...st.ctm] as Matrix, textMatrix: [...st.textMatrix] as Matrix });
        if (a[0]) st.ctm = multiply(st.ctm, a[0] as ArrayLike<number>);
        break;
      case OPS.paintFormXObjectEnd:
        st = stack.pop() ?? st;
        break;
      case OPS.setLineWidth:
        st.lineWidth = a[0] as number;
        break;
      case OPS.setGState:
        for (const [key, value] of a[0] as [string, unknown][]) {
          if (key === "LW") st.lineWidth = value as number;
          else if (key === "Font") setFont((value as [string, number])[0], (value as [string, number])[1]);
        }
        break;
      case OPS.constructPath: {
        const paint = paintKind(a[0] as number, OPS);
        const path = (a[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
        if (paint && path) pathToRules(path, paint, multiply(viewport, st.ctm), st.lineWidth, page, settings, rules);
        break;
      }
      case OPS.beginText:
        st.textMatrix = [...IDENTITY] as Matrix;
        st.x = st.lineX = st.y = st.lineY = 0;
        break;
      case OPS.endText:
        break;
      case OPS.setFont:
        setFont(a[0] as string, a[1] as number);
        break;
      case OPS.setTextMatrix: {
        const m = a[0] as ArrayLike<number>;
        st.textMatrix = [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
        st.x = st.lineX = st.y = st.lineY = 0;
        break;
      }
      case OPS.moveText:
        moveText(a[0] as number, a[1] as number);
        break;
      case OPS.setLeadingMoveText:
        st.leading = a[1] as number; // pdf.js: setLeading(-y) stores -(-y)
        moveText(a[0] as number, a[1] as number);
        break;
      case OPS.setLeading:
        st.leading = -(a[0] as number);
        break;
      case OPS.nextLine:
        moveText(0, st.leading);
        break;
      case OPS.setCharSpacing:
        st.charSpacing = a[0] as number;
        break;
      case OPS.setWordSpacing:
        st.wordSpacing = a[0] as number;
        break;
      case OPS.setHScale:
        st.hScale = (a[0] as number) / 100;
        break;
      case OPS.setTextRise:
        st.rise = a[0] as number;
        break;
      case OPS.showText: {
        const r = showText(a[0] as (Glyph | number)[], st, viewport, settings, text);
        unmapped += r.unmapped;
        glyphCount += r.glyphs;
        break;
      }
    }
  }
  return { rules, unmappedGlyphs: unmapped, glyphs: glyphCount };
}

function paintKind(op: number, OPS: OpCodes): PaintKind | null {
  if (op === OPS.stroke || op === OPS.closeStroke) return "stroke";
  if (op === OPS.fill || op === OPS.eoFill) return "fill";
  if (op === OPS.fillStroke || op === OPS.eoFillStroke || op === OPS.closeFillStroke || op === OPS.closeEOFillStroke) return "fillStroke";
  return null; // endPath: clipping only
}

/**
 * Places the glyphs of one showText exactly as pdf.js's CanvasGraphics.showText does
 * (same advance, spacing and vertical-metrics rules), and advances the text position.
 */
function showText(
  glyphs: (Glyph | number)[], st: State, viewport: Readonly<Matrix>, s: PdfExtractSettings, out: GlyphRunBuilder,
): { unmapped: number; glyphs: number } {
  const font = st.font;
  const fontSize = st.fontSize;
  if (!font || fontSize === 0) return { unmapped: 0, glyphs: 0 };
  const m = multiply(multiply(viewport, st.ctm), st.textMatrix);
  const vertical = font.vertical === true;
  const spacingDir = vertical ? 1 : -1;
  const fontDirection = st.fontDirection;
  const hScale = st.hScale * fontDirection;
  const widthScale = fontSize * (font.fontMatrix?.[0] ?? 0.001);
  const ascent = (font.ascent || s.defaultAscent) * fontSize;
  const descent = (font.descent || s.defaultDescent) * fontSize;
  // Writing direction on the page: along text-space +x (horizontal fonts) or −y (vertical fonts).
  const dirX = vertical ? -m[2] : m[0], dirY = vertical ? -m[3] : m[1];
  const dirLen = Math.hypot(dirX, dirY) || 1;
  const ux = dirX / dirLen, uy = dirY / dirLen;
  const direction: 0 | 1 | 2 | 3 = Math.abs(ux) >= Math.abs(uy) ? (ux >= 0 ? 0 : 2) : uy >= 0 ? 1 : 3;
  const size = fontSize * Math.hypot(m[2], m[3]);
  const baseY = st.y + st.rise;
  let unmapped = 0;
  let placed = 0;
  let x = 0;
  for (const g of glyphs) {
    if (typeof g === "number") {
      x += (spacingDir * g * fontSize) / 1000;
      continue;
    }
    const spacing = (g.isSpace ? st.wordSpacing : 0) + st.charSpacing;
    const w = g.width ?? 0;
    let ox: number, oy: number, advance: number, vox: number, voy: number;
    if (vertical) {
      const vm = g.vmetric ?? font.defaultVMetrics ?? [-1000, w / 2, 880];
      const vx = -(g.vmetric ? vm[1]! : w * 0.5) * widthScale;
      const vy = vm[2]! * widthScale;
      const vw = g.vmetric || font.defaultVMetrics ? -vm[0]! : w;
      ox = st.x + vx * hScale;
      oy = baseY - (x + vy);
      vox = st.x; // vertical origin: top centre of the glyph
      voy = baseY - x;
      advance = vw * widthScale - spacing * fontDirection;
    } else {
      ox = vox = st.x + x * hScale;
      oy = voy = baseY;
      advance = w * widthScale + spacing * fontDirection;
    }
    const raw = g.unicode ?? "";
    // isSpace marks char code 32 (for word spacing), which subset fonts may give any glyph.
    const isBlank = raw !== "" && WHITESPACE.test(raw);
    const clean = isBlank ? "" : raw.replace(UNMAPPED, "").replace(INVISIBLE, "");
    if (!isBlank && clean === "") {
      if (raw === "" || raw.includes("\uFFFD")) unmapped++;
    } else {
      const gw = w * widthScale * hScale;
      // Glyph box corners in text space, mapped to the page.
      const ax = ox, bx = ox + gw, ay = oy + descent, by = oy + ascent;
      const px0 = applyX(m, ax, ay), py0 = applyY(m, ax, ay);
      const px1 = applyX(m, bx, ay), py1 = applyY(m, bx, ay);
      const px2 = applyX(m, ax, by), py2 = applyY(m, ax, by);
      const px3 = applyX(m, bx, by), py3 = applyY(m, bx, by);
      const originX = applyX(m, vox, voy), originY = applyY(m, vox, voy);
      const advStart = originX * ux + originY * uy;
      const advLen = vertical ? Math.abs(advance) * Math.hypot(m[2], m[3]) : Math.abs(gw) * Math.hypot(m[0], m[1]);
      out.add({
        text: clean,
        x0: Math.min(px0, px1, px2, px3), y0: Math.min(py0, py1, py2, py3),
        x1: Math.max(px0, px1, px2, px3), y1: Math.max(py0, py1, py2, py3),
        advStart, advEnd: advStart + advLen,
        line: -originX * uy + originY * ux,
        size, direction, verticalFont: vertical, fontName: font.name ?? font.loadedName ?? "",
      });
      if (!isBlank) placed++;
    }
    x += advance;
  }
  if (vertical) st.y -= x;
  else st.x += x * hScale;
  return { unmapped, glyphs: placed };
}
