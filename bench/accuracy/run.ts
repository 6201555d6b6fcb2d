// Accuracy harness (`npm run bench:accuracy` → node dist/bench/accuracy/run.js): generates reports
// nobody has seen (generate.ts), runs each through processDocument, compares every contract cell
// with the truth it was generated from, and prints cells right per format, failed records, and the
// failing cells grouped by row with their variants and an example file.
//   --n N          documents generated (default 200)
//   --seed S       PRNG seed (default 1); the same seed gives the same files
//   --format F     html | docx | pdf (pdf: N documents converted from generated DOCX/HTML)
//   --pdf N        without --format: how many of the generated documents to convert to PDF as well
//                  (default a share of N; needs soffice for DOCX, chromium for HTML)
//   --borderless   PDFs printed from the HTML documents with every table border removed (no ruling
//                  lines: the tables are found from text alignment); implies HTML sources
//   --keep DIR     write the run into DIR and keep it (files, truths, records of failing documents)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { processDocument } from "../../src/pipeline.js";
import type { ReportRecord } from "../../src/record/schema.js";
import { InputError } from "../../src/tokens/types.js";
import { compareRecord } from "./compare.js";
import { GeneratedReport, generateReports, SourceFormat, writeReports } from "./generate.js";
import { docxToPdf, findPdfTools, htmlToPdf } from "./pdf.js";
import { DocumentResult, formatSummary, MeasuredFormat } from "./summary.js";

export const DEFAULT_COUNT = 200;
export const DEFAULT_SEED = 1;
/** Without --format: share of the generated documents also measured as PDF. */
export const PDF_SHARE = 0.1;
/**
 * Variants not converted to PDF: LibreOffice prints tracked changes with the deleted digits struck
 * through beside the inserted ones, so the PDF no longer prints one value per cell.
 */
export const NOT_FOR_PDF = ["docx:tracked-changes"];

interface Flags {
  n: number;
  seed: number;
  format?: MeasuredFormat;
  pdf?: number;
  keep?: string;
  borderless: boolean;
}

export function parseFlags(argv: string[]): Flags {
  const flags: Flags = { n: DEFAULT_COUNT, seed: DEFAULT_SEED, borderless: false };
  const number = (flag: string, text: string | undefined) => {
    if (text === undefined || !/^\d+$/.test(text)) throw new Error(`${flag} needs a whole number`);
    return Number(text);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--n") flags.n = number(arg, argv[++i]);
    else if (arg === "--seed") flags.seed = number(arg, argv[++i]);
    else if (arg === "--pdf") flags.pdf = number(arg, argv[++i]);
    else if (arg === "--keep") flags.keep = argv[++i];
    else if (arg === "--borderless") flags.borderless = true;
    else if (arg === "--format") {
      const f = argv[++i];
      if (f !== "html" && f !== "docx" && f !== "pdf") throw new Error(`--format ${f}: html, docx or pdf`);
      flags.format = f;
    } else throw new Error(`unknown flag ${arg}`);
  }
  if (flags.keep === "") throw new Error("--keep needs a folder");
  return flags;
}

/** A document to measure: a generated file, or a PDF converted from one. */
interface Measured {
  file: string;
  format: MeasuredFormat;
  report: GeneratedReport;
  tags: string[];
}

async function main(argv: string[]): Promise<void> {
  const flags = parseFlags(argv);
  const dir = flags.keep ? resolve(flags.keep) : mkdtempSync(join(tmpdir(), "nianbao-accuracy-"));
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const sourceFormat: SourceFormat | undefined = flags.borderless ? "html" : flags.format === "html" || flags.format === "docx" ? flags.format : undefined;
  const reports = generateReports({ seed: flags.seed, n: flags.n, format: sourceFormat });
  writeReports(dir, reports);
  const generatedMs = performance.now() - started;

  const measured: Measured[] = flags.format === "pdf" ? [] : reports.map((report) => ({ file: report.fileName, format: report.format, report, tags: report.tags }));
  const pdfCount = flags.format === "pdf" ? reports.length : Math.min(reports.length, flags.pdf ?? Math.round(reports.length * PDF_SHARE));
  const notes: string[] = [];
  if (pdfCount > 0) measured.push(...(await convertToPdf(reports, pdfCount, dir, notes, flags.borderless)));

  const results: DocumentResult[] = [];
  for (const m of measured) results.push(await measure(m, dir, flags.keep !== undefined));
  const summary = formatSummary(results, (file) => (flags.keep ? join(dir, file) : file));

  console.log(
    `nianbao accuracy: seed ${flags.seed}, ${reports.length} generated documents (${(generatedMs / 1000).toFixed(1)} s), ` +
      `${results.length} measured in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const note of notes) console.log(note);
  console.log(summary);
  if (flags.keep) {
    writeFileSync(join(dir, "results.jsonl"), results.map((r) => JSON.stringify({ ...r, cells: r.cells.filter((c) => !c.ok) })).join("\n") + "\n");
    console.log(`\nfiles, truths (*.truth.json), records of imperfect documents (*.record.json) and results.jsonl kept in ${dir}`);
  } else {
    rmSync(dir, { recursive: true, force: true });
    console.log(`\n(files removed; re-run with --keep DIR and the same --seed to get exactly these files)`);
  }
}

/** Converts a deterministic subset (every k-th eligible report) of the DOCX and HTML documents to PDF. */
async function convertToPdf(reports: GeneratedReport[], count: number, dir: string, notes: string[], borderless: boolean): Promise<Measured[]> {
  const eligible = reports.filter((r) => !r.tags.some((t) => NOT_FOR_PDF.includes(t)));
  const n = Math.min(count, eligible.length);
  const step = eligible.length / Math.max(1, n);
  const chosen = Array.from({ length: n }, (_, i) => eligible[Math.floor(i * step)]!);
  if (n < count) notes.push(`PDF: ${count - n} fewer PDFs than asked (${NOT_FOR_PDF.join(", ")} documents are not converted)`);
  const tools = findPdfTools(join(dir, ".converters"));
  const docx = chosen.filter((r) => r.format === "docx");
  const html = chosen.filter((r) => r.format === "html");
  const out: Measured[] = [];
  const add = (made: Map<string, string>, from: GeneratedReport[], tag: string) => {
    for (const report of from) {
      const pdf = made.get(join(dir, report.fileName));
      if (pdf) out.push({ file: pdf.slice(dir.length + 1), format: "pdf", report, tags: [...report.tags, tag] });
    }
  };
  if (docx.length > 0) {
    if (tools.soffice) add(docxToPdf(tools, docx.map((r) => join(dir, r.fileName)), dir), docx, "pdf:from-docx-libreoffice");
    else notes.push(`PDF: soffice (LibreOffice) not installed, ${docx.length} DOCX → PDF conversions skipped`);
  }
  if (html.length > 0) {
    if (tools.chromium) {
      const made = await htmlToPdf(tools, html.map((r) => join(dir, r.fileName)), dir, { borderless });
      add(made, html, borderless ? "pdf:from-html-chromium-borderless" : "pdf:from-html-chromium");
    }
    else notes.push(`PDF: chromium not installed, ${html.length} HTML → PDF prints skipped`);
  }
  const failed = chosen.length - out.length - (tools.soffice ? 0 : docx.length) - (tools.chromium ? 0 : html.length);
  if (failed > 0) notes.push(`PDF: ${failed} conversions produced no file`);
  rmSync(tools.profile, { recursive: true, force: true });
  return out;
}

async function measure(m: Measured, dir: string, keep: boolean): Promise<DocumentResult> {
  const data = new Uint8Array(readFileSync(join(dir, m.file)));
  const started = performance.now();
  let record: ReportRecord | undefined;
  let error: string | undefined;
  try {
    record = await processDocument({ data, file: m.file });
  } catch (e) {
    const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
    error = e instanceof InputError ? `InputError(${e.stage}): ${message}` : `${e instanceof Error ? e.name : "thrown"}: ${message}`;
  }
  const ms = performance.now() - started;
  const cells = compareRecord(m.report.truth, record);
  if (keep && record && cells.some((c) => !c.ok)) writeFileSync(join(dir, `${m.file}.record.json`), JSON.stringify(record, null, 2));
  return { file: m.file, format: m.format, tags: m.tags, cells, error, ms };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
