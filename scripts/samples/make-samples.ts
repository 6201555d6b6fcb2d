// Generates nianbao's own sample reports into samples/ (or the folder given as the first argument):
// HTML and DOCX files, and samples/expected/<file>.json for each of them and for the PDFs that
// scripts/samples/make-pdfs.sh derives from them (<name>.pdf from DOCX, <name>.print.pdf from HTML).
//   npx tsc -p . && node dist/scripts/samples/make-samples.js [outDir]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { sampleProblems } from "./check-sample.js";
import { renderDocx } from "./docx.js";
import { formatExpectedJson } from "./expected-record.js";
import { encodeHtml, renderHtml } from "./html.js";
import { changfuSample } from "./reports/changfu-2021.js";
import { demo2020CountySample } from "./reports/demo-2020-county.js";
import { demo2021BlocksSample } from "./reports/demo-2021-blocks.js";
import { demo2022GbkSample } from "./reports/demo-2022-gbk.js";
import { demo2023MixedSample } from "./reports/demo-2023-mixed.js";
import { Sample } from "./reports/sample.js";

/** The seed dump, relative to the repository root (read at generation time only, never copied). */
export const SEED_PATH = "../shared/seed/changfu-2021.txt";

export interface GeneratedFile {
  /** Path relative to the samples folder, "/"-separated. */
  path: string;
  bytes: Uint8Array;
}

/** All samples; the seed-based one only when the seed text is given. */
export function buildSamples(seedText: string | undefined): Sample[] {
  const samples = [demo2020CountySample(), demo2022GbkSample(), demo2021BlocksSample(), demo2023MixedSample()];
  if (seedText !== undefined) samples.unshift(changfuSample(seedText));
  const problems = samples.flatMap(sampleProblems);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return samples;
}

/** The PDF a developer derives from an output file (make-pdfs.sh). */
export function derivedPdfName(fileName: string): string {
  return fileName.endsWith(".docx") ? fileName.replace(/\.docx$/, ".pdf") : fileName.replace(/\.html$/, ".print.pdf");
}

export function sampleFiles(samples: Sample[]): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const sample of samples) {
    const expected = new TextEncoder().encode(formatExpectedJson(sample.record));
    for (const output of sample.outputs) {
      const fileName = `${sample.name}.${output.format}`;
      const bytes =
        output.format === "html"
          ? encodeHtml(renderHtml(sample.document, output.options), output.options.charset)
          : renderDocx(sample.document, output.options);
      files.push({ path: fileName, bytes });
      files.push({ path: `expected/${fileName}.json`, bytes: expected });
      files.push({ path: `expected/${derivedPdfName(fileName)}.json`, bytes: expected });
    }
  }
  return files;
}

/** Repository root: the nearest folder above this module holding package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export function readSeed(root: string): string | undefined {
  const path = resolve(root, SEED_PATH);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

export function writeSamples(outDir: string, seedText: string | undefined): GeneratedFile[] {
  const files = sampleFiles(buildSamples(seedText));
  for (const f of files) {
    const target = join(outDir, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.bytes);
  }
  return files;
}

function main(): void {
  const root = repoRoot();
  const outDir = resolve(process.argv[2] ?? join(root, "samples"));
  const seed = readSeed(root);
  if (seed === undefined) console.warn(`seed ${SEED_PATH} not found: changfu-2021 is not generated`);
  const files = writeSamples(outDir, seed);
  console.log(`${files.length} files written to ${outDir}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
