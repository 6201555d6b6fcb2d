import { describe, expect, it } from "vitest";
import { headingSection, splitSections } from "../../src/mapper/sections.js";
import { layout } from "./build.js";

describe("sections (templates.md §3)", () => {
  it("names sections by heading words and by numeral", () => {
    expect(headingSection("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "paragraph", 3)?.id).toBe("review");
    expect(headingSection("六、其他需要报告的事项", "paragraph", 5)?.id).toBe("otherMatters");
    expect(headingSection("五、政府信息公开工作存在的主要问题及改进情况", "paragraph", 4)?.id).toBe("problems");
    expect(headingSection("三、依申请公开政府信息办理情况", "paragraph", 2)?.id).toBe("requests");
    expect(headingSection("二、政府信息公开工作情况", "heading", 1)?.id).toBe("active");
  });

  it("opens sections only forward, and only with top-level numerals", () => {
    expect(headingSection("一、加强组织领导", "paragraph", 5)).toBeUndefined();
    expect(headingSection("（一）主动公开", "heading", 1)).toBeUndefined();
  });

  it("splits the text into sections and keeps the whole text", () => {
    const s = splitSections(layout(["标题", "一、总体情况", "全年收到申请１２件。", "（一）主动公开", "三、收到和处理政府信息公开申请情况", "无", "六、其他需要报告的事项", "未收取信息处理费。"]));
    expect(s.narrative.sections.overview).toBe("一、总体情况\n全年收到申请12件。\n(一)主动公开");
    expect(s.narrative.sections.requests).toBe("三、收到和处理政府信息公开申请情况\n无");
    expect(s.narrative.sections.otherMatters).toBe("六、其他需要报告的事项\n未收取信息处理费。");
    expect(s.narrative.sections.active).toBeUndefined();
    expect(s.narrative.fullText.startsWith("标题\n一、总体情况")).toBe(true);
    expect([...s.headings]).toEqual([1, 4, 6]);
  });
});
