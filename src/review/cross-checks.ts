// Which reports a cross-report result (e.g. crossYear.carryover between two years of one agency)
// belongs to. The results are taken as given: an item belongs to every report whose source file or
// sha256 it names anywhere, or whose organization and year it names.
import type { ReportRecord } from "../record/schema.js";

/** How deep inside a result to look for file names (instances → paths are shallow). */
const MAX_SEARCH_DEPTH = 4;

function collectStrings(value: unknown, depth: number, into: Set<string>): void {
  if (typeof value === "string") into.add(value);
  else if (depth < MAX_SEARCH_DEPTH && value !== null && typeof value === "object") {
    for (const child of Array.isArray(value) ? value : Object.values(value)) collectStrings(child, depth + 1, into);
  }
}

function yearsOf(item: Record<string, unknown>): number[] {
  const years: number[] = [];
  for (const key of ["year", "years", "fromYear", "toYear"]) {
    const value = item[key];
    if (typeof value === "number") years.push(value);
    else if (Array.isArray(value)) years.push(...value.filter((v): v is number => typeof v === "number"));
  }
  return years;
}

/** What attribution reads of a report. */
export interface ReportIdentity {
  meta: Pick<ReportRecord["meta"], "organization" | "year">;
  source: Pick<ReportRecord["source"], "file" | "sha256">;
}

/** For every report (by index), the indices of the cross-report results that concern it. */
export function crossChecksByReport(
  records: readonly ReportIdentity[],
  crossChecks: readonly unknown[],
): number[][] {
  const byReport: number[][] = records.map(() => []);
  if (crossChecks.length === 0) return byReport;
  const byIdentity = new Map<string, number[]>();
  const add = (key: string | undefined, index: number): void => {
    if (!key) return;
    const list = byIdentity.get(key);
    if (list) list.push(index);
    else byIdentity.set(key, [index]);
  };
  records.forEach((record, index) => {
    add(record.source.file, index);
    add(record.source.sha256, index);
    if (record.meta.organization && record.meta.year !== null) add(`${record.meta.organization}\u0000${record.meta.year}`, index);
  });
  crossChecks.forEach((item, itemIndex) => {
    const reports = new Set<number>();
    const strings = new Set<string>();
    collectStrings(item, 0, strings);
    for (const text of strings) for (const index of byIdentity.get(text) ?? []) reports.add(index);
    if (item !== null && typeof item === "object" && !Array.isArray(item)) {
      const fields = item as Record<string, unknown>;
      if (typeof fields.organization === "string") {
        for (const year of yearsOf(fields)) for (const index of byIdentity.get(`${fields.organization}\u0000${year}`) ?? []) reports.add(index);
      }
    }
    for (const index of reports) byReport[index]!.push(itemIndex);
  });
  return byReport;
}
