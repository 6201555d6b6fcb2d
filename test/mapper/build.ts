// Test helpers: small hand-built grids and layouts, written the way an HTML table is written
// (rows of cells with row/col spans), expanded by the real span expansion of src/grid.
import { expandTable } from "../../src/grid/tables.js";
import type { Grid, Layout, LayoutItem } from "../../src/grid/types.js";
import type { TableCell } from "../../src/tokens/types.js";

/** A cell: its text, or text with spans. */
export type CellSpec = string | { t: string; rs?: number; cs?: number };

let tableCounter = 0;

/** A grid from rows of cells as written (spans not expanded). */
export function grid(rows: CellSpec[][], index = 0, page?: number): Grid {
  const tableIndex = tableCounter++;
  const cells: TableCell[][] = rows.map((row, r) =>
    row.map((spec, c) => {
      const s = typeof spec === "string" ? { t: spec } : spec;
      return {
        text: s.t,
        rowSpan: s.rs ?? 1,
        colSpan: s.cs ?? 1,
        header: false,
        prov: page !== undefined ? { page, bbox: [c * 10, r * 10, c * 10 + 10, r * 10 + 10] } : { tableIndex, row: r, col: c, path: `table[${tableIndex}]/tr[${r}]/td[${c}]` },
      };
    }),
  );
  return expandTable({ kind: "table", index: tableIndex, rows: cells, depth: 0, prov: { tableIndex } }, index);
}

/** A layout of text lines (strings; `# ` prefix = heading role) and grids, grids re-indexed in order. */
export function layout(items: (string | Grid)[], meta: Layout["meta"] = { properties: {} }, format: Layout["format"] = "html"): Layout {
  let g = 0;
  const out: LayoutItem[] = items.map((item) =>
    typeof item === "string"
      ? item.startsWith("# ")
        ? { kind: "text", text: item.slice(2), role: "heading", prov: {} }
        : { kind: "text", text: item, role: "paragraph", prov: {} }
      : { kind: "grid", grid: { ...item, index: g++ } },
  );
  return { format, meta, items: out, warnings: [] };
}

export const SOURCE = { file: "test.html", format: "html" as const };

const SEVEN = (v: string) => [v, v, v, v, v, v, v];

/** The requests header of the national template (3 rows, columns A–C labels, D–J values). */
export function requestsHeader(labels: string[] = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]): CellSpec[][] {
  return [
    [{ t: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs: 3, cs: 3 }, { t: "申请人情况", cs: 7 }],
    [{ t: labels[0]!, rs: 2 }, { t: "法人或其他组织", cs: 5 }, { t: labels[6]!, rs: 2 }],
    labels.slice(1, 6),
  ];
}

/** Values of a body row: seven cells, by default n, n+1, … so every cell is distinguishable. */
export function values(n: number): string[] {
  return [0, 1, 2, 3, 4, 5].map((k) => String(n * 10 + k)).concat(String(6 * n * 10 + 15));
}

/** The 2021 requests table body (rows 一 … 四), values from `values(k)` for the k-th row. */
export function requestsBody2021(opts: { labels?: Partial<Record<number, string>>; single六?: boolean } = {}): CellSpec[][] {
  const L = (k: number, text: string) => opts.labels?.[k] ?? text;
  let k = 1;
  const v = () => values(k++);
  const rows: CellSpec[][] = [
    [{ t: L(1, "一、本年新收政府信息公开申请数量"), cs: 3 }, ...v()],
    [{ t: L(2, "二、上年结转政府信息公开申请数量"), cs: 3 }, ...v()],
    [{ t: "三、本年度办理结果", rs: opts.single六 ? 20 : 22 }, { t: L(3, "（一）予以公开"), cs: 2 }, ...v()],
    [{ t: L(4, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), cs: 2 }, ...v()],
    [{ t: "（三）不予公开", rs: 8 }, L(5, "1.属于国家秘密"), ...v()],
  ];
  const denied = ["2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"];
  denied.forEach((t, i) => rows.push([L(6 + i, t), ...v()]));
  rows.push([{ t: "（四）无法提供", rs: 3 }, L(13, "1.本机关不掌握相关政府信息"), ...v()]);
  ["2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"].forEach((t, i) => rows.push([L(14 + i, t), ...v()]));
  rows.push([{ t: "（五）不予处理", rs: 5 }, L(16, "1.信访举报投诉类申请"), ...v()]);
  ["2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"].forEach((t, i) => rows.push([L(17 + i, t), ...v()]));
  if (opts.single六) {
    rows.push([{ t: L(21, "（六）其他处理"), cs: 2 }, ...v()]);
  } else {
    rows.push([{ t: "（六）其他处理", rs: 3 }, L(21, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), ...v()]);
    rows.push([L(22, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), ...v()]);
    rows.push([L(23, "3.其他"), ...v()]);
  }
  rows.push([{ t: L(24, "（七）总计"), cs: 2 }, ...v()]);
  rows.push([{ t: L(25, "四、结转下年度继续办理"), cs: 3 }, ...v()]);
  return rows;
}

export const BLANK_ROW = SEVEN("");

/** The 2021 active table (captions as merged rows). */
export function active2021(): CellSpec[][] {
  return [
    [{ t: "第二十条第（一）项", cs: 4 }],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "1", "2", "3"],
    ["行政规范性文件", "4", "5", "6"],
    [{ t: "第二十条第（五）项", cs: 4 }],
    ["信息内容", { t: "本年处理决定数量", cs: 3 }],
    ["行政许可", { t: "7", cs: 3 }],
    [{ t: "第二十条第（六）项", cs: 4 }],
    ["信息内容", { t: "本年处理决定数量", cs: 3 }],
    ["行政处罚", { t: "8", cs: 3 }],
    ["行政强制", { t: "9", cs: 3 }],
    [{ t: "第二十条第（八）项", cs: 4 }],
    ["信息内容", { t: "本年收费金额（单位：万元）", cs: 3 }],
    ["行政事业性收费", { t: "10.5", cs: 3 }],
  ];
}

/** The review table (3 header rows, one data row of 15). */
export function reviewTable(data: string[] = Array.from({ length: 15 }, (_, i) => String(i + 1))): CellSpec[][] {
  const outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  return [
    [{ t: "行政复议", cs: 5 }, { t: "行政诉讼", cs: 10 }],
    [...outcomes.map((t) => ({ t, rs: 2 })), { t: "未经复议直接起诉", cs: 5 }, { t: "复议后起诉", cs: 5 }],
    [...outcomes, ...outcomes],
    data,
  ];
}
