// The borderless strategy (text-tables.ts) on real reports: the corpus PDFs (WPS output, real fonts)
// with every ruling line dropped, so the tables can only be found from text alignment, mapped and
// compared with the hand-checked gold records in ../shared/corpus/gold.
import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractPdf } from "../../../extractors/pdf/index.js";
import { buildPdfLayout } from "../../../src/grid/pdf/index.js";
import { mapReport } from "../../../src/mapper/index.js";
import type { ReportRecord } from "../../../src/record/schema.js";
import type { Token } from "../../../src/tokens/types.js";

const shared = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const haveCorpus = existsSync(shared);
if (!haveCorpus) console.warn(`skipping stripped-corpus tests: ${shared} not found`);

/** Every leaf of an object, by dotted path. */
function leaves(o: unknown, prefix = "", out: Record<string, unknown> = {}): Record<string, unknown> {
  if (o !== null && typeof o === "object") for (const [k, v] of Object.entries(o)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  else out[prefix] = o;
  return out;
}

const tablesOf = (r: Pick<ReportRecord, "active" | "requests" | "review">) => leaves({ active: r.active, requests: r.requests, review: r.review });

/** The report with its ruling lines dropped, and (blankReview) the values of 表四 too. */
async function strippedRecord(id: string, blankReview = false): Promise<ReportRecord> {
  const file = `${shared}${id}.pdf`;
  const doc = await extractPdf(new Uint8Array(readFileSync(file)), { fileName: file });
  const heading = doc.tokens.find((t) => t.kind === "ptext" && /^四、.*行政复议/.test(t.text));
  // 表四's values: the numbers within a short way under its section heading
  const reviewValue = (t: Token) => blankReview && heading?.kind === "ptext" && t.kind === "ptext" && t.page === heading.page &&
    t.bbox[1] > heading.bbox[3] && t.bbox[1] < heading.bbox[3] + 200 && /^\d+$/.test(t.text.trim());
  const stripped = { ...doc, tokens: doc.tokens.filter((t) => t.kind !== "rule" && !reviewValue(t)) };
  return mapReport(buildPdfLayout(stripped), { file, format: "pdf" });
}

const cases = [
  { id: "hongze-2023", cells: 186 },
  { id: "hongze-2024", cells: 186 },
  { id: "huaian-szf-2024", cells: 200 },
];

describe.skipIf(!haveCorpus).each(cases)("corpus PDF $id without ruling lines", ({ id, cells }) => {
  it(`reads all ${cells} table cells and the meta of the gold record`, async () => {
    const gold = JSON.parse(readFileSync(`${shared}gold/${id}.gold.json`, "utf8")) as ReportRecord;
    const record = await strippedRecord(id);
    const expected = tablesOf(gold), got = tablesOf(record);
    expect(Object.keys(expected)).toHaveLength(cells);
    const wrong = Object.keys(expected).filter((k) => expected[k] !== got[k]).map((k) => `${k}: ${String(expected[k])} vs ${String(got[k])}`);
    expect(wrong).toEqual([]);
    for (const k of Object.keys(gold.meta) as (keyof ReportRecord["meta"])[]) expect(record.meta[k], `meta.${k}`).toEqual(gold.meta[k]);
  });
});

describe.skipIf(!haveCorpus)("hard cells of the stripped corpus", () => {
  it("single-row 表二 blocks under a header padded like the rows (行政许可, 行政事业性收费)", async () => {
    const record = await strippedRecord("hongze-2023");
    expect(record.active).toMatchObject({ licensing: { decisions: 550 }, fees: { amount: 7730.28 }, penalties: { decisions: 4119 } });
    expect(record.provenance["active.licensing.decisions"]).toMatchObject({ raw: "550", page: 2 });
  });

  it("left-aligned header words head their own column; labels wrapped around their values stay one row", async () => {
    const record = await strippedRecord("huaian-szf-2024");
    expect(record.active).toMatchObject({
      regulations: { issued: 1, repealed: 0, inForce: 11 },
      normativeDocuments: { issued: 8, repealed: 26, inForce: 66 },
      licensing: { decisions: 447228 },
      fees: { amount: 96171.6 },
    });
    // （二）部分公开（区分处理的，只计这一情 / 形，不计其他情形）: the values sit between the two lines.
    expect(record.requests.partiallyGranted).toEqual({ naturalPerson: 447, commercial: 7, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0, total: 454 });
    // 5.要求行政机关确认或重新出 / 具已获取信息, and the three-line 2、申请人逾期未按收费通知要…
    expect(record.requests.notProcessed.confirmation.naturalPerson).toBe(1);
    expect(record.requests.other?.overdueCorrection?.total).toBe(71);
    expect(record.requests.other?.overdueFee?.naturalPerson).toBe(6);
  });

  it("表四 with every cell blank is still found from its header words, all 15 cells null", async () => {
    for (const id of ["hongze-2023", "huaian-szf-2024"]) {
      const record = await strippedRecord(id, true);
      const blank = { upheld: null, corrected: null, other: null, pending: null, total: null };
      expect(record.review, id).toEqual({ reconsideration: blank, litigationDirect: blank, litigationAfterReconsideration: blank });
      // the other tables are untouched
      expect(record.requests.newReceived.total, id).toBeTypeOf("number");
    }
  });
});
