import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ReportRecord } from "../../src/record/schema.js";
import { buildPageData, type PageData } from "../../src/review/page-data.js";
import { embedJson, relativeSourceHref, renderReviewPage, writeReviewPage } from "../../src/review/page.js";
import { crossChecksByReport } from "../../src/review/cross-checks.js";

function reviewRecord(file: string, overrides: Partial<ReportRecord> = {}): ReportRecord {
  return {
    meta: { title: "某机关2023年政府信息公开工作年度报告", organization: "某机关", year: 2023, template: "2021" },
    active: { fees: { amount: 251000, units: "元" }, licensing: { decisions: 0 } },
    review: {
      reconsideration: { upheld: 10, corrected: 1, other: 0, pending: 0, total: 0 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      litigationAfterReconsideration: { upheld: null, corrected: 0, other: 0, pending: 0, total: 0 },
    },
    source: { file, format: "pdf" },
    nianbaoVersion: "test",
    provenance: {
      "active.fees.amount": { raw: "251000元", grid: 0, row: 14, col: 1, page: 3 },
      "review.reconsideration.total": { raw: "0", grid: 2, row: 3, col: 4, page: 4 },
    },
    checks: [
      {
        id: "review.groupTotals",
        kind: "exact",
        status: "fail",
        formula: "g.upheld + g.corrected + g.other + g.pending == g.total",
        instances: [
          { where: "reconsideration", left: 11, right: 0, delta: 11, status: "fail", nullAsZero: "fail", paths: ["review.reconsideration.upheld", "review.reconsideration.total"] },
          { where: "litigationDirect", left: 0, right: 0, delta: 0, status: "pass", nullAsZero: "pass", paths: ["review.litigationDirect.total"] },
        ],
      },
      { id: "meta.templateVsYear", kind: "soft", status: "pass", instances: [] },
    ],
    warnings: [],
    unmapped: [],
    ...overrides,
  };
}

/** The embedded data, read back the way the page's script reads it. */
function embeddedData(html: string): PageData {
  const match = /<script type="application\/json" id="nianbao-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error("no data block");
  return JSON.parse(match[1]!) as PageData;
}

describe("renderReviewPage", () => {
  const work = mkdtempSync(join(tmpdir(), "nianbao-page-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("is one self-contained file: inline style and script, no external resources", () => {
    const html = renderReviewPage([reviewRecord("a.pdf")]);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<link\b|\bsrc=|https?:\/\//i);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it("escapes every < in the embedded JSON so text cannot end the data block", () => {
    const hostile = "</script><script>alert(1)</script><!--";
    const html = renderReviewPage([reviewRecord("a.pdf", { warnings: [hostile] })], { title: "<b>batch</b>" });
    const block = /id="nianbao-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(block).not.toContain("<");
    expect(embeddedData(html).reports[0]!.warnings).toEqual([hostile]);
    expect(html).toContain("<title>&lt;b&gt;batch&lt;/b&gt;</title>");
    expect(embedJson({ t: "a<b" })).toBe('{"t":"a\\u003cb"}');
  });

  it("embeds each value once by path index, with pages and printed text that differs", () => {
    const data = buildPageData([reviewRecord("a.pdf"), reviewRecord("b.pdf")]);
    const [first] = data.reports;
    const values = new Map<string, unknown>();
    for (let i = 0; i < first!.cells.length; i += 2) values.set(data.paths[first!.cells[i] as number]!, first!.cells[i + 1]);
    expect(values.get("active.fees.amount")).toBe(251000);
    expect(values.get("active.fees.units")).toBe("元");
    expect(values.get("review.litigationAfterReconsideration.upheld")).toBeNull();
    expect(values.size).toBe(3 + 15);
    expect(data.paths).toHaveLength(3 + 15 + 0);
    const pages = new Map<string, number>();
    for (let i = 0; i < first!.pages.length; i += 2) pages.set(data.paths[first!.pages[i]!]!, first!.pages[i + 1]!);
    expect(Object.fromEntries(pages)).toEqual({ "active.fees.amount": 3, "review.reconsideration.total": 4 });
    // "0" prints as the value shows; "251000元" does not.
    expect(first!.raws.map((v, i) => (i % 2 === 0 ? data.paths[v as number] : v))).toEqual(["active.fees.amount", "251000元"]);
    expect(first).toMatchObject({ failedExact: 1, failedSoft: 0, passedChecks: 1, skippedChecks: 0 });
    expect(first!.checks).toEqual([
      {
        id: "review.groupTotals",
        kind: "exact",
        otherInstances: 1,
        instances: [["reconsideration", 11, 0, 11, "fail", [data.paths.indexOf("review.reconsideration.upheld"), data.paths.indexOf("review.reconsideration.total")]]],
      },
    ]);
    expect(data.formulas).toEqual({ "review.groupTotals": "g.upheld + g.corrected + g.other + g.pending == g.total" });
    // Both reports share the drawings: active 2021 and review, no requests table.
    expect(data.tables.map((t) => `${t.table} ${t.variant}`)).toEqual(["active 2021", "review 2019/2021"]);
    expect(data.reports.map((r) => r.tables)).toEqual([[0, 1], [0, 1]]);
  });

  it("links each report's source relative to the output folder", async () => {
    const out = join(work, "run", "out");
    const file = await writeReviewPage(out, [reviewRecord("corpus/洪泽 2023.pdf")], { sourceBase: work });
    expect(file).toBe(join(out, "index.html"));
    const data = embeddedData(readFileSync(file, "utf8"));
    expect(data.reports[0]!.href).toBe("../../corpus/%E6%B4%AA%E6%B3%BD%202023.pdf");
    expect(relativeSourceHref(out, reviewRecord("/abs/x.pdf"))).toBe(`${"../".repeat(out.split("/").length - 1)}abs/x.pdf`);
    const custom = buildPageData([reviewRecord("a.pdf")], { sourceHref: () => null });
    expect(custom.reports[0]!.href).toBeNull();
  });

  it("ties cross-report results to the reports they name", () => {
    const records = [reviewRecord("y2022.pdf"), reviewRecord("y2023.pdf"), reviewRecord("other.pdf", { meta: { title: null, organization: "别的机关", year: 2023, template: "2021" } })];
    const carryover = {
      id: "crossYear.carryover",
      kind: "exact",
      status: "fail",
      reports: [
        { file: "y2022.pdf", year: 2022 },
        { file: "y2023.pdf", year: 2023 },
      ],
      instances: [{ where: "column total", left: 1, right: 0, delta: 1, status: "fail", paths: ["y2023.pdf#requests.carriedOver.total", "y2022.pdf#requests.carriedForward.total"] }],
    };
    const byOrganization = { id: "note", organization: "别的机关", years: [2023] };
    expect(crossChecksByReport(records, [carryover, byOrganization])).toEqual([[0], [0], [1]]);
    const data = buildPageData(records, { crossChecks: [carryover, byOrganization] });
    expect(data.reports.map((r) => r.crossChecks)).toEqual([[0], [0], [1]]);
    expect(data.crossChecks).toHaveLength(2);
  });
});
