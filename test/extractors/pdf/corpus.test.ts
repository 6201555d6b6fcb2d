// The extractor on the real reports in ../shared/corpus (skipped with a reason when absent).
import { describe, it, expect } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { extractPdf } from "../../../extractors/pdf/index.js";
import type { DocumentTokens, PositionedText } from "../../../src/tokens/types.js";

const corpus = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const haveCorpus = existsSync(corpus);
if (!haveCorpus) console.warn(`skipping PDF corpus tests: ${corpus} not found`);
const havePdftotext = spawnSync("pdftotext", ["-v"]).status === 0;
if (!havePdftotext) console.warn("skipping the pdftotext comparison: pdftotext not installed");

const cases = [
  { id: "hongze-2023", pages: 5, title: "洪泽区人民政府2023年政府信息公开工作年度报告" },
  { id: "hongze-2024", pages: 5, title: "政府信息公开工作年度报告" },
  { id: "huaian-szf-2024", pages: 6, title: "政府信息公开工作年度报告" },
];

const cache = new Map<string, Promise<DocumentTokens>>();
const extracted = (id: string) => {
  let p = cache.get(id);
  if (!p) cache.set(id, (p = extractPdf(readFileSync(`${corpus}${id}.pdf`))));
  return p;
};
const texts = (doc: DocumentTokens, page?: number) =>
  doc.tokens.filter((t): t is PositionedText => t.kind === "ptext" && (page === undefined || t.page === page));

describe.skipIf(!haveCorpus).each(cases)("extractPdf on $id", ({ id, pages, title }) => {
  it("reads the page count, page sizes and Info title", async () => {
    const doc = await extracted(id);
    expect(doc.pageCount).toBe(pages);
    expect(doc.meta.title).toBe(title);
    const pageTokens = doc.tokens.filter((t) => t.kind === "page");
    expect(pageTokens.map((t) => [t.page, t.width, t.height])).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, 595, 842]));
    expect(doc.warnings).toEqual([]);
  });

  it("has no U+FFFD and finds table rules on every table page", async () => {
    const doc = await extracted(id);
    expect(texts(doc).filter((t) => t.text.includes("\uFFFD"))).toEqual([]);
    const rulePages = new Set(doc.tokens.filter((t) => t.kind === "rule" && t.orientation !== "rect").map((t) => t.page));
    expect(rulePages.size).toBeGreaterThanOrEqual(3);
  });

  it.skipIf(!havePdftotext)("paints exactly the characters pdftotext reads, page by page", async () => {
    const doc = await extracted(id);
    for (let p = 1; p <= pages; p++) {
      const ours = texts(doc, p).map((t) => t.text).join("").replace(/\s+/g, "");
      const theirs = spawnSync("pdftotext", ["-f", String(p), "-l", String(p), `${corpus}${id}.pdf`, "-"]).stdout.toString().replace(/\s+/g, "");
      expect([...ours].sort().join(""), `page ${p}`).toBe([...theirs].sort().join(""));
    }
  });
});

// The project's own samples (Chrome-printed and office-exported PDFs), when present.
const samples = fileURLToPath(new URL("../../../samples/", import.meta.url));
const samplePdfs = existsSync(samples) ? readdirSync(samples).filter((f) => f.endsWith(".pdf")).sort() : [];

describe.skipIf(samplePdfs.length === 0 || !havePdftotext)("extractPdf on samples/", () => {
  it.each(samplePdfs)("%s: paints exactly the characters pdftotext reads", async (file) => {
    const doc = await extractPdf(readFileSync(`${samples}${file}`));
    expect(doc.warnings).toEqual([]);
    for (let p = 1; p <= doc.pageCount!; p++) {
      const ours = texts(doc, p).map((t) => t.text).join("").replace(/\s+/g, "");
      const theirs = spawnSync("pdftotext", ["-f", String(p), "-l", String(p), `${samples}${file}`, "-"]).stdout.toString().replace(/\s+/g, "");
      expect([...ours].sort().join(""), `page ${p}`).toBe([...theirs].sort().join(""));
    }
  });
});

describe.skipIf(!haveCorpus)("vertical text", () => {
  it("reads hongze-2023's Identity-V label 三、本年度办理结果 whole, top to bottom", async () => {
    const doc = await extracted("hongze-2023");
    const label = texts(doc, 3).filter((t) => t.vertical);
    expect(label.map((t) => t.text)).toEqual(["三、本年度办理结果"]);
    const [x0, y0, x1, y1] = label[0]!.bbox;
    // Nine glyphs of 9.95 pt stacked: a tall, one-character-wide box.
    expect(x1 - x0).toBeCloseTo(9.95, 1);
    expect(y1 - y0).toBeGreaterThan(8 * 9.95);
  });
});
