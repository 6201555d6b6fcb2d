// The static review page (OUTPUT/index.html): one self-contained HTML file — data, style and
// script inline, no network, no server — listing every report and drawing one report's tables
// on demand (#r=<index>).
import { mkdir, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { ReportRecord } from "../record/schema.js";
import { buildPageData, type PageData, type PageDataOptions } from "./page-data.js";
import { PAGE_SCRIPT } from "./page-script.js";
import { PAGE_STYLE } from "./page-style.js";

export type ReviewPageOptions = PageDataOptions;

export interface WriteReviewPageOptions extends ReviewPageOptions {
  /** Folder that relative source.file paths are relative to (default: the working directory). */
  sourceBase?: string;
  /** File name inside the output folder (default index.html). */
  fileName?: string;
}

export const REVIEW_PAGE_FILE = "index.html";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

/**
 * JSON that is safe inside <script type="application/json">: every "<" is escaped, so no
 * "</script>" or "<!--" in a title or warning can end the block.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The review page for `records` (report index = position in `records`). */
export function renderReviewPage(records: readonly ReportRecord[], options: ReviewPageOptions = {}): string {
  return renderPageData(buildPageData(records, options));
}

/** The review page for page data already built (e.g. by a PageDataBuilder fed one record at a time). */
export function renderPageData(data: PageData): string {
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nianbao">
<title>${escapeHtml(data.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body data-ready="false">
<div id="list-view">
<header class="top">
<h1>${escapeHtml(data.title)}</h1>
<div class="toolbar">
<input id="filter-query" type="search" placeholder="filter: organization, title, file" aria-label="filter">
<select id="filter-template" aria-label="template"><option value="">all templates</option></select>
<select id="filter-format" aria-label="format"><option value="">all formats</option></select>
<select id="filter-status" aria-label="status">
<option value="">all reports</option><option value="exact">failed exact checks</option>
<option value="soft">failed soft checks</option><option value="warnings">with warnings</option>
<option value="clean">no failures, no warnings</option>
</select>
<span id="count" class="muted"></span>
<span id="totals" class="muted"></span>
</div>
</header>
<div id="list-head" class="list-head list-grid" role="row"></div>
<div id="list-scroll"><div id="list-body"></div></div>
</div>
<main id="detail-view" hidden></main>
<noscript>This review page needs JavaScript.</noscript>
<script type="application/json" id="nianbao-data">${embedJson(data)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/** A relative, URL-encoded link from `outDir` to the record's source file (zips: the archive). */
export function relativeSourceHref(outDir: string, record: ReportRecord, sourceBase = process.cwd()): string {
  const file = record.source.file;
  const target = isAbsolute(file) ? file : resolve(sourceBase, file);
  return relative(resolve(outDir), target).split(sep).map(encodeURIComponent).join("/");
}

/** Writes the review page to `outDir/index.html`; returns the file's path. */
export async function writeReviewPage(
  outDir: string,
  records: readonly ReportRecord[],
  options: WriteReviewPageOptions = {},
): Promise<string> {
  const { sourceBase, fileName = REVIEW_PAGE_FILE, ...pageOptions } = options;
  const sourceHref = pageOptions.sourceHref ?? ((record: ReportRecord) => relativeSourceHref(outDir, record, sourceBase));
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, fileName);
  await writeFile(file, renderReviewPage(records, { ...pageOptions, sourceHref }));
  return file;
}
