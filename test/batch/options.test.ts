import { describe, it, expect } from "vitest";
import { availableParallelism } from "node:os";
import { parseExtractArgs, UsageError } from "../../src/batch/run.js";

describe("extract arguments", () => {
  it("defaults to samples/ into output/ on every core", () => {
    const options = parseExtractArgs([]);
    expect(options).toMatchObject({ inputs: ["samples/"], outDir: "output/", jobs: availableParallelism(), force: false, quiet: false });
    expect(options.limits).toMatchObject({ maxBytes: 100 * 1024 * 1024, maxPages: 500, timeoutMs: 60_000 });
    expect(options.shard).toBeUndefined();
  });

  it("reads paths and every flag, in either --flag value or --flag=value form", () => {
    const options = parseExtractArgs([
      "a.pdf",
      "--out",
      "out",
      "dir/",
      "--jobs=3",
      "--shard",
      "2/8",
      "--force",
      "--quiet",
      "--max-bytes",
      "20MB",
      "--max-pages=40",
      "--timeout-ms",
      "5000",
      "--",
      "--odd-name.html",
    ]);
    expect(options).toMatchObject({ inputs: ["a.pdf", "dir/", "--odd-name.html"], outDir: "out", jobs: 3, shard: { index: 2, count: 8 }, force: true, quiet: true });
    expect(options.limits).toMatchObject({ maxBytes: 20 * 1024 * 1024, maxPages: 40, timeoutMs: 5000 });
  });

  it("throws a UsageError naming the problem", () => {
    const usage = (argv: string[]) => {
      try {
        parseExtractArgs(argv);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      return "no error";
    };
    expect(usage(["--jobs", "0"])).toBe('--jobs wants a whole number ≥ 1, got "0"');
    expect(usage(["--shard", "9/8"])).toBe('--shard wants K/N with 1 ≤ K ≤ N (e.g. 2/8), got "9/8"');
    expect(usage(["--max-bytes", "lots"])).toBe('--max-bytes wants a size such as 100MB, got "lots"');
    expect(usage(["--frobnicate"])).toBe("unknown option --frobnicate");
    expect(usage(["--out"])).toBe("--out needs a value");
  });
});
