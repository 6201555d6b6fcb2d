// Checks across a batch (templates.md §11.4): the same agency's reports of consecutive years y-1 → y.
import { APPLICANT_COLUMNS, type CheckInstance, type CheckResult, type ReportRecord } from "../record/schema.js";
import { groupAgencies, matchHow, normaliseAgencyName, type AgencyMatch } from "./agency.js";
import { runDefinition, type CheckDefinition } from "./check.js";
import { exactInstance, softInstance, type Operand } from "./operands.js";
import { activeLayout, activeValue } from "./recordParts.js";
import { MAX_CROSS_YEAR_PAIRS, OUTLIER_FACTOR, OUTLIER_MIN_CHANGE } from "./settings.js";

export type CrossReportResult = CheckResult & {
  reports: { file: string; year: number }[];
  organization: string;
  match: { how: AgencyMatch; names: string[] };
};

type PairCheck = CheckDefinition<[ReportRecord, ReportRecord]>;

/** The report's file, with its entry when it was read from a .zip (`archive.zip!2023.pdf`). */
function reportFile(record: ReportRecord): string {
  const { file, zipEntry } = record.source;
  return zipEntry ? `${file}!${zipEntry}` : file;
}

/** A record path inside one report of the batch, so a UI can link to it: `{file}#requests.carriedOver.total`. */
function at(record: ReportRecord, path: string): string {
  return `${reportFile(record)}#${path}`;
}

function activeOperand(record: ReportRecord, block: string, field: string, negate = false): Operand {
  return { path: at(record, `active.${block}.${field}`), value: activeValue(record, block, field), negate };
}

const DOCUMENT_BLOCKS = ["regulations", "normativeDocuments"] as const;
const PROJECT_BLOCKS = ["licensing", "otherServices", "penalties", "enforcement", "fees"] as const;

export const crossYearCarryover: PairCheck = {
  id: "crossYear.carryover",
  kind: "exact",
  formula: "requests.carriedOver[c](y) == requests.carriedForward[c](y-1)",
  evaluate(previous, current) {
    if (!previous.requests || !current.requests) return [];
    return APPLICANT_COLUMNS.map((c) =>
      exactInstance(
        `column ${c}`,
        [{ path: at(current, `requests.carriedOver.${c}`), value: current.requests?.carriedOver?.[c] }],
        [{ path: at(previous, `requests.carriedForward.${c}`), value: previous.requests?.carriedForward?.[c] }],
      ),
    );
  },
};

/** left = inForce(y-1) + issued(y) - repealed(y), right = inForce(y) as printed. */
export const crossYearInForce: PairCheck = {
  id: "crossYear.inForce",
  kind: "soft",
  formula: "active.X.inForce(y-1) + active.X.issued(y) - active.X.repealed(y) == active.X.inForce(y)",
  evaluate(previous, current) {
    if (activeLayout(previous) !== "2021" || activeLayout(current) !== "2021") return null;
    if (!previous.active || !current.active) return [];
    return DOCUMENT_BLOCKS.map((block) =>
      softInstance(
        block,
        [activeOperand(previous, block, "inForce"), activeOperand(current, block, "issued"), activeOperand(current, block, "repealed", true)],
        [activeOperand(current, block, "inForce")],
      ),
    );
  },
};

/** left = lastYearItems(y-1) + change(y-1), right = lastYearItems(y) as printed. */
export const crossYearProjectItems2019: PairCheck = {
  id: "crossYear.projectItems2019",
  kind: "soft",
  formula: "active.X.lastYearItems(y-1) + active.X.change(y-1) == active.X.lastYearItems(y)",
  evaluate(previous, current) {
    if (activeLayout(previous) !== "2019" || activeLayout(current) !== "2019") return null;
    if (!previous.active || !current.active) return [];
    return PROJECT_BLOCKS.map((block) =>
      softInstance(
        block,
        [activeOperand(previous, block, "lastYearItems"), activeOperand(previous, block, "change")],
        [activeOperand(current, block, "lastYearItems")],
      ),
    );
  },
};

/** left = totalPublished(y-1) + published(y), right = totalPublished(y) as printed. */
export const crossYearTotalPublished2019: PairCheck = {
  id: "crossYear.totalPublished2019",
  kind: "soft",
  formula: "active.X.totalPublished(y-1) + active.X.published(y) == active.X.totalPublished(y)",
  evaluate(previous, current) {
    if (activeLayout(previous) !== "2019" || activeLayout(current) !== "2019") return null;
    if (!previous.active || !current.active) return [];
    return DOCUMENT_BLOCKS.map((block) =>
      softInstance(
        block,
        [activeOperand(previous, block, "totalPublished"), activeOperand(current, block, "published")],
        [activeOperand(current, block, "totalPublished")],
      ),
    );
  },
};

/** left = template(y), right = template(y-1): a later report should not fall back to the 2019 layout. */
export const crossYearTemplateMonotonic: PairCheck = {
  id: "crossYear.templateMonotonic",
  kind: "soft",
  formula: 'meta.template(y-1) == "2021" => meta.template(y) == "2021"',
  evaluate(previous, current) {
    return [
      softInstance(
        `${previous.meta.year} → ${current.meta.year}`,
        [{ path: at(current, "meta.template"), value: Number(current.meta.template) }],
        [{ path: at(previous, "meta.template"), value: Number(previous.meta.template) }],
        "atLeast",
      ),
    ];
  },
};

/** Counts whose year-on-year jump suggests a misread cell or a changed scope (compared when both reports print them). */
const OUTLIER_MEASURES: { path: string; read: (record: ReportRecord) => number | null | undefined }[] = [
  { path: "requests.newReceived.total", read: (r) => r.requests?.newReceived?.total },
  ...(
    [
      ["regulations", "issued"],
      ["normativeDocuments", "issued"],
      ["normativeDocuments", "made"],
      ["licensing", "decisions"],
      ["penalties", "decisions"],
      ["enforcement", "decisions"],
    ] as const
  ).map(([block, field]) => ({ path: `active.${block}.${field}`, read: (r: ReportRecord) => activeValue(r, block, field) })),
];

/** left = count in y, right = count in y-1; fails when it changes by ≥ OUTLIER_MIN_CHANGE and by a factor > OUTLIER_FACTOR. */
export const crossYearOutlier: PairCheck = {
  id: "crossYear.outlier",
  kind: "soft",
  formula: `|x(y) - x(y-1)| >= ${OUTLIER_MIN_CHANGE} => max(x(y), x(y-1)) <= ${OUTLIER_FACTOR} * min(x(y), x(y-1))`,
  evaluate(previous, current) {
    const instances: CheckInstance[] = [];
    for (const { path, read } of OUTLIER_MEASURES) {
      const before = read(previous);
      const after = read(current);
      if (before === undefined || after === undefined) continue; // not printed in one of the formats
      const instance = softInstance(path, [{ path: at(current, path), value: after }], [{ path: at(previous, path), value: before }]);
      if (instance.status !== "skipped" && before !== null && after !== null) {
        const jump = Math.abs(after - before) >= OUTLIER_MIN_CHANGE && Math.max(after, before) > OUTLIER_FACTOR * Math.min(after, before);
        instance.status = jump ? "fail" : "pass";
      }
      instances.push(instance);
    }
    return instances;
  },
};

export const CROSS_REPORT_CHECKS: readonly PairCheck[] = [
  crossYearCarryover,
  crossYearInForce,
  crossYearProjectItems2019,
  crossYearTotalPublished2019,
  crossYearTemplateMonotonic,
  crossYearOutlier,
];

/** One skipped result in place of the pairs of an agency-year whose reports cannot be told apart. */
function ambiguousPairing(organization: string, previous: ReportRecord[], current: ReportRecord[], year: number): CrossReportResult {
  const all = [...previous, ...current];
  const names = [...new Set(all.map((r) => r.meta.organization!))];
  return {
    id: "crossYear.pairing",
    kind: "soft",
    status: "skipped",
    formula: `${previous.length} reports for ${year - 1} × ${current.length} for ${year} under one agency name: more than ${MAX_CROSS_YEAR_PAIRS} pairs, not compared`,
    instances: [],
    reports: all.map((r) => ({ file: reportFile(r), year: r.meta.year! })),
    organization,
    match: { how: names.length === 1 ? "exact" : matchHow(names[0]!, names[1]!), names },
  };
}

/**
 * Runs the cross-year checks on every pair of reports of one agency for consecutive years.
 * Records without organization or year cannot be placed and are left out. Two reports of one
 * agency and year (e.g. the same report as HTML and PDF) each pair with the neighbouring years.
 */
export function crossReportChecks(records: ReportRecord[]): CrossReportResult[] {
  const placed = records.filter((r) => r.meta.organization !== null && r.meta.year !== null);
  const normalised = placed.map((r) => normaliseAgencyName(r.meta.organization!));
  const { groupOf, nameOf } = groupAgencies(normalised);

  // Group → year → records, so each record only meets its agency's previous year.
  const byAgency = new Map<number, Map<number, ReportRecord[]>>();
  placed.forEach((record, i) => {
    const group = groupOf.get(normalised[i]!)!;
    let years = byAgency.get(group);
    if (!years) byAgency.set(group, (years = new Map()));
    const list = years.get(record.meta.year!) ?? [];
    list.push(record);
    years.set(record.meta.year!, list);
  });

  const results: CrossReportResult[] = [];
  for (const [group, years] of byAgency) {
    for (const year of [...years.keys()].sort((a, b) => a - b)) {
      const previousYear = years.get(year - 1);
      if (!previousYear) continue;
      const currentYear = years.get(year)!;
      if (previousYear.length * currentYear.length > MAX_CROSS_YEAR_PAIRS) {
        results.push(ambiguousPairing(nameOf.get(group)!, previousYear, currentYear, year));
        continue;
      }
      for (const previous of previousYear) {
        for (const current of currentYear) {
          const names = [...new Set([previous.meta.organization!, current.meta.organization!])];
          const context = {
            reports: [
              { file: reportFile(previous), year: year - 1 },
              { file: reportFile(current), year },
            ],
            organization: nameOf.get(group)!,
            match: { how: matchHow(previous.meta.organization!, current.meta.organization!), names },
          };
          for (const definition of CROSS_REPORT_CHECKS) {
            const result = runDefinition(definition, previous, current);
            if (result) results.push({ ...result, ...context });
          }
        }
      }
    }
  }
  return results;
}
