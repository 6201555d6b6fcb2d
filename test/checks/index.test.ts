import { describe, expect, it } from "vitest";
import { CHECKS, runChecks } from "../../src/checks/index.js";
import { people, record, requests2021 } from "./buildRecord.js";

describe("runChecks", () => {
  it("registers the §11.2 and §11.3 ids exactly", () => {
    expect(CHECKS.map((c) => c.id)).toEqual([
      "requests.balance",
      "requests.rowTotals",
      "requests.resultTotal",
      "requests.groupSubtotals",
      "requests.orgSubtotal",
      "review.groupTotals",
      "values.nonNegativeIntegers",
      "active.inForceVsIssued",
      "active.totalPublishedVsPublished",
      "meta.periodYear",
      "meta.publishWindow",
      "meta.templateVsYear",
      "requests.layoutVsYear",
      "narrative.newReceived",
      "narrative.totalHandled",
      "narrative.carriedForward",
      "narrative.noApplications",
      "narrative.reconsideration",
      "narrative.litigation",
      "narrative.normativeDocuments",
      "narrative.processingFee",
    ]);
  });

  it("omits checks that do not apply and keeps the rest, skipped when their inputs are absent", () => {
    const results = runChecks(record({ active: { normativeDocuments: { issued: 1, repealed: 0, inForce: 1 } } }), { sections: {}, fullText: "" });
    const ids = results.map((r) => r.id);
    expect(ids).not.toContain("requests.groupSubtotals");
    expect(ids).not.toContain("requests.orgSubtotal");
    expect(ids).not.toContain("active.totalPublishedVsPublished");
    expect(results.find((r) => r.id === "requests.balance")).toMatchObject({ status: "skipped", instances: [] });
    expect(results.find((r) => r.id === "active.inForceVsIssued")!.status).toBe("pass");
  });

  it("only reads the record: no value is written back, blanks stay null", () => {
    const r = record({ requests: requests2021({ granted: { ...people(3), total: null } }) });
    const before = JSON.stringify(r);
    runChecks(r, { sections: {}, fullText: "收到申请0件。" });
    expect(JSON.stringify(r)).toBe(before);
  });
});
