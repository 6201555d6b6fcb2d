import { describe, expect, it } from "vitest";
import { crossReportChecks, type CrossReportResult } from "../../src/checks/crossReport.js";
import { CheckResult, type ReportRecord } from "../../src/record/schema.js";
import { people, record, requests2021 } from "./buildRecord.js";

const find = (results: CrossReportResult[], id: string, year?: number) =>
  results.find((r) => r.id === id && (year === undefined || r.reports[1]!.year === year));

function report(year: number, file: string, parts: Parameters<typeof record>[0] = {}, organization = "测试区人民政府"): ReportRecord {
  return record({ ...parts, meta: { year, organization, template: year < 2021 ? "2019" : "2021", ...parts.meta } }, file);
}

describe("crossYear.carryover (exact)", () => {
  it("compares 上年结转 of y with 结转下年度 of y-1 per column, with file-prefixed paths", () => {
    const results = crossReportChecks([
      report(2023, "a/2023.html", { requests: requests2021({ carriedForward: people(6, 7) }) }),
      report(2024, "a/2024.pdf", { requests: requests2021({ carriedOver: people(6, 6) }) }),
    ]);
    const carryover = find(results, "crossYear.carryover")!;
    expect(carryover).toMatchObject({
      kind: "exact",
      status: "fail",
      reports: [
        { file: "a/2023.html", year: 2023 },
        { file: "a/2024.pdf", year: 2024 },
      ],
      organization: "测试区人民政府",
      match: { how: "exact", names: ["测试区人民政府"] },
    });
    expect(carryover.instances.find((i) => i.where === "column total")).toEqual({
      where: "column total",
      left: 6,
      right: 7,
      delta: -1,
      status: "fail",
      paths: ["a/2024.pdf#requests.carriedOver.total", "a/2023.html#requests.carriedForward.total"],
      nullAsZero: "fail",
    });
    expect(carryover.instances.find((i) => i.where === "column naturalPerson")).toMatchObject({ status: "pass", left: 6, right: 6 });
    for (const result of results) expect(() => CheckResult.parse(result)).not.toThrow();
  });

  it("pairs consecutive years only, and leaves out reports without organization or year", () => {
    const results = crossReportChecks([
      report(2020, "2020.html", { requests: requests2021() }),
      report(2022, "2022.html", { requests: requests2021() }),
      report(2023, "2023.html", { requests: requests2021() }),
      record({ meta: { year: null } }, "undated.html"),
      record({ meta: { organization: null, year: 2022 } }, "anonymous.html"),
    ]);
    expect(new Set(results.map((r) => r.reports.map((x) => x.file).join(" → ")))).toEqual(new Set(["2022.html → 2023.html"]));
  });

  it("names a report read from a zip by archive and entry", () => {
    const zipped = (year: number) => ({ ...report(year, "batch.zip"), source: { file: "batch.zip", format: "pdf" as const, zipEntry: `${year}.pdf` } });
    const carryover = find(crossReportChecks([zipped(2022), zipped(2023)]), "crossYear.carryover")!;
    expect(carryover.reports.map((r) => r.file)).toEqual(["batch.zip!2022.pdf", "batch.zip!2023.pdf"]);
  });

  it("pairs an agency-year's copies (3 × 3), but skips one whose name many reports share (10 × 10) instead of 100 guesses", () => {
    const copies = (year: number, n: number, organization = "测试区人民政府") =>
      Array.from({ length: n }, (_, i) => report(year, `${year}-${i}.html`, { requests: requests2021() }, organization));
    const paired = crossReportChecks([...copies(2022, 3), ...copies(2023, 3)]).filter((r) => r.id === "crossYear.carryover");
    expect(paired).toHaveLength(9);

    const many = crossReportChecks([...copies(2022, 10, "教育局"), ...copies(2023, 10, "教育局")]);
    expect(many).toHaveLength(1);
    expect(many[0]).toMatchObject({ id: "crossYear.pairing", status: "skipped", kind: "soft", organization: "教育局" });
    expect(many[0]!.formula).toBe("10 reports for 2022 × 10 for 2023 under one agency name: more than 9 pairs, not compared");
    expect(many[0]!.reports).toHaveLength(20);
    expect(() => CheckResult.parse(many[0])).not.toThrow();
  });

  it("does not pair different agencies", () => {
    const results = crossReportChecks([report(2022, "x.html", {}, "甲县人民政府"), report(2023, "y.html", {}, "乙县人民政府")]);
    expect(results).toEqual([]);
  });

  it("matches an agency printed with its city prefix in one year and says so", () => {
    const results = crossReportChecks([
      report(2023, "hz-2023.pdf", { requests: requests2021() }, "洪泽区人民政府"),
      report(2024, "hz-2024.pdf", { requests: requests2021() }, "淮安市洪泽区人民政府"),
    ]);
    expect(find(results, "crossYear.carryover")).toMatchObject({
      status: "pass",
      organization: "淮安市洪泽区人民政府",
      match: { how: "suffix", names: ["洪泽区人民政府", "淮安市洪泽区人民政府"] },
    });
  });
});

describe("crossYear.inForce (soft, both 2021)", () => {
  it("left = inForce(y-1) + issued(y) - repealed(y), right = inForce(y)", () => {
    const results = crossReportChecks([
      report(2024, "2024.html", { active: { regulations: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 62, repealed: 33, inForce: 440 } } }),
      report(2025, "2025.html", { active: { regulations: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 58, repealed: 45, inForce: 546 } } }),
    ]);
    const inForce = find(results, "crossYear.inForce")!;
    expect(inForce.kind).toBe("soft");
    expect(inForce.instances.map((i) => [i.where, i.status, i.left, i.right, i.delta])).toEqual([
      ["regulations", "pass", 0, 0, 0],
      ["normativeDocuments", "fail", 453, 546, -93],
    ]);
    expect(inForce.instances[1]!.paths).toEqual([
      "2024.html#active.normativeDocuments.inForce",
      "2025.html#active.normativeDocuments.issued",
      "2025.html#active.normativeDocuments.repealed",
      "2025.html#active.normativeDocuments.inForce",
    ]);
  });

  it("does not apply across the format change; the 2019-only checks do not apply to 2021 pairs", () => {
    const results = crossReportChecks([
      report(2020, "2020.html", { active: { regulations: { made: 0, published: 0, totalPublished: 7 } } }),
      report(2021, "2021.html", { active: { regulations: { issued: 0, repealed: 0, inForce: 7 } } }),
    ]);
    expect(results.map((r) => r.id)).toEqual(["crossYear.carryover", "crossYear.templateMonotonic", "crossYear.outlier"]);
  });
});

describe("2019-format pairs (soft)", () => {
  const y2019 = report(2019, "2019.html", {
    active: {
      regulations: { made: 0, published: 0, totalPublished: 7 },
      normativeDocuments: { made: 80, published: 89, totalPublished: 89 },
      licensing: { lastYearItems: 396, change: 0, decisions: 300 },
      fees: { lastYearItems: 50, change: -15 },
    },
  });
  const y2020 = report(2020, "2020.html", {
    active: {
      regulations: { made: 0, published: 0, totalPublished: 7 },
      normativeDocuments: { made: 77, published: 77, totalPublished: 166 },
      licensing: { lastYearItems: 396, change: 442, decisions: 278 },
      fees: { lastYearItems: 35, change: -15 },
    },
  });

  it("crossYear.projectItems2019: lastYearItems(y) = lastYearItems(y-1) + change(y-1)", () => {
    const result = find(crossReportChecks([y2019, y2020]), "crossYear.projectItems2019")!;
    expect(result.instances.map((i) => [i.where, i.status, i.left, i.right])).toEqual([
      ["licensing", "pass", 396, 396],
      ["otherServices", "skipped", null, null],
      ["penalties", "skipped", null, null],
      ["enforcement", "skipped", null, null],
      ["fees", "pass", 35, 35],
    ]);
  });

  it("crossYear.totalPublished2019: totalPublished(y) = totalPublished(y-1) + published(y)", () => {
    const result = find(crossReportChecks([y2019, y2020]), "crossYear.totalPublished2019")!;
    expect(result.instances.map((i) => [i.where, i.status, i.left, i.right])).toEqual([
      ["regulations", "pass", 7, 7],
      ["normativeDocuments", "pass", 166, 166],
    ]);
  });
});

describe("crossYear.templateMonotonic (soft)", () => {
  it("flags a fall-back from the 2021 layout to the 2019 layout", () => {
    const results = crossReportChecks([report(2022, "2022.html"), report(2023, "2023.html", { meta: { template: "2019" } })]);
    expect(find(results, "crossYear.templateMonotonic")!.instances).toEqual([
      { where: "2022 → 2023", left: 2019, right: 2021, delta: -2, status: "fail", paths: ["2023.html#meta.template", "2022.html#meta.template"] },
    ]);
  });
});

describe("crossYear.outlier (soft)", () => {
  const pair = (before: number, after: number) =>
    find(
      crossReportChecks([
        report(2022, "2022.html", { requests: requests2021({ newReceived: people(before) }) }),
        report(2023, "2023.html", { requests: requests2021({ newReceived: people(after) }) }),
      ]),
      "crossYear.outlier",
    )!.instances.find((i) => i.where === "requests.newReceived.total")!;

  it("flags a jump by more than the factor and the minimum change, either way", () => {
    expect(pair(8, 120)).toMatchObject({ status: "fail", left: 120, right: 8, delta: 112, paths: ["2023.html#requests.newReceived.total", "2022.html#requests.newReceived.total"] });
    expect(pair(100, 5)).toMatchObject({ status: "fail", delta: -95 });
  });

  it("accepts a small absolute change or a moderate factor", () => {
    expect(pair(0, 40).status).toBe("pass");
    expect(pair(8, 60).status).toBe("pass");
  });

  it("compares only what both reports print", () => {
    const results = crossReportChecks([
      report(2022, "2022.html", { active: { licensing: { decisions: 10 } } }),
      report(2023, "2023.html", { active: { licensing: { decisions: null }, penalties: { decisions: 3 } } }),
    ]);
    expect(find(results, "crossYear.outlier")!.instances.map((i) => [i.where, i.status])).toEqual([["active.licensing.decisions", "skipped"]]);
  });
});
