import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeHtml, declaredCharset } from "../../../extractors/html/decode.js";
import { extractHtml } from "../../../extractors/html/index.js";
import { InputError } from "../../../src/tokens/types.js";

const REPORT = "<p>平潭综合实验区2020年度政府信息公开工作年度报告：收到申请21件</p>";
const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, "gbk"));
const gb18030 = (s: string) => new Uint8Array(iconv.encode(s, "gb18030"));

async function errorOf(bytes: Uint8Array): Promise<InputError> {
  try {
    await extractHtml(bytes);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("no InputError thrown");
}

describe("decodeHtml: declared charset", () => {
  it("decodes GBK bytes declared with <meta charset=gbk>", () => {
    const d = decodeHtml(gbk(`<html><head><meta charset="gbk"></head><body>${REPORT}</body></html>`));
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toContain("平潭综合实验区2020年度");
    expect(d.warnings).toEqual([]);
  });

  it("reads charset from http-equiv content-type (gb2312)", () => {
    const head = `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`;
    const d = decodeHtml(gbk(`<html><head>${head}</head><body>${REPORT}</body></html>`));
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toContain("收到申请21件");
  });

  it("reads the encoding of an XML declaration", () => {
    expect(declaredCharset(utf8(`<?xml version="1.0" encoding="GBK"?><html></html>`))).toBe("gb18030");
  });

  it("decodes characters outside GBK with gb18030 (4-byte sequences)", () => {
    const d = decodeHtml(gb18030(`<meta charset="gb2312"><p>𠀀€</p>`));
    expect(d.text).toContain("𠀀€");
  });

  it("prefers UTF-8 when the page says gbk but the bytes are valid UTF-8 with CJK", () => {
    const d = decodeHtml(utf8(`<meta charset="gbk"><body>${REPORT}</body>`));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain("收到申请21件");
    expect(d.warnings).toEqual(["declared charset gbk but the bytes are valid UTF-8; decoded as utf-8"]);
  });

  it("falls back to gb18030 when the page says utf-8 but the bytes are GBK", () => {
    const d = decodeHtml(gbk(`<meta charset="utf-8"><body>${REPORT}</body>`));
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toContain("收到申请21件");
    expect(d.warnings).toEqual(["declared charset utf-8 but the bytes are not UTF-8; decoded as gb18030"]);
  });

  it("ignores a western single-byte declaration on GBK bytes and sniffs", () => {
    const d = decodeHtml(gbk(`<meta charset="iso-8859-1"><body>${REPORT}</body>`));
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toContain("收到申请21件");
  });
});

describe("decodeHtml: no declaration", () => {
  it("sniffs valid UTF-8 as utf-8", () => {
    const d = decodeHtml(utf8(`<body>${REPORT}</body>`));
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toBe(`<body>${REPORT}</body>`);
  });

  it("sniffs GBK bytes as gb18030", () => {
    const d = decodeHtml(gbk(`<body>${REPORT}</body>`));
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toBe(`<body>${REPORT}</body>`);
  });

  it("strips a UTF-8 BOM, which wins over a gbk declaration", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`<meta charset="gbk">${REPORT}`)]);
    const d = decodeHtml(bytes);
    expect(d.encoding).toBe("utf-8");
    expect(d.text.startsWith("<meta")).toBe(true);
    expect(d.text).toContain("收到申请21件");
  });

  it("decodes UTF-16LE with a BOM", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(REPORT, "utf-16le")]);
    const d = decodeHtml(bytes);
    expect(d.encoding).toBe("utf-16le");
    expect(d.text).toBe(REPORT);
  });
});

describe("extractHtml: bad input", () => {
  it("rejects an empty file", async () => {
    const e = await errorOf(new Uint8Array());
    expect([e.stage, e.message]).toEqual(["extract", "empty file"]);
  });

  it("rejects a whitespace-only file (with BOM)", async () => {
    const e = await errorOf(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0d, 0x0a, 0x09]));
    expect([e.stage, e.message]).toEqual(["extract", "empty file"]);
  });

  it("rejects binary data (NUL in the first kilobyte)", async () => {
    const bytes = new Uint8Array([...utf8("PK"), 3, 4, 20, 0, 6, 0, ...utf8("word/document.xml")]);
    const e = await errorOf(bytes);
    expect([e.stage, e.message]).toEqual(["extract", "not an HTML document (binary data)"]);
  });

  it("rejects a PDF even without NULs", async () => {
    const e = await errorOf(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"));
    expect([e.stage, e.message]).toEqual(["extract", "not an HTML document (PDF data)"]);
  });

  it("accepts a NUL after the first kilobyte (decoded as U+FFFD by the parser, not refused)", async () => {
    const bytes = utf8(`<p>${"年".repeat(400)}</p>\u0000`);
    const doc = await extractHtml(bytes);
    expect(doc.tokens).toHaveLength(1);
  });
});
