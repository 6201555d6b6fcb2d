#!/usr/bin/env -S node --single-threaded-gc
// nianbao command line: extract (default), tables, diff.
// Run with --single-threaded-gc (the shebang and `npm start` do): parsing is CPU-bound in worker
// threads, and V8's parallel GC helper threads otherwise compete with them for the same cores
// (measured on 2 cores: 2 workers gave 1.60x of 1 with the default GC, 1.72x with this flag).
// For the same reason `extract` has V8 compile on each worker's own thread (batch/compilerThreads.ts).
import { readFile } from "node:fs/promises";
import { NIANBAO_VERSION } from "./version.js";
import { InputError } from "./tokens/types.js";
import { gridsAsJson, formatGridsJson } from "./grid/json.js";

const USAGE = `nianbao ${NIANBAO_VERSION} — government information-disclosure annual reports → checked records

Usage:
  nianbao [extract] [PATH...] [--out DIR] [--jobs N] [--shard K/N] [--force] [--quiet]
                    [--max-bytes B] [--max-pages P] [--timeout-ms T]
                    [--max-zip-bytes B] [--max-zip-ratio R] [--worker-heap-mb M]
      Extract every report in the files, folders and .zip archives given (default: samples/)
      into DIR (default: output/): one <name>.json per report, reports.jsonl, errors.jsonl,
      cells.csv, reports.csv, checks.csv, record.schema.json, index.html (review page).
      Exit code: 0 all read, 1 some inputs failed, 2 usage error.
  nianbao tables FILE
      Print every reconstructed grid of FILE (PDF, DOCX, HTML) as JSON.
  nianbao diff EXPECTED OUTPUT [--json]
      Compare two sets of records (folders of per-report JSON, or JSONL files) cell by cell.
      Exit code: 0 identical, 1 different, 2 usage error.
  nianbao --version | --help
`;

async function tablesCommand(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith("-")) {
    process.stderr.write("usage: nianbao tables FILE\n");
    return 2;
  }
  const file = args[0]!;
  const { documentLayout } = await import("./pipeline.js");
  try {
    const data = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new InputError("read", `cannot read file (${error.code ?? error.message})`);
    });
    const layout = await documentLayout({ data, file });
    process.stdout.write(formatGridsJson(gridsAsJson(file, layout)));
    return 0;
  } catch (error) {
    process.stderr.write(`${file}: ${oneLine(error)}\n`);
    return 1;
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim();
}

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h" || first === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (first === "--version" || first === "-v") {
    process.stdout.write(`${NIANBAO_VERSION}\n`);
    return 0;
  }
  if (first === "tables") return tablesCommand(rest);
  if (first === "diff") return (await import("./review/diff.js")).diffCommand(rest);
  const { parseExtractArgs, runExtract } = await import("./batch/run.js");
  let options;
  try {
    options = parseExtractArgs(first === "extract" ? rest : argv);
  } catch (error) {
    process.stderr.write(`nianbao: ${oneLine(error)}\n\n${USAGE}`);
    return 2;
  }
  (await import("./batch/compilerThreads.js")).compileOnWorkerThreads();
  const summary = await runExtract(options);
  return summary.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`nianbao: ${error instanceof InputError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
