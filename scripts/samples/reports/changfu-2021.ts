// 樟树市昌傅镇2021年政府信息公开年度报告 — the real township report of the seed dump, re-laid out:
// the seed's full text, its three tables on the national template's grids. The record is typed
// from the seed; the generator refuses to run if the laid-out tables differ from the seed's cells.
import { Active2021, Requests } from "../../../src/record/schema.js";
import { visibleText, RUN_BREAK, Block } from "../document.js";
import { ExpectedRecord, reviewGroup, row } from "../expected-record.js";
import { ACTIVE_LABELS_2021, REQUESTS_LABELS, REVIEW_LABELS } from "../labels.js";
import { activeTable2021 } from "../layout-active.js";
import { requestsTable } from "../layout-requests.js";
import { reviewTable } from "../layout-review.js";
import { cellPrinter } from "../printing.js";
import { parseSeedDump, seedTableDifference, seedTextBlocks } from "../seed.js";
import { wordRows } from "../word-rows.js";
import { Sample } from "./sample.js";

const ZERO = row([0, 0, 0, 0, 0, 0, 0]);
const zeros = <K extends string>(keys: K[]) => Object.fromEntries(keys.map((k) => [k, ZERO])) as Record<K, typeof ZERO>;

const REQUESTS: Requests = {
  newReceived: ZERO,
  carriedOver: ZERO,
  granted: ZERO,
  partiallyGranted: ZERO,
  denied: zeros(["stateSecret", "lawForbidden", "threeSecurities", "thirdParty", "internalAffairs", "processInfo", "enforcementFile", "inquiry"]),
  unable: zeros(["notHeld", "needsCreation", "unclear"]),
  notProcessed: zeros(["complaint", "repeated", "publication", "excessive", "confirmation"]),
  other: zeros(["overdueCorrection", "overdueFee", "others"]),
  total: ZERO,
  carriedForward: ZERO,
};

const ACTIVE: Active2021 = {
  regulations: { issued: 0, repealed: 0, inForce: 0 },
  normativeDocuments: { issued: 7, repealed: 0, inForce: 7 },
  licensing: { decisions: 0 },
  penalties: { decisions: 0 },
  enforcement: { decisions: 0 },
  fees: { amount: 0 },
};

export const CHANGFU_RECORD: ExpectedRecord = {
  meta: { title: "樟树市昌傅镇2021年政府信息公开年度报告", organization: "樟树市昌傅镇", year: 2021, template: "2021" },
  active: ACTIVE,
  requests: REQUESTS,
  review: {
    reconsideration: reviewGroup(0, 0, 0, 0, 0),
    litigationDirect: reviewGroup(0, 0, 0, 0, 0),
    litigationAfterReconsideration: reviewGroup(0, 0, 0, 0, 0),
  },
};

const REVIEW_PATHS = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"].flatMap((g) =>
  ["upheld", "corrected", "other", "pending", "total"].map((o) => `review.${g}.${o}`),
);

export function changfuSample(seedText: string): Sample {
  const items = parseSeedDump(seedText);
  const seedTables = items.flatMap((i) => (i.kind === "table" ? [i.rows] : []));
  if (seedTables.length !== 3) throw new Error(`the seed dump has ${seedTables.length} tables, expected 3`);
  // The seed prints the review cells with stray no-break spaces (" 0", "0 "); keep them.
  const reviewValues = seedTables[2]!.at(-1)!;
  const printer = cellPrinter({ printed: Object.fromEntries(REVIEW_PATHS.map((p, i) => [p, reviewValues[i] ?? ""])) });

  const active = activeTable2021(ACTIVE, { ...ACTIVE_LABELS_2021, normativeDocuments: "规范性文件" }, printer);
  const requests = requestsTable(
    CHANGFU_RECORD.requests,
    {
      ...REQUESTS_LABELS,
      publicInterest: "社会公益性组织",
      // Word fragments runs at edit points; these two labels carry such splits.
      results: `三、${RUN_BREAK}本年度${RUN_BREAK}办理结果`,
      partiallyGranted: `（二）部分公开${RUN_BREAK}（区分处理的，只计这一情形，不计其他情形）`,
    },
    printer,
    "2021",
  );
  const review = reviewTable(CHANGFU_RECORD.review, REVIEW_LABELS, printer);
  const tables = [active, requests, review];
  tables.forEach((t, i) => {
    const diff = seedTableDifference(wordRows(t), seedTables[i]!, visibleText);
    if (diff) throw new Error(`changfu-2021 table ${i + 1} differs from the seed: ${diff}`);
  });

  const blocks: Block[] = seedTextBlocks(items, 2, (i) => [{ kind: "table", table: tables[i]! }]);
  return {
    name: "changfu-2021",
    document: {
      publication: {
        title: "樟树市昌傅镇2021年政府信息公开年度报告",
        publisher: "昌傅镇人民政府",
        publishDate: "2022-01-25",
        indexNumber: "SAMPLE-CF/2022-00001",
      },
      blocks,
    },
    outputs: [
      { format: "html", options: { charset: "utf-8" } },
      { format: "docx", options: {} },
    ],
    record: CHANGFU_RECORD,
    deliberateErrors: [],
    printer,
  };
}
