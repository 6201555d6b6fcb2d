// The review page in a real browser: headless Chromium (Debian's /usr/bin/chromium) via playwright-core.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckResult, ReportRecord } from "../../src/record/schema.js";
import { writeReviewPage } from "../../src/review/page.js";
import { SHARED_DIR, asRunRecord, goldUnavailable, loadGoldDocuments } from "./gold-records.js";

const CHROMIUM_PATH = process.env.NIANBAO_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCREENSHOT = join(REPO_ROOT, "output", "review-screenshot.png");
/** Sizes of the synthetic batches whose load time is measured. */
const LOAD_TEST_SIZES = [1_000, 10_000];
/** Generous bound so a slow CI machine passes; the measured figure is printed. */
const LOAD_TIME_LIMIT_MS = 20_000;
const BROWSER_TIMEOUT_MS = 60_000;

const skipReason =
  goldUnavailable() ?? (existsSync(CHROMIUM_PATH) ? undefined : `no Chromium binary at ${CHROMIUM_PATH} (apt-get install chromium)`);
if (skipReason) console.log(`skipping review page browser test: ${skipReason}`);

type Checker = (record: ReportRecord) => CheckResult[];
interface Checkers {
  runChecks: Checker;
  crossChecks: (records: ReportRecord[]) => unknown[];
  source: string;
}

/** review.groupTotals by hand, for when src/checks is not there (yet). */
function reviewGroupTotals(record: ReportRecord): CheckResult[] {
  const instances = (["reconsideration", "litigationDirect", "litigationAfterReconsideration"] as const).flatMap((group) => {
    const g = record.review?.[group];
    if (!g) return [];
    const parts = [g.upheld, g.corrected, g.other, g.pending];
    const left = parts.some((v) => v === null) ? null : parts.reduce<number>((a, v) => a + (v ?? 0), 0);
    const right = g.total;
    const evaluable = left !== null && right !== null;
    const paths = ["upheld", "corrected", "other", "pending", "total"].map((k) => `review.${group}.${k}`);
    return [{ where: group, left, right, delta: evaluable ? left - right : null, status: evaluable ? (left === right ? "pass" : "fail") : "skipped", paths } as const];
  });
  const status = instances.some((i) => i.status === "fail") ? "fail" : instances.some((i) => i.status === "pass") ? "pass" : "skipped";
  return [{ id: "review.groupTotals", kind: "exact", status, formula: "g.upheld + g.corrected + g.other + g.pending == g.total", instances }];
}

async function loadCheckers(): Promise<Checkers> {
  try {
    const checks = await import("../../src/checks/index.js");
    return {
      runChecks: (record) => checks.runChecks(record, { sections: {}, fullText: "" }),
      crossChecks: (records) => checks.crossReportChecks(records),
      source: "src/checks runChecks + crossReportChecks",
    };
  } catch (error) {
    console.log(`src/checks not usable (${(error as Error).message.split("\n")[0]}); review.groupTotals built by hand`);
    return { runChecks: reviewGroupTotals, crossChecks: () => [], source: "hand-built review.groupTotals" };
  }
}

/** A synthetic batch: the gold records varied (organization, year, file, a few values) up to `count`. */
function synthesiseBatch(base: ReportRecord[], count: number, checkers: Checkers): ReportRecord[] {
  const batch: ReportRecord[] = [];
  for (let i = 0; i < count; i++) {
    const record = structuredClone(base[i % base.length]!);
    record.meta.organization = `${record.meta.organization ?? "机关"}${i}`;
    record.meta.year = (record.meta.year ?? 2021) - (i % 3);
    record.source = { ...record.source, file: `synthetic/${i}/${record.source.file.split("/").pop()}` };
    const newReceived = record.requests?.newReceived;
    if (newReceived && newReceived.naturalPerson !== null) newReceived.naturalPerson += i % 4;
    if (i % 5 === 0) record.warnings = [`synthetic warning ${i}`];
    record.checks = checkers.runChecks(record);
    batch.push(record);
  }
  return batch;
}

describe.skipIf(skipReason !== undefined)("review page in headless Chromium", () => {
  let userDataDir: string;
  let outDir: string;
  let context: BrowserContext;
  let page: Page;
  let records: ReportRecord[];
  let checkers: Checkers;
  let pageUrl: string;

  beforeAll(async () => {
    checkers = await loadCheckers();
    records = loadGoldDocuments().map((doc) => {
      const record = asRunRecord(doc);
      record.checks = checkers.runChecks(record);
      return record;
    });
    // Provenance as a PDF run would give it: hongze-2023 prints 表四 on page 4 (gold/NOTES.md).
    const hongze = records.find((r) => r.source.file.endsWith("hongze-2023.pdf"))!;
    for (const [group, cells] of Object.entries(hongze.review!)) {
      for (const [key, value] of Object.entries(cells)) {
        hongze.provenance[`review.${group}.${key}`] = { raw: String(value), grid: 2, row: 3, col: 0, page: 4 };
      }
    }
    outDir = mkdtempSync(join(tmpdir(), "nianbao-review-"));
    userDataDir = mkdtempSync(join(tmpdir(), "nianbao-chromium-"));
    const file = await writeReviewPage(outDir, records, { crossChecks: checkers.crossChecks(records), sourceBase: SHARED_DIR, title: "gold records" });
    pageUrl = pathToFileURL(file).href;
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 1000 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
  }, BROWSER_TIMEOUT_MS);

  afterAll(async () => {
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });

  it("opens hongze-2023 and highlights exactly the cells of its failed review totals", async () => {
    const index = records.findIndex((r) => r.source.file.endsWith("hongze-2023.pdf"));
    await page.goto(`${pageUrl}#r=${index}`);
    await page.waitForSelector('body[data-view="report"]');
    const classes = (path: string) => page.getAttribute(`td[data-path="${path}"]`, "class");
    expect(await classes("review.reconsideration.total")).toContain("cell-fail");
    expect(await classes("review.litigationAfterReconsideration.total")).toContain("cell-fail");
    expect(await classes("review.litigationDirect.total")).not.toContain("cell-fail");
    expect(await classes("requests.total.total")).not.toContain("cell-fail");
    expect(await page.textContent('td[data-path="review.reconsideration.upheld"]')).toBe("10");
    expect(await page.getAttribute('td[data-path="review.reconsideration.total"] a', "href")).toMatch(/corpus\/hongze-2023\.pdf#page=4$/);
    // The failed check is listed with its numbers: 10 + 1 + 0 + 0 = 11 vs 0 printed.
    const rows = await page.$$eval('.check[data-check="review.groupTotals"] tr.instance', (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td")).slice(0, 4).map((td) => td.textContent)),
    );
    expect(rows.map((r) => r.slice(1))).toEqual([
      ["11", "0", "11"],
      ["5", "0", "5"],
    ]);
    // The 申请 table is drawn with the single （六） row of the 2019 layout: 3 header + 23 labelled rows.
    expect(await page.$$eval("table.tpl-requests tr", (trs) => trs.length)).toBe(26);
    expect(await page.$$eval("table.tpl-review td[data-path]", (tds) => tds.length)).toBe(15);
    expect(await page.getAttribute("h2 + dl a", "href")).toMatch(/corpus\/hongze-2023\.pdf$/);
    mkdirSync(join(REPO_ROOT, "output"), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    // Clicking a failed instance outlines its cells in the tables.
    await page.click('.check[data-check="review.groupTotals"] tr.instance >> nth=0');
    expect(await page.$$eval("td.cell-focus", (tds) => tds.map((td) => td.getAttribute("data-path")))).toEqual(
      ["upheld", "corrected", "other", "pending", "total"].map((k) => `review.reconsideration.${k}`),
    );
  });

  it("draws printed blanks as null cells and the 2021 layout with 25 labelled rows", async () => {
    const shanghai = records.findIndex((r) => r.meta.organization === "上海市人民政府办公厅");
    await page.goto(`${pageUrl}#r=${shanghai}`);
    await page.waitForSelector(`#detail-view[data-report="${shanghai}"]`);
    const nullCell = 'td[data-path="requests.granted.total"]';
    expect(await page.getAttribute(nullCell, "class")).toContain("cell-null");
    expect(await page.textContent(nullCell)).toBe("");
    expect(await page.textContent('td[data-path="active.procurement.amount"]')).toBe("251000元");
    const pingtan = records.findIndex((r) => r.source.file.endsWith("pingtan-2024.html"));
    await page.goto(`${pageUrl}#r=${pingtan}`);
    await page.waitForSelector(`#detail-view[data-report="${pingtan}"]`);
    expect(await page.$$eval("table.tpl-requests tr", (trs) => trs.length)).toBe(3 + 25);
    expect(await page.$$eval("table.tpl-active tr", (trs) => trs.length)).toBe(14);
  });

  it("lists, sorts and filters the reports", async () => {
    await page.goto(pageUrl);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent("#count")).toBe(`${records.length} reports`);
    await page.fill("#filter-query", "平潭");
    expect(await page.textContent("#count")).toBe(`5 of ${records.length} reports`);
    await page.fill("#filter-query", "");
    await page.click('button[data-sort="year"]');
    const years = await page.$$eval("a.list-row", (rows) => rows.map((row) => row.children[2]!.textContent));
    expect(years.slice(0, 3)).toEqual(["", "2019", "2020"]);
    await page.click(`a.list-row[data-index="${records.findIndex((r) => r.source.file.endsWith("hongze-2023.pdf"))}"]`);
    await page.waitForSelector('body[data-view="report"]');
    expect(await page.textContent("h2")).toBe("洪泽区人民政府2023年政府信息公开工作年度报告");
  });

  it(`loads batches of ${LOAD_TEST_SIZES.join(" and ")} reports and draws only the rows in view`, async () => {
    const largest = synthesiseBatch(records, Math.max(...LOAD_TEST_SIZES), checkers);
    for (const size of LOAD_TEST_SIZES) {
      const batch = largest.slice(0, size);
      const started = performance.now();
      const file = await writeReviewPage(join(outDir, `batch-${size}`), batch, { sourceBase: SHARED_DIR });
      const writeMs = performance.now() - started;
      const loadStarted = performance.now();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('body[data-ready="true"]');
      const loadMs = performance.now() - loadStarted;
      const readyMs = await page.evaluate(() => (window as unknown as { nianbaoReadyMs: number }).nianbaoReadyMs);
      const drawnRows = await page.$$eval("a.list-row", (rows) => rows.length);
      const last = size - 1;
      await page.goto("about:blank");
      const openStarted = performance.now();
      await page.goto(`${pathToFileURL(file).href}#r=${last}`);
      await page.waitForSelector(`#detail-view[data-report="${last}"]`);
      const openMs = performance.now() - openStarted;
      console.log(
        `review page, ${size} reports (${checkers.source}): ${(statSync(file).size / 1e6).toFixed(1)} MB written in ${writeMs.toFixed(0)} ms; ` +
          `list loaded in ${loadMs.toFixed(0)} ms (script ready ${readyMs.toFixed(0)} ms after navigation start, ${drawnRows} rows drawn); ` +
          `report #${last} opened directly in ${openMs.toFixed(0)} ms`,
      );
      expect(drawnRows).toBeLessThan(100);
      expect(loadMs).toBeLessThan(LOAD_TIME_LIMIT_MS);
      expect(await page.textContent("h2")).toBe(batch[last]!.meta.title);
      await page.goto(pathToFileURL(file).href);
      expect(await page.textContent("#count")).toBe(`${size} reports`);
    }
  }, 180_000);
});
