import { describe, it, expect } from "vitest";
import { csvField, csvHeader, csvRow } from "../../src/batch/csv.js";
import { cellRows, checkRows, reportRow, REPORT_COLUMNS } from "../../src/batch/tables.js";
import type { ReportRecord } from "../../src/record/schema.js";

describe("CSV", () => {
  it("quotes fields with commas, quotes or line breaks (RFC 4180), and nothing else", () => {
    expect(csvField("平潭综合实验区")).toBe("平潭综合实验区");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('他说"是"')).toBe('"他说""是"""');
    expect(csvField("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvField(7730.28)).toBe("7730.28");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });
  it("ends rows with CRLF and starts the file with a UTF-8 byte-order mark", () => {
    expect(csvRow(["a", 1, null, "x,y"])).toBe('a,1,,"x,y"\r\n');
    const header = Buffer.from(csvHeader(["report", "value"]), "utf8");
    expect([...header.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header.subarray(3).toString("utf8")).toBe("report,value\r\n");
  });
});

const row = (total: number | null, naturalPerson: number | null = total) => ({
  naturalPerson,
  commercial: 0,
  research: 0,
  publicInterest: 0,
  legalService: 0,
  otherOrg: 0,
  total,
});

const record: ReportRecord = {
  meta: { title: "洪泽区人民政府2023年政府信息公开工作年度报告", organization: "洪泽区人民政府", year: 2023, template: "2021", requestsLayout: "2021" },
  active: { fees: { amount: 7730.28, units: "万元" }, licensing: { decisions: 550 } },
  requests: {
    newReceived: row(21),
    carriedOver: row(0),
    denied: { stateSecret: row(null, 1) },
    other: { others: row(2) },
    total: row(21),
    carriedForward: row(0),
  },
  review: { reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 } },
  source: { file: "corpus/hongze-2023.pdf", format: "pdf", sha256: "94a2", bytes: 293525 },
  nianbaoVersion: "0.1.0",
  provenance: {
    "requests.newReceived.total": { raw: "21", grid: 1, row: 3, col: 9, page: 2 },
    "active.fees.amount": { raw: "7,730.28", grid: 0, row: 12, col: 3, page: 2 },
  },
  checks: [
    {
      id: "requests.balance",
      kind: "exact",
      status: "fail",
      instances: [
        { where: "column total", left: 21, right: 20, delta: 1, status: "fail", paths: ["requests.newReceived.total", "requests.total.total"], nullAsZero: "fail" },
        { where: "column naturalPerson", left: 21, right: 21, delta: 0, status: "pass", paths: [] },
      ],
    },
    { id: "meta.periodYear", kind: "soft", status: "fail", instances: [{ where: "title", left: 2023, right: 2022, delta: 1, status: "fail", paths: ["meta.year"] }] },
    { id: "review.groupTotals", kind: "exact", status: "pass", instances: [] },
  ],
  warnings: ["one", "two"],
  unmapped: [],
};

describe("rows from a record", () => {
  it("lists every value as a cell with its raw text and page, sub-rows by dotted key, units left out", () => {
    const cells = cellRows("hongze-2023", record);
    expect(cells).toContainEqual(["hongze-2023", "active", "fees", "amount", 7730.28, "7,730.28", 2]);
    expect(cells).toContainEqual(["hongze-2023", "requests", "newReceived", "total", 21, "21", 2]);
    expect(cells).toContainEqual(["hongze-2023", "requests", "denied.stateSecret", "total", null, undefined, undefined]);
    expect(cells).toContainEqual(["hongze-2023", "requests", "other.others", "naturalPerson", 2, undefined, undefined]);
    expect(cells).toContainEqual(["hongze-2023", "review", "reconsideration", "upheld", 1, undefined, undefined]);
    expect(cells.some((cell) => cell[3] === "units")).toBe(false);
    // 2 active + 6 rows × 7 columns + 5 review values
    expect(cells).toHaveLength(2 + 6 * 7 + 5);
  });

  it("puts the key totals and check counts in the wide row", () => {
    const wide = Object.fromEntries(REPORT_COLUMNS.map((column, i) => [column, reportRow("hongze-2023", record)[i]]));
    expect(wide).toMatchObject({
      report: "hongze-2023",
      file: "corpus/hongze-2023.pdf",
      organization: "洪泽区人民政府",
      year: 2023,
      template: "2021",
      "requests.newReceived.total": 21,
      "requests.granted.total": undefined,
      "review.reconsideration.total": 1,
      exactChecksFailed: 1,
      softChecksFailed: 1,
      warnings: 2,
    });
  });

  it("lists every failed check instance, not the passing ones", () => {
    const rows = checkRows({ report: "hongze-2023", file: "corpus/hongze-2023.pdf", scope: "report" }, record.checks);
    expect(rows).toEqual([
      ["hongze-2023", "corpus/hongze-2023.pdf", undefined, "report", "requests.balance", "exact", "column total", 21, 20, 1, "requests.newReceived.total requests.total.total", "fail"],
      ["hongze-2023", "corpus/hongze-2023.pdf", undefined, "report", "meta.periodYear", "soft", "title", 2023, 2022, 1, "meta.year", undefined],
    ]);
  });
});
