import { describe, expect, it } from "vitest";
import { runDefinition } from "../../src/checks/check.js";
import { reviewGroupTotals } from "../../src/checks/review.js";
import { record } from "./buildRecord.js";

const group = (upheld: number | null, corrected: number | null, other: number | null, pending: number | null, total: number | null) => ({ upheld, corrected, other, pending, total });

describe("review.groupTotals (总计 = 维持 + 纠正 + 其他 + 未审结)", () => {
  it("reports each group, failing where 总计 is printed 0 over 10 + 1", () => {
    const r = record({
      review: { reconsideration: group(10, 1, 0, 0, 0), litigationDirect: group(0, 0, 0, 0, 0), litigationAfterReconsideration: group(5, 0, 0, 0, 5) },
    });
    const result = runDefinition(reviewGroupTotals, r)!;
    expect(result.status).toBe("fail");
    expect(result.instances.map((i) => [i.where, i.status, i.left, i.right, i.delta])).toEqual([
      ["reconsideration", "fail", 11, 0, 11],
      ["litigationDirect", "pass", 0, 0, 0],
      ["litigationAfterReconsideration", "pass", 5, 5, 0],
    ]);
    expect(result.instances[0]!.paths).toEqual([
      "review.reconsideration.upheld",
      "review.reconsideration.corrected",
      "review.reconsideration.other",
      "review.reconsideration.pending",
      "review.reconsideration.total",
    ]);
  });

  it("skips a group with blank cells and re-tests them as 0", () => {
    const r = record({ review: { reconsideration: group(5, null, null, 2, 7), litigationAfterReconsideration: group(null, null, null, null, null) } });
    const [reconsideration, direct, after] = reviewGroupTotals.evaluate(r)!;
    expect(reconsideration).toMatchObject({ status: "skipped", nullAsZero: "pass" });
    expect(direct).toMatchObject({ status: "skipped", nullAsZero: "pass", left: null, right: null }); // group absent
    expect(after).toMatchObject({ status: "skipped", nullAsZero: "pass" });
  });

  it("is skipped with no instances without a review table", () => {
    expect(runDefinition(reviewGroupTotals, record())).toMatchObject({ status: "skipped", instances: [] });
  });
});
