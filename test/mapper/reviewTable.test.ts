import { describe, expect, it } from "vitest";
import { mapReport } from "../../src/mapper/index.js";
import type { ReportRecord } from "../../src/record/schema.js";
import { SOURCE, grid, layout, reviewTable, type CellSpec } from "./build.js";

function mapReview(...grids: CellSpec[][][]): ReportRecord {
  return mapReport(layout(["某某局2023年政府信息公开工作年度报告", "# 四、政府信息公开行政复议、行政诉讼情况", ...grids.map((g) => grid(g))]), SOURCE);
}

const ONE_TO_FIFTEEN = {
  reconsideration: { upheld: 1, corrected: 2, other: 3, pending: 4, total: 5 },
  litigationDirect: { upheld: 6, corrected: 7, other: 8, pending: 9, total: 10 },
  litigationAfterReconsideration: { upheld: 11, corrected: 12, other: 13, pending: 14, total: 15 },
};

describe("review table (templates.md §8)", () => {
  it("maps the 15 cells by group and outcome headers", () => {
    const rec = mapReview(reviewTable());
    expect(rec.review).toEqual(ONE_TO_FIFTEEN);
    expect(rec.provenance["review.litigationDirect.total"]).toMatchObject({ raw: "10", row: 3, col: 9 });
  });

  it("maps by header labels even when groups are printed in another order", () => {
    const outcomes = ["总计", "结果维持", "结果纠正", "其他结果", "尚未审结"];
    const rows: CellSpec[][] = [
      [{ t: "复议后起诉", cs: 5 }, { t: "未经复议直接起诉", cs: 5 }, { t: "行政复议", cs: 5 }],
      [...outcomes, ...outcomes, ...outcomes],
      ["15", "11", "12", "13", "14", "10", "6", "7", "8", "9", "5", "1", "2", "3", "4"],
    ];
    expect(mapReview(rows).review).toEqual(ONE_TO_FIFTEEN);
  });

  it("reads outcome headers broken into single characters over rows", () => {
    const top = [{ t: "行政复议", cs: 5 }, { t: "未经复议直接起诉", cs: 5 }, { t: "复议后起诉", cs: 5 }];
    const first = ["结 果", "结果", "其他结", "尚未审", "总"];
    const second = ["维持", "纠正", "果", "结", "计"];
    const rows: CellSpec[][] = [top, [...first, ...first, ...first], [...second, ...second, ...second], Array.from({ length: 15 }, (_, i) => String(i + 1))];
    expect(mapReview(rows).review).toEqual(ONE_TO_FIFTEEN);
  });

  it("reads a data row that carries a label cell of its own", () => {
    const t = reviewTable();
    const rows: CellSpec[][] = [[{ t: "", rs: 3 }, ...t[0]!], t[1]!, t[2]!, ["数量", ...t[3]!]];
    expect(mapReview(rows).review).toEqual(ONE_TO_FIFTEEN);
  });

  it("falls back to positions A…O when headers are unreadable, with a warning", () => {
    const rows: CellSpec[][] = [["情况"], Array.from({ length: 15 }, (_, i) => String(i + 1))];
    const rec = mapReport(layout(["某某局2023年政府信息公开工作年度报告", "# 四、政府信息公开行政复议、行政诉讼情况", grid(rows)]), SOURCE);
    expect(rec.review).toEqual(ONE_TO_FIFTEEN);
    expect(rec.warnings.some((w) => w.startsWith("review: headers unreadable"))).toBe(true);
  });

  it("ignores an all-blank filler row after the data row", () => {
    const rec = mapReview([...reviewTable(), Array.from({ length: 15 }, () => "\u00a0")]);
    expect(rec.review).toEqual(ONE_TO_FIFTEEN);
    expect(rec.unmapped).toEqual([]);
  });

  it("reads a blank data row as nulls (the table is printed, values are not)", () => {
    const rec = mapReview(reviewTable(Array.from({ length: 15 }, () => "")));
    expect(rec.review?.reconsideration).toEqual({ upheld: null, corrected: null, other: null, pending: null, total: null });
  });

  it("carries the columns to a data row printed on the next page", () => {
    const t = reviewTable();
    expect(mapReview(t.slice(0, 3), t.slice(3)).review).toEqual(ONE_TO_FIFTEEN);
  });
});
