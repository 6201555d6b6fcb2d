// The aggregate files of a run, written in input order while the run goes on (so the work
// overlaps the parsing) into temporary files that are published only at its end: they never
// hold partial state, and are the same whatever --jobs was and however often the run resumed.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { ReportRecord } from "../record/schema.js";
import { csvHeader, csvRow } from "./csv.js";
import { AtomicTextFile, writeFileAtomic } from "./files.js";
import { CrossCheckInput } from "./crossChecks.js";
import { recordFragments, type RecordFragments } from "./fragments.js";
import { CELL_COLUMNS, CHECK_COLUMNS, REPORT_COLUMNS, checkRows } from "./tables.js";
import type { Shard } from "./options.js";

/**
 * Finished inputs waiting for an earlier one (e.g. a document running into the time limit) keep
 * their fragments up to this many; beyond it only their name, and their record file is read
 * again when their turn comes. Bounds memory whatever the hold-up.
 */
const MAX_HELD_FRAGMENTS = 256;

/** One line of errors.jsonl. */
export interface ErrorLine {
  input: string;
  zipEntry?: string;
  stage: string;
  reason: string;
}

/** How one input ended: a record file (output name without ".json"), with its fragments when at hand, or an error. */
export type Outcome = { kind: "record"; name: string; fragments?: RecordFragments } | { kind: "error"; error: ErrorLine };

export interface OutputFiles {
  reports: string;
  errors: string;
  cells: string;
  reportsCsv: string;
  checks: string;
  crossChecks: string;
  summary: string;
  schema: string;
  /** The static review page (src/review/page.ts). */
  reviewPage: string;
}

/** Aggregate file names; a shard's carry its number so shards can share one output folder. */
export function outputFiles(shard?: Shard): OutputFiles {
  const tag = shard && shard.count > 1 ? `.shard-${shard.index}-of-${shard.count}` : "";
  return {
    reports: `reports${tag}.jsonl`,
    errors: `errors${tag}.jsonl`,
    cells: `cells${tag}.csv`,
    reportsCsv: `reports${tag}.csv`,
    checks: `checks${tag}.csv`,
    crossChecks: `cross-checks${tag}.jsonl`,
    summary: `summary${tag}.json`,
    schema: "record.schema.json",
    reviewPage: `index${tag}.html`,
  };
}

export const recordPath = (outDir: string, name: string) => join(outDir, `${name}.json`);

export interface AggregateCounts {
  records: number;
  errors: number;
  /** Cross-report check results written (pairs of an agency's consecutive years). */
  crossChecks: number;
}

export async function writeRecordSchema(outDir: string, files: OutputFiles): Promise<void> {
  const schema = z.toJSONSchema(ReportRecord, { unrepresentable: "any" });
  await writeFileAtomic(join(outDir, files.schema), JSON.stringify(schema, null, 2) + "\n");
}

export class AggregateWriter {
  private readonly reportsJsonl: AtomicTextFile;
  private readonly errorsJsonl: AtomicTextFile;
  private readonly cellsCsv: AtomicTextFile;
  private readonly reportsCsv: AtomicTextFile;
  private readonly checksCsv: AtomicTextFile;
  private readonly crossJsonl: AtomicTextFile;
  private readonly held = new Map<number, Outcome>();
  private heldFragments = 0;
  private next = 0;
  /** Writes happen one after another on this chain; a failure stays on it for finish() to throw. */
  private writing: Promise<void>;
  private readonly counts: AggregateCounts = { records: 0, errors: 0, crossChecks: 0 };
  private readonly crossCheckInput = new CrossCheckInput();
  private readonly nameOfFile = new Map<string, string | null>(); // null: several records share the file (zip entries)

  constructor(
    private readonly outDir: string,
    files: OutputFiles,
  ) {
    const open = (name: string) => new AtomicTextFile(join(outDir, name));
    const [cells, reports, checks] = [open(files.cells), open(files.reportsCsv), open(files.checks)];
    this.reportsJsonl = open(files.reports);
    this.errorsJsonl = open(files.errors);
    this.cellsCsv = cells;
    this.reportsCsv = reports;
    this.checksCsv = checks;
    this.crossJsonl = open(files.crossChecks);
    this.writing = (async () => {
      await cells.write(csvHeader(CELL_COLUMNS));
      await reports.write(csvHeader(REPORT_COLUMNS));
      await checks.write(csvHeader(CHECK_COLUMNS));
    })();
    this.writing.catch(() => undefined); // handled: finish() rethrows it
  }

  private get all(): AtomicTextFile[] {
    return [this.reportsJsonl, this.errorsJsonl, this.cellsCsv, this.reportsCsv, this.checksCsv, this.crossJsonl];
  }

  /** The outcome of the n-th input (0-based, input order); written once all before it are. */
  set(n: number, outcome: Outcome): void {
    if (outcome.kind === "record" && outcome.fragments) {
      if (n !== this.next && this.heldFragments >= MAX_HELD_FRAGMENTS) outcome = { kind: "record", name: outcome.name };
      else this.heldFragments++;
    }
    this.held.set(n, outcome);
    if (n === this.next) {
      this.writing = this.writing.then(() => this.drain());
      this.writing.catch(() => undefined); // handled: finish() rethrows it
    }
  }

  private async drain(): Promise<void> {
    for (let outcome = this.held.get(this.next); outcome; outcome = this.held.get(this.next)) {
      this.held.delete(this.next);
      this.next++;
      if (outcome.kind === "error") {
        this.counts.errors++;
        await this.errorsJsonl.write(JSON.stringify(outcome.error) + "\n");
        continue;
      }
      let fragments = outcome.fragments;
      if (fragments) this.heldFragments--;
      else fragments = recordFragments(outcome.name, await readFile(recordPath(this.outDir, outcome.name), "utf8"));
      this.counts.records++;
      await this.reportsJsonl.write(fragments.line);
      await this.cellsCsv.write(fragments.cells);
      await this.reportsCsv.write(fragments.report);
      await this.checksCsv.write(fragments.checks);
      this.crossCheckInput.add(fragments);
      this.nameOfFile.set(fragments.file, this.nameOfFile.has(fragments.file) ? null : outcome.name);
    }
  }

  /** After every input has its outcome: the cross-report checks, then publish every file. */
  async finish(): Promise<AggregateCounts> {
    try {
      await this.writing;
      if (this.held.size > 0) throw new Error(`internal: ${this.held.size} outcomes after a missing one (#${this.next})`);
      const results = this.crossCheckInput.run();
      this.counts.crossChecks = results.length;
      for (const result of results) {
        await this.crossJsonl.write(JSON.stringify(result) + "\n");
        // report: the output names of the two years' reports, "y-1 → y"
        const report = result.reports.map((r) => this.nameOfFile.get(r.file) ?? r.file).join(" → ");
        const file = result.reports.map((r) => r.file).join(" → ");
        await this.checksCsv.write(checkRows({ report, file, scope: "cross" }, [result]).map(csvRow).join(""));
      }
      for (const file of this.all) await file.commit();
      return this.counts;
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  async abort(): Promise<void> {
    await this.writing.catch(() => undefined);
    await Promise.all(this.all.map((file) => file.abort()));
  }
}
