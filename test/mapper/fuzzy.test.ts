import { describe, expect, it } from "vitest";
import { allowedEdits, closestLabel, editDistance } from "../../src/mapper/fuzzy.js";

describe("fuzzy label matching (templates.md §9.3)", () => {
  it("measures edit distance in characters", () => {
    expect(editDistance("属于四类过程性性信息", "属于四类过程性信息")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("allows one edit per six characters and none on short labels", () => {
    expect([allowedEdits(5), allowedEdits(6), allowedEdits(11), allowedEdits(12)]).toEqual([0, 1, 1, 2]);
  });

  it("takes the unique closest candidate within the allowance", () => {
    const candidates: [string, string][] = [
      ["processInfo", "属于四类过程性信息"],
      ["internalAffairs", "属于三类内部事务信息"],
    ];
    expect(closestLabel("属于四类过程性性信息", candidates)).toBe("processInfo");
    expect(closestLabel("属于五类其他信息", candidates)).toBeUndefined();
  });

  it("refuses a tie", () => {
    expect(closestLabel("abcdefX", [["a", "abcdefY"], ["b", "abcdefZ"]])).toBeUndefined();
  });
});
