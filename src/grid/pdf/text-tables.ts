// Text-alignment strategy (pdfplumber's "text" strategy, adapted to the report tables) for pages
// where no ruled table was found: borderless tables printed from Word/HTML, OCR text layers of
// scans. A table is a run of "value lines" (a label, then numbers or null marks separated by wide
// gaps); its value columns are the clusters of the values' centres, its label columns the clusters
// of the labels' left ends. Text that is not a value is gathered into blocks (a label wrapped over
// lines stays one block) which join the value row they straddle or else form rows of their own
// (headers, captions, group labels), layered so a multi-level header keeps its levels.
import type { BBox, PositionedText } from "../../tokens/types.js";
import { isValueText } from "../text.js";
import { centreX, centreY } from "./centres.js";
import type { PieceCell, TablePiece } from "./pieces.js";
import { rangeAll, rangeSome } from "./ranges.js";
import type { PdfLayoutSettings } from "./settings.js";
import { cellText } from "./text-lines.js";

type Piece = Omit<TablePiece, "firstOnPage" | "lastOnPage">;

export interface TextTables {
  pieces: Piece[];
  outside: PositionedText[];
}

/** Worded "not reported" marks (templates.md §4.2) that fill value cells like numbers and dashes. */
const NULL_WORDS = /^(?:无|不适用|:|：)$/;

/** A cell value: a number, a dash or slash, or a worded null mark. */
function isCellValue(text: string): boolean {
  return isValueText(text) || NULL_WORDS.test(text.normalize("NFKC").replace(/\s+/g, ""));
}

/** A label that opens a new item (一、 / （四） / 3. / ①): never the continuation of a wrapped label. */
const ENUMERATED = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+\s*[.、．，,](?!\d)|[①-⑳])/;

interface Line {
  items: PositionedText[];
  top: number;
  bottom: number;
  /** Items that are values, each at least textTableValueGapEm from the item before it. */
  values: PositionedText[];
}

export function findTextTables(page: number, texts: readonly PositionedText[], s: PdfLayoutSettings): TextTables {
  const lines = itemLines(joinWrappedValues(texts.filter((t) => !t.vertical), s), s);
  const used = new Set<PositionedText>();
  const pieces: Piece[] = [];
  for (const region of valueRegions(lines, s)) {
    const piece = buildPiece(page, lines, region, s);
    if (!piece) continue;
    for (const it of piece.items) for (const part of originals(it)) used.add(part);
    pieces.push(piece.piece);
  }
  const blank = blankReviewRegion(lines, used, s);
  if (blank) {
    const piece = buildPiece(page, blank.lines, blank.region, s);
    if (piece) {
      for (const it of piece.items) for (const part of originals(it)) used.add(part);
      pieces.push(piece.piece);
    }
  }
  return { pieces, outside: texts.filter((t) => !used.has(t)) };
}

/** 表四 of the 2021 template (templates.md): 行政复议 and 行政诉讼 over 15 outcome columns (5 under each of three groups). */
const REVIEW_GROUPS = [/行\s*政\s*复\s*议/, /行\s*政\s*诉\s*讼/];
const REVIEW_GROUP_WORD = /复\s*议|诉\s*讼|起\s*诉/;
const REVIEW_COLUMNS = 15;

/**
 * 表四 with every cell blank has no values to align on: its header still marks it. A line naming
 * 行政复议 and 行政诉讼, the header lines under it, and their 15 outcome columns (centres of the
 * words that are not group names) give a region whose one value row is the blank row under the header.
 */
function blankReviewRegion(lines: Line[], used: Set<PositionedText>, s: PdfLayoutSettings): { lines: Line[]; region: Region } | null {
  const top = lines.findIndex((l) => l.values.length === 0 && l.items.every((it) => !used.has(it)) && REVIEW_GROUPS.every((g) => l.items.some((it) => g.test(it.text))));
  if (top < 0) return null;
  const em = median(lines[top]!.items.map((it) => it.fontSize));
  let end = top;
  // (header lines of a WPS table are a padded row apart: walk down as far as rows may be apart)
  while (end + 1 < lines.length && end - top < s.textTableMaxHeaderLines && lines[end + 1]!.values.length === 0 && lines[end + 1]!.top - lines[end]!.bottom <= s.textTableMaxRowGapEm * em &&
    lines[end + 1]!.items.every((it) => !used.has(it) && (REVIEW_GROUP_WORD.test(it.text) || it.bbox[2] - it.bbox[0] <= s.textTableSingleColumnWidthEm * em))) end++;
  const words = lines.slice(top + 1, end + 1).flatMap((l) => l.items).filter((it) => !REVIEW_GROUP_WORD.test(it.text));
  const centres = clusters(words.map(centreX), s.textTableColumnToleranceEm * em);
  if (centres.length !== REVIEW_COLUMNS) return null;
  // Clustering keeps each cluster's leftmost centre; a column's centre is the mean of its words'.
  const means = centres.map((c, k) => {
    const inColumn = words.filter((w) => nearest(centres, centreX(w)) === k);
    return inColumn.length === 0 ? c : inColumn.reduce((sum, w) => sum + centreX(w), 0) / inColumn.length;
  });
  const below = lines[end]!.bottom;
  const row: Line = { items: [], top: below, bottom: below + em, values: [] };
  const withRow = [...lines.slice(0, end + 1), row, ...lines.slice(end + 1)];
  return { lines: withRow, region: { rows: [end + 1], centres: means, fontSize: em, headerStart: top } };
}

// ── lines and value regions ──────────────────────────────────────────────────────────────────

function itemLines(items: PositionedText[], s: PdfLayoutSettings): Line[] {
  const sorted = [...items].sort((a, b) => centreY(a) - centreY(b) || a.bbox[0] - b.bbox[0]);
  const lines: Line[] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    const overlap = line ? Math.min(line.bottom, it.bbox[3]) - Math.max(line.top, it.bbox[1]) : -1;
    if (line && overlap >= s.lineOverlapRatio * Math.min(line.bottom - line.top, it.bbox[3] - it.bbox[1])) {
      line.items.push(it);
      line.top = Math.min(line.top, it.bbox[1]);
      line.bottom = Math.max(line.bottom, it.bbox[3]);
    } else lines.push({ items: [it], top: it.bbox[1], bottom: it.bbox[3], values: [] });
  }
  for (const line of lines) {
    line.items = chunks(line.items, s);
    line.values = line.items.filter((it, i) => {
      if (!isCellValue(it.text)) return false;
      const prev = line.items[i - 1];
      return !prev || it.bbox[0] - prev.bbox[2] >= s.textTableValueGapEm * it.fontSize;
    });
  }
  // A number with label text starting at its left end both just above and just below it is a piece
  // of that label (an enumerator 2 cut from 、没有现成信息…), not a cell.
  lines.forEach((line, i) => {
    const near = (other: Line | undefined) => other !== undefined && Math.max(other.top - line.bottom, line.top - other.bottom) <= s.textTableBlockGapEm * (line.values[0]?.fontSize ?? 0);
    const startsAt = (other: Line | undefined, v: PositionedText) =>
      near(other) && other!.items.some((it) => !isCellValue(it.text) && Math.abs(it.bbox[0] - v.bbox[0]) <= s.textTableColumnToleranceEm * v.fontSize);
    // (or whose own enumerator mark opens the line below it: 5 / .要求行政机关确认或…)
    const markBelow = (v: PositionedText) => [lines[i + 1], lines[i + 2]].some((other) => near(other) &&
      other!.items.some((it) => /^[.、．]/.test(it.text) && Math.abs(it.bbox[0] - v.bbox[0]) <= s.textTableColumnToleranceEm * v.fontSize));
    line.values = line.values.filter((v) => !(startsAt(lines[i - 1], v) && startsAt(lines[i + 1], v)) && !(/^\d+$/.test(v.text.trim()) && markBelow(v)));
  });
  // A lone number is a table row only beside a label wrapped around it (行 / 27 / 政许可): running
  // text and page numbers have no label line just above or below them ending left of the number.
  lines.forEach((line, i) => {
    if (line.items.length > 1 || line.values.length === 0) return;
    const v = line.values[0]!;
    const labelBeside = (other: Line | undefined) =>
      other !== undefined && Math.max(other.top - line.bottom, line.top - other.bottom) <= s.textTableBlockGapEm * v.fontSize &&
      other.items.every((it) => it.bbox[2] <= v.bbox[0] - s.textTableValueGapEm * v.fontSize);
    // …and nothing just above or below it in its own column (an enumerator 2 cut from its label).
    const near = (other: Line | undefined) => other !== undefined && Math.max(other.top - line.bottom, line.top - other.bottom) <= s.textTableBlockGapEm * v.fontSize;
    const gap = s.textTableValueGapEm * v.fontSize;
    const stacked = [lines[i - 1], lines[i + 1]].some((o) => near(o) && o!.items.some((it) => it.bbox[2] > v.bbox[0] - gap && it.bbox[0] < v.bbox[2] + gap));
    if (stacked || (!labelBeside(lines[i - 1]) && !labelBeside(lines[i + 1]))) line.values = [];
  });
  return lines;
}

/** Originals of a chunk (items of one line touching each other, printed as one word by the producer). */
const PARTS = new WeakMap<PositionedText, PositionedText[]>();

/** Items of one line that (nearly) touch joined into chunks; Chromium writes a cell's text in many pieces. */
function chunks(items: PositionedText[], s: PdfLayoutSettings): PositionedText[] {
  const sorted = [...items].sort((a, b) => a.bbox[0] - b.bbox[0]);
  const out: PositionedText[] = [];
  for (const it of sorted) {
    const prev = out[out.length - 1];
    if (prev && it.bbox[0] - prev.bbox[2] <= s.textTableWordGapEm * Math.min(prev.fontSize, it.fontSize)) {
      const parts = [...(PARTS.get(prev) ?? [prev]), it];
      const gap = it.bbox[0] - prev.bbox[2] > s.spaceGapEm * Math.min(prev.fontSize, it.fontSize) ? " " : "";
      const merged: PositionedText = {
        ...prev,
        text: prev.text + gap + it.text,
        bbox: [prev.bbox[0], Math.min(prev.bbox[1], it.bbox[1]), Math.max(prev.bbox[2], it.bbox[2]), Math.max(prev.bbox[3], it.bbox[3])],
        fontSize: Math.max(prev.fontSize, it.fontSize),
      };
      PARTS.set(merged, parts);
      out[out.length - 1] = merged;
    } else out.push(it);
  }
  return out;
}

const originals = (it: PositionedText): PositionedText[] => (PARTS.get(it) ?? [it]).flatMap((p) => (p === it ? [p] : originals(p)));

/**
 * A null mark wrapped in a narrow column (不适 / 用) is one value: two short pieces stacked in one
 * column whose text together, not alone, reads as a value become one item spanning both lines.
 */
function joinWrappedValues(items: PositionedText[], s: PdfLayoutSettings): PositionedText[] {
  const short = (t: PositionedText) => [...t.text.trim()].length <= s.textTableWrappedValueMaxChars && !isCellValue(t.text);
  const sorted = [...items].sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0]);
  const gone = new Set<PositionedText>();
  const out: PositionedText[] = [];
  for (const a of sorted) {
    if (gone.has(a)) continue;
    const em = a.fontSize;
    // Follow the pieces stacked under it until they read as a value (不 / 适 / 用).
    const chain = [a];
    let text = a.text;
    while (short(chain[chain.length - 1]!) && chain.length < s.textTableWrappedValueMaxLines && !isCellValue(text)) {
      const last = chain[chain.length - 1]!;
      const next = sorted.find((b) => !gone.has(b) && !chain.includes(b) && short(b) && b.bbox[1] >= last.bbox[3] - s.textTableRowSnapEm * em &&
        b.bbox[1] - last.bbox[3] <= s.textTableBlockGapEm * em && Math.abs(centreX(last) - centreX(b)) <= s.textTableColumnToleranceEm * em);
      if (!next) break;
      chain.push(next);
      text += next.text;
    }
    if (chain.length === 1 || !isCellValue(text)) {
      out.push(a);
      continue;
    }
    for (const p of chain.slice(1)) gone.add(p);
    const merged: PositionedText = {
      ...a, text,
      bbox: [Math.min(...chain.map((p) => p.bbox[0])), a.bbox[1], Math.max(...chain.map((p) => p.bbox[2])), chain[chain.length - 1]!.bbox[3]],
    };
    PARTS.set(merged, chain);
    out.push(merged);
  }
  return out;
}

interface Region {
  /** Indices into lines of the value lines, top to bottom. */
  rows: number[];
  /** Value column centres. */
  centres: number[];
  /** Font size of a region without values (a blank row under its header)… */
  fontSize?: number;
  /** …and the line its header starts on. */
  headerStart?: number;
}

/** Consecutive value lines close together whose values fall into the same columns. */
function valueRegions(lines: Line[], s: PdfLayoutSettings): Region[] {
  const regions: Region[] = [];
  let current: Region | undefined;
  let lastBottom = -Infinity;
  lines.forEach((line, i) => {
    if (line.values.length === 0) return;
    const em = line.values[0]!.fontSize;
    const tol = s.textTableColumnToleranceEm * em;
    // A worded null mark (无, 不适用) is a value only right of where the numbers start: 无 / 法提供
    // wrapped in a label column is a label.
    const strong = line.values.filter((v) => isValueText(v.text));
    // (a first row of only 不适用 takes where the numbers start from the next value line)
    const next = current && line.top - lastBottom <= s.textTableMaxRowGapEm * em ? undefined
      : lines.slice(i + 1).find((l) => l.values.some((v) => isValueText(v.text)));
    const ahead = next && next.top - line.bottom <= s.textTableMaxRowGapEm * em ? next.values.filter((v) => isValueText(v.text)).map(centreX) : [];
    const leftmost = Math.min(...strong.map(centreX), ...ahead, ...(current && line.top - lastBottom <= s.textTableMaxRowGapEm * em ? current.centres : []));
    line.values = line.values.filter((v) => strong.includes(v) || centreX(v) >= leftmost - tol);
    if (line.values.length === 0) return;
    const centres = line.values.map(centreX);
    // Values of another table sit near, but not on, this table's columns.
    // (nearer than half a column pitch: a value in the middle of a column, not in a column left blank)
    const limit = Math.min(current ? minGap([...current.centres].sort((a, b) => a - b)) / 2 : Infinity, minGap(centres) / 2);
    const conflicts = (k: number) => centres.some((c) => Math.abs(k - c) > tol && Math.abs(k - c) < (Number.isFinite(limit) ? limit : s.textTableColumnConflictEm * em));
    const fits = current && line.top - lastBottom <= s.textTableMaxRowGapEm * em && !current.centres.some(conflicts);
    if (current && fits) current.rows.push(i);
    else {
      current = { rows: [i], centres: [] };
      regions.push(current);
    }
    for (const c of centres) if (!current.centres.some((k) => Math.abs(k - c) <= tol)) current.centres.push(c);
    lastBottom = line.bottom;
  });
  for (const r of regions) r.centres.sort((a, b) => a - b);
  return regions;
}

// ── one table ────────────────────────────────────────────────────────────────────────────────

interface Block {
  items: PositionedText[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  /** Starts with an enumerator. */
  enumerated: boolean;
  col: number;
  colSpan: number;
  /** Value rows (line indices) the block lies on. */
  valueLines: Set<number>;
}

interface Row {
  top: number;
  bottom: number;
  /** The value line it stands for, if any. */
  line?: number;
}

function buildPiece(page: number, lines: Line[], region: Region, s: PdfLayoutSettings): { piece: Piece; items: PositionedText[] } | null {
  const first = region.rows[0]!, last = region.rows[region.rows.length - 1]!;
  const em = region.fontSize ?? median(region.rows.flatMap((i) => lines[i]!.values.map((v) => v.fontSize)));
  const centres = [...region.centres];
  // A lone value column reaches from halfway between the labels and its values (by symmetry, as far right).
  const labelEnd = Math.max(-Infinity, ...region.rows.flatMap((i) => lines[i]!.items.filter((it) => centreX(it) < centres[0]! && !lines[i]!.values.includes(it)).map((it) => it.bbox[2])));
  const valueStart = Math.min(...region.rows.flatMap((i) => lines[i]!.values.filter((v) => nearest(centres, centreX(v)) === 0).map((v) => v.bbox[0])));
  let pitch = centres.length > 1 ? minGap(centres) : Number.isFinite(labelEnd) ? 2 * (centres[0]! - (labelEnd + valueStart) / 2) : s.textTableSingleColumnWidthEm * em;
  let valueLeft = centres[0]! - pitch / 2;

  // Label lines below the last value row that finish its label (a wrapped last label).
  let end = last;
  while (end + 1 < lines.length) {
    const next = lines[end + 1]!;
    if (next.values.length > 0 || next.top - lines[end]!.bottom > s.textTableBlockGapEm * em) break;
    if (!next.items.every((it) => it.bbox[2] <= valueLeft)) break;
    end++;
  }
  // Header lines above the first value row.
  const tableFont = Math.max(em, ...region.rows.flatMap((i) => lines[i]!.items.map((it) => it.fontSize)));
  const regionValues = region.rows.flatMap((i) => lines[i]!.values);
  const near = (a: number, b: number) => Math.abs(a - b) <= s.textTableColumnToleranceEm * em;
  const alignedWith = (it: PositionedText, v: PositionedText) => near(centreX(it), centreX(v)) || near(it.bbox[0], v.bbox[0]) || near(it.bbox[2], v.bbox[2]);
  const columnOf = (v: PositionedText) => nearest(region.centres, centreX(v));
  /** Left end of the leftmost and right end of the rightmost value of each value column. */
  const valueSpan = region.centres.map((_, k) => {
    const inColumn = regionValues.filter((v) => columnOf(v) === k);
    return [Math.min(...inColumn.map((v) => v.bbox[0])), Math.max(...inColumn.map((v) => v.bbox[2]))] as const;
  });
  const alignedWithValues = (it: PositionedText) => centreX(it) > valueLeft && regionValues.some((v) => alignedWith(it, v));
  let start = region.headerStart ?? first;
  let headerLines = 0;
  while (region.headerStart === undefined && start - 1 >= 0 && headerLines < s.textTableMaxHeaderLines) {
    const prev = lines[start - 1]!;
    if (prev.values.length > 0 || prev.items.some((it) => isHeading(it, valueLeft, centres, pitch, s) || it.fontSize > s.textTableHeadingFontRatio * tableFont)) break;
    // A header cell padded like the rows (WPS) sits further up; a word aligned with the values below it
    // (centres, left or right ends) still marks it as their header.
    const gap = prev.items.some((it) => alignedWithValues(it)) ? s.textTableAlignedHeaderGapEm : s.textTableHeaderGapEm;
    if (lines[start]!.top - prev.bottom > gap * em) break;
    start--;
    headerLines++;
  }
  // A column left blank on every value row still has its header word (表四's 纠/正 over blanks):
  // a header word narrower than a column, a whole column away from every value column, adds one.
  const bodyHasLabels = lines.slice(first, end + 1).some((l) => l.items.some((it) => !l.values.includes(it) && centreX(it) < centres[0]!));
  if (centres.length > 1) {
    const added: number[] = [];
    for (const it of lines.slice(start, first).flatMap((l) => l.items)) {
      const c = centreX(it);
      // (left of the values only when the body has no labels at all: 表四's first column left blank)
      if (it.bbox[2] - it.bbox[0] > s.textTableHeaderWordWidth * pitch || (c < valueLeft && bodyHasLabels)) continue;
      if ([...centres, ...added].every((k) => Math.abs(k - c) >= s.textTableHeaderWordWidth * pitch)) added.push(c);
    }
    if (added.length > 0) {
      centres.push(...added);
      centres.sort((a, b) => a - b);
      pitch = minGap(centres);
      valueLeft = centres[0]! - pitch / 2;
    }
  }
  // Inside the region, any line holding running text ends the table there.
  const regionLines = lines.slice(start, end + 1);
  const inside = regionLines.flatMap((l) => l.items);
  const tableItems = inside.filter((it) => !(it.bbox[0] < valueLeft - s.textTableColumnToleranceEm * em && it.bbox[2] > valueLeft + pitch));
  if (tableItems.length !== inside.length) return null;

  // Label columns: clusters of the left ends of the label items.
  const valueItems = new Set(region.rows.flatMap((i) => lines[i]!.values));
  // (from the body only: header words over the label column are centred, not aligned)
  const bodyTop = lines[first]!.top;
  const onValueLine = new Set(region.rows.flatMap((i) => lines[i]!.items));
  // (or wrapped around a value line with no label of its own: 行政事业 / 228.23 / 性收费)
  const bareValueLines = region.rows.filter((i) => lines[i]!.items.every((it) => valueItems.has(it)));
  const besideBare = new Set(bareValueLines.flatMap((i) => [lines[i - 1], lines[i + 1]].filter((l): l is Line => l !== undefined &&
    Math.max(l.top - lines[i]!.bottom, lines[i]!.top - l.bottom) <= s.textTableBlockGapEm * em).flatMap((l) => l.items)));
  const labelItems = tableItems.filter((it) => !valueItems.has(it) && it.bbox[0] < valueLeft && it.bbox[3] > bodyTop && (onValueLine.has(it) || ENUMERATED.test(it.text) || (besideBare.has(it) && it.bbox[2] <= valueLeft)));
  const labelStarts = clusters(labelItems.map((it) => it.bbox[0]), s.textTableColumnToleranceEm * em);
  const xs = [...labelStarts, valueLeft, ...centres.slice(1).map((c, i) => (c + centres[i]!) / 2), centres[centres.length - 1]! + pitch / 2];
  if (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]! >= valueLeft) return null;
  const colOf = (x: number) => {
    let c = 0;
    while (c + 1 < xs.length - 1 && xs[c + 1]! <= x) c++;
    return c;
  };
  const nLabel = labelStarts.length;

  // Blocks of non-value text: per starting column, wrapped lines joined.
  const lineOf = new Map<PositionedText, number>();
  regionLines.forEach((l, k) => l.items.forEach((it) => lineOf.set(it, start + k)));
  const valueLineSet = new Set(region.rows);
  const blocks: Block[] = [];
  const open = new Map<number, Block>();
  for (const it of tableItems.filter((t) => !valueItems.has(t)).sort((a, b) => a.bbox[1] - b.bbox[1] || a.bbox[0] - b.bbox[0])) {
    // (a caption centred over the whole table starts over the labels but is not one)
    const labelSide = it.bbox[2] <= valueLeft + s.textTableColumnToleranceEm * em;
    const col = labelSide ? colOf(it.bbox[0] + s.textTableColumnToleranceEm * em) : colOf(centreX(it));
    let lastCol = labelSide ? colOf(Math.max(it.bbox[0], it.bbox[2] - s.textTableColumnToleranceEm * em)) : Math.max(col, colOf(it.bbox[2] - s.textTableColumnToleranceEm * em));
    // A header word wider than its column may reach over the labels; it still heads values.
    let firstCol = labelSide ? col : Math.max(Math.min(col, colOf(it.bbox[0] + s.textTableColumnToleranceEm * em)), col >= nLabel ? nLabel : 0);
    // A header word sharing its left or right end with the values of one column (WPS cells aligned
    // left or right, so centres say nothing) heads that column alone.
    // (staying clear of the values of the columns beside it: a caption over several columns is no header word)
    const aligned = labelSide ? [] : [...new Set(regionValues.filter((v) => {
      const k = columnOf(v);
      return (near(it.bbox[0], v.bbox[0]) && it.bbox[2] < (valueSpan[k + 1]?.[0] ?? Infinity)) || (near(it.bbox[2], v.bbox[2]) && it.bbox[0] > (valueSpan[k - 1]?.[1] ?? -Infinity));
    }).map((v) => nearest(centres, centreX(v)) + nLabel))];
    if (aligned.length === 1) firstCol = lastCol = aligned[0]!;
    const line = lineOf.get(it)!;
    const enumerated = ENUMERATED.test(it.text);
    const b = open.get(firstCol);
    const onValue = valueLineSet.has(line);
    // A wrapped label keeps its left end; a stacked header word keeps its columns exactly.
    // (and its lines share a centre or an end: a caption over the header word below it shares neither)
    const lineUp = (x: PositionedText) => near(centreX(x), centreX(it)) || near(x.bbox[0], it.bbox[0]) || near(x.bbox[2], it.bbox[2]);
    const sameColumns = labelSide || (b !== undefined && b.col === firstCol && b.col + b.colSpan - 1 === lastCol && lineUp(b.items[b.items.length - 1]!));
    // Level with the values: the first line of a row's label, not the last of a wrapped one above.
    const level = (t: PositionedText, l: Line) => Math.abs(centreY(t) - median(l.values.map(centreY))) <= s.textTableBaselineToleranceEm * em;
    const below = b !== undefined && it.bbox[1] >= (b.top + b.bottom) / 2 && !b.items.some((x) => lineOf.get(x) === line);
    const joins = b && below && sameColumns && !enumerated && it.bbox[1] - b.bottom <= (labelSide ? s.textTableWrappedLabelGapEm : s.textTableBlockGapEm) * it.fontSize &&
      // onto a value line only from an enumerated label above it (a header word above the body never)
      !(onValue && ([...b.valueLines].some((v) => v !== line) || (b.valueLines.size === 0 && !b.enumerated && level(it, lines[line]!)))) &&
      // an unnumbered label stays centred on its value row: it grows no further below it than it reaches above
      (b.enumerated || [...b.valueLines].every((v) => it.bbox[3] - mid(lines[v]!) <= mid(lines[v]!) - b.top + s.textTableRowSnapEm * em));
    if (b && joins) {
      b.items.push(it);
      b.top = Math.min(b.top, it.bbox[1]);
      b.bottom = Math.max(b.bottom, it.bbox[3]);
      b.x0 = Math.min(b.x0, it.bbox[0]);
      b.x1 = Math.max(b.x1, it.bbox[2]);
      b.colSpan = Math.max(b.colSpan, lastCol - b.col + 1);
      if (onValue) b.valueLines.add(line);
    } else {
      const nb: Block = { items: [it], top: it.bbox[1], bottom: it.bbox[3], x0: it.bbox[0], x1: it.bbox[2], enumerated, col: firstCol, colSpan: lastCol - firstCol + 1, valueLines: new Set(onValue ? [line] : []) };
      blocks.push(nb);
      open.set(firstCol, nb);
    }
  }
  // A label spans its label columns up to the first value column only.
  for (const b of blocks) if (b.col < nLabel) b.colSpan = Math.min(b.colSpan, nLabel - b.col);

  // Rows: value rows, then the blocks on none of them in layered rows between.
  const valueRows: Row[] = region.rows.map((i) => ({ top: lines[i]!.top, bottom: lines[i]!.bottom, line: i }));
  const rowOfBlock = new Map<Block, Row>();
  const loose: Block[] = [];
  for (const b of blocks) {
    const on = valueRows.filter((r) => mid(lines[r.line!]!) >= b.top - s.textTableRowSnapEm * em && mid(lines[r.line!]!) <= b.bottom + s.textTableRowSnapEm * em);
    if (on.length === 0) loose.push(b);
    else rowOfBlock.set(b, on[0]!);
    // A label wrapped around its one row widens the row (a group label over many rows does not).
    if (on.length === 1) {
      on[0]!.top = Math.min(on[0]!.top, b.top);
      on[0]!.bottom = Math.max(on[0]!.bottom, b.bottom);
    }
  }
  const looseRows = layerRows(loose, s.textTableRowAlignEm * em);
  const rows: Row[] = [...valueRows, ...looseRows.rows].sort((a, b) => a.top - b.top || a.bottom - b.bottom);
  for (const [b, r] of looseRows.rowOf) rowOfBlock.set(b, r);
  const rowIndex = new Map(rows.map((r, i) => [r, i]));

  // Cells: value items and blocks on their rows; group labels and headers span down over the
  // rows of their own layer where nothing else is below them.
  const nC = xs.length - 1, nR = rows.length;
  const taken = Array.from({ length: nR }, () => new Array<boolean>(nC).fill(false));
  const cellItems: { row: number; col: number; rowSpan: number; colSpan: number; items: PositionedText[] }[] = [];
  const place = (row: number, col: number, colSpan: number, items: PositionedText[]) => {
    let cs = colSpan;
    while (cs > 1 && rangeSome(col, col + cs, (c) => taken[row]![c]!)) cs--;
    if (taken[row]![col]) {
      const existing = cellItems.find((c) => c.row <= row && c.row + c.rowSpan > row && c.col <= col && c.col + c.colSpan > col);
      if (existing) existing.items.push(...items);
      return;
    }
    for (let c = col; c < col + cs; c++) taken[row]![c] = true;
    cellItems.push({ row, col, rowSpan: 1, colSpan: cs, items });
  };
  for (const i of region.rows) {
    const r = rowIndex.get(valueRows.find((v) => v.line === i)!)!;
    for (const v of lines[i]!.values) place(r, nearest(centres, centreX(v)) + nLabel, 1, [v]);
  }
  for (const b of [...blocks].sort((a, c) => a.col - c.col)) place(rowIndex.get(rowOfBlock.get(b)!)!, b.col, b.colSpan, b.items);
  extendDown(cellItems, taken, rows, valueRows, nLabel);
  for (let r = 0; r < nR; r++) for (let c = 0; c < nC; c++) if (!taken[r]![c]) cellItems.push({ row: r, col: c, rowSpan: 1, colSpan: 1, items: [] });

  const ys = rowEdges(rows);
  const cells: PieceCell[] = cellItems.map((c) => ({
    row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan,
    text: cellText(c.items.flatMap(originals), s),
    page,
    bbox: [xs[c.col]!, ys[c.row]!, xs[c.col + c.colSpan]!, ys[c.row + c.rowSpan]!] as BBox,
    // Nothing is drawn: the last row may go on over a page break, and a first row without values
    // (the rest of a wrapped label) may continue one; a first row of values starts a row of its own.
    topOpen: c.row === 0 && rows[0]!.line === undefined,
    bottomOpen: c.row + c.rowSpan === nR,
  }));
  if (cells.filter((c) => c.text !== "").length < s.minTableCells) return null;
  // A single short value line is a table only under a header naming its values (第（九）项 政府集中采购).
  const headed = blocks.some((b) => b.col >= nLabel && b.bottom <= bodyTop);
  // …or beside a label wrapped around it (行政事业 / 228.23 / 性收费 under a header left on the page before).
  const only = lines[first]!;
  const wrapped = blocks.some((b) => b.col < nLabel && b.items.length > 1 && b.top < only.top && b.bottom > only.bottom);
  if (region.rows.length < s.textTableMinValueRows && centres.length < s.textTableMinColumnsOneRow && !headed && !wrapped) return null;
  const bbox: BBox = [xs[0]!, ys[0]!, xs[nC]!, ys[nR]!];
  return { piece: { page, bbox, xs, rowCount: nR, cells, fromText: true }, items: tableItems };
}

/** A heading or paragraph above a table: starts in the label area and runs into the values, or covers most value columns. */
function isHeading(it: PositionedText, valueLeft: number, centres: number[], pitch: number, s: PdfLayoutSettings): boolean {
  if (it.bbox[0] < valueLeft && it.bbox[2] > valueLeft + pitch) return true;
  const covered = centres.filter((c) => c > it.bbox[0] && c < it.bbox[2]).length;
  return centres.length > 2 && covered > s.textTableHeadingColumnShare * centres.length;
}

/**
 * Blocks on no value row, in rows of their own: a block goes one row below every block above it
 * that shares a column (a multi-level header), and level with the blocks beside it on its line.
 * Blocks of one level far apart (in different gaps between value rows) get different rows.
 */
function layerRows(blocks: Block[], alignTolerance: number): { rows: Row[]; rowOf: Map<Block, Row> } {
  const sorted = [...blocks].sort((a, b) => a.top - b.top);
  const level = new Map<Block, number>(sorted.map((b) => [b, 0]));
  const sharesColumn = (a: Block, b: Block) => a.col < b.col + b.colSpan && b.col < a.col + a.colSpan;
  const mid = (b: Block) => (b.top + b.bottom) / 2;
  // Below every block above in its columns; level with the blocks beside it on the same line.
  for (let pass = 0, changed = true; changed && pass < sorted.length; pass++) {
    changed = false;
    for (const b of sorted) {
      let l = level.get(b)!;
      for (const a of sorted) {
        if (a === b) continue;
        if (sharesColumn(a, b) && a.bottom <= mid(b)) l = Math.max(l, level.get(a)! + 1);
        // (a header word wrapped over two lines, centred in its row, is level with the one-line words beside it)
        else if (!sharesColumn(a, b) && Math.abs(mid(a) - mid(b)) <= alignTolerance && (Math.abs(a.top - b.top) <= alignTolerance || (a.top <= b.top && a.bottom >= b.bottom) || (b.top <= a.top && b.bottom >= a.bottom))) l = Math.max(l, level.get(a)!);
      }
      if (l !== level.get(b)) {
        level.set(b, l);
        changed = true;
      }
    }
  }
  // Same level in separate vertical bands (between different value rows) are different rows.
  const rows: Row[] = [];
  const rowOf = new Map<Block, Row>();
  for (const b of sorted) {
    const l = level.get(b)!;
    const row = rows.find((r) => (r as Row & { level: number }).level === l && r.top < b.bottom && b.top < r.bottom + (b.bottom - b.top));
    if (row) {
      row.top = Math.min(row.top, b.top);
      row.bottom = Math.max(row.bottom, b.bottom);
      rowOf.set(b, row);
    } else {
      const nr = { top: b.top, bottom: b.bottom, level: l };
      rows.push(nr);
      rowOf.set(b, nr);
    }
  }
  return { rows, rowOf };
}

/** A header or label cell with nothing below it before the next value row spans down to it. */
function extendDown(cells: { row: number; col: number; rowSpan: number; colSpan: number }[], taken: boolean[][], rows: Row[], valueRows: Row[], nLabel: number): void {
  const isValueRow = rows.map((r) => valueRows.includes(r));
  for (const c of [...cells].sort((a, b) => b.row - a.row)) {
    if (isValueRow[c.row]) continue;
    let r = c.row + 1;
    while (r < rows.length && !isValueRow[r] && rangeAll(c.col, c.col + c.colSpan, (k) => !taken[r]![k])) r++;
    // Over value columns a header reaches down to the first value row only if nothing is there.
    if (c.col >= nLabel || r === rows.length || !isValueRow[r]) {
      for (let k = c.row + 1; k < r; k++) for (let x = c.col; x < c.col + c.colSpan; x++) taken[k]![x] = true;
      c.rowSpan = r - c.row;
    }
  }
}

function rowEdges(rows: Row[]): number[] {
  const ys = [rows[0]!.top];
  for (let i = 1; i < rows.length; i++) ys.push(Math.max(ys[i - 1]!, (rows[i - 1]!.bottom + rows[i]!.top) / 2));
  ys.push(Math.max(ys[ys.length - 1]!, rows[rows.length - 1]!.bottom));
  return ys;
}

function clusters(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const g = out[out.length - 1];
    if (g && v - g[g.length - 1]! <= tol) g.push(v);
    else out.push([v]);
  }
  return out.map((g) => g[0]!);
}

function nearest(centres: number[], x: number): number {
  let best = 0;
  centres.forEach((c, i) => {
    if (Math.abs(c - x) < Math.abs(centres[best]! - x)) best = i;
  });
  return best;
}

function minGap(sorted: number[]): number {
  let g = Infinity;
  for (let i = 1; i < sorted.length; i++) g = Math.min(g, sorted[i]! - sorted[i - 1]!);
  return g;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)] ?? 10;
}

function mid(line: Line): number {
  return (line.top + line.bottom) / 2;
}
