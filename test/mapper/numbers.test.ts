import { describe, expect, it } from "vitest";
import { parseValue } from "../../src/mapper/numbers.js";

const value = (raw: string, signedWords = false) => {
  const v = parseValue(raw, { signedWords });
  return v.kind === "number" ? v.value : v.kind;
};

describe("cell values (templates.md §4.2)", () => {
  it("reads integers, full-width digits and thousands separators", () => {
    expect(["0", "12", "1,234", "1，234", "１２", " 0", "0\u00a0", "12\n", "1,234,567"].map((s) => value(s))).toEqual([0, 12, 1234, 1234, 12, 0, 0, 12, 1234567]);
  });

  it("keeps decimals as printed", () => {
    expect(value("7730.28")).toBe(7730.28);
    expect(value("4166.241619")).toBe(4166.241619);
    expect(value("73802895.90")).toBe(73802895.9);
    expect(value("１２．５")).toBe(12.5);
  });

  it("reads blanks and not-reported markers as null", () => {
    for (const s of ["", " ", "\u00a0", "\u3000", "/", "／", "—", "——", "-", "--", "－", "无", "不适用", ":", "："]) expect(value(s), s).toBe("null");
  });

  it("strips units and reports amount units", () => {
    expect(parseValue("251000元")).toEqual({ kind: "number", value: 251000, unit: "元" });
    expect(parseValue("12.5万元")).toEqual({ kind: "number", value: 12.5, unit: "万元" });
    expect(parseValue("3项")).toEqual({ kind: "number", value: 3, unit: "项" });
    expect(value("0件")).toBe(0);
  });

  it("reads signs everywhere and 增加/减少 only in change cells", () => {
    expect(["+1036", "-3", "－3", "−3"].map((s) => value(s))).toEqual([1036, -3, -3, -3]);
    expect(["增加5", "减少2", "增2", "减2"].map((s) => value(s, true))).toEqual([5, -2, 2, -2]);
    expect(value("增加5")).toBe("invalid");
  });

  it("flags anything else as unreadable", () => {
    for (const s of ["若干", "见附件", "3 4", "1,23", "12.", "约5", "5%"]) expect(value(s), s).toBe("invalid");
  });
});
