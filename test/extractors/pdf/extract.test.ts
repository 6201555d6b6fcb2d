import { describe, it, expect } from "vitest";
import { extractPdf } from "../../../extractors/pdf/index.js";
import { InputError, type PositionedText, type RulingLine } from "../../../src/tokens/types.js";
import { buildPdf } from "./pdf-builder.js";

const texts = (tokens: { kind: string }[]) => tokens.filter((t): t is PositionedText => t.kind === "ptext");
const rules = (tokens: { kind: string }[]) => tokens.filter((t): t is RulingLine => t.kind === "rule");

async function extractError(data: Uint8Array, options?: { maxPages?: number }): Promise<InputError> {
  try {
    await extractPdf(data, options);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error("expected an InputError");
}

describe("extractPdf on synthetic PDFs", () => {
  it("emits the page, its text item in top-left page space, and the metadata title", async () => {
    const doc = await extractPdf(buildPdf(["BT /F1 12 Tf 72 700 Td (Hello world) Tj ET"], { title: "政府信息公开工作年度报告" }));
    expect(doc.format).toBe("pdf");
    expect(doc.pageCount).toBe(1);
    expect(doc.meta.title).toBe("政府信息公开工作年度报告");
    expect(doc.tokens[0]).toEqual({ kind: "page", page: 1, width: 595, height: 842 });
    const [item] = texts(doc.tokens);
    expect(item?.text).toBe("Hello world");
    expect(item?.fontSize).toBe(12);
    expect(item?.vertical).toBe(false);
    const [x0, y0, x1, y1] = item!.bbox;
    expect(x0).toBeCloseTo(72, 1);
    // Baseline at 842 - 700 = 142: the box spans it, mostly above.
    expect(y0).toBeLessThan(142);
    expect(y1).toBeGreaterThan(142);
    expect(y1 - y0).toBeGreaterThan(0.9 * 12);
    expect(y1 - y0).toBeLessThan(1.3 * 12);
    // Helvetica advance widths of "Hello world": 4945/1000 em at 12 pt.
    expect(x1 - x0).toBeCloseTo(59.34, 1);
  });

  it("turns stroked segments into h/v rules and classifies filled rectangles by thickness", async () => {
    const content = [
      "0.5 w 100 700 m 300 700 l S", // horizontal stroke
      "100 700 m 100 600 l S", // vertical stroke
      "150 650 m 250 560 l S", // diagonal: ignored
      "100 500 200 1 re f", // 1 pt high fill: horizontal rule
      "100 400 1.5 80 re f", // 1.5 pt wide fill: vertical rule
      "100 300 200 30 re f", // shading
      "BT /F1 10 Tf 120 710 Td (x) Tj ET",
    ].join("\n");
    const doc = await extractPdf(buildPdf([content]));
    const found = rules(doc.tokens).map((r) => [r.orientation, r.x0, r.y0, r.x1, r.y1].map((v) => (typeof v === "number" ? Math.round(v * 10) / 10 : v)));
    expect(found).toEqual([
      ["h", 100, 142, 300, 142],
      ["v", 100, 142, 100, 242],
      ["h", 100, 341.5, 300, 341.5],
      ["v", 100.8, 362, 100.8, 442],
      ["rect", 100, 512, 300, 542],
    ]);
    expect(rules(doc.tokens)[0]?.lineWidth).toBe(0.5);
  });

  it("applies the CTM and form matrices to paths and text", async () => {
    const content = "q 2 0 0 2 50 50 cm 0 0 m 100 0 l S BT /F1 5 Tf 10 10 Td (AB) Tj ET Q";
    const doc = await extractPdf(buildPdf([content]));
    const [rule] = rules(doc.tokens);
    expect([rule?.x0, rule?.y0, rule?.x1]).toEqual([50, 792, 250]);
    const [item] = texts(doc.tokens);
    expect(item?.fontSize).toBe(10);
    expect(item?.bbox[0]).toBeCloseTo(70, 1);
  });

  it("keeps digits painted close together as one item, but splits them at a ruling line between them", async () => {
    // "1" is 5.56 pt wide at 10 pt; the "0" starts 0.44 pt after it.
    const digits = "BT /F1 10 Tf 100 500 Td (1) Tj 6 0 Td (0) Tj ET";
    const joined = await extractPdf(buildPdf([digits]));
    expect(texts(joined.tokens).map((t) => t.text)).toEqual(["10"]);
    const split = await extractPdf(buildPdf([`${digits}\n0.5 w 105.8 480 m 105.8 520 l S`]));
    expect(texts(split.tokens).map((t) => t.text)).toEqual(["1", "0"]);
  });

  it("starts a new item at a wide gap and inserts one space at a word gap", async () => {
    // "ab" is 11.12 pt wide: "cd" follows 2.88 pt (0.29 em) later, "ef" 28.9 pt after "cd".
    const doc = await extractPdf(buildPdf(["BT /F1 10 Tf 100 500 Td (ab) Tj 14 0 Td (cd) Tj 40 0 Td (ef) Tj ET"]));
    expect(texts(doc.tokens).map((t) => t.text)).toEqual(["ab cd", "ef"]);
  });

  it("reads text overprinted with a small offset (fake bold) once", async () => {
    const doc = await extractPdf(buildPdf(["BT /F1 12 Tf 72 700 Td (Title) Tj ET BT /F1 12 Tf 72.3 700.2 Td (Title) Tj ET BT /F1 12 Tf 72 600 Td (Title) Tj ET"]));
    expect(texts(doc.tokens).map((t) => [t.text, Math.round(t.bbox[0])])).toEqual([["Title", 72], ["Title", 72]]);
    expect(texts(doc.tokens).map((t) => Math.round(t.bbox[1]))).toEqual([131, 231]);
  });

  it("marks text rotated by 90 degrees as vertical", async () => {
    const doc = await extractPdf(buildPdf(["BT /F1 10 Tf 0 -1 1 0 100 700 Tm (ABC) Tj ET"]));
    const [item] = texts(doc.tokens);
    expect(item?.text).toBe("ABC");
    expect(item?.vertical).toBe(true);
    const [x0, y0, x1, y1] = item!.bbox;
    expect(y1 - y0).toBeGreaterThan(x1 - x0);
    expect(y0).toBeCloseTo(142, 0);
  });

  it("does not detach or alter the caller's buffer", async () => {
    const data = buildPdf(["BT /F1 12 Tf 72 700 Td (Hi) Tj ET"]);
    const copy = data.slice();
    await extractPdf(data);
    expect(data.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(data).equals(Buffer.from(copy))).toBe(true);
  });

  it("accepts a Node Buffer", async () => {
    const doc = await extractPdf(Buffer.from(buildPdf(["BT /F1 12 Tf 72 700 Td (Hi) Tj ET"])));
    expect(texts(doc.tokens).map((t) => t.text)).toEqual(["Hi"]);
  });

  it("refuses a PDF with no text on any page", async () => {
    const err = await extractError(buildPdf(["100 700 m 300 700 l S", "100 300 200 30 re f"]));
    expect(err.stage).toBe("extract");
    expect(err.message).toBe("no text layer: scanned PDF, OCR needed");
  });

  it("refuses an encrypted PDF that needs a password", async () => {
    const err = await extractError(buildPdf(["BT /F1 12 Tf 72 700 Td (secret) Tj ET"], { encrypted: true }));
    expect(err.message).toBe("encrypted PDF (password required)");
  });

  it("refuses bytes that are not a PDF with a one-line reason", async () => {
    const err = await extractError(new TextEncoder().encode("this is not a PDF\nat all\n"));
    expect(err.stage).toBe("extract");
    expect(err.message).toMatch(/^corrupt PDF: \S/);
    expect(err.message).not.toContain("\n");
  });

  it("refuses more pages than maxPages", async () => {
    const page = "BT /F1 12 Tf 72 700 Td (p) Tj ET";
    const err = await extractError(buildPdf([page, page, page]), { maxPages: 2 });
    expect(err.message).toBe("too many pages: 3 > 2");
  });
});
