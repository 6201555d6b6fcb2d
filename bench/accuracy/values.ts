// The truth of a generated report: random table values that add up the way the national format
// says (templates.md §11.2), with the cells a report prints blank or dashed set to null. Nulls are
// laid over values that were consistent with zeros in their place, so every check instance without
// a null operand holds — except one deliberate printed error in some reports (declared).
import { APPLICANT_COLUMNS, Active2019, Active2021, Requests, Review, ReviewGroup, Value } from "../../src/record/schema.js";
import { requestsFromTable, RequestsInTableOrder, RowValues } from "../../scripts/samples/expected-record.js";
import { Random } from "./prng.js";
import { GENERATOR_SETTINGS as S } from "./settings.js";

export type Scale = keyof typeof S.scale;
export type NullStyle = keyof typeof S.nullStyle;
export type OtherLayout = "2019" | "2021";

export interface ValueProfile {
  scale: Scale;
  zeroShare: number;
  nullStyle: NullStyle;
}

export function drawValueProfile(r: Random): ValueProfile {
  return {
    scale: r.weighted(S.scale),
    zeroShare: S.zeroShare.min + r.next() * (S.zeroShare.max - S.zeroShare.min),
    nullStyle: r.weighted(S.nullStyle),
  };
}

/** Result rows of 表三 in printed order (（一）…（六）), by layout of （六）. */
export function resultRowCount(otherLayout: OtherLayout): number {
  return 2 + 8 + 3 + 5 + (otherLayout === "2021" ? 3 : 1);
}

/** Relative size of each result row: most applications are granted or 不掌握. */
function resultRowWeight(index: number): number {
  if (index === 0) return 1; // （一）予以公开
  if (index === 1) return 0.3; // （二）部分公开
  if (index === 10) return 0.5; // （四）1.本机关不掌握
  return 0.15;
}

/** Carried-over / carried-forward cells: share that are 0, and their size against the column's largest cell. */
const CARRY_ZERO = 0.5;
const CARRY_OF_MAX = 0.2;
/** Documents in force beyond this year's net change: up to this many per document issued a year. */
const IN_FORCE_PER_ISSUED = 20;
/** 2019 对外公开总数量 beyond this year's 公开: up to this many per document made a year. */
const TOTAL_PER_MADE = 30;
/** Non-issuers still list up to this many documents in force, half of them none. */
const NON_ISSUER_IN_FORCE = 20;

const APPLICANTS = APPLICANT_COLUMNS.length - 1;
const NATURAL_PERSON = 0;
const TOTAL = APPLICANTS;

/** An integer with a random number of digits, 1 … maxDigits (so magnitudes vary, not only values). */
export function magnitude(r: Random, maxDigits: number): number {
  const digits = r.int(1, maxDigits);
  return r.int(digits === 1 ? 1 : 10 ** (digits - 1), 10 ** digits - 1);
}

export interface RequestsTruth {
  requests: Requests;
  /** The same rows in table order (null = printed not-reported), for the printer and the tests. */
  table: RequestsInTableOrder;
}

export function randomRequests(r: Random, profile: ValueProfile, otherLayout: OtherLayout): RequestsTruth {
  const rows = resultRowCount(otherLayout);
  const numbers: number[][] = Array.from({ length: rows }, () => new Array<number>(APPLICANTS + 1).fill(0));
  const carriedOver = new Array<number>(APPLICANTS + 1).fill(0);
  const carriedForward = new Array<number>(APPLICANTS + 1).fill(0);
  const total = new Array<number>(APPLICANTS + 1).fill(0);
  const max = S.scaleMax[profile.scale];
  for (let c = 0; c < APPLICANTS; c++) {
    const orgColumn = c !== NATURAL_PERSON;
    if (max === 0 || (orgColumn && profile.nullStyle === "legalPersonBlank")) continue;
    const columnMax = orgColumn ? max * (S.orgColumnShare.min + r.next() * (S.orgColumnShare.max - S.orgColumnShare.min)) : max;
    const zeroShare = orgColumn ? profile.zeroShare + (1 - profile.zeroShare) / 2 : profile.zeroShare;
    for (let i = 0; i < rows; i++) {
      if (r.chance(zeroShare)) continue;
      numbers[i]![c] = r.int(1, Math.max(1, Math.round(columnMax * resultRowWeight(i))));
      total[c]! += numbers[i]![c]!;
    }
    const carry = Math.max(1, Math.ceil(columnMax * CARRY_OF_MAX));
    carriedOver[c] = r.chance(CARRY_ZERO) ? 0 : r.int(0, carry);
    carriedForward[c] = r.chance(CARRY_ZERO) ? 0 : r.int(0, carry);
  }
  // 一 + 二 = 三 + 四 per column: 新收 is what the other three leave.
  const newReceived = total.map((t, c) => {
    const received = t + carriedForward[c]! - carriedOver[c]!;
    if (received >= 0) return received;
    carriedOver[c] = t + carriedForward[c]!;
    return 0;
  });
  const all = [newReceived, carriedOver, ...numbers, total, carriedForward];
  for (const row of all) row[TOTAL] = row.slice(0, APPLICANTS).reduce((a, b) => a + b, 0);

  const printed = all.map((row, i) => blankCells(r, profile, row, i >= 2 && i < 2 + rows));
  const toRow = (values: Value[]) => values as unknown as RowValues;
  const table: RequestsInTableOrder = {
    newReceived: toRow(printed[0]!),
    carriedOver: toRow(printed[1]!),
    results: printed.slice(2, 2 + rows).map(toRow),
    total: toRow(printed[2 + rows]!),
    carriedForward: toRow(printed[3 + rows]!),
  };
  return { requests: requestsFromTable(table, otherLayout), table };
}

/** The printed row: cells the report leaves blank or dashed become null. */
function blankCells(r: Random, profile: ValueProfile, row: number[], resultRow: boolean): Value[] {
  switch (profile.nullStyle) {
    case "none":
      return row;
    case "blankZeros":
      return row.map((v) => (v === 0 ? null : v));
    case "legalPersonBlank":
      return row.map((v, c) => (c === NATURAL_PERSON || c === TOTAL ? v : null));
    case "resultTotalsBlank":
      return row.map((v, c) => (resultRow && c === TOTAL ? null : v));
    case "scattered":
      if (r.chance(S.blankRowShare)) return row.map(() => null);
      return row.map((v) => (r.chance(S.scatteredNullShare) ? null : v));
  }
}

/** A single value as printed under the profile (blank zeros, scattered dashes). */
function printedValue(r: Random, profile: ValueProfile, v: number): Value {
  if (profile.nullStyle === "blankZeros" && v === 0) return null;
  if (profile.nullStyle === "scattered" && r.chance(S.scatteredNullShare)) return null;
  return v;
}

export interface ReviewTruth {
  review: Review;
  /** Check ids (as arithmeticFailures gives them) the report prints wrong on purpose. */
  deliberateErrors: string[];
}

const REVIEW_GROUPS = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"] as const;
const REVIEW_MAX: Record<Scale, number> = { none: 0, small: 2, medium: 5, large: 25 };
/** Share of review groups with no cases at all. */
const EMPTY_REVIEW_GROUP = 0.55;
const MAX_DELIBERATE_DELTA = 3;

export function randomReview(r: Random, profile: ValueProfile): ReviewTruth {
  const review: Review = {};
  for (const g of REVIEW_GROUPS) {
    const empty = REVIEW_MAX[profile.scale] === 0 || r.chance(EMPTY_REVIEW_GROUP);
    const outcomes = [0, 1, 2, 3].map(() => (empty ? 0 : r.int(0, REVIEW_MAX[profile.scale])));
    const values = [...outcomes, outcomes.reduce((a, b) => a + b, 0)].map((v) => printedValue(r, profile, v));
    review[g] = { upheld: values[0]!, corrected: values[1]!, other: values[2]!, pending: values[3]!, total: values[4]! };
  }
  const deliberateErrors: string[] = [];
  if (r.chance(S.deliberateReviewError)) {
    const candidates = REVIEW_GROUPS.filter((g) => Object.values(review[g]!).every((v) => v !== null));
    if (candidates.length > 0) {
      const g = r.pick(candidates);
      const group = review[g] as ReviewGroup;
      const delta = r.int(1, MAX_DELIBERATE_DELTA);
      group.total = group.total! >= delta && r.chance(1 / 2) ? group.total! - delta : group.total! + delta;
      deliberateErrors.push(`review.groupTotals ${g}`);
    }
  }
  return { review, deliberateErrors };
}

/** Two decimals, or six (pingtan 4166.241619), of a log-uniform amount up to 10^maxDigits. */
function amount(r: Random, maxDigits: number, longDecimals: boolean): number {
  const places = longDecimals ? 6 : 2;
  const x = 10 ** (r.next() * maxDigits - 1);
  return Math.round(x * 10 ** places) / 10 ** places;
}

const MAX_DECISION_DIGITS = { licensing: 5, penalties: 4, enforcement: 3 } as const;
/** Share of agencies that issue 规章 (most departments and townships issue none). */
const ISSUES_REGULATIONS = 0.15;
const ZERO_DECISIONS = 0.25;

export function randomActive2021(r: Random, profile: ValueProfile): Active2021 {
  const v = (n: number) => printedValue(r, profile, n);
  const documents = (issuer: boolean, maxIssued: number) => {
    if (!issuer) return { issued: v(0), repealed: v(0), inForce: v(r.chance(1 / 2) ? 0 : r.int(1, NON_ISSUER_IN_FORCE)) };
    const issued = r.int(0, maxIssued);
    const repealed = r.int(0, Math.ceil(maxIssued / 2));
    return { issued: v(issued), repealed: v(repealed), inForce: v(Math.max(0, issued - repealed) + r.int(0, IN_FORCE_PER_ISSUED * maxIssued)) };
  };
  const decisions = (key: keyof typeof MAX_DECISION_DIGITS) => ({
    decisions: v(r.chance(ZERO_DECISIONS) ? 0 : magnitude(r, MAX_DECISION_DIGITS[key])),
  });
  const feeAmount = r.chance(S.feeZero) ? 0 : amount(r, 5, r.chance(S.feeLongDecimals));
  return {
    regulations: documents(r.chance(ISSUES_REGULATIONS), 3),
    normativeDocuments: documents(true, 25),
    licensing: decisions("licensing"),
    penalties: decisions("penalties"),
    enforcement: decisions("enforcement"),
    fees: { amount: v(feeAmount) },
  };
}

export type ProcurementUnit = keyof typeof S.procurementUnit;

export function procurementUnitText(style: ProcurementUnit): "万元" | "元" | null {
  if (style === "cellWanYuan" || style === "headerWanYuan") return "万元";
  if (style === "cellYuan" || style === "headerYuan") return "元";
  return null;
}

const MAX_CHANGE = 30;
const ZERO_CHANGE = 0.4;

export function randomActive2019(r: Random, profile: ValueProfile, unit: ProcurementUnit): Active2019 {
  const v = (n: number) => printedValue(r, profile, n);
  const documents = (maxMade: number) => {
    const made = r.int(0, maxMade);
    const published = r.int(0, made);
    return { made: v(made), published: v(published), totalPublished: v(published + r.int(0, TOTAL_PER_MADE * maxMade)) };
  };
  const change = () => (r.chance(ZERO_CHANGE) ? 0 : r.int(1, MAX_CHANGE) * (r.chance(1 / 2) ? -1 : 1));
  const items = (decisionDigits: number) => ({
    lastYearItems: v(r.chance(ZERO_DECISIONS) ? 0 : magnitude(r, 3)),
    change: v(change()),
    decisions: v(r.chance(ZERO_DECISIONS) ? 0 : magnitude(r, decisionDigits)),
  });
  const projects = r.chance(ZERO_DECISIONS) ? 0 : magnitude(r, 3);
  const unitText = procurementUnitText(unit);
  const procurementAmount = v(projects === 0 ? 0 : amount(r, unitText === "元" ? 8 : 5, false));
  // A unit printed in the cell is lost when the cell is printed not-reported; a header unit stays.
  const cellUnit = unit === "cellWanYuan" || unit === "cellYuan";
  const units = cellUnit && procurementAmount === null ? null : unitText;
  return {
    regulations: documents(r.chance(ISSUES_REGULATIONS) ? 3 : 0),
    normativeDocuments: documents(25),
    licensing: items(5),
    otherServices: items(4),
    penalties: items(4),
    enforcement: items(3),
    fees: { lastYearItems: v(r.int(0, 50)), change: v(change()) },
    procurement: { projects: v(projects), amount: procurementAmount, units },
  };
}
