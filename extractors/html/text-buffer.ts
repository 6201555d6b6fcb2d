// Running text laid out the way a browser does it: source whitespace (space, tab, CR, LF, FF)
// collapses to one space, inline pieces join exactly as written (Word splits "21" into
// <span>2</span><span>1</span>), and a source line break between two CJK characters vanishes
// (CSS Text 3 segment-break rule; Word wraps its HTML mid-sentence). U+00A0 and U+3000 are
// not collapsible and are kept as they are.

export interface TextBuffer {
  text: string;
  /** Collapsible whitespace was seen after the last character; resolved by the next character. */
  pendingSpace: boolean;
  /** That whitespace held a line break. */
  pendingSegmentBreak: boolean;
  /** Code unit of the last character written; 0 at the start. */
  lastCode: number;
}

const LF = 10;

export function newTextBuffer(): TextBuffer {
  return { text: "", pendingSpace: false, pendingSegmentBreak: false, lastCode: 0 };
}

/** Append source text with whitespace collapsing. Returns true when visible characters were added. */
export function appendCollapsible(buffer: TextBuffer, source: string): boolean {
  const n = source.length;
  let added = false;
  let i = 0;
  while (i < n) {
    let end = i;
    while (end < n && !isCollapsible(source.charCodeAt(end))) end++;
    if (end > i) {
      resolvePending(buffer, source.charCodeAt(i));
      buffer.text += end - i === n ? source : source.slice(i, end);
      buffer.lastCode = source.charCodeAt(end - 1);
      added = true;
    }
    if (end >= n) break;
    let segmentBreak = false;
    for (; end < n; end++) {
      const c = source.charCodeAt(end);
      if (!isCollapsible(c)) break;
      if (c === LF || c === 13) segmentBreak = true;
    }
    buffer.pendingSpace = true;
    if (segmentBreak) buffer.pendingSegmentBreak = true;
    i = end;
  }
  return added;
}

/** Append text whose whitespace is significant (<pre>, white-space: pre). Returns true when anything was added. */
export function appendPreserved(buffer: TextBuffer, source: string): boolean {
  if (source.length === 0) return false;
  const text = source.includes("\r") ? source.replace(/\r\n?/g, "\n") : source;
  resolvePending(buffer, text.charCodeAt(0));
  buffer.text += text;
  buffer.lastCode = text.charCodeAt(text.length - 1);
  return true;
}

/** A <br>: always a line break. */
export function hardBreak(buffer: TextBuffer): void {
  buffer.pendingSpace = buffer.pendingSegmentBreak = false;
  buffer.text += "\n";
  buffer.lastCode = LF;
}

/** The edge of a block element: a line break unless at the start or right after one. */
export function softBreak(buffer: TextBuffer): void {
  buffer.pendingSpace = buffer.pendingSegmentBreak = false;
  if (buffer.lastCode === 0 || buffer.lastCode === LF) return;
  buffer.text += "\n";
  buffer.lastCode = LF;
}

/** The text so far with surrounding whitespace and line breaks trimmed; the buffer is reset. */
export function takeText(buffer: TextBuffer): string {
  let text = buffer.text;
  if (text.length > 0 && (isCollapsible(text.charCodeAt(0)) || isCollapsible(text.charCodeAt(text.length - 1)))) {
    text = text.replace(EDGE_WHITESPACE, "");
  }
  buffer.text = "";
  buffer.pendingSpace = buffer.pendingSegmentBreak = false;
  buffer.lastCode = 0;
  return text;
}

const EDGE_WHITESPACE = /^[ \t\n\r\f]+|[ \t\n\r\f]+$/g;

function resolvePending(buffer: TextBuffer, nextCode: number): void {
  if (!buffer.pendingSpace) return;
  const atLineStart = buffer.lastCode === 0 || buffer.lastCode === LF;
  if (!atLineStart && !(buffer.pendingSegmentBreak && isWide(buffer.lastCode) && isWide(nextCode))) buffer.text += " ";
  buffer.pendingSpace = buffer.pendingSegmentBreak = false;
}

function isCollapsible(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** East Asian wide characters: CJK ideographs, kana, CJK and fullwidth punctuation (surrogates: CJK Ext B+). */
function isWide(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}
