// `nianbao diff EXPECTED OUTPUT`: the command around diffRuns. Exit status 0 = identical,
// 1 = different, 2 = usage error (bad arguments, unreadable input).
import { InputError } from "../tokens/types.js";
import { diffRuns } from "./diff-runs.js";
import { formatDiff } from "./diff-format.js";

export { diffRuns, type DiffOptions, type DiffReport, type DiffSummary, type RecordDiff, type CellDiff, type UnmatchedRecord } from "./diff-runs.js";
export { formatDiff } from "./diff-format.js";

export const DIFF_USAGE = `usage: nianbao diff EXPECTED OUTPUT [--json] [--ignore PATH[,PATH...]]
  EXPECTED, OUTPUT  a folder of per-report JSON files (searched recursively) or a .jsonl file
  --json            print the report as JSON
  --ignore PATH     leave out a record path or path prefix (e.g. meta.tableLayouts); repeatable
exit status: 0 identical, 1 different, 2 usage error`;

export const EXIT_IDENTICAL = 0;
export const EXIT_DIFFERENT = 1;
export const EXIT_USAGE = 2;

export interface DiffArgs {
  expected: string;
  output: string;
  json: boolean;
  ignore: string[];
}

export type ParsedDiffArgs = { ok: true; help: boolean; args?: DiffArgs } | { ok: false; error: string };

/** Parses the arguments after `nianbao diff`. */
export function parseDiffArgs(argv: readonly string[]): ParsedDiffArgs {
  const paths: string[] = [];
  const ignore: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "-h" || arg === "--help") return { ok: true, help: true };
    if (arg === "--json") {
      json = true;
    } else if (arg === "--ignore" || arg.startsWith("--ignore=")) {
      const value = arg === "--ignore" ? argv[++i] : arg.slice("--ignore=".length);
      if (value === undefined || value === "") return { ok: false, error: "--ignore needs a record path" };
      ignore.push(...value.split(",").map((p) => p.trim()).filter((p) => p !== ""));
    } else if (arg === "--") {
      paths.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith("-") && arg !== "-") {
      return { ok: false, error: `unknown option ${arg}` };
    } else {
      paths.push(arg);
    }
  }
  if (paths.length !== 2) return { ok: false, error: `expected 2 paths (EXPECTED OUTPUT), got ${paths.length}` };
  const [expected, output] = paths as [string, string];
  return { ok: true, help: false, args: { expected, output, json, ignore } };
}

export interface CommandIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIO: CommandIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** Runs `nianbao diff` with the arguments after the command word; returns the exit status. */
export async function diffCommand(argv: string[], io: CommandIO = processIO): Promise<number> {
  const parsed = parseDiffArgs(argv);
  if (!parsed.ok) {
    io.err(`nianbao diff: ${parsed.error}\n${DIFF_USAGE}\n`);
    return EXIT_USAGE;
  }
  if (parsed.help || !parsed.args) {
    io.out(`${DIFF_USAGE}\n`);
    return EXIT_IDENTICAL;
  }
  const { expected, output, json, ignore } = parsed.args;
  try {
    const report = await diffRuns(expected, output, { ignore });
    io.out(json ? `${JSON.stringify(report, null, 2)}\n` : formatDiff(report));
    return report.identical ? EXIT_IDENTICAL : EXIT_DIFFERENT;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`nianbao diff: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
