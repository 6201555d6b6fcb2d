// Every threshold the PDF extractor uses, in one place. Lengths are PDF points (1/72 in);
// values ending in "Em" are multiples of the text's font size.

export interface PdfExtractSettings {
  /** A stroked segment whose ends differ by at most this much across its direction is a horizontal/vertical rule. */
  axisTolerance: number;
  /** Filled rectangles at most this thick are ruling lines (cell borders drawn as fills); thicker ones are "rect" shading. */
  thinFillMax: number;
  /** Segments shorter than this are dots or glyph fragments, not rules. */
  minRuleLength: number;
  /** A gap between two glyphs wider than this (em) becomes one space inside a text item. */
  spaceGapEm: number;
  /** A gap wider than this (em) ends a text item: what follows is another column or cell. */
  itemBreakGapEm: number;
  /** Glyphs whose baselines differ by more than this (em) are on different lines. */
  baselineToleranceEm: number;
  /** Glyphs may overlap the previous one by this much (em) and still continue the same item (kerning). */
  backstepToleranceEm: number;
  /** A vertical rule this close (pt) to an item's end does not split it. */
  ruleSplitMargin: number;
  /** The same text painted again within this distance (pt) is one text (overprinted "fake bold"). */
  duplicateTolerance: number;
  /** Images larger than this many pixels are not decoded; we never need image pixels. */
  maxImagePixels: number;
  /** Font ascent/descent (em) when the font does not say. */
  defaultAscent: number;
  defaultDescent: number;
}

export const DEFAULT_PDF_EXTRACT_SETTINGS: PdfExtractSettings = {
  axisTolerance: 0.5,
  thinFillMax: 2,
  minRuleLength: 1,
  spaceGapEm: 0.2,
  itemBreakGapEm: 1.2,
  baselineToleranceEm: 0.3,
  backstepToleranceEm: 0.3,
  ruleSplitMargin: 0.5,
  duplicateTolerance: 1,
  maxImagePixels: 0,
  defaultAscent: 0.88,
  defaultDescent: -0.12,
};
