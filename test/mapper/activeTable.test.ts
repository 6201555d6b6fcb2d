import { describe, expect, it } from "vitest";
import { mapReport } from "../../src/mapper/index.js";
import type { ReportRecord } from "../../src/record/schema.js";
import { SOURCE, active2021, grid, layout, type CellSpec } from "./build.js";

function mapActive(items: (string | CellSpec[][])[], title = "某某局2023年政府信息公开工作年度报告"): ReportRecord {
  return mapReport(layout([title, "# 二、主动公开政府信息情况", ...items.map((i) => (typeof i === "string" ? i : grid(i)))]), SOURCE);
}

const EXPECTED_2021 = {
  regulations: { issued: 1, repealed: 2, inForce: 3 },
  normativeDocuments: { issued: 4, repealed: 5, inForce: 6 },
  licensing: { decisions: 7 },
  penalties: { decisions: 8 },
  enforcement: { decisions: 9 },
  fees: { amount: 10.5 },
};

/** The 2019 table as Shanghai 2019 prints it: header and data merges do not line up in （五）（六）. */
const ACTIVE_2019: CellSpec[][] = [
  [{ t: "第二十条第（一）项", cs: 5 }],
  ["信息内容", "本年新<br/>制作数量", { t: "本年新<br/>公开数量", cs: 2 }, "对外公开总数量"],
  ["规章", "13", { t: "13", cs: 2 }, "524"],
  ["规范性文件", "60", { t: "60", cs: 2 }, "368"],
  [{ t: "第二十条第（五）项", cs: 5 }],
  ["信息内容", "上一年项目数量", { t: "本年增/减", cs: 2 }, "处理决定数量"],
  ["行政许可", { t: "5", cs: 2 }, "+2", "30"],
  ["其他对外管理服务事项", { t: "6", cs: 2 }, "-1", "31"],
  [{ t: "第二十条第（六）项", cs: 5 }],
  ["信息内容", "上一年项目数量", { t: "本年增/减", cs: 2 }, "处理决定数量"],
  ["行政处罚", { t: "7", cs: 2 }, "增加3", "32"],
  ["行政强制", { t: "8", cs: 2 }, "0", "33"],
  [{ t: "第二十条第（八）项", cs: 5 }],
  ["信息内容", { t: "上一年项目数量", cs: 2 }, { t: "本年增/减", cs: 2 }],
  ["行政事业性收费", { t: "9", cs: 2 }, { t: "减少1", cs: 2 }],
  [{ t: "第二十条第（九）项", cs: 5 }],
  ["信息内容", { t: "采购项目数量", cs: 2 }, { t: "采购总金额", cs: 2 }],
  ["政府集中采购", { t: "6", cs: 2 }, { t: "251000元", cs: 2 }],
];

describe("active table (templates.md §5, §6)", () => {
  it("maps the 2021 table, reading each merged single value once", () => {
    const rec = mapActive([active2021()]);
    expect(rec.active).toEqual(EXPECTED_2021);
    expect(rec.meta.template).toBe("2021");
    expect(rec.provenance["active.licensing.decisions"]).toMatchObject({ raw: "7", row: 6, col: 1 });
  });

  it("maps the four blocks printed as separate tables with captions as paragraphs", () => {
    const t = active2021();
    const rec = mapActive(["第二十条第（一）项", t.slice(1, 4), "第二十条第（五）项", t.slice(5, 7), "第二十条第（六）项", t.slice(8, 11), "第二十条第（八）项", t.slice(12, 14)]);
    expect(rec.active).toEqual(EXPECTED_2021);
  });

  it("maps blocks by their row labels when captions are missing", () => {
    const t = active2021();
    const rec = mapActive([[...t.slice(1, 4), ...t.slice(5, 7), ...t.slice(8, 11), ...t.slice(12, 14)]]);
    expect(rec.active).toEqual(EXPECTED_2021);
  });

  it("maps columns by header label in blocks without captions", () => {
    const rows: CellSpec[][] = [
      ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
      ["行政许可", "5", "2", "30"],
      ["信息内容", "处理决定数量", "上一年项目数量", "本年增/减"], // printed in another order
      ["行政处罚", "32", "7", "3"],
    ];
    const rec = mapActive([rows], "某某局2020年政府信息公开工作年度报告");
    expect(rec.active).toMatchObject({ licensing: { lastYearItems: 5, change: 2, decisions: 30 }, penalties: { lastYearItems: 7, change: 3, decisions: 32 } });
  });

  it("carries a block's header across a page break (caption on one page, rows on the next)", () => {
    const t = active2021();
    const rec = mapActive([t.slice(0, 8), t.slice(8)]);
    expect(rec.active).toEqual(EXPECTED_2021);
  });

  it("takes the non-blank cell of a single value split over three cells", () => {
    const t = active2021();
    t[6] = ["行政许可", "", "7", ""];
    expect((mapActive([t]).active as { licensing: unknown }).licensing).toEqual({ decisions: 7 });
  });

  it("maps the 2019 table by order inside each block, with signed changes and the procurement unit", () => {
    const rec = mapActive([ACTIVE_2019], "2019年某某局政府信息公开工作年度报告");
    expect(rec.meta.template).toBe("2019");
    expect(rec.active).toEqual({
      regulations: { made: 13, published: 13, totalPublished: 524 },
      normativeDocuments: { made: 60, published: 60, totalPublished: 368 },
      licensing: { lastYearItems: 5, change: 2, decisions: 30 },
      otherServices: { lastYearItems: 6, change: -1, decisions: 31 },
      penalties: { lastYearItems: 7, change: 3, decisions: 32 },
      enforcement: { lastYearItems: 8, change: 0, decisions: 33 },
      fees: { lastYearItems: 9, change: -1 },
      procurement: { projects: 6, amount: 251000, units: "元" },
    });
  });

  it("takes the procurement unit from the header note", () => {
    const rows = ACTIVE_2019.slice(15);
    rows[1] = ["信息内容", { t: "采购项目数量", cs: 2 }, { t: "采购总金额（万元）", cs: 2 }];
    rows[2] = ["政府集中采购", { t: "6", cs: 2 }, { t: "25.1", cs: 2 }];
    const rec = mapActive([ACTIVE_2019.slice(0, 4), rows]);
    expect((rec.active as { procurement: unknown }).procurement).toEqual({ projects: 6, amount: 25.1, units: "万元" });
  });

  it("keeps a fee amount printed in 元 as printed, names the unit and warns", () => {
    const t = active2021();
    t[13] = ["行政事业性收费", { t: "3000元", cs: 3 }];
    const rec = mapActive([t]);
    expect((rec.active as { fees: unknown }).fees).toEqual({ amount: 3000, units: "元" });
    expect(rec.warnings.some((w) => w.startsWith("active.fees.amount"))).toBe(true);
  });

  it("accepts the old label 规范性文件 and the note 历史累计 in a 2021 table", () => {
    const t = active2021();
    t[1] = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数（历史累计）"];
    t[3] = ["规范性文件", "4", "5", "6"];
    expect(mapActive([t]).active).toEqual(EXPECTED_2021);
  });

  it("lists a row it cannot place as unmapped", () => {
    const t = active2021();
    t.splice(4, 0, ["行政指导", "1", "1", "1"]);
    const rec = mapActive([t]);
    expect(rec.unmapped).toEqual([{ table: "active", label: "行政指导", values: ["1", "1", "1"], grid: 0 }]);
  });

  it("decides the format by the year when no header names it, with a warning", () => {
    const rows: CellSpec[][] = [["规章", "1", "2", "3"], ["行政许可", "7"]];
    const rec = mapActive([rows], "某某局2020年政府信息公开工作年度报告");
    expect(rec.meta.template).toBe("2019");
    expect(rec.warnings.some((w) => w.includes("assumed from the year"))).toBe(true);
  });
});
