import { describe, expect, it } from "vitest";
import { runDefinition } from "../../src/checks/check.js";
import { metaPeriodYear, metaPublishWindow, metaTemplateVsYear, titleYear } from "../../src/checks/meta.js";
import { record } from "./buildRecord.js";

describe("meta.periodYear", () => {
  it("reads the year from the title, full-width digits too", () => {
    expect(titleYear("2019年上海市人民政府办公厅政府信息公开工作年度报告")).toBe(2019);
    expect(titleYear("平潭综合实验区２０２０年度政府信息公开工作年度报告")).toBe(2020);
    expect(titleYear("政府信息公开工作年度报告格式模板")).toBeNull();
  });

  it("compares the title year and the statistics-period year with meta.year", () => {
    const r = record({ meta: { title: "某县2022年政府信息公开工作年度报告", year: 2023, periodYear: 2023 } });
    expect(metaPeriodYear.evaluate(r)!.map((i) => [i.where, i.status, i.left, i.right])).toEqual([
      ["title", "fail", 2022, 2023],
      ["statistics period", "pass", 2023, 2023],
    ]);
  });

  it("skips what is not printed", () => {
    const result = runDefinition(metaPeriodYear, record({ meta: { title: null } }))!;
    expect(result.status).toBe("skipped");
  });
});

describe("meta.publishWindow (days after 31 Dec of the report year)", () => {
  it("passes a report published on 10 March of the next year", () => {
    const instances = metaPublishWindow.evaluate(record({ meta: { year: 2024, publishDate: "2025-03-10" } }))!;
    expect(instances.map((i) => [i.where, i.status, i.left, i.right])).toEqual([
      ["after the reported year", "pass", 69, 0],
      ["by the usual deadline", "pass", 69, 90],
    ]);
  });

  it("fails a report dated inside its own year, and a late one (leap year: 31 Mar 2024 is day 91)", () => {
    expect(metaPublishWindow.evaluate(record({ meta: { year: 2023, publishDate: "2023-12-20" } }))![0]).toMatchObject({ status: "fail", left: -11 });
    expect(metaPublishWindow.evaluate(record({ meta: { year: 2023, publishDate: "2024-04-01" } }))![1]).toMatchObject({ status: "fail", left: 92, right: 91, delta: 1 });
  });

  it("is skipped with no instances when no publish date is known", () => {
    expect(runDefinition(metaPublishWindow, record())).toMatchObject({ status: "skipped", instances: [] });
  });
});

describe("meta.templateVsYear", () => {
  it("passes the 2021 format from 2021 and the 2019 format before", () => {
    expect(metaTemplateVsYear.evaluate(record())![0]).toMatchObject({ status: "pass", left: 2021, right: 2021 });
    expect(metaTemplateVsYear.evaluate(record({ meta: { year: 2020, template: "2019" } }))![0]).toMatchObject({ status: "pass" });
  });

  it("flags a 2019-format table in a 2022 report", () => {
    expect(metaTemplateVsYear.evaluate(record({ meta: { year: 2022, template: "2019" } }))).toEqual([
      { where: "year 2022", left: 2019, right: 2021, delta: -2, status: "fail", paths: ["meta.template", "meta.year"] },
    ]);
  });
});
