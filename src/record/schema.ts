// The report record (../shared/spec/record.md). Keys of meta/active/requests/review are the
// contract with analysts and must stay exactly as they are; everything else is added beside them.
import { z } from "zod";
import { BBox, SourceFormat } from "../tokens/types.js";

/** A printed number, or null when the cell is blank / dash / slash / 无 (not reported). */
export const Value = z.number().nullable();
export type Value = z.infer<typeof Value>;

export const APPLICANT_COLUMNS = [
  "naturalPerson",
  "commercial",
  "research",
  "publicInterest",
  "legalService",
  "otherOrg",
  "total",
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

export const Row = z.object({
  naturalPerson: Value,
  commercial: Value,
  research: Value,
  publicInterest: Value,
  legalService: Value,
  otherOrg: Value,
  total: Value,
  /** Added: 法人或其他组织 小计 column, only when printed. */
  orgSubtotal: Value.optional(),
});
export type Row = z.infer<typeof Row>;

// ---- 二、主动公开 ----
// Inner objects are strict so that the union below never reads a 2019 block as a 2021 one
// (a non-strict object would strip lastYearItems/change and keep only decisions).
export const Active2021 = z.object({
  regulations: z.object({ issued: Value, repealed: Value, inForce: Value }).strict().optional(),
  normativeDocuments: z.object({ issued: Value, repealed: Value, inForce: Value }).strict().optional(),
  licensing: z.object({ decisions: Value }).strict().optional(),
  penalties: z.object({ decisions: Value }).strict().optional(),
  enforcement: z.object({ decisions: Value }).strict().optional(),
  fees: z.object({ amount: Value, units: z.string().nullable().optional() }).strict().optional(),
});
export type Active2021 = z.infer<typeof Active2021>;

const Items2019 = z.object({ lastYearItems: Value, change: Value, decisions: Value }).strict();
export const Active2019 = z.object({
  regulations: z.object({ made: Value, published: Value, totalPublished: Value }).strict().optional(),
  normativeDocuments: z.object({ made: Value, published: Value, totalPublished: Value }).strict().optional(),
  licensing: Items2019.optional(),
  otherServices: Items2019.optional(),
  penalties: Items2019.optional(),
  enforcement: Items2019.optional(),
  fees: z.object({ lastYearItems: Value, change: Value }).strict().optional(),
  procurement: z.object({ projects: Value, amount: Value, units: z.string().nullable() }).strict().optional(),
});
export type Active2019 = z.infer<typeof Active2019>;

// ---- 三、申请 ----
export const Denied = z.object({
  stateSecret: Row.optional(),
  lawForbidden: Row.optional(),
  threeSecurities: Row.optional(),
  thirdParty: Row.optional(),
  internalAffairs: Row.optional(),
  processInfo: Row.optional(),
  enforcementFile: Row.optional(),
  inquiry: Row.optional(),
});
export const Unable = z.object({ notHeld: Row.optional(), needsCreation: Row.optional(), unclear: Row.optional() });
export const NotProcessed = z.object({
  complaint: Row.optional(),
  repeated: Row.optional(),
  publication: Row.optional(),
  excessive: Row.optional(),
  confirmation: Row.optional(),
});
export const OtherObject = z.object({
  overdueCorrection: Row.optional(),
  overdueFee: Row.optional(),
  others: Row.optional(),
});

export const Requests = z.object({
  newReceived: Row.optional(),
  carriedOver: Row.optional(),
  granted: Row.optional(),
  partiallyGranted: Row.optional(),
  denied: Denied.optional(),
  unable: Unable.optional(),
  notProcessed: NotProcessed.optional(),
  /** Object with three sub-rows (2021 layout) or a single Row (2019 layout). */
  other: z.union([OtherObject.strict(), Row]).optional(),
  total: Row.optional(),
  carriedForward: Row.optional(),
  /** Added: printed group subtotal rows. */
  subtotals: z
    .object({ denied: Row.optional(), unable: Row.optional(), notProcessed: Row.optional(), other: Row.optional() })
    .optional(),
});
export type Requests = z.infer<typeof Requests>;

// ---- 四、复议诉讼 ----
export const ReviewGroup = z.object({ upheld: Value, corrected: Value, other: Value, pending: Value, total: Value });
export type ReviewGroup = z.infer<typeof ReviewGroup>;
export const Review = z.object({
  reconsideration: ReviewGroup.optional(),
  litigationDirect: ReviewGroup.optional(),
  litigationAfterReconsideration: ReviewGroup.optional(),
});
export type Review = z.infer<typeof Review>;

// ---- beside the contract keys ----
export const CheckInstance = z.object({
  where: z.string(),
  left: z.number().nullable(),
  right: z.number().nullable(),
  delta: z.number().nullable(),
  status: z.enum(["pass", "fail", "skipped"]),
  /** Record paths of the cells involved, e.g. "requests.total.total". */
  paths: z.array(z.string()),
  /** Exact checks: the same formula with null read as 0. */
  nullAsZero: z.enum(["pass", "fail"]).optional(),
});
export type CheckInstance = z.infer<typeof CheckInstance>;

export const CheckResult = z.object({
  id: z.string(),
  kind: z.enum(["exact", "soft"]),
  /** fail if any instance fails; skipped if all are skipped; pass otherwise. */
  status: z.enum(["pass", "fail", "skipped"]),
  formula: z.string().optional(),
  instances: z.array(CheckInstance),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** Where one record value came from. */
export const CellSource = z.object({
  raw: z.string(),
  grid: z.number().int().nonnegative(),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  page: z.number().int().positive().optional(),
  bbox: BBox.optional(),
  tableIndex: z.number().int().nonnegative().optional(),
  path: z.string().optional(),
});
export type CellSource = z.infer<typeof CellSource>;

export const SourceInfo = z.object({
  /** Path as given on the command line (or relative to the folder given). */
  file: z.string(),
  format: SourceFormat,
  sha256: z.string().optional(),
  bytes: z.number().int().nonnegative().optional(),
  /** Entry name when the document was read from a .zip archive. */
  zipEntry: z.string().optional(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;

export const Meta = z.object({
  title: z.string().nullable(),
  organization: z.string().nullable(),
  year: z.number().int().nullable(),
  template: z.enum(["2019", "2021"]),
  /** Added: layout of the requests table's （六）: "2021" = three sub-rows, "2019" = one row. */
  requestsLayout: z.enum(["2019", "2021"]).optional(),
  /** Added: layout per table as detected. */
  tableLayouts: z
    .object({
      active: z.enum(["2019", "2021"]).optional(),
      requests: z.enum(["2019", "2021"]).optional(),
    })
    .optional(),
  /** Added: the statistics period sentence's year, when printed. */
  periodYear: z.number().int().optional(),
  /** Added: publish date (YYYY-MM-DD) when the page states one; never used for `year`. */
  publishDate: z.string().optional(),
});
export type Meta = z.infer<typeof Meta>;

export const ReportRecord = z.object({
  meta: Meta,
  active: z.union([Active2021.strict(), Active2019.strict()]).optional(),
  requests: Requests.optional(),
  review: Review.optional(),
  // -- added fields --
  source: SourceInfo,
  nianbaoVersion: z.string(),
  /** Record path (e.g. "requests.granted.total") → where its value came from. */
  provenance: z.record(z.string(), CellSource),
  checks: z.array(CheckResult),
  warnings: z.array(z.string()),
  /** Rows or columns found in a table that map to no record key, with their raw text. */
  unmapped: z.array(z.object({ table: z.string(), label: z.string(), values: z.array(z.string()), grid: z.number().int() })),
});
export type ReportRecord = z.infer<typeof ReportRecord>;
