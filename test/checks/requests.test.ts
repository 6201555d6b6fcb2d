import { describe, expect, it } from "vitest";
import {
  requestsBalance,
  requestsGroupSubtotals,
  requestsLayoutVsYear,
  requestsOrgSubtotal,
  requestsResultTotal,
  requestsRowTotals,
} from "../../src/checks/requests.js";
import { runDefinition } from "../../src/checks/check.js";
import { people, record, requests2021, row } from "./buildRecord.js";

const instance = (instances: ReturnType<typeof requestsBalance.evaluate>, where: string) => instances?.find((i) => i.where === where);

describe("requests.balance (一 + 二 = 三 + 四, per column)", () => {
  it("passes when new + carried over equals handled + carried forward", () => {
    const r = record({ requests: requests2021({ newReceived: people(154), total: people(148), carriedForward: people(6) }) });
    const result = runDefinition(requestsBalance, r)!;
    expect(result.status).toBe("pass");
    expect(result.instances).toHaveLength(7);
    expect(instance(result.instances, "column total")).toEqual({
      where: "column total",
      left: 154,
      right: 154,
      delta: 0,
      status: "pass",
      paths: ["requests.newReceived.total", "requests.carriedOver.total", "requests.total.total", "requests.carriedForward.total"],
      nullAsZero: "pass",
    });
  });

  it("fails with left, right and delta = left - right", () => {
    const r = record({ requests: requests2021({ newReceived: people(877), total: people(876) }) });
    const result = runDefinition(requestsBalance, r)!;
    expect(result.status).toBe("fail");
    expect(instance(result.instances, "column naturalPerson")).toMatchObject({ left: 877, right: 876, delta: 1, status: "fail", nullAsZero: "fail" });
  });

  it("skips a column with a blank cell and re-tests it with blank as 0", () => {
    const r = record({ requests: requests2021({ newReceived: people(859), carriedOver: row(18, 0, 0, 0, 0, 0, null), total: people(805), carriedForward: people(72) }) });
    const total = instance(requestsBalance.evaluate(r), "column total")!;
    expect(total).toMatchObject({ left: null, right: 877, delta: null, status: "skipped", nullAsZero: "fail" });
    const natural = instance(requestsBalance.evaluate(r), "column naturalPerson")!;
    expect(natural).toMatchObject({ left: 877, right: 877, status: "pass" });
  });

  it("is skipped with no instances when the record has no requests table", () => {
    expect(runDefinition(requestsBalance, record())).toMatchObject({ status: "skipped", instances: [] });
  });
});

describe("requests.rowTotals (总计 = six applicant columns, per row)", () => {
  it("checks every row of a 2021 table: 25 rows", () => {
    const result = runDefinition(requestsRowTotals, record({ requests: requests2021() }))!;
    expect(result.instances).toHaveLength(25);
    expect(result.status).toBe("pass");
    expect(result.instances[4]!.where).toBe("row requests.denied.stateSecret");
  });

  it("fails a row whose total does not add up", () => {
    const r = record({ requests: requests2021({ granted: row(6, 0, 0, 0, 0, 1, 8) }) });
    const granted = instance(requestsRowTotals.evaluate(r), "row requests.granted")!;
    expect(granted).toMatchObject({ left: 7, right: 8, delta: -1, status: "fail", nullAsZero: "fail" });
    expect(granted.paths).toEqual([
      "requests.granted.naturalPerson",
      "requests.granted.commercial",
      "requests.granted.research",
      "requests.granted.publicInterest",
      "requests.granted.legalService",
      "requests.granted.otherOrg",
      "requests.granted.total",
    ]);
  });

  it("skips a row with a blank 总计; nullAsZero shows the blank was not a zero (258+12+1+1 ≠ 0)", () => {
    const r = record({ requests: requests2021({ granted: row(258, 12, 1, 1, null, null, null) }) });
    expect(instance(requestsRowTotals.evaluate(r), "row requests.granted")).toMatchObject({ left: null, right: null, status: "skipped", nullAsZero: "fail" });
  });

  it("skips a row with blank legal-person cells whose blanks do mean 0", () => {
    const r = record({ requests: requests2021({ newReceived: row(26, null, null, null, null, null, 26) }) });
    expect(instance(requestsRowTotals.evaluate(r), "row requests.newReceived")).toMatchObject({ status: "skipped", nullAsZero: "pass" });
  });

  it("includes a single （六） Row and printed subtotal rows", () => {
    const r = record({ requests: requests2021({ other: people(4), subtotals: { denied: people(0) } }) });
    const wheres = requestsRowTotals.evaluate(r)!.map((i) => i.where);
    expect(wheres).toHaveLength(24);
    expect(wheres).toContain("row requests.other");
    expect(wheres).toContain("row requests.subtotals.denied");
    expect(wheres).not.toContain("row requests.other.overdueFee");
  });
});

describe("requests.resultTotal (（七）总计 = （一）…（六）, per column)", () => {
  it("passes on a table whose results add up, with a three-row （六）", () => {
    const r = record({
      requests: requests2021({
        newReceived: people(81),
        granted: people(22),
        partiallyGranted: people(20),
        unable: { notHeld: people(31), needsCreation: people(0), unclear: people(0) },
        other: { overdueCorrection: people(1), overdueFee: people(0), others: people(7) },
        total: people(81),
      }),
    });
    const total = instance(requestsResultTotal.evaluate(r), "column total")!;
    expect(total).toMatchObject({ left: 81, right: 81, delta: 0, status: "pass" });
    // granted, partiallyGranted, 8 + 3 + 5 + 3 sub-rows, and the total
    expect(total.paths).toHaveLength(22);
    expect(total.paths.at(-1)).toBe("requests.total.total");
  });

  it("fails when the result rows exceed the printed 总计 (single （六） Row)", () => {
    const r = record({
      requests: requests2021({
        granted: people(6),
        partiallyGranted: people(6),
        unable: { notHeld: people(4), needsCreation: people(0), unclear: people(3) },
        notProcessed: { complaint: people(0), repeated: people(3), publication: people(0), excessive: people(0), confirmation: people(0) },
        other: people(4),
        total: people(20),
      }),
    });
    const natural = instance(requestsResultTotal.evaluate(r), "column naturalPerson")!;
    expect(natural).toMatchObject({ left: 26, right: 20, delta: 6, status: "fail", nullAsZero: "fail" });
    expect(natural.paths).toContain("requests.other.naturalPerson");
  });

  it("treats an absent sub-row as an absent operand: skipped, re-tested as 0", () => {
    const r = record({ requests: requests2021({ granted: people(2), unable: { notHeld: people(1) }, total: people(3) }) });
    expect(instance(requestsResultTotal.evaluate(r), "column total")).toMatchObject({ left: null, right: 3, status: "skipped", nullAsZero: "pass" });
  });
});

describe("requests.groupSubtotals", () => {
  it("is omitted when no subtotal row was printed", () => {
    expect(runDefinition(requestsGroupSubtotals, record({ requests: requests2021() }))).toBeUndefined();
  });

  it("compares each printed subtotal with the sum of its sub-rows", () => {
    const denied = { ...requests2021().denied, thirdParty: people(2), inquiry: people(1) };
    const r = record({ requests: requests2021({ denied, subtotals: { denied: people(4) } }) });
    const result = runDefinition(requestsGroupSubtotals, r)!;
    expect(result.instances).toHaveLength(7);
    expect(instance(result.instances, "subtotal denied, column total")).toMatchObject({ left: 4, right: 3, delta: 1, status: "fail" });
    expect(instance(result.instances, "subtotal denied, column commercial")).toMatchObject({ left: 0, right: 0, status: "pass" });
  });
});

describe("requests.orgSubtotal", () => {
  it("is omitted when the 小计 column was not printed", () => {
    expect(runDefinition(requestsOrgSubtotal, record({ requests: requests2021() }))).toBeUndefined();
  });

  it("checks each row that carries a 小计", () => {
    const r = record({
      requests: requests2021({ newReceived: { ...row(5, 2, 1, 0, 0, 1, 9), orgSubtotal: 4 }, total: { ...row(5, 2, 1, 0, 0, 1, 9), orgSubtotal: 3 } }),
    });
    const result = runDefinition(requestsOrgSubtotal, r)!;
    expect(result.instances.map((i) => [i.where, i.status, i.left, i.right])).toEqual([
      ["row requests.newReceived", "pass", 4, 4],
      ["row requests.total", "fail", 4, 3],
    ]);
  });
});

describe("requests.layoutVsYear (soft)", () => {
  it("flags a single （六） row in a 2021+ report: left 2019, right 2021", () => {
    const r = record({ requests: requests2021({ other: people(0) }) });
    expect(requestsLayoutVsYear.evaluate(r)).toEqual([
      { where: "year 2023", left: 2019, right: 2021, delta: -2, status: "fail", paths: ["requests.other", "meta.year"] },
    ]);
  });

  it("accepts a single row before 2021 and three sub-rows after", () => {
    expect(requestsLayoutVsYear.evaluate(record({ meta: { year: 2020, template: "2019" }, requests: requests2021({ other: people(0) }) }))![0]!.status).toBe("pass");
    expect(requestsLayoutVsYear.evaluate(record({ requests: requests2021() }))![0]!.status).toBe("pass");
  });

  it("is skipped when the year is unknown", () => {
    expect(requestsLayoutVsYear.evaluate(record({ meta: { year: null }, requests: requests2021() }))![0]!.status).toBe("skipped");
  });
});
