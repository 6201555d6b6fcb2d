// Batch benchmark (`npm run bench` → node dist/bench/batch.js):
//   throughput with --jobs 1 and --jobs 2 on a mixed batch (≥ 1,000 inputs, 5% broken),
//   ms per report per format, the PDF time against pdftotext, peak memory, and a SIGKILL
//   resume test (kill mid-run, re-run: nothing finished is redone, outputs equal an uninterrupted run).
// Flags: --count N (default 1000), --repeat R (run jobs 1 and 2 alternately R times, keep each one's
//        fastest: other work on the machine only ever slows a run down), --large [N] (also run N = 10,000 inputs for peak memory),
//        --only-large (just the N-input memory run), --no-kill (skip the resume test),
//        --dir D (default tmp/bench in the repository).
import { spawn, spawnSync } from "node:child_process";

/** As the nianbao command runs (its shebang and `npm start`): GC on the worker's own thread. */
const NODE_FLAGS = ["--single-threaded-gc"];
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { makeBatch, seedDocuments } from "./make-batch.js";
import { parseIndex } from "../src/batch/resume.js";
import type { RunSummary } from "../src/batch/run.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(REPO, "dist/src/cli.js");
const DEFAULT_COUNT = 1000;
const LARGE_COUNT = 10_000;
const SPEEDUP_GOAL = 1.7;
const MEMORY_GOAL_BYTES = 1024 ** 3;
/** The resume test kills the run when this share of inputs is in the index. */
const KILL_AT_SHARE = 0.4;
const POLL_MS = 25;

interface Flags {
  count: number;
  repeat: number;
  large?: number;
  onlyLarge: boolean;
  kill: boolean;
  dir: string;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { count: DEFAULT_COUNT, repeat: 1, kill: true, onlyLarge: false, dir: join(REPO, "tmp/bench") };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--count") flags.count = Number(argv[++i]);
    else if (arg === "--repeat") flags.repeat = Number(argv[++i]);
    else if (arg === "--large") flags.large = /^\d+$/.test(argv[i + 1] ?? "") ? Number(argv[++i]) : LARGE_COUNT;
    else if (arg === "--no-kill") flags.kill = false;
    else if (arg === "--only-large") {
      flags.onlyLarge = true;
      flags.large ??= LARGE_COUNT;
    }
    else if (arg === "--dir") flags.dir = argv[++i]!;
    else throw new Error(`unknown flag ${arg}`);
  }
  return flags;
}

interface CliRun {
  code: number | null;
  ms: number;
  summary: RunSummary;
}

function runCli(args: string[]): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const ms = performance.now() - started;
      const out = args[args.indexOf("--out") + 1]!;
      const summaryPath = join(out, "summary.json");
      if (!existsSync(summaryPath)) return reject(new Error(`run failed (exit ${code}): ${stderr.slice(-2000)}`));
      resolve({ code, ms, summary: JSON.parse(readFileSync(summaryPath, "utf8")) as RunSummary });
    });
  });
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const perSecond = (run: CliRun) => ((run.summary.records + run.summary.errors) * 1000) / run.ms;

/** Every file of an output folder except the run's own summary, relative path → content. */
function outputFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (name.startsWith(".") || name === "summary.json") continue;
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  };
  walk(dir);
  return files;
}

function compareOutputs(expected: string, actual: string): string[] {
  const a = outputFiles(expected);
  const b = outputFiles(actual);
  const differences: string[] = [];
  for (const [name, text] of a) if (b.get(name) !== text) differences.push(b.has(name) ? `differs: ${name}` : `missing: ${name}`);
  for (const name of b.keys()) if (!a.has(name)) differences.push(`extra: ${name}`);
  return differences;
}

/** pdftotext over the same PDFs, one process each, as a reference for text extraction speed. */
function pdftotextMsPerPdf(batch: string): { ms: number; files: number } | undefined {
  if (spawnSync("pdftotext", ["-v"]).error) return undefined;
  const pdfs: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".pdf")) pdfs.push(path);
    }
  };
  walk(batch);
  const started = performance.now();
  for (const pdf of pdfs) spawnSync("pdftotext", ["-layout", pdf, "-"], { stdio: "ignore" });
  return { ms: (performance.now() - started) / Math.max(pdfs.length, 1), files: pdfs.length };
}

/** Kill a run with SIGKILL once KILL_AT_SHARE of its inputs are done, re-run, and check. */
async function killAndResume(batch: string, out: string, reference: string, inputs: number) {
  rmSync(out, { recursive: true, force: true });
  const indexPath = join(out, ".nianbao-index.jsonl");
  const child = spawn(process.execPath, [...NODE_FLAGS, CLI, batch, "--out", out, "--jobs", "2", "--quiet"], { stdio: "ignore" });
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const lines = existsSync(indexPath) ? readFileSync(indexPath, "utf8").split("\n").length - 1 : 0;
      if (lines >= inputs * KILL_AT_SHARE) {
        clearInterval(timer);
        child.kill("SIGKILL");
      }
    }, POLL_MS);
    child.on("exit", () => {
      clearInterval(timer);
      resolve();
    });
  });
  const beforeText = readFileSync(indexPath, "utf8");
  const doneBefore = [...parseIndex(beforeText).values()].filter((entry) => !entry.error?.transient).map((entry) => entry.key);
  const rerun = await runCli([batch, "--out", out, "--jobs", "2", "--quiet"]);
  const afterText = readFileSync(indexPath, "utf8");
  const redoneKeys = new Set(parseIndex(afterText.slice(beforeText.length)).keys());
  const redone = doneBefore.filter((key) => redoneKeys.has(key));
  return { finishedBeforeKill: doneBefore.length, resumed: rerun.summary.resumed, redone: redone.length, differences: compareOutputs(reference, out) };
}

/** The ≥ 1,000-input batch: jobs 1 vs 2, per-format figures, pdftotext, the SIGKILL resume test. */
async function smallBatch(flags: Flags, seeds: string[], results: Record<string, unknown>): Promise<void> {
  const batch = join(flags.dir, `batch-${flags.count}`);
  const manifest = makeBatch(batch, flags.count, seeds);
  console.log(`bench: batch of ${manifest.documents} inputs in ${relative(REPO, batch)} (${manifest.broken} broken, ${manifest.zipped} in archives; ${JSON.stringify(manifest.perFormat)})`);

  results.inputs = manifest.documents;
  const runs: Record<number, CliRun> = {};
  for (let round = 0; round < flags.repeat; round++)
    for (const jobs of [1, 2]) {
      const out = join(flags.dir, `out-jobs${jobs}`);
      rmSync(out, { recursive: true, force: true });
      const run = await runCli([batch, "--out", out, "--jobs", String(jobs), "--quiet"]);
      if (!runs[jobs] || run.ms < runs[jobs]!.ms) runs[jobs] = run;
    }
  for (const jobs of [1, 2]) {
    const run = runs[jobs]!;
    const s = run.summary;
    console.log(
      `jobs ${jobs}: ${s.inputs} inputs → ${s.output.records} records + ${s.output.errors} errors in ${(run.ms / 1000).toFixed(1)} s = ${perSecond(run).toFixed(1)} inputs/s; CPU ${(s.cpuMs / s.inputs).toFixed(1)} ms per input; peak RSS ${mb(s.peakRssBytes)}; exit ${run.code}`,
    );
    for (const [format, figures] of Object.entries(s.formats))
      console.log(`  ${format}: ${figures.documents} documents, ${figures.records} records, ${(figures.ms / figures.documents).toFixed(1)} ms each (worker time)`);
    results[`jobs${jobs}`] = { seconds: run.ms / 1000, perSecond: perSecond(run), cpuMsPerInput: s.cpuMs / s.inputs, peakRssBytes: s.peakRssBytes, formats: s.formats, output: s.output };
  }
  const speedup = perSecond(runs[2]!) / perSecond(runs[1]!);
  const same = compareOutputs(join(flags.dir, "out-jobs1"), join(flags.dir, "out-jobs2"));
  console.log(`2 vs 1 jobs: ${speedup.toFixed(2)}x (goal ≥ ${SPEEDUP_GOAL}x) ${speedup >= SPEEDUP_GOAL ? "ok" : "BELOW GOAL"}; outputs identical: ${same.length === 0 ? "yes" : same.slice(0, 5).join(", ")}`);
  results.speedup = speedup;
  results.identicalOutputs = same.length === 0;

  const reference = pdftotextMsPerPdf(batch);
  const pdf = runs[1]!.summary.formats.pdf;
  if (reference && pdf) {
    const ours = pdf.ms / pdf.documents;
    console.log(`PDF: nianbao ${ours.toFixed(1)} ms per PDF (jobs 1, worker time) vs pdftotext -layout ${reference.ms.toFixed(1)} ms (${reference.files} files, a process each): ${(ours / reference.ms).toFixed(2)}x`);
    results.pdf = { nianbaoMs: ours, pdftotextMs: reference.ms, ratio: ours / reference.ms };
  } else console.log(`PDF: no ratio (${reference ? "no PDF in the batch" : "pdftotext not installed"})`);

  if (flags.kill) {
    const kill = await killAndResume(batch, join(flags.dir, "out-kill"), join(flags.dir, "out-jobs2"), manifest.documents);
    const ok = kill.redone === 0 && kill.differences.length === 0;
    console.log(
      `SIGKILL resume: ${kill.finishedBeforeKill} finished before the kill, ${kill.resumed} resumed, ${kill.redone} redone; outputs equal to the uninterrupted run: ${kill.differences.length === 0 ? "yes" : kill.differences.slice(0, 5).join(", ")} → ${ok ? "ok" : "FAILED"}`,
    );
    results.kill = kill;
  }
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  // speed-ups mean nothing on a machine busy with other work: say how busy it is
  const cores = availableParallelism();
  const load = () => loadavg()[0]!.toFixed(1);
  console.log(`bench: ${cores} cores, load average ${load()}${loadavg()[0]! > 0.5 ? " (other work running: figures are pessimistic)" : ""}`);
  const seeds = seedDocuments([join(REPO, "samples"), join(REPO, "../shared/corpus")]);
  console.log(`bench: ${seeds.length} seed documents (samples/ and ../shared/corpus)`);
  const results: Record<string, unknown> = {};
  if (!flags.onlyLarge) await smallBatch(flags, seeds, results);
  if (flags.large) {
    const largeBatch = join(flags.dir, `batch-${flags.large}`);
    const large = makeBatch(largeBatch, flags.large, seeds);
    const out = join(flags.dir, "out-large");
    rmSync(out, { recursive: true, force: true });
    const run = await runCli([largeBatch, "--out", out, "--jobs", "2", "--quiet"]);
    const peak = run.summary.peakRssBytes;
    console.log(
      `large: ${large.documents} inputs, jobs 2: ${perSecond(run).toFixed(1)} inputs/s, peak RSS ${mb(peak)} (goal < ${mb(MEMORY_GOAL_BYTES)}) ${peak < MEMORY_GOAL_BYTES ? "ok" : "ABOVE GOAL"}`,
    );
    results.large = { inputs: large.documents, perSecond: perSecond(run), peakRssBytes: peak };
  }
  console.log(`bench: load average at the end ${load()}`);
  results.cores = cores;
  writeFileSync(join(flags.dir, "results.json"), JSON.stringify(results, null, 2) + "\n");
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
