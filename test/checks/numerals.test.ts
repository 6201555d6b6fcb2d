import { describe, expect, it } from "vitest";
import { parseArabicNumeral, parseChineseNumeral } from "../../src/checks/numerals.js";

describe("numerals", () => {
  it("reads Chinese numerals with 十/百/千/万, 两 and 零", () => {
    expect(parseChineseNumeral("三")).toBe(3);
    expect(parseChineseNumeral("十")).toBe(10);
    expect(parseChineseNumeral("十二")).toBe(12);
    expect(parseChineseNumeral("二十")).toBe(20);
    expect(parseChineseNumeral("两")).toBe(2);
    expect(parseChineseNumeral("一百零五")).toBe(105);
    expect(parseChineseNumeral("三千一百一十九")).toBe(3119);
    expect(parseChineseNumeral("两万零三十")).toBe(20030);
    expect(parseChineseNumeral("零")).toBe(0);
  });

  it("reads digit-by-digit numerals positionally", () => {
    expect(parseChineseNumeral("二〇二三")).toBe(2023);
  });

  it("refuses text that is not a numeral", () => {
    expect(parseChineseNumeral("")).toBeNull();
    expect(parseChineseNumeral("三件")).toBeNull();
  });

  it("reads Arabic numerals with thousands separators", () => {
    expect(parseArabicNumeral("1,234")).toBe(1234);
    expect(parseArabicNumeral("859")).toBe(859);
  });
});
