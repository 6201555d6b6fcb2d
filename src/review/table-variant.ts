// Which drawing of each table fits a record: decided from the keys the record actually holds (a
// 2023 report may carry a 2021 active table and a 2019-style （六） row), falling back to meta.
import type { ReportRecord } from "../record/schema.js";
import type { Layout, RequestsVariant, SubtotalGroup } from "./table-layouts.js";

const SUBTOTAL_GROUPS: readonly SubtotalGroup[] = ["denied", "unable", "notProcessed", "other"];
/** Keys only the 2019 主动公开 table has. */
const ACTIVE_2019_PARTS = ["otherServices", "procurement"];
const ACTIVE_2019_FIELDS = ["made", "published", "totalPublished", "lastYearItems", "change"];

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function activeLayout(record: Pick<ReportRecord, "meta" | "active">): Layout | undefined {
  const active = record.active as Record<string, unknown> | undefined;
  if (!isObject(active)) return undefined;
  if (ACTIVE_2019_PARTS.some((part) => part in active)) return "2019";
  const parts = Object.values(active).filter(isObject);
  if (parts.some((part) => ACTIVE_2019_FIELDS.some((field) => field in part))) return "2019";
  if (parts.length > 0) return "2021";
  return record.meta.tableLayouts?.active ?? record.meta.template;
}

/** A Row has the applicant columns itself; the 2021 （六） object has sub-rows instead. */
function isRow(value: unknown): boolean {
  return isObject(value) && ("total" in value || "naturalPerson" in value);
}

export function requestsVariant(record: Pick<ReportRecord, "meta" | "requests">): RequestsVariant | undefined {
  const requests = record.requests;
  if (!isObject(requests)) return undefined;
  const layout: Layout =
    requests.other !== undefined
      ? isRow(requests.other)
        ? "2019"
        : "2021"
      : (record.meta.requestsLayout ?? record.meta.tableLayouts?.requests ?? record.meta.template);
  let orgSubtotal = false;
  const visit = (node: unknown): void => {
    if (orgSubtotal || !isObject(node)) return;
    if ("orgSubtotal" in node) orgSubtotal = true;
    else for (const child of Object.values(node)) visit(child);
  };
  visit(requests);
  const printed = isObject(requests.subtotals) ? requests.subtotals : {};
  const subtotals = SUBTOTAL_GROUPS.filter((group) => printed[group] !== undefined);
  return { layout, orgSubtotal, subtotals };
}
