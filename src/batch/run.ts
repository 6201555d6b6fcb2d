// `nianbao extract`: every document of the inputs through the pipeline, on a pool of worker
// threads, into one output folder. Every input ends as exactly one record file or one error.
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import PQueue from "p-queue";
import { InputError } from "../tokens/types.js";
import { NIANBAO_VERSION } from "../version.js";
import { writeRunReviewPage } from "./reviewPage.js";
import { AggregateWriter, outputFiles, recordPath, writeRecordSchema, type ErrorLine } from "./aggregates.js";
import { removeStaleTemporaries, writeFileAtomic } from "./files.js";
import { inputKey, inputLabel, listInputs, type InputItem } from "./inputs.js";
import { assignOutputNames } from "./naming.js";
import { WorkerPool } from "./pool.js";
import { Progress, progressMode } from "./progress.js";
import { oneLineReason, type TaskOutcome } from "./protocol.js";
import { IndexWriter, limitsFingerprint, readIndex, recordFileMatches, resumeDecision, type IndexEntry } from "./resume.js";
import { INDEX_FILE, PREFETCH_PER_WORKER, WORKER_RECYCLE_AFTER } from "./settings.js";
import { inShard } from "./shard.js";
import { readZipEntry } from "./zip.js";
import type { RecordFragments } from "./fragments.js";
import type { ExtractRunOptions, Shard } from "./options.js";

export { parseExtractArgs, UsageError, type ExtractRunOptions } from "./options.js";

export interface FormatFigures {
  /** Documents sent to a worker in this run. */
  documents: number;
  records: number;
  /** Worker time spent on them, ms. */
  ms: number;
}

export interface RunSummary {
  nianbaoVersion: string;
  outDir: string;
  jobs: number;
  shard?: Shard;
  /** Inputs of this run (this shard) = records + errors + resumed. */
  inputs: number;
  /** Records written in this run. */
  records: number;
  /** Inputs that failed in this run. */
  errors: number;
  /** Inputs skipped because the output folder already has their result (same sha256 and version). */
  resumed: number;
  /** What the output folder now holds for this run's inputs (resumed included). */
  output: { records: number; errors: number; crossChecks: number };
  /** Files that are not documents (images, our JSON, …), by extension; inputs of other shards. */
  skipped: { unsupported: number; unsupportedByExtension: Record<string, number>; otherShards: number };
  /** Per format the file extension names. */
  formats: Record<string, FormatFigures>;
  elapsedMs: number;
  /** CPU time of the whole process (main thread and workers), user + system. */
  cpuMs: number;
  peakRssBytes: number;
  /** 1 if any input has no record, 0 otherwise. */
  exitCode: 0 | 1;
}

/** The compiled worker beside the compiled run.js (under vitest, run.ts: the built one in dist/). */
function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith(".ts") ? new URL("../../dist/src/batch/worker.js", here) : new URL("./worker.js", here);
}

const sha256Of = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");
const exists = (path: string) => stat(path).then(() => true, () => false);

async function readInput(item: Exclude<InputItem, { kind: "failed" }>, maxBytes: number): Promise<Uint8Array> {
  if (item.kind === "zipEntry") return readZipEntry(item.path, item.entry);
  if (item.size > maxBytes) throw new InputError("read", `file too large (${item.size} bytes > limit ${maxBytes})`);
  try {
    return await readFile(item.path);
  } catch (error) {
    throw new InputError("read", `cannot read (${(error as NodeJS.ErrnoException).code ?? oneLineReason(error)})`);
  }
}

export async function runExtract(options: ExtractRunOptions): Promise<RunSummary> {
  const started = performance.now();
  const { outDir, limits, jobs } = options;
  const log = options.log ?? process.stderr;
  const files = outputFiles(options.shard);
  await mkdir(outDir, { recursive: true });
  await removeStaleTemporaries(outDir);

  const listing = await listInputs(options.inputs, { outDir, limits });
  // names over all inputs, so every shard names every input the same way
  const names = assignOutputNames(listing.items);
  const selected = listing.items.map((_, i) => i).filter((i) => inShard(inputKey(listing.items[i]!), options.shard));

  const summary: RunSummary = {
    nianbaoVersion: NIANBAO_VERSION,
    outDir,
    jobs,
    ...(options.shard ? { shard: options.shard } : {}),
    inputs: selected.length,
    records: 0,
    errors: 0,
    resumed: 0,
    output: { records: 0, errors: 0, crossChecks: 0 },
    skipped: {
      unsupported: listing.unsupported,
      unsupportedByExtension: listing.unsupportedByExtension,
      otherShards: listing.items.length - selected.length,
    },
    formats: {},
    elapsedMs: 0,
    cpuMs: 0,
    peakRssBytes: 0,
    exitCode: 0,
  };

  const indexPath = join(outDir, INDEX_FILE);
  const index = await readIndex(indexPath);
  const indexWriter = new IndexWriter(indexPath);
  const fingerprint = limitsFingerprint(limits);
  const progress = new Progress(log, progressMode(log, options.quiet), selected.length);
  const pool = new WorkerPool({
    size: jobs,
    workerUrl: options.workerUrl ?? defaultWorkerUrl(),
    timeoutMs: limits.timeoutMs,
    heapMb: limits.workerHeapMb,
    recycleAfter: WORKER_RECYCLE_AFTER,
  });
  const aggregates = new AggregateWriter(outDir, files);

  const fail = (n: number, item: InputItem, stage: string, reason: string, resumed = false) => {
    const error: ErrorLine = { input: item.file, ...(item.zipEntry !== undefined ? { zipEntry: item.zipEntry } : {}), stage, reason };
    aggregates.set(n, { kind: "error", error });
    if (resumed) summary.resumed++;
    else {
      summary.errors++;
      progress.error(`${inputLabel(item)}: ${stage}: ${reason}`);
    }
    progress.tick(true);
  };
  const succeed = (n: number, name: string, resumed: boolean, fragments?: RecordFragments) => {
    aggregates.set(n, { kind: "record", name, ...(fragments ? { fragments } : {}) });
    if (resumed) summary.resumed++;
    else summary.records++;
    progress.tick(false);
  };
  const countFormat = (item: InputItem, outcome: TaskOutcome) => {
    const figures = (summary.formats[item.format ?? "other"] ??= { documents: 0, records: 0, ms: 0 });
    figures.documents++;
    if (outcome.ok) figures.records++;
    figures.ms += outcome.ms;
  };

  const processInput = async (n: number): Promise<void> => {
    const item = listing.items[selected[n]!]!;
    const name = names[selected[n]!]!;
    if (item.kind === "failed") return fail(n, item, item.stage, item.reason);
    let data: Uint8Array;
    try {
      data = await readInput(item, limits.maxBytes);
    } catch (error) {
      return fail(n, item, error instanceof InputError ? error.stage : "read", oneLineReason(error));
    }
    const key = inputKey(item);
    const sha256 = sha256Of(data);
    const entry = index.get(key);
    const decision = resumeDecision(entry, { sha256, version: NIANBAO_VERSION, out: name, limits: fingerprint }, options.force);
    const recordFile = recordPath(outDir, name);
    if (decision === "resume-record" && (await exists(recordFile))) return succeed(n, name, true);
    if (decision === "resume-error") return fail(n, item, entry!.error!.stage, entry!.error!.reason, true);
    if (!options.force && !entry) {
      // killed after the record file was renamed into place but before its index line
      const previous = await readFile(recordFile, "utf8").catch(() => undefined);
      if (previous !== undefined && recordFileMatches(previous, sha256, NIANBAO_VERSION)) {
        indexWriter.append({ key, sha256, version: NIANBAO_VERSION, out: name });
        return succeed(n, name, true);
      }
    }
    const outcome = await pool.run({
      data,
      file: item.file,
      ...(item.zipEntry !== undefined ? { zipEntry: item.zipEntry } : {}),
      sha256,
      maxPages: limits.maxPages,
      timeoutMs: limits.timeoutMs,
      report: name,
    });
    countFormat(item, outcome);
    if (outcome.ok) {
      await writeFileAtomic(recordFile, outcome.json);
      indexWriter.append({ key, sha256, version: NIANBAO_VERSION, out: name });
      return succeed(n, name, false, outcome.fragments);
    }
    await rm(recordFile, { force: true }); // a record from an earlier run of this input is no longer true
    const indexed: IndexEntry = {
      key,
      sha256,
      version: NIANBAO_VERSION,
      error: { stage: outcome.stage, reason: outcome.reason, ...(outcome.transient ? { transient: true } : {}) },
      limits: fingerprint,
    };
    indexWriter.append(indexed);
    return fail(n, item, outcome.stage, outcome.reason);
  };

  // Read and hash a few documents ahead of the workers; hold no more than that in memory.
  const queue = new PQueue({ concurrency: jobs * (1 + PREFETCH_PER_WORKER) });
  let fatal: unknown;
  try {
    for (let n = 0; n < selected.length && fatal === undefined; n++) {
      await queue.onSizeLessThan(jobs * PREFETCH_PER_WORKER);
      queue.add(() => processInput(n)).catch((error: unknown) => {
        fatal ??= error;
        queue.clear();
      });
    }
    await queue.onIdle();
  } finally {
    await pool.close();
    indexWriter.close();
  }
  if (fatal !== undefined) {
    await aggregates.abort();
    progress.finish(`nianbao: stopped: ${oneLineReason(fatal)}`);
    throw fatal;
  }

  const counts = await aggregates.finish();
  await writeRecordSchema(outDir, files);
  await writeRunReviewPage(outDir, files);
  summary.output = counts;
  summary.exitCode = counts.errors > 0 ? 1 : 0;
  summary.elapsedMs = Math.round(performance.now() - started);
  const usage = process.resourceUsage();
  summary.cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  summary.peakRssBytes = usage.maxRSS * 1024;
  await writeFileAtomic(join(outDir, files.summary), JSON.stringify(summary, null, 2) + "\n");
  progress.finish(summaryLine(summary));
  return summary;
}

/** ".json 14, .md 1" — the most frequent first. */
function extensionCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([extension, n]) => `${extension || "no extension"} ${n}`)
    .join(", ");
}

export function summaryLine(summary: RunSummary): string {
  const rate = summary.elapsedMs > 0 ? ((summary.records + summary.errors) * 1000) / summary.elapsedMs : 0;
  const skipped = [
    summary.skipped.unsupported ? `${summary.skipped.unsupported} other files skipped (${extensionCounts(summary.skipped.unsupportedByExtension)})` : "",
    summary.skipped.otherShards ? `${summary.skipped.otherShards} inputs in other shards` : "",
  ].filter(Boolean);
  return (
    `nianbao: ${summary.inputs} inputs: ${summary.records} records, ${summary.errors} errors, ${summary.resumed} resumed` +
    (skipped.length ? `; ${skipped.join(", ")}` : "") +
    `; ${(summary.elapsedMs / 1000).toFixed(1)} s (${rate.toFixed(1)}/s) → ${summary.outDir}`
  );
}
