import { describe, expect, it } from "vitest";
import { activeInForceVsIssued, activeTotalPublishedVsPublished } from "../../src/checks/active.js";
import { runDefinition } from "../../src/checks/check.js";
import { record } from "./buildRecord.js";

describe("active.inForceVsIssued (2021, soft)", () => {
  it("flags 行政规范性文件 issued 1, repealed 0, inForce 0", () => {
    const r = record({ active: { regulations: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 1, repealed: 0, inForce: 0 } } });
    const result = runDefinition(activeInForceVsIssued, r)!;
    expect(result.kind).toBe("soft");
    expect(result.instances).toEqual([
      { where: "regulations", left: 0, right: 0, delta: 0, status: "pass", paths: ["active.regulations.inForce", "active.regulations.issued", "active.regulations.repealed"] },
      { where: "normativeDocuments", left: 0, right: 1, delta: -1, status: "fail", paths: ["active.normativeDocuments.inForce", "active.normativeDocuments.issued", "active.normativeDocuments.repealed"] },
    ]);
  });

  it("reads issued - repealed: 5 in force after 0 issued and 5 repealed passes", () => {
    const r = record({ active: { normativeDocuments: { issued: 0, repealed: 5, inForce: 5 } } });
    expect(activeInForceVsIssued.evaluate(r)![1]).toMatchObject({ left: 5, right: -5, status: "pass" });
    expect(activeInForceVsIssued.evaluate(r)![0]).toMatchObject({ status: "skipped" }); // regulations absent
  });

  it("does not apply to a 2019-layout table", () => {
    const r = record({ meta: { template: "2019" }, active: { regulations: { made: 13, published: 13, totalPublished: 524 } } });
    expect(runDefinition(activeInForceVsIssued, r)).toBeUndefined();
  });
});

describe("active.totalPublishedVsPublished (2019, soft)", () => {
  it("passes when the cumulative count is not below this year's", () => {
    const r = record({
      meta: { template: "2019" },
      active: { regulations: { made: 13, published: 13, totalPublished: 524 }, normativeDocuments: { made: 60, published: 60, totalPublished: 40 } },
    });
    expect(activeTotalPublishedVsPublished.evaluate(r)!.map((i) => [i.where, i.status, i.left, i.right])).toEqual([
      ["regulations", "pass", 524, 13],
      ["normativeDocuments", "fail", 40, 60],
    ]);
  });

  it("does not apply to a 2021-layout table", () => {
    expect(runDefinition(activeTotalPublishedVsPublished, record({ active: { licensing: { decisions: 5 }, fees: { amount: 1 } } }))).toBeUndefined();
  });
});
