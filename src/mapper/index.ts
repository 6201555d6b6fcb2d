// The mapper: a document's Layout (text items and grids) → one validated ReportRecord.
// Finds the three tables by their labels, maps rows and columns by label, reads the numbers,
// fills meta, runs the checks, and lists what it could not place.
import type { Layout } from "../grid/types.js";
import type { z } from "zod";
import { Active2019, Active2021, ReportRecord, type SourceInfo } from "../record/schema.js";
import { InputError } from "../tokens/types.js";
import { runChecks } from "../checks/index.js";
import { NIANBAO_VERSION } from "../version.js";
import { mapActive } from "./activeTable.js";
import { newContext, oneLine } from "./context.js";
import { findMeta } from "./meta.js";
import { stripWhitespace } from "./normalize.js";
import { mapRequests } from "./requestsTable.js";
import { mapReview } from "./reviewTable.js";
import { splitSections } from "./sections.js";
import { defaultMapperSettings, type MapperSettings } from "./settings.js";
import { findBands, type TableKind } from "./tableBands.js";

export { defaultMapperSettings, type MapperSettings } from "./settings.js";
export { splitSections, type NarrativeContext } from "./sections.js";

export interface MapOptions {
  nianbaoVersion?: string;
  settings?: Partial<MapperSettings>;
}

const TABLE_NAMES: Record<TableKind, string> = { active: "主动公开", requests: "申请", review: "复议诉讼" };

/**
 * Why a document gave no record: "not an annual report", or — when its text says it is one — that
 * its tables could not be read, which is what the user must then fix (pictures, scans, no lines).
 */
function noTablesReason(layout: Layout, sections: ReturnType<typeof splitSections>): string {
  const text = sections.narrative.fullText;
  const saysReport = text.includes("政府信息公开") && /年度报告|年报/.test(text);
  if (!saysReport) return "not an annual report: none of the three disclosure tables found";
  const grids = layout.items.filter((item) => item.kind === "grid").length;
  return grids === 0
    ? "annual report without readable tables: the document has no tables (pictures of tables, a scan, or tables drawn without lines?)"
    : `annual report without readable tables: none of its ${grids} table${grids === 1 ? "" : "s"} is one of the three disclosure tables`;
}

/** Map one document's layout to its record; throws InputError for a document that is no report. */
export function mapReport(layout: Layout, source: SourceInfo, options: MapOptions = {}): ReportRecord {
  const settings = { ...defaultMapperSettings, ...options.settings };
  const ctx = newContext(settings);
  const sections = splitSections(layout, settings);
  const meta = findMeta(layout, sections, settings);
  const bands = findBands(layout, sections);
  const of = (kind: TableKind) => bands.filter((b) => b.kind === kind);

  const active = mapActive(ctx, of("active"), meta.year);
  const requests = mapRequests(ctx, of("requests"));
  const review = mapReview(ctx, of("review"));
  if (!active.found && !requests.found && !review.found) throw new InputError("map", noTablesReason(layout, sections));
  const warnings = [...layout.warnings.map(oneLine), ...meta.warnings];
  for (const [kind, result] of [["active", active], ["requests", requests], ["review", review]] as const) {
    if (!result.found) warnings.push(`no ${TABLE_NAMES[kind]} table (${kind}) found; the record has no ${kind} key`);
  }
  let template = active.template;
  if (!template) {
    template = meta.year !== null && meta.year <= 2020 ? "2019" : "2021";
    warnings.push(`meta.template "${template}" assumed from the year (no 主动公开 table to read it from)`);
  }
  warnings.push(...ctx.warnings);
  if (Object.values(ctx.provenance).every((p) => stripWhitespace(p.raw) === "")) {
    warnings.push("no values: every table cell is blank");
  }

  const record: Omit<ReportRecord, "checks"> = {
    meta: {
      title: meta.title,
      organization: meta.organization,
      year: meta.year,
      template,
      ...(requests.layout ? { requestsLayout: requests.layout } : {}),
      tableLayouts: {
        ...(active.template ? { active: active.template } : {}),
        ...(requests.layout ? { requests: requests.layout } : {}),
      },
      ...(meta.periodYear !== undefined ? { periodYear: meta.periodYear } : {}),
      ...(meta.publishDate ? { publishDate: meta.publishDate } : {}),
    },
    ...(active.active ? { active: active.active } : {}),
    ...(requests.requests ? { requests: requests.requests } : {}),
    ...(review.review ? { review: review.review } : {}),
    source,
    nianbaoVersion: options.nianbaoVersion ?? NIANBAO_VERSION,
    provenance: ctx.provenance,
    warnings,
    unmapped: ctx.unmapped,
  };
  const full: ReportRecord = { ...record, checks: runChecks(record, sections.narrative) };
  validate(RECORD_CONTRACT, full, "");
  // The union of the two active layouts must also agree with the layout the table was read as.
  if (full.active) validate(template === "2019" ? ACTIVE_2019 : ACTIVE_2021, full.active, "active.");
  return full;
}

// Built once: zod compiles a schema on first use, so a per-call .strict() would recompile each time.
const ACTIVE_2019 = Active2019.strict();
// The contract part and meta are validated on every record; provenance, checks and warnings are
// built by typed code here and validated against the whole schema in the tests (a fifth of the
// mapper's time went to re-parsing them).
const RECORD_CONTRACT = ReportRecord.pick({ meta: true, active: true, requests: true, review: true, source: true });
const ACTIVE_2021 = Active2021.strict();

function validate(schema: z.ZodType, value: unknown, prefix: string): void {
  const parsed = schema.safeParse(value);
  if (parsed.success) return;
  const issue = parsed.error.issues[0];
  throw new InputError("validate", `record does not fit the schema at ${prefix}${issue?.path.join(".") ?? "?"}: ${oneLine(issue?.message ?? "invalid")}`);
}
