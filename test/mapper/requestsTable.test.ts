import { describe, expect, it } from "vitest";
import { mapReport } from "../../src/mapper/index.js";
import type { ReportRecord } from "../../src/record/schema.js";
import { BLANK_ROW, SOURCE, grid, layout, requestsBody2021, requestsHeader, values, type CellSpec } from "./build.js";

const TITLE = "某某局2023年政府信息公开工作年度报告";

function mapRequestsGrids(...grids: CellSpec[][][]): ReportRecord {
  return mapReport(layout([TITLE, "# 三、收到和处理政府信息公开申请情况", ...grids.map((rows) => grid(rows))]), SOURCE);
}

const row = (n: number) => {
  const v = values(n).map(Number);
  return { naturalPerson: v[0], commercial: v[1], research: v[2], publicInterest: v[3], legalService: v[4], otherOrg: v[5], total: v[6] };
};

describe("requests table (templates.md §7)", () => {
  it("maps every row of the 2021 table by its label", () => {
    const rec = mapRequestsGrids([...requestsHeader(), ...requestsBody2021()]);
    const r = rec.requests!;
    expect(r.newReceived).toEqual(row(1));
    expect(r.carriedOver).toEqual(row(2));
    expect(r.granted).toEqual(row(3));
    expect(r.partiallyGranted).toEqual(row(4));
    expect(r.denied?.stateSecret).toEqual(row(5));
    expect(r.denied?.inquiry).toEqual(row(12));
    expect(r.unable?.unclear).toEqual(row(15));
    expect(r.notProcessed?.confirmation).toEqual(row(20));
    expect(r.other).toEqual({ overdueCorrection: row(21), overdueFee: row(22), others: row(23) });
    expect(r.total).toEqual(row(24));
    expect(r.carriedForward).toEqual(row(25));
    expect(rec.meta.requestsLayout).toBe("2021");
    expect(rec.unmapped).toEqual([]);
    expect(rec.provenance["requests.denied.inquiry.total"]).toMatchObject({ raw: values(12)[6], row: 14, col: 9 });
  });

  it("reads a single （六）其他处理 row as a Row (2019 layout)", () => {
    const rec = mapRequestsGrids([...requestsHeader(), ...requestsBody2021({ single六: true })]);
    expect(rec.requests?.other).toEqual(row(21));
    expect(rec.requests?.total).toEqual(row(22));
    expect(rec.meta.requestsLayout).toBe("2019");
  });

  it("recognises label variants, stray characters and a typo", () => {
    const rec = mapRequestsGrids([
      ...requestsHeader(["自然人", "商 业\n企 业", "科研 机构", "社会公益性组织", "法律服务", "其它", "合计"]),
      ...requestsBody2021({
        labels: {
          3: "本（一）予以公开",
          6: "2.其他法律行政止公开", // keyword 禁止公开 missing: placed by enumerator and position
          7: "3.危及\"三安全一稳定\"",
          9: "5.属于三类内部事物信息", // typo: matched by similarity
          20: "5.要求行政机关确认或重 新出具已获取信息",
          21: "1，申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",
          24: "七、总计",
          25: "四、结转下一年度继续办理",
        },
      }),
    ]);
    const r = rec.requests!;
    expect(r.granted).toEqual(row(3));
    expect(r.denied?.lawForbidden).toEqual(row(6));
    expect(r.denied?.threeSecurities).toEqual(row(7));
    expect(r.denied?.internalAffairs).toEqual(row(9));
    expect(r.notProcessed?.confirmation).toEqual(row(20));
    expect(r.other).toMatchObject({ overdueCorrection: row(21) });
    expect(r.total).toEqual(row(24));
    expect(r.carriedForward).toEqual(row(25));
    expect(rec.warnings.some((w) => w.includes("denied.lawForbidden") && w.includes("position"))).toBe(true);
  });

  it("a bare 其他 is the row 3.其他 only inside （六）", () => {
    const rows = [...requestsHeader(), ...requestsBody2021()];
    rows.splice(5, 0, [{ t: "其他", cs: 3 }, ...values(99)]); // after 二、上年结转: no record row
    const rec = mapRequestsGrids(rows);
    expect(rec.requests?.other).toMatchObject({ others: row(23) });
    expect(rec.unmapped).toEqual([{ table: "requests", label: "其他", values: values(99), grid: 0 }]);
  });

  it("maps columns by their labels, not their position", () => {
    const header: CellSpec[][] = [["", "总计", "自然人", "其他", "科研机构", "商业企业", "法律服务机构", "社会公益组织"]];
    const body: CellSpec[][] = [["一、本年新收政府信息公开申请数量", "7", "1", "2", "3", "4", "5", "6"]];
    const rec = mapRequestsGrids([...header, ...body]);
    expect(rec.requests?.newReceived).toEqual({ naturalPerson: 1, commercial: 4, research: 3, publicInterest: 6, legalService: 5, otherOrg: 2, total: 7 });
  });

  it("reads a header broken into one-character cells over several rows", () => {
    const header: CellSpec[][] = [
      ["", "自然", "商业", "科研", "社会", "法律", "其", "总"],
      ["", "人", "企业", "机构", "公益", "服务", "他", "计"],
      ["", "", "", "", "组织", "机构", "", ""],
    ];
    const rec = mapRequestsGrids([...header, ["一、本年新收政府信息公开申请数量", ...values(1)]]);
    expect(rec.requests?.newReceived).toEqual(row(1));
  });

  it("reads a row that lost a cell by its last seven cells, with a warning", () => {
    const rows = [...requestsHeader(), ...requestsBody2021()];
    rows[3] = ["一、本年新收政府信息公开申请数量", ...values(1)]; // colspan missing: values shifted left
    const rec = mapRequestsGrids(rows);
    expect(rec.requests?.newReceived).toEqual(row(1));
    expect(rec.requests?.carriedOver).toEqual(row(2));
    expect(rec.warnings.some((w) => w.includes("do not line up with the header"))).toBe(true);
  });

  it("reads an extra 小计 column as orgSubtotal", () => {
    const header: CellSpec[][] = [["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计", "总计"]];
    const rec = mapRequestsGrids([...header, ["一、本年新收政府信息公开申请数量", "1", "2", "0", "0", "0", "1", "3", "4"]]);
    expect(rec.requests?.newReceived).toEqual({ naturalPerson: 1, commercial: 2, research: 0, publicInterest: 0, legalService: 0, otherOrg: 1, orgSubtotal: 3, total: 4 });
  });

  it("lists a value column no applicant key takes as unmapped", () => {
    const header: CellSpec[][] = [["", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", "其中：网上申请"]];
    const rec = mapRequestsGrids([...header, ["一、本年新收政府信息公开申请数量", ...values(1), "9"]]);
    expect(rec.requests?.newReceived).toEqual(row(1));
    expect(rec.unmapped).toEqual([{ table: "requests", label: "其中:网上申请", values: ["9"], grid: 0 }]);
  });

  it("falls back to the last seven value columns when the header is unreadable, with a warning", () => {
    const rec = mapRequestsGrids([["", "？", "？", "？", "？", "？", "？", "？"], ["一、本年新收政府信息公开申请数量", ...values(1)], ["二、上年结转政府信息公开申请数量", ...values(2)]]);
    expect(rec.requests?.newReceived).toEqual(row(1));
    expect(rec.warnings.some((w) => w.includes("headers unreadable"))).toBe(true);
  });

  it("joins a table split in two grids and carries the columns to the header-less piece", () => {
    const all = [...requestsHeader(), ...requestsBody2021()];
    const first = all.slice(0, 3 + 16); // up to （四）1.本机关不掌握
    const second = all.slice(3 + 16).map((r, i) => (i === 0 ? r : r)); // (四)2. … 结转
    // the second piece repeats no header; its first rows lost their group label cells
    const rec = mapRequestsGrids(first.map(fixSpans(19)), second.map(stripGroupCells));
    expect(rec.requests?.unable?.notHeld).toEqual(row(13));
    expect(rec.requests?.unable?.needsCreation).toEqual(row(14));
    expect(rec.requests?.other).toMatchObject({ others: row(23) });
    expect(rec.requests?.carriedForward).toEqual(row(25));
  });

  it("drops a repeated header in the continuation", () => {
    const all = [...requestsHeader(), ...requestsBody2021()];
    const rec = mapRequestsGrids(all.slice(0, 3 + 16).map(fixSpans(19)), [...requestsHeader(), ...all.slice(3 + 16).map(stripGroupCells)]);
    expect(rec.requests?.total).toEqual(row(24));
    expect(rec.unmapped).toEqual([]);
  });

  it("reads blank cells as null and keeps a printed blank row", () => {
    const body = requestsBody2021({ single六: true }).map((cells) => cells.map((c) => (typeof c === "string" && /^\d+$/.test(c) ? "" : c)));
    const rec = mapRequestsGrids([...requestsHeader(), ...body]);
    const nulls = { naturalPerson: null, commercial: null, research: null, publicInterest: null, legalService: null, otherOrg: null, total: null };
    expect(rec.requests?.other).toEqual(nulls);
    expect(rec.requests?.newReceived).toEqual(nulls);
  });

  it("keeps group rows printed with their own numbers as subtotals", () => {
    const rows: CellSpec[][] = [
      [...requestsHeader()[0]!.slice(0, 0), "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
      ["（三）不予公开", ...values(5)],
      ["1.属于国家秘密", ...values(5)],
      ["2.其他法律行政法规禁止公开", ...BLANK_ROW],
    ];
    const rec = mapRequestsGrids(rows);
    expect(rec.requests?.subtotals?.denied).toEqual(row(5));
    expect(rec.requests?.denied?.stateSecret).toEqual(row(5));
    expect(rec.requests?.denied?.lawForbidden?.total).toBeNull();
  });
});

/** Clip rowspans of the first piece at its last row (a page break cuts merged cells). */
function fixSpans(rowCount: number) {
  return (cells: CellSpec[], r: number): CellSpec[] =>
    cells.map((c) => (typeof c === "string" || !c.rs || r + c.rs <= rowCount ? c : { ...c, rs: rowCount - r }));
}

/** Continuation rows: merged label cells from the previous page are not repeated. */
function stripGroupCells(cells: CellSpec[]): CellSpec[] {
  const labels = cells.filter((c) => typeof c !== "string" || !/^\d*$/.test(c));
  const own = labels[labels.length - 1]!;
  const vals = cells.filter((c) => typeof c === "string" && /^\d*$/.test(c));
  const ownText = typeof own === "string" ? own : own.t;
  return [{ t: ownText, cs: 3 }, ...vals];
}
