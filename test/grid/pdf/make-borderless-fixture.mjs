// Makes the borderless PDF fixture of borderless.test.ts: one generated 2021-format report (the
// accuracy harness's generator, HTML source), printed by headless Chromium with every table
// border removed, so its three tables have no ruling lines; 表三 runs over a page break and
// several of its labels wrap over two or more lines. Needs `npm run build` and chromium.
//   node test/grid/pdf/make-borderless-fixture.mjs [seed index]   (default: 1 0)
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateReport } from "../../../dist/bench/accuracy/generate.js";
import { findPdfTools, htmlToPdf } from "../../../dist/bench/accuracy/pdf.js";
import { formatExpectedJson } from "../../../dist/scripts/samples/expected-record.js";

const here = dirname(fileURLToPath(import.meta.url));
const [seed, index] = process.argv.slice(2).map(Number);
const report = generateReport(seed ?? 1, index ?? 0, "html");
if (report.truth.meta.template !== "2021") throw new Error(`${report.fileName} is not a 2021-format report`);
const work = mkdtempSync(join(tmpdir(), "nianbao-borderless-"));
try {
  const html = join(work, report.fileName);
  writeFileSync(html, report.bytes);
  const tools = findPdfTools(join(work, ".converters"));
  if (!tools.chromium) throw new Error("chromium not found");
  const pdf = (await htmlToPdf(tools, [html], work, { borderless: true })).get(html);
  if (!pdf) throw new Error("chromium produced no PDF");
  copyFileSync(pdf, join(here, "fixtures", "borderless-2021.pdf"));
  writeFileSync(join(here, "fixtures", "borderless-2021.truth.json"), formatExpectedJson(report.truth));
  console.log(`fixtures/borderless-2021.pdf from ${report.fileName} (seed ${seed ?? 1}, index ${index ?? 0})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
