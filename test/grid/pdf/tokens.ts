// Small builders for synthetic PDF token streams (what extractPdf emits), for geometry tests.
import type { DocumentTokens, PageToken, PositionedText, RulingLine, Token } from "../../../src/tokens/types.js";
import type { Grid } from "../../../src/grid/types.js";
import { cellAt } from "../../../src/grid/types.js";

export const pageToken = (page: number, width = 595, height = 842): PageToken => ({ kind: "page", page, width, height });

/** A text item; width defaults to fontSize per character (CJK) — pass x1 for anything else. */
export function text(page: number, s: string, x0: number, top: number, opts: { x1?: number; size?: number; vertical?: boolean } = {}): PositionedText {
  const size = opts.size ?? 10;
  const chars = [...s].length;
  const x1 = opts.x1 ?? (opts.vertical ? x0 + size : x0 + size * chars);
  const bottom = opts.vertical ? top + size * chars : top + size;
  return { kind: "ptext", text: s, page, bbox: [x0, top, x1, bottom], fontSize: size, vertical: opts.vertical ?? false };
}

export const hRule = (page: number, x0: number, x1: number, y: number): RulingLine => ({ kind: "rule", page, x0, y0: y, x1, y1: y, orientation: "h", lineWidth: 0.5 });
export const vRule = (page: number, x: number, y0: number, y1: number): RulingLine => ({ kind: "rule", page, x0: x, y0, x1: x, y1, orientation: "v", lineWidth: 0.5 });

/** Full grid of rules on xs × ys, minus the listed segments ("v:c:r" = vertical at xs[c] in row r; "h:r:c" = horizontal at ys[r] over column c). */
export function gridRules(page: number, xs: number[], ys: number[], missing: string[] = []): RulingLine[] {
  const out: RulingLine[] = [];
  for (let c = 0; c < xs.length; c++) {
    for (let r = 0; r + 1 < ys.length; r++) if (!missing.includes(`v:${c}:${r}`)) out.push(vRule(page, xs[c]!, ys[r]!, ys[r + 1]!));
  }
  for (let r = 0; r < ys.length; r++) {
    for (let c = 0; c + 1 < xs.length; c++) if (!missing.includes(`h:${r}:${c}`)) out.push(hRule(page, xs[c]!, xs[c + 1]!, ys[r]!));
  }
  return out;
}

export function pdfTokens(tokens: Token[], pageCount?: number): DocumentTokens {
  const pages = pageCount ?? Math.max(...tokens.map((t) => ("page" in t && typeof t.page === "number" ? t.page : 1)));
  return { format: "pdf", meta: { properties: {} }, pageCount: pages, tokens, warnings: [] };
}

/** The grid as rows of origin-cell texts ("^" for slots covered by a cell starting elsewhere). */
export function gridRows(grid: Grid): string[][] {
  return Array.from({ length: grid.rowCount }, (_, r) =>
    Array.from({ length: grid.colCount }, (_, c) => {
      const cell = cellAt(grid, r, c);
      if (!cell) return "∅";
      return cell.row === r && cell.col === c ? cell.text : "^";
    }),
  );
}
