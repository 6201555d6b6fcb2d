// Small hand-built records for unit tests.
import type { ReportRecord, Row, Value } from "../../src/record/schema.js";

/** A Row from the six applicant values and the total, in table order. */
export function row(naturalPerson: Value, commercial: Value, research: Value, publicInterest: Value, legalService: Value, otherOrg: Value, total: Value): Row {
  return { naturalPerson, commercial, research, publicInterest, legalService, otherOrg, total };
}

/** A Row with only 自然人 and 总计 filled, the other columns 0. */
export function people(naturalPerson: Value, total: Value = naturalPerson): Row {
  return row(naturalPerson, 0, 0, 0, 0, 0, total);
}

export const ZERO_ROW: Row = people(0);

/** A complete 2021-layout requests table, every row 0 unless overridden. */
export function requests2021(overrides: Partial<NonNullable<ReportRecord["requests"]>> = {}): NonNullable<ReportRecord["requests"]> {
  return {
    newReceived: ZERO_ROW,
    carriedOver: ZERO_ROW,
    granted: ZERO_ROW,
    partiallyGranted: ZERO_ROW,
    denied: {
      stateSecret: ZERO_ROW, lawForbidden: ZERO_ROW, threeSecurities: ZERO_ROW, thirdParty: ZERO_ROW,
      internalAffairs: ZERO_ROW, processInfo: ZERO_ROW, enforcementFile: ZERO_ROW, inquiry: ZERO_ROW,
    },
    unable: { notHeld: ZERO_ROW, needsCreation: ZERO_ROW, unclear: ZERO_ROW },
    notProcessed: { complaint: ZERO_ROW, repeated: ZERO_ROW, publication: ZERO_ROW, excessive: ZERO_ROW, confirmation: ZERO_ROW },
    other: { overdueCorrection: ZERO_ROW, overdueFee: ZERO_ROW, others: ZERO_ROW },
    total: ZERO_ROW,
    carriedForward: ZERO_ROW,
    ...overrides,
  };
}

type RecordParts = Partial<Omit<ReportRecord, "meta">> & { meta?: Partial<ReportRecord["meta"]> };

/** A record of a 2023 agency report, with the given parts. */
export function record(parts: RecordParts = {}, file = "report.html"): ReportRecord {
  const { meta, ...rest } = parts;
  return {
    meta: { title: "测试区人民政府2023年政府信息公开工作年度报告", organization: "测试区人民政府", year: 2023, template: "2021", ...meta },
    source: { file, format: "html" },
    nianbaoVersion: "test",
    provenance: {},
    checks: [],
    warnings: [],
    unmapped: [],
    ...rest,
  };
}
