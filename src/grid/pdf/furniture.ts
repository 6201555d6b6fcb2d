// Page furniture: page numbers (-3-, 第3页, 3, 3/5, 第3页 共5页) in the header/footer bands, and
// running headers/footers (the same text, digits aside, at the same place on most pages).
import type { TextLine } from "./text-lines.js";
import type { PdfLayoutSettings } from "./settings.js";

const PAGE_NUMBER = [
  /^[-－—–]?\s*(?:第\s*)?\d{1,4}\s*(?:页)?\s*[-－—–]?$/,
  /^第\s*\d{1,4}\s*页\s*[,，/]?\s*共\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
];

export interface PageLines {
  page: number;
  height: number;
  lines: TextLine[];
}

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** The lines to drop: page numbers and running headers/footers. */
export function findFurniture(pages: readonly PageLines[], s: PdfLayoutSettings): Set<TextLine> {
  const drop = new Set<TextLine>();
  const banded: { line: TextLine; key: string; page: number }[] = [];
  for (const { page, height, lines } of pages) {
    if (!(height > 0)) continue; // page size unknown: no bands
    for (const line of lines) {
      const inFooter = line.bbox[1] >= height * (1 - s.footerBand);
      const inHeader = line.bbox[3] <= height * s.headerBand;
      if (!inFooter && !inHeader) continue;
      if (isPageNumber(line.text)) drop.add(line);
      else banded.push({ line, key: line.text.replace(/\s+/g, "").replace(/\d+/g, "#"), page });
    }
  }
  const needed = Math.max(s.runningMinPages, Math.ceil(s.runningPageRatio * pages.length));
  if (pages.length < s.runningMinPages) return drop;
  const byKey = new Map<string, typeof banded>();
  for (const b of banded) {
    const list = byKey.get(b.key);
    if (list) list.push(b);
    else byKey.set(b.key, [b]);
  }
  for (const list of byKey.values()) {
    for (const b of list) {
      const pagesAtPlace = new Set(
        list.filter((o) => Math.abs(o.line.bbox[1] - b.line.bbox[1]) <= s.runningPositionTolerance).map((o) => o.page),
      );
      if (pagesAtPlace.size >= needed) drop.add(b.line);
    }
  }
  return drop;
}
