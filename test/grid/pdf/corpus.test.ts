// Table reconstruction on the real reports in ../shared/corpus, checked against the
// hand-verified gold records (values at the right rows and columns of the right grids).
import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractPdf } from "../../../extractors/pdf/index.js";
import { buildPdfLayout } from "../../../src/grid/pdf/index.js";
import { isPageNumber } from "../../../src/grid/pdf/furniture.js";
import { cellAt, type Grid, type GridCell, type Layout } from "../../../src/grid/types.js";

const shared = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const haveCorpus = existsSync(shared);
if (!haveCorpus) console.warn(`skipping PDF layout corpus tests: ${shared} not found`);

type Row = Record<"naturalPerson" | "commercial" | "research" | "publicInterest" | "legalService" | "otherOrg" | "total", number>;
type Review = Record<"upheld" | "corrected" | "other" | "pending" | "total", number>;
interface Gold {
  meta: { title: string };
  active: Record<string, Record<string, number>>;
  requests: Record<string, Row | Record<string, Row>>;
  review: Record<"reconsideration" | "litigationDirect" | "litigationAfterReconsideration", Review>;
}

const APPLICANTS = ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total"] as const;
const OUTCOMES = ["upheld", "corrected", "other", "pending", "total"] as const;

/** Record path → a phrase of the printed row label (whitespace removed) found on exactly one row. */
const REQUEST_ROWS: [string, string][] = [
  ["newReceived", "本年新收"], ["carriedOver", "上年结转"], ["granted", "予以公开"], ["partiallyGranted", "部分公开"],
  ["denied.stateSecret", "国家秘密"], ["denied.lawForbidden", "其他法律行政"], ["denied.threeSecurities", "三安全一稳定"],
  ["denied.thirdParty", "第三方合法权益"], ["denied.internalAffairs", "内部事务"], ["denied.processInfo", "过程性信息"],
  ["denied.enforcementFile", "执法案卷"], ["denied.inquiry", "查询事项"],
  ["unable.notHeld", "不掌握"], ["unable.needsCreation", "另行制作"], ["unable.unclear", "仍不明确"],
  ["notProcessed.complaint", "信访举报"], ["notProcessed.repeated", "重复申请"], ["notProcessed.publication", "公开出版物"],
  ["notProcessed.excessive", "大量反复"], ["notProcessed.confirmation", "确认或重新出具"],
  ["total", "（七）总计"], ["carriedForward", "结转下年度"],
];
const OTHER_ROWS: [string, string][] = [["other.overdueCorrection", "逾期不补正"], ["other.overdueFee", "缴纳费用"], ["other.others", "3、其他"]];
const ACTIVE_ROWS: [string, string, string[]][] = [
  ["regulations", "规章", ["issued", "repealed", "inForce"]],
  ["normativeDocuments", "行政规范性文件", ["issued", "repealed", "inForce"]],
  ["licensing", "行政许可", ["decisions"]],
  ["penalties", "行政处罚", ["decisions"]],
  ["enforcement", "行政强制", ["decisions"]],
  ["fees", "行政事业性收费", ["amount"]],
];

const squash = (s: string) => s.replace(/\s+/g, "");
const isNumber = (s: string) => /^\d+(\.\d+)?$/.test(squash(s));

function layoutOf(id: string): Promise<Layout> {
  return extractPdf(readFileSync(`${shared}${id}.pdf`)).then((doc) => buildPdfLayout(doc));
}
const grids = (layout: Layout) => layout.items.flatMap((i) => (i.kind === "grid" ? [i.grid] : []));
const gridWith = (layout: Layout, phrase: string): Grid => {
  const found = grids(layout).filter((g) => g.cells.some((c) => squash(c.text).includes(phrase)));
  expect(found, `one grid containing ${phrase}`).toHaveLength(1);
  return found[0]!;
};

/** Cells covering row r, left to right (merged cells included once). */
function rowCells(grid: Grid, r: number): GridCell[] {
  const out: GridCell[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const cell = cellAt(grid, r, c);
    if (cell && out[out.length - 1] !== cell) out.push(cell);
  }
  return out;
}

/** The numbers of the one body row whose label cells contain `phrase`, in column order. */
function rowValues(grid: Grid, phrase: string): number[] {
  const rows: number[] = [];
  for (let r = grid.headerRows; r < grid.rowCount; r++) {
    const label = rowCells(grid, r).filter((c) => !isNumber(c.text)).map((c) => squash(c.text)).join("|");
    if (label.includes(phrase)) rows.push(r);
  }
  expect(rows, `exactly one row labelled ${phrase}`).toHaveLength(1);
  return rowCells(grid, rows[0]!).filter((c) => c.row === rows[0] && isNumber(c.text)).map((c) => Number(squash(c.text)));
}

const pick = (obj: unknown, path: string): unknown => path.split(".").reduce((o, k) => (o as Record<string, unknown>)[k], obj);

const cases = [
  { id: "hongze-2023", pages: { active: [2, 3], requests: [3, 4], review: [4] } },
  { id: "hongze-2024", pages: { active: [2, 3], requests: [3, 4], review: [4] } },
  { id: "huaian-szf-2024", pages: { active: [3, 4], requests: [4, 5], review: [5] } },
];

describe.skipIf(!haveCorpus).each(cases)("buildPdfLayout on $id", ({ id, pages }) => {
  const gold = haveCorpus ? (JSON.parse(readFileSync(`${shared}gold/${id}.gold.json`, "utf8")) as Gold) : undefined;
  const layout = haveCorpus ? layoutOf(id) : undefined;

  it("finds exactly the three statistics tables, each joined across its page break", async () => {
    const l = (await layout)!;
    expect(grids(l).map((g) => g.prov.pages)).toEqual([pages.active, pages.requests, pages.review]);
  });

  it("puts every 主动公开 value (表二) in its labelled row", async () => {
    const grid = gridWith((await layout)!, "行政许可");
    for (const [key, label, fields] of ACTIVE_ROWS) {
      expect(rowValues(grid, label), label).toEqual(fields.map((f) => gold!.active[key]![f]));
    }
  });

  it("has the 7 applicant columns for every 表三 row from 一、本年新收 to 四、结转下年度继续办理", async () => {
    const grid = gridWith((await layout)!, "本年新收");
    const other = gold!.requests["other"]!;
    const rows = "naturalPerson" in other ? [...REQUEST_ROWS, ["other", "（六）其他处理"] as [string, string]] : [...REQUEST_ROWS, ...OTHER_ROWS];
    for (const [path, label] of rows) {
      const expected = pick(gold!.requests, path) as Row;
      expect(rowValues(grid, label), `${path} (${label})`).toEqual(APPLICANTS.map((k) => expected[k]));
    }
  });

  it("reads the 三、本年度办理结果 group label whole, spanning every result row", async () => {
    const grid = gridWith((await layout)!, "本年新收");
    const label = grid.cells.find((c) => squash(c.text) === "三、本年度办理结果");
    const rowOf = (phrase: string) => grid.cells.find((c) => squash(c.text).includes(phrase))!.row;
    expect(label?.row).toBe(rowOf("予以公开"));
    expect(label!.row + label!.rowSpan - 1).toBe(rowOf("（七）总计"));
  });

  it("reads the 表四 data row as the 15 review values in order", async () => {
    const grid = gridWith((await layout)!, "行政复议");
    const values = rowCells(grid, grid.rowCount - 1).map((c) => Number(squash(c.text)));
    const r = gold!.review;
    expect(values).toEqual([
      ...OUTCOMES.map((k) => r.reconsideration[k]),
      ...OUTCOMES.map((k) => r.litigationDirect[k]),
      ...OUTCOMES.map((k) => r.litigationAfterReconsideration[k]),
    ]);
    expect(grid.headerRows).toBe(3);
    // Row 2 is covered by the five 行政复议 headers (merged over rows 1–2) and the ten 行政诉讼 ones.
    const outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    expect(rowCells(grid, 2).map((c) => squash(c.text))).toEqual([...outcomes, ...outcomes, ...outcomes]);
  });

  it("starts with the report title and keeps no page numbers", async () => {
    const l = (await layout)!;
    const first = l.items[0];
    expect(first?.kind === "text" && first.role === "title" ? squash(first.text) : undefined).toBe(gold!.meta.title);
    expect(l.items.filter((i) => i.kind === "text" && isPageNumber(i.text))).toEqual([]);
    expect(l.items.filter((i) => i.kind === "text" && /^-\s*\d+\s*-$/.test(i.text.trim()))).toEqual([]);
  });
});

describe.skipIf(!haveCorpus)("hard cells", () => {
  it("hongze-2023: 表四 data row is 10 1 0 0 0 0 0 0 0 0 5 0 0 0 0", async () => {
    const grid = gridWith(await layoutOf("hongze-2023"), "行政复议");
    expect(rowCells(grid, grid.rowCount - 1).map((c) => c.text).join(" ")).toBe("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0");
  });

  it("huaian-szf-2024: （四）无 / 法提供, split by the page break, is one label over its three rows", async () => {
    const grid = gridWith(await layoutOf("huaian-szf-2024"), "本年新收");
    const label = grid.cells.find((c) => squash(c.text) === "（四）无法提供");
    expect(label).toMatchObject({ rowSpan: 3, prov: { page: 4 } });
    const rowOf = (phrase: string) => grid.cells.find((c) => squash(c.text).includes(phrase))!.row;
    expect([rowOf("不掌握"), rowOf("另行制作"), rowOf("仍不明确")]).toEqual([label!.row, label!.row + 1, label!.row + 2]);
    expect(grid.pieces).toEqual([{ page: 4, firstRow: 0 }, { page: 5, firstRow: rowOf("另行制作") }]);
  });

  it("huaian-szf-2024: 表四 header cells broken into single characters read as their labels", async () => {
    const grid = gridWith(await layoutOf("huaian-szf-2024"), "行政复议");
    expect(rowCells(grid, 1).slice(0, 5).map((c) => squash(c.text))).toEqual(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]);
  });

  it("huaian-szf-2024: 行政事业性收费 keeps its decimal", async () => {
    const grid = gridWith(await layoutOf("huaian-szf-2024"), "行政许可");
    expect(rowValues(grid, "行政事业性收费")).toEqual([96171.6]);
  });
});
