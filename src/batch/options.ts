// `nianbao [extract] PATH... [flags]`: the options of one batch run and their parsing.
import { availableParallelism } from "node:os";
import {
  DEFAULT_INPUTS,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_ZIP_BYTES,
  DEFAULT_MAX_ZIP_RATIO,
  DEFAULT_OUT_DIR,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WORKER_HEAP_MB,
} from "./settings.js";

/** A bad command line; the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface Limits {
  /** Per document, bytes (zip entries: unpacked). */
  maxBytes: number;
  /** Per PDF, pages. */
  maxPages: number;
  /** Per document, wall-clock ms in a worker. */
  timeoutMs: number;
  /** Per .zip archive, total declared unpacked bytes of its documents. */
  maxZipBytes: number;
  /** Per zip entry, unpacked/packed ratio (entries above ZIP_RATIO_MIN_BYTES). */
  maxZipRatio: number;
  /** Per worker thread, V8 old-generation heap MB. */
  workerHeapMb: number;
}

/** 1-based shard `index` of `count`. */
export interface Shard {
  index: number;
  count: number;
}

export interface ExtractRunOptions {
  inputs: string[];
  outDir: string;
  jobs: number;
  shard?: Shard;
  force: boolean;
  quiet: boolean;
  limits: Limits;
  /** Worker script; defaults to worker.js beside the compiled run.js (tests pass a fake). */
  workerUrl?: URL;
  /** Where progress, errors and the summary line go (default process.stderr). */
  log?: NodeJS.WritableStream;
}

export function defaultLimits(): Limits {
  return {
    maxBytes: DEFAULT_MAX_BYTES,
    maxPages: DEFAULT_MAX_PAGES,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxZipBytes: DEFAULT_MAX_ZIP_BYTES,
    maxZipRatio: DEFAULT_MAX_ZIP_RATIO,
    workerHeapMb: DEFAULT_WORKER_HEAP_MB,
  };
}

const BYTE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "100MB", "64k", "1048576" → bytes. */
export function parseByteSize(text: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = match ? BYTE_UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) throw new UsageError(`${flag} wants a size such as 100MB, got "${text}"`);
  return Math.floor(Number(match[1]) * unit);
}

function parsePositiveInteger(text: string, flag: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${flag} wants a whole number ≥ 1, got "${text}"`);
  return Number(text);
}

function parsePositiveNumber(text: string, flag: string): number {
  const value = Number(text);
  if (!text.trim() || !Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} wants a number > 0, got "${text}"`);
  return value;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard wants K/N with 1 ≤ K ≤ N (e.g. 2/8), got "${text}"`);
  return { index, count };
}

const VALUE_FLAGS = new Set(["--out", "--jobs", "--shard", "--max-bytes", "--max-pages", "--timeout-ms", "--max-zip-bytes", "--max-zip-ratio", "--worker-heap-mb"]);

/** Parse the arguments after `extract` (or all of them: extract is the default command). */
export function parseExtractArgs(argv: string[]): ExtractRunOptions {
  const options: ExtractRunOptions = {
    inputs: [],
    outDir: DEFAULT_OUT_DIR,
    jobs: availableParallelism(),
    force: false,
    quiet: false,
    limits: defaultLimits(),
  };
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPaths || !arg.startsWith("-") || arg === "-") {
      options.inputs.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPaths = true;
      continue;
    }
    if (arg === "--force") options.force = true;
    else if (arg === "--quiet" || arg === "-q") options.quiet = true;
    else {
      const eq = arg.indexOf("=");
      const flag = eq > 0 ? arg.slice(0, eq) : arg;
      if (!VALUE_FLAGS.has(flag)) throw new UsageError(`unknown option ${flag}`);
      let value: string;
      if (eq > 0) value = arg.slice(eq + 1);
      else {
        const next = argv[++i];
        if (next === undefined) throw new UsageError(`${flag} needs a value`);
        value = next;
      }
      applyValueFlag(options, flag, value);
    }
  }
  if (options.inputs.length === 0) options.inputs = [...DEFAULT_INPUTS];
  return options;
}

function applyValueFlag(options: ExtractRunOptions, flag: string, value: string): void {
  const limits = options.limits;
  switch (flag) {
    case "--out":
      if (!value) throw new UsageError("--out needs a folder");
      options.outDir = value;
      break;
    case "--jobs":
      options.jobs = parsePositiveInteger(value, flag);
      break;
    case "--shard":
      options.shard = parseShard(value);
      break;
    case "--max-bytes":
      limits.maxBytes = parseByteSize(value, flag);
      break;
    case "--max-pages":
      limits.maxPages = parsePositiveInteger(value, flag);
      break;
    case "--timeout-ms":
      limits.timeoutMs = parsePositiveInteger(value, flag);
      break;
    case "--max-zip-bytes":
      limits.maxZipBytes = parseByteSize(value, flag);
      break;
    case "--max-zip-ratio":
      limits.maxZipRatio = parsePositiveNumber(value, flag);
      break;
    case "--worker-heap-mb":
      limits.workerHeapMb = parsePositiveInteger(value, flag);
      break;
  }
}
