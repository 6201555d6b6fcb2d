// The seed report (../shared/seed/changfu-2021.txt, templates.md §12) read from its text dump:
// ragged table rows (merged cells as empty placeholders), two-line title, 规范性文件 and
// 社会公益性组织 variants, review cells with stray spaces.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mapReport } from "../../src/mapper/index.js";
import { layoutFromTextDump } from "./textDump.js";

const SEED = fileURLToPath(new URL("../../../shared/seed/changfu-2021.txt", import.meta.url));
const zeros = { naturalPerson: 0, commercial: 0, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0, total: 0 };
const zeroGroup = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };

describe("seed report from its text dump", () => {
  if (!existsSync(SEED)) {
    it.skip(`seed not found at ${SEED}`, () => {});
    return;
  }
  const record = mapReport(layoutFromTextDump(readFileSync(SEED, "utf8")), { file: "changfu-2021.txt", format: "docx" });

  it("reads meta as templates.md §12 states it", () => {
    expect(record.meta).toMatchObject({ title: "樟树市昌傅镇2021年政府信息公开年度报告", organization: "樟树市昌傅镇", year: 2021, template: "2021", requestsLayout: "2021", periodYear: 2021 });
  });

  it("reads the active table", () => {
    expect(record.active).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 7, repealed: 0, inForce: 7 },
      licensing: { decisions: 0 },
      penalties: { decisions: 0 },
      enforcement: { decisions: 0 },
      fees: { amount: 0 },
    });
  });

  it("reads every requests row from ragged rows", () => {
    const r = record.requests!;
    expect(r.newReceived).toEqual(zeros);
    expect(r.denied?.inquiry).toEqual(zeros);
    expect(r.notProcessed?.confirmation).toEqual(zeros);
    expect(r.other).toEqual({ overdueCorrection: zeros, overdueFee: zeros, others: zeros });
    expect(r.carriedForward).toEqual(zeros);
    expect(Object.keys(record.provenance).filter((p) => p.startsWith("requests."))).toHaveLength(25 * 7);
    expect(record.unmapped).toEqual([]);
  });

  it("reads the review row positionally", () => {
    expect(record.review).toEqual({ reconsideration: zeroGroup, litigationDirect: zeroGroup, litigationAfterReconsideration: zeroGroup });
  });

  it("passes the exact checks and the no-applications narrative check", () => {
    for (const id of ["requests.balance", "requests.rowTotals", "requests.resultTotal", "review.groupTotals"]) expect(record.checks.find((c) => c.id === id)?.status, id).toBe("pass");
    expect(record.checks.find((c) => c.id === "narrative.noApplications")?.status).toBe("pass");
  });
});
