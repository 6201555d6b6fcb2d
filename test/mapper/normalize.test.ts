import { describe, expect, it } from "vitest";
import { chineseNumeral, normalizeLabel, parseLabel } from "../../src/mapper/normalize.js";
import { toSimplified } from "../../src/mapper/traditional.js";

describe("label normalisation (templates.md §4.1)", () => {
  it("folds full-width forms and deletes every kind of whitespace", () => {
    expect(normalizeLabel("三 、本 年 度办 理 结果")).toBe("三、本年度办理结果");
    expect(normalizeLabel("商业\n企业")).toBe("商业企业");
    expect(normalizeLabel("本年新<br />制作数量")).toBe("本年新制作数量");
    expect(normalizeLabel("\u3000自然人\u00a0\u200b")).toBe("自然人");
    expect(normalizeLabel("（一）予以公开")).toBe("(一)予以公开");
  });

  it("deletes quotes of any style and maps 其它 to 其他", () => {
    expect(normalizeLabel("危及“三安全一稳定”")).toBe("危及三安全一稳定");
    expect(normalizeLabel('危及"三安全一稳定"')).toBe("危及三安全一稳定");
    expect(normalizeLabel("危及「三安全一稳定」")).toBe("危及三安全一稳定");
    expect(normalizeLabel("法人或其它组织")).toBe("法人或其他组织");
  });

  it("treats 、 , . ． as one separator", () => {
    expect(normalizeLabel("1，申请人")).toBe("1、申请人");
    expect(normalizeLabel("1．申请人")).toBe("1、申请人");
    expect(normalizeLabel("1.申请人")).toBe("1、申请人");
  });

  it("converts the traditional characters of the table labels", () => {
    expect(normalizeLabel("規範性文件")).toBe("规范性文件");
    expect(toSimplified("行政處罰 行政強制 收費 申請 結轉 復議 訴訟 審結 許可 規章")).toBe("行政处罚 行政强制 收费 申请 结转 复议 诉讼 审结 许可 规章");
  });

  it("splits off enumerators of every style", () => {
    expect(parseLabel("一、本年新收政府信息公开申请数量")).toMatchObject({ text: "本年新收政府信息公开申请数量", enumerator: { style: "chinese", n: 1 } });
    expect(parseLabel("（七）总计")).toMatchObject({ text: "总计", enumerator: { style: "bracketChinese", n: 7 } });
    expect(parseLabel("8.属于行政查询事项")).toMatchObject({ text: "属于行政查询事项", enumerator: { style: "arabic", n: 8 } });
    expect(parseLabel("3、其他")).toMatchObject({ text: "其他", enumerator: { style: "arabic", n: 3 } });
    expect(parseLabel("(2)重复申请")).toMatchObject({ text: "重复申请", enumerator: { style: "bracketArabic", n: 2 } });
    expect(parseLabel("②重复申请")).toMatchObject({ text: "重复申请", enumerator: { style: "bracketArabic", n: 2 } });
    expect(parseLabel("规章").enumerator).toBeUndefined();
  });

  it("drops stray characters of a vertical group label before an enumerator", () => {
    expect(parseLabel("本（一）予以公开")).toMatchObject({ text: "予以公开", enumerator: { n: 1 } });
    expect(parseLabel("果3.其他")).toMatchObject({ text: "其他", enumerator: { n: 3 } });
  });

  it("strips trailing notes and remembers their unit", () => {
    expect(parseLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).toMatchObject({ text: "部分公开", notes: ["区分处理的、只计这一情形、不计其他情形"] });
    expect(parseLabel("本年收费金额（单位：万元）")).toMatchObject({ text: "本年收费金额", unit: "万元" });
    expect(parseLabel("采购总金额（元）")).toMatchObject({ text: "采购总金额", unit: "元" });
    expect(parseLabel("现行有效件数（历史累计）")).toMatchObject({ text: "现行有效件数", notes: ["历史累计"] });
    expect(parseLabel("部分公开（区分处理的").text).toBe("部分公开"); // note cut by a page break
  });

  it("reads Chinese numerals", () => {
    expect([chineseNumeral("一"), chineseNumeral("九"), chineseNumeral("十"), chineseNumeral("十二"), chineseNumeral("二十"), chineseNumeral("二十三")]).toEqual([1, 9, 10, 12, 20, 23]);
    expect(chineseNumeral("甲")).toBeNaN();
  });
});
