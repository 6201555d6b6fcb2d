import { describe, expect, it } from "vitest";
import { mapReport } from "../../src/mapper/index.js";
import { findBands } from "../../src/mapper/tableBands.js";
import { splitSections } from "../../src/mapper/sections.js";
import { InputError } from "../../src/tokens/types.js";
import { SOURCE, active2021, grid, layout, requestsBody2021, requestsHeader, reviewTable, type CellSpec } from "./build.js";

const TITLE = "某某局2023年政府信息公开工作年度报告";
const blank = (rows: CellSpec[][]) => rows.map((cells) => cells.map((c) => (typeof c === "string" ? (/^[\d.]+$/.test(c) ? "" : c) : /^[\d.]+$/.test(c.t) ? { ...c, t: "" } : c)));

describe("mapReport", () => {
  it("maps a whole report and runs the checks", () => {
    const rec = mapReport(
      layout([TITLE, "# 一、总体情况", "统计期限自2023年1月1日起至2023年12月31日止。", "# 二、主动公开政府信息情况", grid(active2021()), "# 三、收到和处理政府信息公开申请情况", grid([...requestsHeader(), ...requestsBody2021()]), "# 四、政府信息公开行政复议、行政诉讼情况", grid(reviewTable())]),
      SOURCE,
      { nianbaoVersion: "9.9.9" },
    );
    expect(rec.meta).toMatchObject({ title: TITLE, organization: "某某局", year: 2023, template: "2021", requestsLayout: "2021", tableLayouts: { active: "2021", requests: "2021" }, periodYear: 2023 });
    expect(rec.nianbaoVersion).toBe("9.9.9");
    expect(rec.source).toEqual(SOURCE);
    expect(rec.checks.find((c) => c.id === "requests.rowTotals")?.status).toBe("pass");
    expect(rec.warnings).toEqual([]);
    expect(Object.keys(rec.provenance)).toHaveLength(10 + 25 * 7 + 15);
  });

  it("decides the layout of each table on its own (2021 active table, 2019 （六） row)", () => {
    const rec = mapReport(layout([TITLE, grid(active2021()), grid([...requestsHeader(), ...requestsBody2021({ single六: true })]), grid(reviewTable())]), SOURCE);
    expect(rec.meta).toMatchObject({ template: "2021", requestsLayout: "2019", tableLayouts: { active: "2021", requests: "2019" } });
    expect(rec.checks.find((c) => c.id === "requests.layoutVsYear")?.status).toBe("fail");
  });

  it("reads a page in traditional characters", () => {
    const t = active2021().map((cells) => cells.map((c) => (typeof c === "string" ? c.replace("规章", "規章").replace("行政规范性文件", "行政規範性文件").replace("本年制发件数", "本年製發件數") : c)));
    const rec = mapReport(layout(["某某局2023年政府資訊公開工作年度報告", grid(t)]), SOURCE);
    expect((rec.active as { regulations: unknown }).regulations).toEqual({ issued: 1, repealed: 2, inForce: 3 });
    expect((rec.active as { normativeDocuments: unknown }).normativeDocuments).toEqual({ issued: 4, repealed: 5, inForce: 6 });
  });

  it("refuses a document without any of the three tables", () => {
    const l = layout(["某某局关于公布2023年度政务服务事项目录的通知", grid([["名称", "索引号"], ["某某", "001"]])]);
    expect(() => mapReport(l, SOURCE)).toThrow(InputError);
    expect(() => mapReport(l, SOURCE)).toThrow("not an annual report: none of the three disclosure tables found");
  });

  it("says when a report's own tables are what could not be read", () => {
    const pictures = layout([TITLE, "# 二、主动公开政府信息情况", "（表格为图片）"]);
    expect(() => mapReport(pictures, SOURCE)).toThrow(
      "annual report without readable tables: the document has no tables (pictures of tables, a scan, or tables drawn without lines?)",
    );
    const other = layout([TITLE, grid([["名称", "索引号"], ["某某", "001"]])]);
    expect(() => mapReport(other, SOURCE)).toThrow("annual report without readable tables: none of its 1 table is one of the three disclosure tables");
  });

  it("leaves out a missing table and says so", () => {
    const rec = mapReport(layout([TITLE, "# 四、政府信息公开行政复议、行政诉讼情况", grid(reviewTable())]), SOURCE);
    expect(rec.active).toBeUndefined();
    expect(rec.requests).toBeUndefined();
    expect(rec.warnings).toContain("no 申请 table (requests) found; the record has no requests key");
  });

  it("maps the blank template to nulls with a warning", () => {
    const rec = mapReport(
      layout(["政府信息公开工作年度报告格式模板", grid(blank(active2021())), grid([...requestsHeader(), ...blank(requestsBody2021())]), grid(reviewTable(Array(15).fill("")))]),
      SOURCE,
    );
    expect(rec.meta).toMatchObject({ title: "政府信息公开工作年度报告格式模板", organization: null, year: null, template: "2021" });
    expect((rec.active as { fees: unknown }).fees).toEqual({ amount: null });
    expect(rec.requests?.other).toMatchObject({ others: { total: null } });
    expect(rec.warnings).toContain("no values: every table cell is blank");
  });
});

describe("finding the tables (templates.md §9.1)", () => {
  it("ignores a page's metadata table and splits a grid holding two tables", () => {
    const both = [...requestsHeader(), ...requestsBody2021({ single六: true }), ...reviewTable().map((r) => r.slice(0, 15))];
    const l = layout([TITLE, grid([["名称", "某某局2023年政府信息公开工作年度报告"], ["发布机构", "某某局"]]), grid(both)]);
    const bands = findBands(l, splitSections(l));
    expect(bands.map((b) => [b.kind, b.rowStart, b.rowEnd])).toEqual([
      ["requests", 0, 26],
      ["review", 26, 30],
    ]);
  });

  it("continues the table of the grid before when a grid has no telling label", () => {
    const t = active2021();
    const l = layout([TITLE, grid(t.slice(0, 12)), grid([["行政事业性收费", { t: "10.5", cs: 3 }]])]);
    expect(findBands(l, splitSections(l)).map((b) => b.kind)).toEqual(["active", "active"]);
  });
});
