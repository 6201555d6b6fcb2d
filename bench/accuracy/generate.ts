// Generates varied annual reports with known values: from a seed, N HTML/DOCX documents, each with
// the record it was generated from (the truth) and the variant tags it was drawn with. Report i
// depends only on (seed, i), so the same seed always gives the same bytes and any report can be
// regenerated alone.
//   node dist/bench/accuracy/generate.js --n 20 --seed 1 --out DIR [--format html|docx]
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ExpectedRecord, formatExpectedJson } from "../../scripts/samples/expected-record.js";
import { drawMeta } from "./agencies.js";
import { drawTableLayout, reportDocument, tableLayoutTags } from "./document.js";
import { docxTags, drawDocxChoices, renderDocxVariant } from "./docx.js";
import { drawHtmlChoices, htmlTags, renderHtmlVariant } from "./html.js";
import { drawLabels } from "./labels.js";
import { createRandom } from "./prng.js";
import { drawPrintStyle, printStyleTags, variantPrinter } from "./printer.js";
import { GENERATOR_SETTINGS as S } from "./settings.js";
import { drawValueProfile, OtherLayout, procurementUnitText, randomActive2019, randomActive2021, randomRequests, randomReview } from "./values.js";

export type SourceFormat = "html" | "docx";

export interface GeneratedReport {
  /** Position in the run: report i of seed s is always the same document. */
  index: number;
  /** e.g. "0007-2022-2021.html": index, report year, template. */
  fileName: string;
  format: SourceFormat;
  bytes: Uint8Array;
  /** The contract record the document was rendered from. */
  truth: ExpectedRecord;
  /** Exact-check instances printed wrong on purpose (ids as scripts/samples/arithmetic.ts gives them). */
  deliberateErrors: string[];
  /** The variants drawn for this report, e.g. "html:charset=gbk", "label:quotes=ascii". */
  tags: string[];
}

export interface GenerateOptions {
  seed: number;
  n: number;
  /** Only this format; otherwise each report draws one (settings.formatMix). */
  format?: SourceFormat;
  /** Index of the first report (default 0). */
  first?: number;
}

export function generateReports(options: GenerateOptions): GeneratedReport[] {
  const first = options.first ?? 0;
  return Array.from({ length: options.n }, (_, i) => generateReport(options.seed, first + i, options.format));
}

export function generateReport(seed: number, index: number, format?: SourceFormat): GeneratedReport {
  const random = createRandom(`${seed}:${index}`);
  const chosenFormat: SourceFormat = format ?? random.fork("format").weighted(S.formatMix);

  const yearDraw = random.fork("year");
  const year = yearDraw.int(S.firstYear, S.lastYear);
  const template: "2019" | "2021" = year <= 2020 || yearDraw.chance(S.oldActiveTableAfter2020) ? "2019" : "2021";
  const otherLayout: OtherLayout = template === "2019" || yearDraw.chance(S.singleOtherRowAfter2020) ? "2019" : "2021";

  const meta = drawMeta(random.fork("meta"), year);
  const valuesRandom = random.fork("values");
  const profile = drawValueProfile(valuesRandom);
  const style = drawPrintStyle(random.fork("print-style"), random.fork("procurement").weighted(S.procurementUnit));
  const requests = randomRequests(valuesRandom.fork("requests"), profile, otherLayout);
  const review = randomReview(valuesRandom.fork("review"), profile);
  const active =
    template === "2021"
      ? randomActive2021(valuesRandom.fork("active"), profile)
      : randomActive2019(valuesRandom.fork("active"), profile, style.procurementUnit);
  const truth: ExpectedRecord = {
    meta: { title: meta.title, organization: meta.organization, year, template },
    active,
    requests: requests.requests,
    review: review.review,
  };

  const labels = drawLabels(random.fork("labels"), template);
  const headerUnit = style.procurementUnit === "headerWanYuan" || style.procurementUnit === "headerYuan";
  if (headerUnit) labels.active2019.amount = `采购总金额（${procurementUnitText(style.procurementUnit)}）`;
  const splitShare = chosenFormat === "html" ? S.requestsSplitHtml : S.requestsSplitDocx;
  const htmlChoices = chosenFormat === "html" ? drawHtmlChoices(random.fork("html")) : undefined;
  const titleInBody = !(htmlChoices && htmlChoices.page !== "bare" && random.fork("title-place").chance(S.titleOnlyInPageHeader));
  const layout = drawTableLayout(random.fork("layout"), otherLayout, splitShare, titleInBody);
  const printer = variantPrinter(style, random.fork("print"));
  const doc = reportDocument(truth, meta, labels, layout, printer, random.fork("narrative"));

  const tags = [
    `format:${chosenFormat}`,
    `template:${template}`,
    `scale:${profile.scale}`,
    `nulls:${profile.nullStyle}`,
    ...meta.tags,
    ...tableLayoutTags(layout),
    ...printStyleTags(style, template),
    ...labels.tags,
  ];
  if (review.deliberateErrors.length > 0) tags.push("printed-error:review-total");
  let bytes: Uint8Array;
  if (htmlChoices) {
    bytes = renderHtmlVariant(doc, htmlChoices);
    tags.push(...htmlTags(htmlChoices));
  } else {
    const choices = drawDocxChoices(random.fork("docx"));
    bytes = renderDocxVariant(doc, choices, random.fork("docx-noise"));
    tags.push(...docxTags(choices));
  }
  return {
    index,
    fileName: `${String(index).padStart(4, "0")}-${year}-${template}.${chosenFormat}`,
    format: chosenFormat,
    bytes,
    truth,
    deliberateErrors: review.deliberateErrors,
    tags,
  };
}

/** Writes the documents, `<file>.truth.json` beside each, and `manifest.jsonl` (file, tags, errors). */
export function writeReports(dir: string, reports: GeneratedReport[]): void {
  mkdirSync(dir, { recursive: true });
  const manifest: string[] = [];
  for (const report of reports) {
    writeFileSync(join(dir, report.fileName), report.bytes);
    writeFileSync(join(dir, `${report.fileName}.truth.json`), formatExpectedJson(report.truth));
    manifest.push(JSON.stringify({ file: report.fileName, tags: report.tags, deliberateErrors: report.deliberateErrors }));
  }
  writeFileSync(join(dir, "manifest.jsonl"), manifest.join("\n") + "\n");
}

function main(argv: string[]): void {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const out = value("--out");
  if (!out) throw new Error("usage: generate.js --out DIR [--n N] [--seed S] [--format html|docx]");
  const format = value("--format");
  if (format !== undefined && format !== "html" && format !== "docx") throw new Error(`--format ${format}: html or docx`);
  const reports = generateReports({ seed: Number(value("--seed") ?? 1), n: Number(value("--n") ?? 20), format });
  writeReports(resolve(out), reports);
  console.log(`${reports.length} reports written to ${resolve(out)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
