// PDF benchmark: per file, the median over N runs of
//   (a) pdf.js text + operator extraction alone (getTextContent + getOperatorList on every page),
//   (b) the nianbao path (processDocument if the pipeline is built, else extractPdf + buildPdfLayout),
//   (c) `pdftotext -layout` when installed,
// with ratios and the process's peak RSS.
// Usage: node dist/bench/pdf.js [--runs N] [file.pdf ...]   (default: ../shared/corpus/*.pdf and samples/*.pdf)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { extractPdf } from "../extractors/pdf/index.js";
import { documentOptions, loadPdfJs } from "../extractors/pdf/pdfjs.js";
import { DEFAULT_PDF_EXTRACT_SETTINGS } from "../extractors/pdf/settings.js";
import { buildPdfLayout } from "../src/grid/pdf/index.js";

const DEFAULT_RUNS = 7;

type Pipeline = (input: { data: Uint8Array; file: string }) => Promise<unknown>;

const here = path.dirname(fileURLToPath(import.meta.url));
// Compiled to dist/bench/pdf.js; the sources live two levels up.
const repoRoot = path.resolve(here, path.basename(path.dirname(here)) === "dist" ? "../.." : "..");

function parseArgs(argv: string[]): { runs: number; files: string[] } {
  let runs = DEFAULT_RUNS;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--runs") runs = Math.max(1, Number(argv[++i]) || DEFAULT_RUNS);
    else files.push(argv[i]!);
  }
  if (files.length === 0) {
    for (const dir of [path.resolve(repoRoot, "../shared/corpus"), path.resolve(repoRoot, "samples")]) {
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).sort()) if (f.toLowerCase().endsWith(".pdf")) files.push(path.join(dir, f));
    }
  }
  return { runs, files };
}

async function loadPipeline(): Promise<Pipeline | null> {
  const built = path.resolve(here, "../src/pipeline.js");
  if (!existsSync(built)) return null;
  try {
    const mod = (await import(pathToFileURL(built).href)) as { processDocument?: Pipeline };
    return mod.processDocument ?? null;
  } catch {
    return null;
  }
}

/** (a): what pdf.js itself does to give us text and drawing operators, nothing more. */
async function pdfjsOnly(data: Uint8Array): Promise<void> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument(documentOptions(new Uint8Array(data), DEFAULT_PDF_EXTRACT_SETTINGS.maxImagePixels)).promise;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getTextContent();
      await page.getOperatorList();
    }
  } finally {
    await doc.destroy();
  }
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const fmt = (ms: number) => ms.toFixed(1).padStart(8);
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) + "x" : "-").padStart(7);

async function main(): Promise<void> {
  const { runs, files } = parseArgs(process.argv.slice(2));
  if (files.length === 0) {
    console.error("no PDF files given and none found in ../shared/corpus or samples/");
    process.exitCode = 1;
    return;
  }
  const pipeline = await loadPipeline();
  const havePdftotext = spawnSync("pdftotext", ["-v"]).status === 0;
  console.log(`runs per file: ${runs} (median; one warm-up run first)`);
  console.log(`(b) = ${pipeline ? "processDocument (extract → layout → record)" : "extractPdf + buildPdfLayout (pipeline not built: measured up to layout)"}`);
  if (!havePdftotext) console.log("(c) pdftotext not installed: skipped");
  console.log(`${"file".padEnd(28)} ${"(a) pdf.js".padStart(10)} ${"(b) nianbao".padStart(11)} ${"(c) pdftotext".padStart(13)} ${"b/a".padStart(7)} ${"b/c".padStart(7)}`);
  const totals = { a: 0, b: 0, c: 0 };
  for (const file of files) {
    const data = new Uint8Array(readFileSync(file));
    const nianbao = pipeline
      ? () => pipeline({ data, file })
      : async () => buildPdfLayout(await extractPdf(data));
    const pdftotext = () => spawnSync("pdftotext", ["-layout", file, "-"], { maxBuffer: 1 << 28 });
    const a: number[] = [], b: number[] = [], c: number[] = [];
    let failure = "";
    for (let i = 0; i <= runs; i++) {
      const ta = await time(() => pdfjsOnly(data));
      let tb = NaN;
      try {
        tb = await time(nianbao);
      } catch (err) {
        failure = err instanceof Error ? err.message : String(err);
      }
      const tc = havePdftotext ? await time(pdftotext) : NaN;
      if (i === 0) continue; // warm-up: module loading, JIT
      a.push(ta);
      b.push(tb);
      c.push(tc);
    }
    const ma = median(a), mb = median(b), mc = havePdftotext ? median(c) : NaN;
    totals.a += ma;
    totals.b += mb;
    totals.c += mc;
    const name = path.basename(file).slice(0, 28).padEnd(28);
    console.log(`${name} ${fmt(ma)}ms ${fmt(mb)}ms ${havePdftotext ? fmt(mc) + "ms" : "       -    "} ${ratio(mb, ma)} ${ratio(mb, mc)}${failure ? `  (error: ${failure})` : ""}`);
  }
  console.log(`${"total".padEnd(28)} ${fmt(totals.a)}ms ${fmt(totals.b)}ms ${havePdftotext ? fmt(totals.c) + "ms" : "       -    "} ${ratio(totals.b, totals.a)} ${ratio(totals.b, totals.c)}`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
