// The checks on the hand-verified gold records: exactly the source inconsistencies gold/NOTES.md confirms.
import { describe, expect, it } from "vitest";
import { crossReportChecks, runChecks } from "../../src/checks/index.js";
import { CheckResult } from "../../src/record/schema.js";
import { goldAvailable, goldIds, goldRecord } from "./goldRecords.js";

const NO_TEXT = { sections: {}, fullText: "" };

describe.skipIf(!goldAvailable)("checks on the gold records", () => {
  const ids = goldIds();
  const checksOf = (id: string) => runChecks(goldRecord(id), NO_TEXT);

  it("finds exactly the exact-check failures NOTES.md confirms, and nothing else fails exactly", () => {
    expect(ids).toHaveLength(11);
    const failures: string[] = [];
    for (const id of ids) {
      for (const check of checksOf(id)) {
        if (check.kind !== "exact") continue;
        for (const i of check.instances) {
          if (i.status === "fail") failures.push(`${id} ${check.id} [${i.where}] ${i.left} vs ${i.right} (delta ${i.delta})`);
        }
      }
    }
    expect(failures.sort()).toEqual([
      "hongze-2023 review.groupTotals [litigationAfterReconsideration] 5 vs 0 (delta 5)",
      "hongze-2023 review.groupTotals [reconsideration] 11 vs 0 (delta 11)",
      "pingtan-2020 requests.resultTotal [column naturalPerson] 26 vs 20 (delta 6)",
      "pingtan-2020 requests.resultTotal [column total] 27 vs 21 (delta 6)",
    ]);
  });

  it("gives results the record schema accepts", () => {
    for (const id of ids) for (const check of checksOf(id)) expect(() => CheckResult.parse(check)).not.toThrow();
  });

  it("shanghai-bgt-2019: blank 总计 cells skip rowTotals, and their nullAsZero re-test fails (258+12+1+1 ≠ 0)", () => {
    const checks = checksOf("shanghai-bgt-2019");
    const rowTotals = checks.find((c) => c.id === "requests.rowTotals")!;
    expect(rowTotals.status).toBe("skipped");
    expect(rowTotals.instances).toHaveLength(23);
    expect(rowTotals.instances.find((i) => i.where === "row requests.granted")).toMatchObject({ status: "skipped", nullAsZero: "fail" });
    expect(rowTotals.instances.filter((i) => i.nullAsZero === "fail").map((i) => i.where)).toEqual([
      "row requests.granted",
      "row requests.partiallyGranted",
      "row requests.denied.stateSecret",
      "row requests.denied.internalAffairs",
      "row requests.denied.processInfo",
      "row requests.denied.inquiry",
      "row requests.unable.notHeld",
      "row requests.unable.needsCreation",
      "row requests.unable.unclear",
      "row requests.notProcessed.complaint",
      "row requests.notProcessed.repeated",
    ]);
    const balance = checks.find((c) => c.id === "requests.balance")!;
    expect(balance.instances.find((i) => i.where === "column total")).toMatchObject({ status: "pass", left: 877, right: 877 });
    const resultTotal = checks.find((c) => c.id === "requests.resultTotal")!;
    expect(resultTotal.instances.find((i) => i.where === "column total")).toMatchObject({ status: "skipped", right: 805, nullAsZero: "fail" });
    expect(resultTotal.instances.filter((i) => i.where !== "column total").every((i) => i.nullAsZero === "pass")).toBe(true);
  });

  it("shuyang-fgj-2023: blank legal-person columns skip rowTotals everywhere, blanks meaning 0", () => {
    const rowTotals = checksOf("shuyang-fgj-2023").find((c) => c.id === "requests.rowTotals")!;
    expect(rowTotals.instances).toHaveLength(25);
    expect(rowTotals.instances.every((i) => i.status === "skipped" && i.nullAsZero === "pass")).toBe(true);
  });

  it("hongze 2023/2024: a single （六） row in a 2021+ report is a soft requests.layoutVsYear failure", () => {
    for (const id of ["hongze-2023", "hongze-2024"]) {
      expect(checksOf(id).find((c) => c.id === "requests.layoutVsYear")).toMatchObject({ kind: "soft", status: "fail" });
    }
  });

  it("template-blank: every exact check is skipped (all 200 cells blank)", () => {
    const exact = checksOf("template-blank").filter((c) => c.kind === "exact");
    expect(exact.map((c) => c.id)).toEqual(["requests.balance", "requests.rowTotals", "requests.resultTotal", "review.groupTotals", "values.nonNegativeIntegers"]);
    expect(exact.every((c) => c.status === "skipped")).toBe(true);
  });

  describe("across years", () => {
    const results = crossReportChecks(ids.map(goldRecord));
    const pairs = (id: string) => results.filter((r) => r.id === id).map((r) => r.reports.map((x) => x.file).join(" → "));

    it("pairs hongze 2023 → 2024 by suffix and the pingtan chain 2022 → 2025 (2020 has no 2021 neighbour)", () => {
      expect(pairs("crossYear.carryover").sort()).toEqual([
        "hongze-2023.pdf → hongze-2024.pdf",
        "pingtan-2022.html → pingtan-2023.html",
        "pingtan-2023.html → pingtan-2024.html",
        "pingtan-2024.html → pingtan-2025.html",
      ]);
      const hongze = results.find((r) => r.id === "crossYear.carryover" && r.reports[0]!.file === "hongze-2023.pdf")!;
      expect(hongze.match).toEqual({ how: "suffix", names: ["洪泽区人民政府", "淮安市洪泽区人民政府"] });
      expect(results.find((r) => r.reports[0]!.file === "pingtan-2022.html")!.match).toEqual({ how: "exact", names: ["平潭综合实验区"] });
    });

    it("carryover passes in every column of every pair", () => {
      for (const result of results.filter((r) => r.id === "crossYear.carryover")) {
        expect(result.instances).toHaveLength(7);
        expect(result.status).toBe("pass");
      }
    });

    it("inForce fails softly on pingtan 行政规范性文件 only, as NOTES.md lists", () => {
      const failures = results
        .filter((r) => r.id === "crossYear.inForce")
        .flatMap((r) => r.instances.filter((i) => i.status === "fail").map((i) => `${r.reports[1]!.year} ${i.where}: ${i.left} vs ${i.right}`));
      expect(failures).toEqual(["2023 normativeDocuments: 643 vs 470", "2024 normativeDocuments: 499 vs 440", "2025 normativeDocuments: 453 vs 546"]);
      const hongze = results.find((r) => r.id === "crossYear.inForce" && r.reports[0]!.file === "hongze-2023.pdf")!;
      expect(hongze.instances[1]).toMatchObject({ status: "pass", left: 8, right: 8 });
    });
  });
});
