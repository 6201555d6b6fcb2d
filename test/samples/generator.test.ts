// The sample generator: committed samples equal a fresh generation, DOCX bytes do not depend on
// the time zone, expected records fit the contract, and the layouts keep the national merges.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { arithmeticFailures } from "../../scripts/samples/arithmetic.js";
import { ExpectedRecordSchema } from "../../scripts/samples/check-sample.js";
import { renderDocx } from "../../scripts/samples/docx.js";
import { ExpectedRecord } from "../../scripts/samples/expected-record.js";
import { buildSamples, derivedPdfName, GeneratedFile, readSeed, repoRoot, writeSamples } from "../../scripts/samples/make-samples.js";
import { cellPrinter } from "../../scripts/samples/printing.js";
import { splitTable, wordRows } from "../../scripts/samples/word-rows.js";

const root = repoRoot();
const samplesDir = join(root, "samples");
const seed = readSeed(root);
const templatePath = resolve(root, "../shared/corpus/template-blank.docx");
if (seed === undefined) console.log("samples test: ../shared/seed/changfu-2021.txt is absent, changfu-2021 is not regenerated or compared");

const outDir = mkdtempSync(join(tmpdir(), "nianbao-samples-"));
const generated: GeneratedFile[] = writeSamples(outDir, seed);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const read = (dir: string, path: string) => readFileSync(join(dir, path));

describe("sample generator", () => {
  it("writes every committed HTML, DOCX and expected file byte for byte", () => {
    const differing = generated.filter((f) => !existsSync(join(samplesDir, f.path)) || !read(outDir, f.path).equals(read(samplesDir, f.path)));
    expect(differing.map((f) => f.path)).toEqual([]);
  });

  it("has a generator source for every committed HTML/DOCX sample", () => {
    const made = new Set(generated.map((f) => f.path));
    const committed = readdirSync(samplesDir).filter((f) => /\.(html|docx)$/.test(f) && (seed !== undefined || !f.startsWith("changfu-")));
    expect(committed.filter((f) => !made.has(f))).toEqual([]);
    expect(committed.length).toBe(generated.filter((f) => !f.path.startsWith("expected/")).length);
  });

  it("zips the DOCX to the same bytes in any time zone", () => {
    const sample = buildSamples(undefined)[0]!;
    const saved = process.env.TZ;
    try {
      process.env.TZ = "Asia/Shanghai";
      const east = renderDocx(sample.document);
      process.env.TZ = "America/Los_Angeles";
      const west = renderDocx(sample.document);
      expect(Buffer.from(east).equals(Buffer.from(west))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("writes a DOCX package with exactly the minimal parts", () => {
    const docx = generated.find((f) => f.path.endsWith(".docx"))!;
    expect(Object.keys(unzipSync(docx.bytes)).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/core.xml",
      "word/_rels/document.xml.rels",
      "word/document.xml",
      "word/styles.xml",
    ]);
  });

  it("encodes the GBK sample in GBK, with its charset declared", () => {
    const bytes = read(samplesDir, "demo-2022-gbk.html");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const text = iconv.decode(bytes, "gbk");
    expect(text).toContain('content="text/html; charset=gbk"');
    expect(text).toContain("<title>示例市示例区教育局2022年政府信息公开工作年度报告_");
  });

  it.skipIf(seed === undefined || !existsSync(templatePath))(
    "lays out changfu-2021's three tables with the national Word template's merges (gridSpan/vMerge per cell)",
    () => {
      const template = mergeShape(unzipSync(readFileSync(templatePath))["word/document.xml"]!);
      const sample = mergeShape(unzipSync(read(samplesDir, "changfu-2021.docx"))["word/document.xml"]!);
      expect(template.map((t) => t.length)).toEqual([14, 28, 4]);
      expect(sample).toEqual(template);
    },
  );
});

describe("expected records", () => {
  const expectedDir = join(samplesDir, "expected");
  const names = readdirSync(expectedDir).filter((f) => f.endsWith(".json"));
  const load = (name: string) => JSON.parse(readFileSync(join(expectedDir, name), "utf8")) as ExpectedRecord;

  it("fit the contract: meta/active/requests/review only, zod schema of src/record/schema.ts", () => {
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const result = ExpectedRecordSchema.safeParse(load(name));
      expect(result.success, `${name}: ${result.error?.message}`).toBe(true);
    }
  });

  it("exist for every committed sample and PDF, a PDF's equal to its source's", () => {
    for (const file of readdirSync(samplesDir).filter((f) => /\.(html|docx)$/.test(f))) {
      const source = readFileSync(join(expectedDir, `${file}.json`), "utf8");
      const pdf = derivedPdfName(file);
      expect(readFileSync(join(expectedDir, `${pdf}.json`), "utf8"), pdf).toBe(source);
    }
    const pdfs = readdirSync(samplesDir).filter((f) => f.endsWith(".pdf"));
    for (const pdf of pdfs) expect(names, pdf).toContain(`${pdf}.json`);
  });

  it("add up, except the one total demo-2023-mixed prints wrong on purpose", () => {
    const failing = Object.fromEntries(names.map((n) => [n, arithmeticFailures(load(n))]).filter(([, f]) => f!.length > 0));
    expect(failing).toEqual({
      "demo-2023-mixed.docx.json": ["review.groupTotals litigationDirect"],
      "demo-2023-mixed.pdf.json": ["review.groupTotals litigationDirect"],
    });
    expect(load("demo-2023-mixed.docx.json").review.litigationDirect).toEqual({ upheld: 4, corrected: 1, other: 2, pending: 3, total: 9 });
  });

  it("keep blanks, slashes and dashes as null in the GBK sample", () => {
    const r = load("demo-2022-gbk.html.json");
    expect(r.active).toMatchObject({ regulations: { issued: null, repealed: null, inForce: null }, enforcement: { decisions: null } });
    expect(r.requests.denied?.threeSecurities).toEqual({
      naturalPerson: null, commercial: null, research: null, publicInterest: null, legalService: null, otherOrg: null, total: null,
    });
    expect(r.requests.denied?.lawForbidden).toEqual({
      naturalPerson: 23, commercial: 9, research: null, publicInterest: 4, legalService: 8, otherOrg: 7, total: 51,
    });
  });
});

describe("generator parts", () => {
  it("splits a table before a row, repeating the header and cutting a crossing rowSpan", () => {
    const table = {
      gridWidths: [1, 1],
      headerRows: 1,
      rows: [
        [{ text: "组" }, { text: "值" }],
        [{ text: "三", rowSpan: 3 }, { text: "1" }],
        [{ text: "2" }],
        [{ text: "3" }],
      ],
    };
    const [top, bottom] = splitTable(table, 3, 1);
    expect(top.rows).toEqual([[{ text: "组" }, { text: "值" }], [{ text: "三", rowSpan: 2 }, { text: "1" }], [{ text: "2" }]]);
    expect(bottom.rows).toEqual([[{ text: "组" }, { text: "值" }], [{ text: "", colSpan: 1, rowSpan: 1 }, { text: "3" }]]);
    expect(wordRows(top).map((r) => r.map((w) => w.vMerge ?? "-"))).toEqual([["-", "-"], ["restart", "-"], ["continue", "-"]]);
  });

  it("refuses printed text that does not mean the typed value", () => {
    const printer = cellPrinter({ printed: { "a.x": "5", "a.y": "+9", "a.z": "251000元", "a.w": "—" } });
    expect(() => printer.print("a.x", null)).toThrow('"5" is printed for a null value');
    expect(() => printer.print("a.y", -9)).toThrow('"+9" does not print -9');
    expect(printer.print("a.z", 251000)).toBe("251000元");
    expect(printer.print("a.w", null)).toBe("—");
    expect(printer.unused()).toEqual(["a.x", "a.y"]);
  });
});

/** Per table, per row: each w:tc as "<gridSpan><r|c|->" (vMerge restart / continue / none). */
function mergeShape(documentXml: Uint8Array): string[][][] {
  const xml = new TextDecoder().decode(documentXml);
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([tbl]) =>
    [...tbl.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map(([tr]) =>
      [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => {
        const span = /<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? "1";
        const vMerge = /<w:vMerge(?: w:val="(\w+)")?\s*\/>/.exec(tc);
        return span + (vMerge ? (vMerge[1] === "restart" ? "r" : "c") : "-");
      }),
    ),
  );
}
