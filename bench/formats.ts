// Benchmark (not a test): ms per HTML and DOCX report through the whole nianbao path, against
// cheerio's own load of the same page, measured in the same run. Median of repeated runs.
//   npm run bench:formats [-- --runs N] [FILE...]
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, basename } from "node:path";
import { fileURLToPath } from "node:url";
import * as cheerio from "cheerio";
import { processDocument } from "../src/pipeline.js";
import { decodeHtml } from "../extractors/html/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 30;
const WARMUP = 5;

function defaultFiles(): string[] {
  const dirs = [join(root, "samples"), join(root, "../shared/corpus")];
  return dirs.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => /\.(html?|docx)$/i.test(f)).map((f) => join(d, f)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timeIt(fn: () => unknown | Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const files = args.length ? args : defaultFiles();
const rows: string[] = [];
const htmlRatios: number[] = [];
const docxTimes: number[] = [];
for (const file of files) {
  const data = readFileSync(file);
  const whole = await timeIt(() => processDocument({ data, file }));
  if (/\.docx$/i.test(file)) {
    docxTimes.push(whole);
    rows.push(`${basename(file).padEnd(34)} docx  nianbao ${whole.toFixed(2).padStart(7)} ms`);
    continue;
  }
  const text = decodeHtml(data).text;
  const load = await timeIt(() => cheerio.load(text));
  htmlRatios.push(whole / load);
  rows.push(`${basename(file).padEnd(34)} html  nianbao ${whole.toFixed(2).padStart(7)} ms   cheerio.load ${load.toFixed(2).padStart(7)} ms   ratio ${(whole / load).toFixed(2)}x`);
}
console.log(`median of ${RUNS} runs after ${WARMUP} warm-up runs, Node ${process.version}`);
for (const row of rows) console.log(row);
if (htmlRatios.length) console.log(`HTML: median ratio nianbao / cheerio.load = ${median(htmlRatios).toFixed(2)}x (goal ≤ 1.3x), worst ${Math.max(...htmlRatios).toFixed(2)}x`);
if (docxTimes.length) console.log(`DOCX: median ${median(docxTimes).toFixed(2)} ms per report (goal ≤ 30 ms), worst ${Math.max(...docxTimes).toFixed(2)} ms`);
