// The review page's data: every report once, compactly. Record paths are stored once in a table and
// referred to by index, values as flat [pathIndex, value, ...] pairs, and only failed check
// instances are kept, so 10,000 reports stay a few tens of megabytes.
import type { CheckResult, ReportRecord } from "../record/schema.js";
import { crossChecksByReport, type ReportIdentity } from "./cross-checks.js";
import { activeTable, requestsTable, requestsVariantName, reviewTable, type DrawnTable } from "./table-layouts.js";
import { activeLayout, requestsVariant } from "./table-variant.js";

/** The record parts whose cells the page draws. */
const TABLE_PARTS = ["active", "requests", "review"] as const;

/** One failing instance: where, left, right, delta, nullAsZero (or null), indices of its paths. */
export type FailedInstance = [string, number | null, number | null, number | null, string | null, number[]];

export interface PageCheck {
  id: string;
  kind: CheckResult["kind"];
  instances: FailedInstance[];
  /** Instances of this check that passed or were skipped. */
  otherInstances: number;
}

export interface PageReport {
  title: string | null;
  organization: string | null;
  year: number | null;
  format: string;
  template: string;
  /** source.file as recorded (cross-report results name reports by it), the zip entry, the link to it (null: none). */
  file: string;
  entry: string | null;
  href: string | null;
  /** Indices into PageData.tables: the drawings of this report's tables, in print order. */
  tables: number[];
  /** Flat pairs [pathIndex, value] of every active/requests/review leaf. */
  cells: (number | string | null)[];
  /** Flat pairs [pathIndex, page] of cells whose provenance has a page. */
  pages: number[];
  /** Flat pairs [pathIndex, raw] where the printed text differs from the value as shown. */
  raws: (number | string)[];
  failedExact: number;
  failedSoft: number;
  passedChecks: number;
  skippedChecks: number;
  /** Failed checks only. */
  checks: PageCheck[];
  warnings: string[];
  unmapped: [string, string, string[]][];
  /** Indices into PageData.crossChecks. */
  crossChecks: number[];
}

export interface PageData {
  title: string;
  paths: string[];
  tables: DrawnTable[];
  /** Check id → formula, from the first result that carries one. */
  formulas: Record<string, string>;
  crossChecks: unknown[];
  reports: PageReport[];
}

export interface PageDataOptions {
  title?: string;
  /** Link from the page to a report's source file; null/"" for none. Default: source.file as recorded. */
  sourceHref?: (record: ReportRecord) => string | null | undefined;
  crossChecks?: unknown[];
}

/** Interns strings (paths, table drawings) into a list, returning stable indices. */
class Interner<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  indexOf(key: string, make: () => T): number {
    let found = this.index.get(key);
    if (found === undefined) {
      found = this.items.length;
      this.items.push(make());
      this.index.set(key, found);
    }
    return found;
  }
}

/** A record path as a trie node: walking a record reuses interned paths instead of building strings. */
interface PathNode {
  path: string;
  /** Index in the path table, assigned when a leaf is first seen there. */
  index: number;
  children: Map<string, PathNode>;
}

function newPathNode(path: string): PathNode {
  return { path, index: -1, children: new Map() };
}

function childNode(node: PathNode, key: string): PathNode {
  let child = node.children.get(key);
  if (!child) {
    child = newPathNode(node.path === "" ? key : `${node.path}.${key}`);
    node.children.set(key, child);
  }
  return child;
}

function collectCells(value: unknown, node: PathNode, paths: Interner<string>, cells: (number | string | null)[]): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const key in value) collectCells((value as Record<string, unknown>)[key], childNode(node, key), paths, cells);
  } else if (value === null || typeof value === "number" || typeof value === "string") {
    if (node.index < 0) node.index = paths.indexOf(node.path, () => node.path);
    cells.push(node.index, value);
  }
}

function summariseChecks(checks: readonly CheckResult[], paths: Interner<string>, formulas: Record<string, string>) {
  const failed: PageCheck[] = [];
  let failedExact = 0;
  let failedSoft = 0;
  let passedChecks = 0;
  let skippedChecks = 0;
  for (const check of checks) {
    if (check.formula && !(check.id in formulas)) formulas[check.id] = check.formula;
    if (check.status === "pass") passedChecks++;
    else if (check.status === "skipped") skippedChecks++;
    if (check.status !== "fail") continue;
    if (check.kind === "exact") failedExact++;
    else failedSoft++;
    const instances: FailedInstance[] = [];
    for (const instance of check.instances) {
      if (instance.status !== "fail") continue;
      instances.push([
        instance.where,
        instance.left,
        instance.right,
        instance.delta,
        instance.nullAsZero ?? null,
        instance.paths.map((p) => paths.indexOf(p, () => p)),
      ]);
    }
    failed.push({ id: check.id, kind: check.kind, instances, otherInstances: check.instances.length - instances.length });
  }
  return { failed, failedExact, failedSoft, passedChecks, skippedChecks };
}

/**
 * Builds the page data one record at a time, keeping only the compact page form of each (a run's
 * records are streamed from reports.jsonl, never all held at once). Report index = order added.
 */
export class PageDataBuilder {
  private readonly paths = new Interner<string>();
  private readonly pathRoot = newPathNode("");
  private readonly tables = new Interner<DrawnTable>();
  private readonly formulas: Record<string, string> = {};
  private readonly reports: PageReport[] = [];
  private readonly identities: ReportIdentity[] = [];

  constructor(private readonly options: Omit<PageDataOptions, "crossChecks"> = {}) {}

  add(record: ReportRecord): void {
    const { paths, pathRoot, tables, formulas, options } = this;
    const drawn: number[] = [];
    const active = activeLayout(record);
    if (active) drawn.push(tables.indexOf(`active:${active}`, () => activeTable(active)));
    const requests = requestsVariant(record);
    if (requests) drawn.push(tables.indexOf(`requests:${requestsVariantName(requests)}`, () => requestsTable(requests)));
    if (record.review) drawn.push(tables.indexOf("review", reviewTable));

    const cells: (number | string | null)[] = [];
    for (const part of TABLE_PARTS) {
      if (record[part] !== undefined) collectCells(record[part], childNode(pathRoot, part), paths, cells);
    }
    const pageList: number[] = [];
    const raws: (number | string)[] = [];
    for (let i = 0; i < cells.length; i += 2) {
      const pathIndex = cells[i] as number;
      const source = record.provenance[paths.items[pathIndex]!];
      if (!source) continue;
      if (source.page !== undefined) pageList.push(pathIndex, source.page);
      const shown = cells[i + 1] === null ? "" : String(cells[i + 1]);
      if (source.raw.trim() !== shown) raws.push(pathIndex, source.raw);
    }
    const checks = summariseChecks(record.checks, paths, formulas);
    const href = options.sourceHref ? options.sourceHref(record) : record.source.file;
    this.identities.push({
      meta: { organization: record.meta.organization, year: record.meta.year },
      source: { file: record.source.file, ...(record.source.sha256 ? { sha256: record.source.sha256 } : {}) },
    });
    this.reports.push({
      title: record.meta.title,
      organization: record.meta.organization,
      year: record.meta.year,
      format: record.source.format,
      template: record.meta.template,
      file: record.source.file,
      entry: record.source.zipEntry ?? null,
      href: href ? href : null,
      tables: drawn,
      cells,
      pages: pageList,
      raws,
      failedExact: checks.failedExact,
      failedSoft: checks.failedSoft,
      passedChecks: checks.passedChecks,
      skippedChecks: checks.skippedChecks,
      checks: checks.failed,
      warnings: record.warnings,
      unmapped: record.unmapped.map((u) => [u.table, u.label, u.values]),
      crossChecks: [],
    });
  }

  /** The page data, with each report pointing at the cross-report results that concern it. */
  finish(crossChecks: unknown[] = []): PageData {
    const crossByReport = crossChecksByReport(this.identities, crossChecks);
    this.reports.forEach((report, index) => (report.crossChecks = crossByReport[index] ?? []));
    return {
      title: this.options.title ?? `nianbao review — ${this.reports.length} reports`,
      paths: this.paths.items,
      tables: this.tables.items,
      formulas: this.formulas,
      crossChecks,
      reports: this.reports,
    };
  }
}

/** Builds the page data for `records` (in the order given: report index = position). */
export function buildPageData(records: readonly ReportRecord[], options: PageDataOptions = {}): PageData {
  const { crossChecks, ...rest } = options;
  const builder = new PageDataBuilder(rest);
  for (const record of records) builder.add(record);
  return builder.finish(crossChecks);
}
