// The runner end to end in-process, with a fake worker script standing in for the pipeline
// (test/batch/fixtures/fake-worker.mjs); the real pipeline is exercised in cli.test.ts.
import { describe, it, expect, beforeAll } from "vitest";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import iconv from "iconv-lite";
import { defaultLimits } from "../../src/batch/options.js";
import { runExtract, type ExtractRunOptions } from "../../src/batch/run.js";
import { buildZip } from "../../scripts/zip-writer.js";

const fakeWorker = new URL("./fixtures/fake-worker.mjs", import.meta.url);
let root: string;
let input: string;

function capture() {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (chunk) => (text += chunk));
  return { stream, text: () => text };
}

function options(outDir: string, extra: Partial<ExtractRunOptions> = {}): ExtractRunOptions {
  return {
    inputs: [input],
    outDir: join(root, outDir),
    jobs: 2,
    force: false,
    quiet: true,
    limits: { ...defaultLimits(), timeoutMs: 800 },
    workerUrl: fakeWorker,
    log: capture().stream,
    ...extra,
  };
}

const AGGREGATES = ["reports.jsonl", "errors.jsonl", "cells.csv", "reports.csv", "checks.csv"];
const read = (outDir: string, name: string) => readFileSync(join(root, outDir, name), "utf8");
const aggregates = (outDir: string) => AGGREGATES.map((name) => read(outDir, name));
const jsonLines = (text: string) => text.split("\n").filter(Boolean).map((line) => JSON.parse(line));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "nianbao-run-"));
  input = join(root, "in");
  const put = (rel: string, data: string | Buffer) => {
    mkdirSync(join(input, rel, ".."), { recursive: true });
    writeFileSync(join(input, rel), data);
  };
  put("a.html", "报告甲");
  put("sub/a.html", "报告乙\nMISMATCH, with a comma");
  put("b.pdf", "BAD");
  put("notes.txt", "not a document");
  put("stuck.html", "SLEEP");
  put(
    "archive.zip",
    buildZip([
      { name: iconv.encode("平潭.html", "gbk"), data: "报告丙", deflate: true },
      { name: "secret.pdf", data: "x", encrypted: true },
    ]),
  );
});

describe("runExtract", () => {
  it("accounts for every input as one record file or one error, in input order", async () => {
    const log = capture();
    const summary = await runExtract(options("out", { log: log.stream }));
    expect(summary).toMatchObject({ inputs: 6, records: 3, errors: 3, resumed: 0, exitCode: 1 });
    expect(summary.output).toEqual({ records: 3, errors: 3, crossChecks: 0 });
    expect(summary.skipped).toEqual({ unsupported: 1, unsupportedByExtension: { ".txt": 1 }, otherShards: 0 });

    expect(existsSync(join(root, "out/a.json"))).toBe(true);
    expect(existsSync(join(root, "out/sub/a.json"))).toBe(true);
    expect(existsSync(join(root, "out/archive/平潭.json"))).toBe(true);

    const records = jsonLines(read("out", "reports.jsonl"));
    expect(records.map((r) => [r.meta.title, r.source.file, r.source.zipEntry, r.source.bytes])).toEqual([
      ["报告甲", join(input, "a.html"), undefined, 9],
      ["报告丙", join(input, "archive.zip"), "平潭.html", 9],
      ["报告乙", join(input, "sub/a.html"), undefined, Buffer.byteLength("报告乙\nMISMATCH, with a comma")],
    ]);
    expect(records[0].source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(jsonLines(read("out", "errors.jsonl"))).toEqual([
      { input: join(input, "archive.zip"), zipEntry: "secret.pdf", stage: "read", reason: "encrypted zip entry" },
      { input: join(input, "b.pdf"), stage: "extract", reason: "not a report" },
      { input: join(input, "stuck.html"), stage: "worker", reason: "timed out after 800 ms" },
    ]);
    // --quiet: the error lines and nothing else
    expect(log.text().trim().split("\n")).toEqual([
      `${join(input, "archive.zip")}!secret.pdf: read: encrypted zip entry`,
      `${join(input, "b.pdf")}: extract: not a report`,
      `${join(input, "stuck.html")}: worker: timed out after 800 ms`,
    ]);

    const reportsCsv = read("out", "reports.csv").split("\r\n");
    expect(reportsCsv[0]!.startsWith("\uFEFFreport,file,zipEntry,format,")).toBe(true);
    expect(reportsCsv.slice(1, -1).map((line) => line.split(",")[0])).toEqual(["a", "archive/平潭", "sub/a"]);
    expect(read("out", "checks.csv").split("\r\n").slice(1, -1)).toEqual([
      `sub/a,${join(input, "sub/a.html")},,report,requests.balance,exact,column total,1,2,-1,requests.total.total,`,
    ]);
    expect(read("out", "cells.csv").split("\r\n")).toContain("archive/平潭,requests,newReceived,total,3,3,");
    const schema = JSON.parse(read("out", "record.schema.json"));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["meta", "requests", "review", "source", "provenance", "checks"]));
    expect(JSON.parse(read("out", "summary.json"))).toMatchObject({ inputs: 6, records: 3, errors: 3, exitCode: 1 });
  });

  it("resumes: skips what is done, retries timeouts, rebuilds the same aggregate files", async () => {
    const first = aggregates("out");
    const summary = await runExtract(options("out"));
    // a, 平潭, sub/a and b.pdf's error resumed; the timeout retried; the encrypted entry re-listed
    expect(summary).toMatchObject({ inputs: 6, records: 0, errors: 2, resumed: 4, exitCode: 1 });
    expect(aggregates("out")).toEqual(first);

    const forced = await runExtract(options("out", { force: true }));
    expect(forced).toMatchObject({ records: 3, errors: 3, resumed: 0 });
    expect(aggregates("out")).toEqual(first);
  });

  it("after a kill (index line lost, line torn, record file missing) finishes with the same outputs", async () => {
    const first = aggregates("out");
    const indexPath = join(root, "out/.nianbao-index.jsonl");
    const lines = readFileSync(indexPath, "utf8").split("\n").filter(Boolean);
    const last = lines.pop()!;
    // the record file of a.html is there but its index line is not, and the last line is cut
    const kept = lines.filter((line) => !line.includes('"out":"a"'));
    writeFileSync(indexPath, kept.join("\n") + "\n" + last.slice(0, 17));
    rmSync(join(root, "out/sub/a.json"));
    const summary = await runExtract(options("out"));
    expect(summary.records).toBe(1); // sub/a only: a.json matched by sha256 and version
    expect(aggregates("out")).toEqual(first);
  });

  it("redoes an input whose content changed", async () => {
    writeFileSync(join(input, "a.html"), "报告甲（更正）");
    const summary = await runExtract(options("out"));
    expect(summary).toMatchObject({ records: 1, errors: 2, resumed: 3 });
    expect(jsonLines(read("out", "reports.jsonl"))[0].meta.title).toBe("报告甲（更正）");
    writeFileSync(join(input, "a.html"), "报告甲");
  });

  it("writes the same records whatever --jobs is", async () => {
    await runExtract(options("jobs1", { jobs: 1 }));
    await runExtract(options("jobs3", { jobs: 3 }));
    expect(aggregates("jobs3")).toEqual(aggregates("jobs1"));
    expect(read("jobs3", "archive/平潭.json")).toBe(read("jobs1", "archive/平潭.json"));
  });

  it("splits the inputs into shards whose outputs concatenate to the whole", async () => {
    const whole = jsonLines(read("jobs1", "reports.jsonl")).map((r) => r.source.file + (r.source.zipEntry ?? ""));
    const wholeErrors = jsonLines(read("jobs1", "errors.jsonl")).length;
    const parts = [];
    let errors = 0;
    for (const index of [1, 2, 3]) {
      const summary = await runExtract(options("shards", { shard: { index, count: 3 } }));
      expect(summary.inputs + summary.skipped.otherShards).toBe(6);
      parts.push(...jsonLines(read("shards", `reports.shard-${index}-of-3.jsonl`)).map((r) => r.source.file + (r.source.zipEntry ?? "")));
      errors += jsonLines(read("shards", `errors.shard-${index}-of-3.jsonl`)).length;
    }
    expect([...parts].sort()).toEqual([...whole].sort());
    expect(errors).toBe(wholeErrors);
    expect(readdirSync(join(root, "shards")).filter((name) => name.startsWith("summary"))).toHaveLength(3);
  });

  it("refuses a file over --max-bytes without reading it", async () => {
    const summary = await runExtract(options("small", { limits: { ...defaultLimits(), timeoutMs: 800, maxBytes: 10 } }));
    const tooLarge = jsonLines(read("small", "errors.jsonl")).filter((e) => e.reason.startsWith("file too large"));
    const subA = Buffer.byteLength(readFileSync(join(input, "sub/a.html")));
    expect(tooLarge.map((e) => [e.input, e.reason])).toEqual([[join(input, "sub/a.html"), `file too large (${subA} bytes > limit 10)`]]);
    expect(summary.inputs).toBe(summary.records + summary.errors + summary.resumed);
  });

  it("runs the cross-report checks on an agency's consecutive years (copies once) and lists failures in checks.csv", async () => {
    const years = join(root, "years");
    mkdirSync(years, { recursive: true });
    writeFileSync(join(years, "a.html"), "年报 2023");
    writeFileSync(join(years, "b.html"), "年报 2024 更长");
    writeFileSync(join(years, "c.html"), "年报 2023"); // a copy of a.html: adds no pair of its own
    await runExtract(options("years-out", { inputs: [years] }));
    const results = jsonLines(read("years-out", "cross-checks.jsonl"));
    expect(results.filter((r) => r.id === "crossYear.carryover")).toHaveLength(1);
    const carryover = results.find((r) => r.id === "crossYear.carryover");
    expect(carryover.reports).toEqual([
      { file: join(years, "a.html"), year: 2023 },
      { file: join(years, "b.html"), year: 2024 },
    ]);
    expect(read("years-out", "checks.csv").split("\r\n")).toContain(
      // the fake's totals are the text lengths: carriedOver(2024) = 10, carriedForward(2023) = 7
      `a → b,${join(years, "a.html")} → ${join(years, "b.html")},,cross,crossYear.carryover,exact,column total,10,7,3,${join(years, "b.html")}#requests.carriedOver.total ${join(years, "a.html")}#requests.carriedForward.total,fail`,
    );
  });

  // a.html was changed back by the test above, so it is redone once more
  it("prints a plain progress and summary line when not quiet and not on a terminal", async () => {
    const log = capture();
    await runExtract(options("out", { quiet: false, log: log.stream }));
    expect(log.text()).toMatch(/^nianbao: 6 inputs: 1 records, 2 errors, 3 resumed; 1 other files skipped \(\.txt 1\); [\d.]+ s \([\d.]+\/s\) → .*out\n$/m);
  });
});
