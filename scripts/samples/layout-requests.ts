// Table 三 (收到和处理申请): the national 10-column grid (templates.md §7), with （六）其他处理 as three
// sub-rows (2021 layout, 28 rows) or as one row (2019 layout, 26 rows).
import { APPLICANT_COLUMNS, Requests, Row } from "../../src/record/schema.js";
import { SampleCell, SampleTable } from "./document.js";
import { RequestsLabels } from "./labels.js";
import { TABLE_WIDTH } from "./layout-active.js";
import { CellPrinter } from "./printing.js";

const VALUE_WIDTH = 630;
const GROUP_WIDTH = 700;
const SUBGROUP_WIDTH = 850;
const WIDTHS = [GROUP_WIDTH, SUBGROUP_WIDTH, TABLE_WIDTH - GROUP_WIDTH - SUBGROUP_WIDTH - 7 * VALUE_WIDTH, ...Array(7).fill(VALUE_WIDTH)];

/** Header rows at the top of the table (repeated when the table is split). */
export const REQUESTS_HEADER_ROWS = 3;

type Sub<K extends keyof Requests> = Exclude<NonNullable<Requests[K]>, Row>;

export function requestsTable(
  requests: Requests,
  l: RequestsLabels,
  p: CellPrinter,
  otherLayout: "2019" | "2021",
): SampleTable {
  const head = (text: string, colSpan = 1, rowSpan = 1): SampleCell => ({ text, colSpan, rowSpan, header: true });
  const values = (path: string, r: Row | undefined): SampleCell[] =>
    APPLICANT_COLUMNS.map((col) => ({ text: p.print(`requests.${path}.${col}`, r ? r[col] : undefined), value: true }));
  const labelled = (text: string, colSpan: number, path: string, r: Row | undefined): SampleCell[] => [
    { text, colSpan },
    ...values(path, r),
  ];
  /** A group's sub-rows, the group label cell spanning them in column B. */
  const group = <K extends "denied" | "unable" | "notProcessed" | "other">(
    key: K,
    groupLabel: string,
    subKeys: Array<keyof Sub<K> & string>,
  ): SampleCell[][] => {
    const rows = (requests[key] ?? {}) as Record<string, Row | undefined>;
    return subKeys.map((sub, i) => {
      const cells = [{ text: l[sub as keyof RequestsLabels] }, ...values(`${key}.${sub}`, rows[sub])];
      return i === 0 ? [{ text: groupLabel, rowSpan: subKeys.length }, ...cells] : cells;
    });
  };

  const otherRows =
    otherLayout === "2021"
      ? group("other", l.other, ["overdueCorrection", "overdueFee", "others"])
      : [labelled(l.other, 2, "other", requests.other as Row | undefined)];
  const results: SampleCell[][] = [
    labelled(l.granted, 2, "granted", requests.granted),
    labelled(l.partiallyGranted, 2, "partiallyGranted", requests.partiallyGranted),
    ...group("denied", l.denied, [
      "stateSecret",
      "lawForbidden",
      "threeSecurities",
      "thirdParty",
      "internalAffairs",
      "processInfo",
      "enforcementFile",
      "inquiry",
    ]),
    ...group("unable", l.unable, ["notHeld", "needsCreation", "unclear"]),
    ...group("notProcessed", l.notProcessed, ["complaint", "repeated", "publication", "excessive", "confirmation"]),
    ...otherRows,
    labelled(l.resultTotal, 2, "total", requests.total),
  ];
  results[0]!.unshift({ text: l.results, rowSpan: results.length });

  const rows: SampleCell[][] = [
    [head(l.note, 3, 3), head(l.applicants, 7)],
    [head(l.naturalPerson, 1, 2), head(l.organizations, 5), head(l.total, 1, 2)],
    [head(l.commercial), head(l.research), head(l.publicInterest), head(l.legalService), head(l.otherOrg)],
    labelled(l.newReceived, 3, "newReceived", requests.newReceived),
    labelled(l.carriedOver, 3, "carriedOver", requests.carriedOver),
    ...results,
    labelled(l.carriedForward, 3, "carriedForward", requests.carriedForward),
  ];
  return { gridWidths: WIDTHS, rows, headerRows: REQUESTS_HEADER_ROWS };
}
