// Which inline styles are worth reading. parse5 builds every attribute value one character at a
// time, so the first read of a value (a regex, indexOf, …) flattens a deep string rope; on
// Word-pasted pages that costs more than the rest of the walk. Only a few declarations matter
// here (display:none, visibility:hidden, bold, white-space:pre), and they are rare. So the decoded
// page is scanned once for them, and the lengths of the style values holding them are kept: an
// element's style (whose length is free to read) is parsed only when its length is one of these.
// Anything the scan cannot account for exactly makes every style be read ("all").

import { STYLE_DECLARATIONS } from "./elements.js";

export type StyleLengths = ReadonlySet<number> | "all";

/** Declarations that change what the walk does with an element: the ones styleFlags reads. */
const RELEVANT_DECLARATION = new RegExp(STYLE_DECLARATIONS.source, "gi");
/** The tag text before a declaration ends inside a style attribute value (quoted or not). */
const INSIDE_STYLE_VALUE = /[\s/]style\s*=\s*(?:"([^"]*)|'([^']*)|([^\s"'=<>`]*))$/i;
/** More relevant declarations than this (a page of hidden widgets): reading every style is simpler. */
export const MAX_RELEVANT_DECLARATIONS = 500;

const NAMED_ENTITY_LENGTHS: Readonly<Record<string, number>> = { amp: 1, lt: 1, gt: 1, quot: 1, apos: 1, nbsp: 1 };

export function styleLengthsToRead(html: string): StyleLengths {
  const lengths = new Set<number>();
  RELEVANT_DECLARATION.lastIndex = 0;
  let count = 0;
  for (let m = RELEVANT_DECLARATION.exec(html); m !== null; m = RELEVANT_DECLARATION.exec(html)) {
    if (++count > MAX_RELEVANT_DECLARATIONS) return "all";
    const at = m.index;
    const tagStart = html.lastIndexOf("<", at);
    if (tagStart < 0) continue;
    const inside = INSIDE_STYLE_VALUE.exec(html.slice(tagStart, at));
    if (inside === null) continue; // CSS in <style>, script text, prose
    const quote = inside[1] !== undefined ? '"' : inside[2] !== undefined ? "'" : "";
    const valueStart = at - (inside[1] ?? inside[2] ?? inside[3] ?? "").length;
    const valueEnd = quote === "" ? unquotedEnd(html, at) : html.indexOf(quote, at);
    if (valueEnd < 0) return "all";
    const length = parsedLength(html.slice(valueStart, valueEnd));
    if (length === undefined) return "all";
    lengths.add(length);
  }
  return lengths;
}

/** Whether an element's style attribute (by its length) may hold a relevant declaration. */
export function worthReading(lengths: StyleLengths, styleLength: number): boolean {
  return lengths === "all" || lengths.has(styleLength);
}

function unquotedEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x3e || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) return i;
  }
  return html.length;
}

/** Length of an attribute value as the parser delivers it: CR LF → LF, character references decoded; undefined if unsure. */
function parsedLength(raw: string): number | undefined {
  let length = raw.length;
  for (let i = raw.indexOf("\r\n"); i >= 0; i = raw.indexOf("\r\n", i + 2)) length--;
  for (let i = raw.indexOf("&"); i >= 0; i = raw.indexOf("&", i + 1)) {
    const ref = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/.exec(raw.slice(i, i + 12));
    if (ref === null) {
      if (/^&[a-zA-Z0-9#]/.test(raw.slice(i, i + 2))) return undefined; // legacy or unknown reference
      continue; // a bare "&" stays as it is
    }
    let decoded: number;
    if (ref[3] !== undefined) {
      const named = NAMED_ENTITY_LENGTHS[ref[3]];
      if (named === undefined) return undefined;
      decoded = named;
    } else {
      const codePoint = ref[1] !== undefined ? Number(ref[1]) : Number.parseInt(ref[2] as string, 16);
      decoded = codePoint > 0xffff && codePoint <= 0x10ffff ? 2 : 1;
    }
    length -= ref[0].length - decoded;
  }
  return length;
}
