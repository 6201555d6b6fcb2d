import { describe, expect, it } from "vitest";
import { cleanTitle, findMeta, organizationFromTitle, periodYearIn } from "../../src/mapper/meta.js";
import { splitSections } from "../../src/mapper/sections.js";
import { layout } from "./build.js";
import type { Layout } from "../../src/grid/types.js";

const metaOf = (l: Layout) => findMeta(l, splitSections(l));

describe("meta (templates.md §1, §12)", () => {
  it("takes the first title-like heading with a year, not a breadcrumb", () => {
    const l = layout(["首页", "政府信息公开", "政府信息公开年报", "# 平潭综合实验区2023年度政府信息公开工作年度报告", "# 一、总体情况", "2023年，……"]);
    expect(metaOf(l)).toMatchObject({ title: "平潭综合实验区2023年度政府信息公开工作年度报告", organization: "平潭综合实验区", year: 2023 });
  });

  it("joins a title printed on two lines", () => {
    const l = layout(["洪泽区人民政府2023年", "政府信息公开工作年度报告", "一、总体情况"]);
    expect(metaOf(l)).toMatchObject({ title: "洪泽区人民政府2023年政府信息公开工作年度报告", organization: "洪泽区人民政府", year: 2023 });
    const l2 = layout(["樟树市昌傅镇2021年政府信息公开", "年度报告", "一、总体情况"]);
    expect(metaOf(l2).title).toBe("樟树市昌傅镇2021年政府信息公开年度报告");
  });

  it("joins the agency printed alone on the line above a title that starts with the year", () => {
    const l = layout(["石阳镇人民政府", "2019年政府信息公开工作年度报告", "一、总体情况"]);
    expect(metaOf(l)).toMatchObject({ title: "石阳镇人民政府2019年政府信息公开工作年度报告", organization: "石阳镇人民政府", year: 2019 });
    // a breadcrumb or a sentence above the title is no agency line
    const l2 = layout(["首页 > 政府信息公开", "2019年政府信息公开工作年度报告", "一、总体情况"]);
    expect(metaOf(l2)).toMatchObject({ title: "2019年政府信息公开工作年度报告", organization: null, year: 2019 });
  });

  it("reads the agency after the year in {YYYY}年{机关}… titles", () => {
    expect(organizationFromTitle("2019年上海市人民政府办公厅政府信息公开工作年度报告")).toBe("上海市人民政府办公厅");
    expect(organizationFromTitle("沭阳县发展和改革局2023年政府信息公开年度报告")).toBe("沭阳县发展和改革局");
    expect(organizationFromTitle("某某区2022年度政务公开工作年度报告")).toBe("某某区");
    expect(organizationFromTitle("政府信息公开工作年度报告格式模板")).toBeNull();
    expect(organizationFromTitle("某某市政府信息中心2023年政府信息公开工作年度报告")).toBe("某某市政府信息中心");
    expect(organizationFromTitle("某某局政府信息公开工作年度报告（2023年）")).toBe("某某局");
  });

  it("drops a field label and a site suffix from a title", () => {
    expect(cleanTitle("标题：沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局")).toBe("沭阳县发展和改革局2023年政府信息公开年度报告");
    const l = layout(["当前位置：首页 > 政府信息公开 > 年报"], { title: "沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局", properties: {} });
    expect(metaOf(l).title).toBe("沭阳县发展和改革局2023年政府信息公开年度报告");
  });

  it("takes the year from the statistics period when the title has none, never from the publish date", () => {
    const l = layout(["# 某某局政府信息公开工作年度报告", "发布日期：2024-01-17", "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。", "# 一、总体情况"]);
    expect(metaOf(l)).toMatchObject({ title: "某某局政府信息公开工作年度报告", organization: "某某局", year: 2023, periodYear: 2023, publishDate: "2024-01-17" });
    expect(periodYearIn("本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止")).toBe(2021);
    expect(periodYearIn("统计时限为2022年1月1日至2022年12月31日")).toBe(2022);
  });

  it("falls back to the first section's text for the year, with a warning", () => {
    const l = layout(["# 某某局政府信息公开工作年度报告", "# 一、总体情况", "2021年，我局坚持……"]);
    const m = metaOf(l);
    expect(m.year).toBe(2021);
    expect(m.warnings.some((w) => w.includes("first section"))).toBe(true);
  });

  it("leaves organisation and year null for the blank template, with warnings", () => {
    const l = layout(["# 政府信息公开工作年度报告格式模板", "# 一、总体情况", "（文字描述）"]);
    const m = metaOf(l);
    expect(m).toMatchObject({ title: "政府信息公开工作年度报告格式模板", organization: null, year: null });
    expect(m.warnings.length).toBe(2);
  });

  it("reads a year written in Chinese numerals", () => {
    expect(metaOf(layout(["# 某某镇二〇二二年政府信息公开工作年度报告"])).year).toBe(2022);
  });
});
