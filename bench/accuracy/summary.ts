// The figures of one harness run: per format the share of contract cells right (table cells, the
// goal metric, and meta), records that failed outright, and the failing cells grouped by table row
// with the variants they go with and one example file each.
import { CellComparison, columnOf, rowOf, tableOf } from "./compare.js";

export type MeasuredFormat = "html" | "docx" | "pdf";

export interface DocumentResult {
  /** File name inside the run folder. */
  file: string;
  format: MeasuredFormat;
  tags: string[];
  cells: CellComparison[];
  /** processDocument threw: its one-line message. */
  error?: string;
  ms: number;
}

/** Goal share of table cells right, per format (the project's acceptance bar). */
export const GOALS: Record<MeasuredFormat, number> = { html: 0.995, docx: 0.995, pdf: 0.99 };
/** Failure groups and variants listed. */
export const TOP_GROUPS = 15;
export const TOP_VARIANTS = 12;
export const TOP_ERRORS = 5;
/** A variant is associated with a failure group when at least this share of the group's documents has it… */
export const ASSOCIATION_MIN_SHARE = 0.8;
/** …and it is at least this many times more common there than among all documents measured. */
export const ASSOCIATION_MIN_LIFT = 1.5;
export const ASSOCIATED_SHOWN = 3;
/** A variant is listed only when this many documents carry it and this many of those are imperfect. */
export const MIN_DOCUMENTS_PER_VARIANT = 3;
export const MIN_IMPERFECT_PER_VARIANT = 2;
/** Below this many documents a failure group's shared variants are only a hint. */
export const ASSOCIATION_MIN_DOCS = 3;

const FORMATS: MeasuredFormat[] = ["html", "docx", "pdf"];
const percent = (right: number, total: number) => (total === 0 ? "—" : `${((100 * right) / total).toFixed(2)}%`);
const isTableCell = (c: CellComparison) => tableOf(c.path) !== "meta";
const show = (v: unknown) => (v === undefined ? "absent" : JSON.stringify(v));

interface Tally {
  right: number;
  total: number;
}
const tally = (cells: CellComparison[]): Tally => ({ right: cells.filter((c) => c.ok).length, total: cells.length });

export function formatSummary(results: DocumentResult[], where: (file: string) => string): string {
  const lines: string[] = [];
  lines.push("format  docs  table cells right / total      meta right / total   all right  failed  ms/doc (median)");
  for (const format of FORMATS) {
    const docs = results.filter((r) => r.format === format);
    if (docs.length === 0) continue;
    const cells = docs.flatMap((d) => d.cells);
    const table = tally(cells.filter(isTableCell));
    const meta = tally(cells.filter((c) => !isTableCell(c)));
    const perfect = docs.filter((d) => !d.error && d.cells.every((c) => c.ok)).length;
    const failed = docs.filter((d) => d.error).length;
    const goal = table.right / table.total >= GOALS[format] ? "meets" : "BELOW";
    lines.push(
      `${format.padEnd(6)}  ${String(docs.length).padStart(4)}  ${`${table.right} / ${table.total}`.padStart(15)} ${percent(table.right, table.total).padStart(8)} ` +
        `(${goal} ${GOALS[format] * 100}%)  ${`${meta.right} / ${meta.total}`.padStart(9)} ${percent(meta.right, meta.total).padStart(8)}` +
        `  ${String(perfect).padStart(9)}  ${String(failed).padStart(6)}  ${median(docs.map((d) => d.ms)).toFixed(0).padStart(6)}`,
    );
  }

  const errors = groupBy(results.filter((r) => r.error), (r) => `${r.format}: ${r.error}`);
  if (errors.size > 0) {
    lines.push("", "Records that failed (processDocument threw):");
    for (const [message, docs] of [...errors].sort((a, b) => b[1].length - a[1].length).slice(0, TOP_ERRORS)) {
      lines.push(`  ${docs.length}× ${message}  e.g. ${where(docs[0]!.file)}`);
    }
  }

  const groups = failureGroups(results.filter((r) => !r.error));
  if (groups.length > 0) {
    lines.push("", `Top failing cells (by format and row; the variants their documents share, an example file):`);
    for (const g of groups.slice(0, TOP_GROUPS)) {
      const docs = new Set(g.cells.map((c) => c.doc));
      const example = g.cells[0]!;
      const associated = associatedVariants([...docs], results.filter((r) => r.format === g.format));
      lines.push(
        `  ${String(g.cells.length).padStart(5)} cells in ${String(docs.size).padStart(3)} docs  ${g.format} ${g.row} [${g.kind}] cols ${columns(g.cells)}`,
        `        e.g. ${example.cell.path} expected ${show(example.cell.expected)} got ${show(example.cell.actual)} in ${where(example.doc.file)}`,
        `        variants${docs.size < ASSOCIATION_MIN_DOCS ? " (few documents, a hint only)" : ""}: ${associated.length > 0 ? associated.join(", ") : "(none stands out)"}`,
      );
    }
    if (groups.length > TOP_GROUPS) lines.push(`  … ${groups.length - TOP_GROUPS} more groups`);
  }

  const variants = variantErrorRates(results);
  if (variants.rates.length > 0) {
    lines.push("", `Variants whose documents are imperfect more often than the ${percent(variants.overall, 1)} of all documents:`);
    for (const v of variants.rates.slice(0, TOP_VARIANTS)) {
      lines.push(
        `  ${`${v.imperfect} of ${v.docs}`.padStart(10)} docs (${percent(v.imperfect, v.docs).padStart(7)}), ${percent(v.total - v.wrong, v.total)} cells right  ${v.tag}  e.g. ${where(v.example)}`,
      );
    }
  }
  return lines.join("\n");
}

interface FailingCell {
  doc: DocumentResult;
  cell: CellComparison;
}
interface FailureGroup {
  format: MeasuredFormat;
  row: string;
  kind: "wrong value" | "missing" | "extra";
  cells: FailingCell[];
}

function failureKind(c: CellComparison): FailureGroup["kind"] {
  if (c.actual === undefined) return "missing";
  if (c.expected === undefined) return "extra";
  return "wrong value";
}

function failureGroups(results: DocumentResult[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const doc of results) {
    for (const cell of doc.cells) {
      if (cell.ok) continue;
      const kind = failureKind(cell);
      const row = rowOf(cell.path);
      const key = `${doc.format}|${row}|${kind}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { format: doc.format, row, kind, cells: [] }));
      g.cells.push({ doc, cell });
    }
  }
  return [...groups.values()].sort((a, b) => b.cells.length - a.cells.length);
}

function columns(cells: FailingCell[]): string {
  const cols = [...new Set(cells.map((c) => columnOf(c.cell.path)))];
  return cols.length > 4 ? `${cols.length} columns` : cols.join(",");
}

/** Tags most of the failing documents share and that are rarer among all documents of the format. */
function associatedVariants(failing: DocumentResult[], all: DocumentResult[]): string[] {
  const share = (docs: DocumentResult[], tag: string) => docs.filter((d) => d.tags.includes(tag)).length / docs.length;
  const tags = new Set(failing.flatMap((d) => d.tags));
  return [...tags]
    .map((tag) => ({ tag, inGroup: share(failing, tag), lift: share(failing, tag) / share(all, tag) }))
    .filter((t) => t.inGroup >= ASSOCIATION_MIN_SHARE && t.lift >= ASSOCIATION_MIN_LIFT)
    .sort((a, b) => b.lift - a.lift || b.inGroup - a.inGroup)
    .slice(0, ASSOCIATED_SHOWN)
    .map((t) => `${t.tag} (${Math.round(t.inGroup * 100)}% vs ${Math.round((t.inGroup / t.lift) * 100)}%)`);
}

interface VariantRate {
  tag: string;
  docs: number;
  /** Documents with at least one wrong cell, or that failed. */
  imperfect: number;
  wrong: number;
  total: number;
  example: string;
}

const imperfect = (d: DocumentResult) => d.error !== undefined || d.cells.some((c) => !c.ok);

/** Per variant tag: how many of the documents carrying it are imperfect, against the overall share. */
function variantErrorRates(results: DocumentResult[]): { overall: number; rates: VariantRate[] } {
  const rates = new Map<string, VariantRate & { worst: number }>();
  for (const doc of results) {
    const wrong = doc.cells.filter((c) => !c.ok).length;
    for (const tag of doc.tags) {
      let v = rates.get(tag);
      if (!v) rates.set(tag, (v = { tag, docs: 0, imperfect: 0, wrong: 0, total: 0, example: doc.file, worst: -1 }));
      v.docs++;
      if (imperfect(doc)) v.imperfect++;
      v.wrong += wrong;
      v.total += doc.cells.length;
      if (wrong > v.worst) {
        v.worst = wrong;
        v.example = doc.file;
      }
    }
  }
  const overall = results.filter(imperfect).length / Math.max(1, results.length);
  const list = [...rates.values()]
    .filter((v) => v.imperfect >= MIN_IMPERFECT_PER_VARIANT && v.docs >= MIN_DOCUMENTS_PER_VARIANT && v.imperfect / v.docs > overall)
    .sort((a, b) => b.imperfect / b.docs - a.imperfect / a.docs || b.docs - a.docs);
  return { overall, rates: list };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
