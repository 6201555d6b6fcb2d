// End to end through the built CLI (`npm test` builds first): real worker threads, the real
// pipeline, a temp folder with a few sample documents, a zip with a GBK-named entry, and broken files.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { buildZip } from "../../scripts/zip-writer.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(REPO, "dist/src/cli.js");
const SAMPLES = join(REPO, "samples");
/** One sample of each format, the first by name: the test is about the batch, not about a file. */
const sampleOf = (ext: string) => (existsSync(SAMPLES) ? readdirSync(SAMPLES).sort().find((name) => extname(name) === ext) : undefined);
const picks = [".html", ".docx", ".pdf"].map(sampleOf);
const missing = !existsSync(CLI) ? `${CLI} not built (npm test builds it)` : picks.includes(undefined) ? "samples/ lacks an .html, .docx or .pdf" : "";
if (missing) console.log(`skipping the CLI end-to-end test: ${missing}`);

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");
const jsonLines = (text: string) => text.split("\n").filter(Boolean).map((line) => JSON.parse(line));

describe.skipIf(Boolean(missing))("nianbao extract (built CLI)", () => {
  let root: string;
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: "utf8", timeout: 120_000 });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
    mkdirSync(join(root, "in/broken"), { recursive: true });
    for (const name of picks) copyFileSync(join(SAMPLES, name!), join(root, "in", name!));
    const html = readFileSync(join(SAMPLES, picks[0]!));
    writeFileSync(join(root, "in/batch.zip"), buildZip([{ name: iconv.encode("平潭/年度报告.html", "gbk"), data: html, deflate: true }]));
    writeFileSync(join(root, "in/broken/empty.pdf"), "");
    writeFileSync(join(root, "in/broken/half.docx"), readFileSync(join(SAMPLES, picks[1]!)).subarray(0, 2000));
    writeFileSync(join(root, "in/broken/notes.txt"), "not a document");
  });

  it("accounts for every input as a record or an error and exits 1 when one failed", () => {
    const run = cli("extract", "in", "--out", "out", "--jobs", "2");
    expect(run.status).toBe(1);
    const summary = JSON.parse(readFileSync(join(root, "out/summary.json"), "utf8"));
    expect(summary).toMatchObject({ inputs: 6, records: 4, errors: 2, resumed: 0, exitCode: 1, skipped: { unsupported: 1, unsupportedByExtension: { ".txt": 1 }, otherShards: 0 } });
    expect(run.stderr).toContain("nianbao: 6 inputs: 4 records, 2 errors, 0 resumed; 1 other files skipped (.txt 1);");

    const records = jsonLines(readFileSync(join(root, "out/reports.jsonl"), "utf8"));
    const errors = jsonLines(readFileSync(join(root, "out/errors.jsonl"), "utf8"));
    const accounted = [...records.map((r) => [r.source.file, r.source.zipEntry]), ...errors.map((e) => [e.input, e.zipEntry])];
    expect(accounted.map(([file, entry]) => (entry ? `${file}!${entry}` : file)).sort()).toEqual(
      ["in/batch.zip!平潭/年度报告.html", "in/broken/empty.pdf", "in/broken/half.docx", ...picks.map((name) => `in/${name}`)].sort(),
    );
    const zipped = records.find((r) => r.source.zipEntry);
    expect(zipped.source).toMatchObject({ file: "in/batch.zip", zipEntry: "平潭/年度报告.html", format: "html", bytes: readFileSync(join(SAMPLES, picks[0]!)).length });
    expect(zipped.source.sha256).toBe(sha256(readFileSync(join(SAMPLES, picks[0]!))));
    expect(existsSync(join(root, "out/batch/平潭/年度报告.json"))).toBe(true);
    expect(errors.find((e) => e.input === "in/broken/empty.pdf")).toEqual({ input: "in/broken/empty.pdf", stage: "read", reason: "empty file" });
    for (const error of errors) expect(error.reason).not.toMatch(/\n/);
    expect(readFileSync(join(root, "out/reports.csv"), "utf8").split("\r\n").length - 2).toBe(4);
    // the review page embeds every record once, with its source file
    const page = readFileSync(join(root, "out/index.html"), "utf8");
    const data = JSON.parse(/<script type="application\/json" id="nianbao-data">([^]*?)<\/script>/.exec(page)![1]!);
    expect(data.reports.map((r: { file: string }) => r.file).sort()).toEqual(records.map((r) => r.source.file).sort());
  }, 120_000);

  it("re-run resumes everything and rebuilds identical aggregates", () => {
    const before = ["reports.jsonl", "errors.jsonl", "cells.csv", "reports.csv", "checks.csv"].map((f) => readFileSync(join(root, "out", f), "utf8"));
    const run = cli("in", "--out", "out", "--quiet");
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(join(root, "out/summary.json"), "utf8"))).toMatchObject({ inputs: 6, records: 0, resumed: 6 });
    const after = ["reports.jsonl", "errors.jsonl", "cells.csv", "reports.csv", "checks.csv"].map((f) => readFileSync(join(root, "out", f), "utf8"));
    expect(after).toEqual(before);
    expect(run.stderr).toBe(""); // --quiet, and the two errors were resumed, not new
  }, 120_000);

  it("exits 2 on a usage error", () => {
    const run = cli("--jobs", "zero");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--jobs wants a whole number ≥ 1, got "zero"');
  });
});
