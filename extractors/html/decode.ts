// Bytes → text for HTML pages: BOM, then the charset the page declares near its top, then a sniff.
// Chinese government sites are mostly UTF-8 or GBK/GB2312, and declarations are often wrong,
// so a declaration is trusted only when the bytes agree with it.
import iconv from "iconv-lite";
import { InputError } from "../../src/tokens/types.js";

/** How many leading bytes are searched for `<meta charset>` / `http-equiv` / `<?xml encoding>`. */
export const CHARSET_PRESCAN_BYTES = 4096;
/** How many leading bytes are searched for NULs, the mark of a binary file. */
export const BINARY_PROBE_BYTES = 1024;

export interface DecodedHtml {
  text: string;
  /** The encoding the text was decoded with (canonical name). */
  encoding: string;
  warnings: string[];
}

const GB_FAMILY = new Set([
  "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "csgb2312", "chinese",
  "iso-ir-58", "euc-cn", "gb_2312", "gb_2312-80", "csiso58gb231280",
]);
const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8"]);
// A page whose bytes are ASCII-compatible cannot really be UTF-16; the HTML spec reads such a
// declaration as UTF-8.
const UTF16_LABELS = new Set(["utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2"]);
// Western single-byte labels on a Chinese report are server defaults, not information.
const IGNORED_LABELS = new Set(["iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"]);

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;
const XML_ENCODING = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']\s*([a-z0-9_:.-]+)/i;

const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const utf8Lossy = new TextDecoder("utf-8");
const utf16le = new TextDecoder("utf-16le");

/** Decode an HTML file, or throw InputError("extract", …) for empty or binary input. */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const warnings: string[] = [];
  if (isBlank(bytes)) throw new InputError("extract", "empty file");

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes.subarray(2)), encoding: "utf-16le", warnings };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2), "utf-16be"), encoding: "utf-16be", warnings };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    rejectBinary(bytes.subarray(3));
    return { text: utf8Lossy.decode(bytes.subarray(3)), encoding: "utf-8", warnings };
  }
  rejectBinary(bytes);

  const label = declaredLabel(bytes);
  const declared = label === undefined ? undefined : canonicalCharset(label, warnings);
  if (declared === undefined || declared === "utf-8") {
    const utf8 = tryUtf8(bytes);
    if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", warnings };
    const gb = decodeWith(bytes, "gb18030");
    if (declared === undefined) return { text: gb, encoding: "gb18030", warnings };
    if (!gb.includes("\uFFFD")) {
      warnings.push(`declared charset ${label} but the bytes are not UTF-8; decoded as gb18030`);
      return { text: gb, encoding: "gb18030", warnings };
    }
    warnings.push("invalid UTF-8 byte sequences replaced with U+FFFD");
    return { text: utf8Lossy.decode(bytes), encoding: "utf-8", warnings };
  }

  // Declared something else (usually GBK): valid multi-byte UTF-8 is almost never accidental.
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) {
    if (utf8.length !== bytes.length) warnings.push(`declared charset ${label} but the bytes are valid UTF-8; decoded as utf-8`);
    return { text: utf8, encoding: "utf-8", warnings };
  }
  const text = decodeWith(bytes, declared);
  if (declared !== "gb18030" && text.includes("\uFFFD")) {
    const gb = decodeWith(bytes, "gb18030");
    if (!gb.includes("\uFFFD")) {
      warnings.push(`declared charset ${label} does not fit the bytes; decoded as gb18030`);
      return { text: gb, encoding: "gb18030", warnings };
    }
  }
  if (text.includes("\uFFFD")) warnings.push(`bytes invalid in ${label} replaced with U+FFFD`);
  return { text, encoding: declared, warnings };
}

/** The charset the page declares in its first bytes, canonicalised; undefined when absent or ignored. */
export function declaredCharset(bytes: Uint8Array, warnings: string[] = []): string | undefined {
  const label = declaredLabel(bytes);
  return label === undefined ? undefined : canonicalCharset(label, warnings);
}

/** The charset label as the page writes it (lower-cased), from `<?xml encoding>` or the first `<meta … charset>`. */
function declaredLabel(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, CHARSET_PRESCAN_BYTES)).toString("latin1");
  return (XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1])?.toLowerCase();
}

/** The decoder for a label: utf-8, gb18030 for the whole GB family, other iconv-lite encodings; undefined to sniff. */
function canonicalCharset(label: string, warnings: string[]): string | undefined {
  if (UTF8_LABELS.has(label) || UTF16_LABELS.has(label)) return "utf-8";
  if (GB_FAMILY.has(label)) return "gb18030";
  if (IGNORED_LABELS.has(label)) return undefined;
  if (label === "big5" || label === "big5-hkscs" || label === "cn-big5" || label === "x-x-big5") return "big5";
  if (iconv.encodingExists(label)) return label;
  warnings.push(`unknown declared charset ${label}; encoding sniffed`);
  return undefined;
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

function isBlank(bytes: Uint8Array): boolean {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (; start < bytes.length; start++) {
    const b = bytes[start];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0x0c) return false;
  }
  return true;
}

function rejectBinary(bytes: Uint8Array): void {
  const end = Math.min(bytes.length, BINARY_PROBE_BYTES);
  if (bytes.subarray(0, end).includes(0)) throw new InputError("extract", "not an HTML document (binary data)");
  // A PDF can carry no NUL in its first kilobyte, yet it is never HTML.
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) {
    throw new InputError("extract", "not an HTML document (PDF data)");
  }
}
