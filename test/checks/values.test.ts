import { describe, expect, it } from "vitest";
import { runDefinition } from "../../src/checks/check.js";
import { valuesNonNegativeIntegers } from "../../src/checks/values.js";
import { people, record, requests2021, row } from "./buildRecord.js";

describe("values.nonNegativeIntegers", () => {
  it("passes with one summary instance counting the printed count cells", () => {
    const r = record({
      active: { regulations: { issued: 0, repealed: 0, inForce: 0 }, fees: { amount: 7730.28 } },
      requests: requests2021(),
      review: { reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 } },
    });
    // 3 active counts (the fee amount is not a count) + 25 rows × 7 + 5 review cells
    expect(valuesNonNegativeIntegers.evaluate(r)).toEqual([
      { where: "183 count cells", left: 183, right: 183, delta: 0, status: "pass", paths: [], nullAsZero: "pass" },
    ]);
  });

  it("fails each negative or fractional count, but not a signed 2019 本年增/减 or an amount", () => {
    const r = record({
      meta: { template: "2019" },
      active: {
        licensing: { lastYearItems: 396, change: -18, decisions: 278 },
        procurement: { projects: 2.5, amount: 73802895.9, units: "元" },
      },
      requests: requests2021({ granted: people(-1) }),
    });
    const result = runDefinition(valuesNonNegativeIntegers, r)!;
    expect(result.status).toBe("fail");
    expect(result.instances.map((i) => [i.where, i.left, i.paths[0]])).toEqual([
      ["cell active.procurement.projects: not a whole number", 2.5, "active.procurement.projects"],
      ["cell requests.granted.naturalPerson: negative", -1, "requests.granted.naturalPerson"],
      ["cell requests.granted.total: negative", -1, "requests.granted.total"],
    ]);
  });

  it("is skipped when no count is printed (a blank template)", () => {
    const blank = row(null, null, null, null, null, null, null);
    expect(runDefinition(valuesNonNegativeIntegers, record({ requests: { newReceived: blank } }))!.status).toBe("skipped");
  });
});
