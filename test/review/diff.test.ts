import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffCommand, diffRuns, formatDiff, parseDiffArgs, type DiffReport } from "../../src/review/diff.js";
import type { ReportRecord } from "../../src/record/schema.js";
import { GOLD_DIR, asRunRecord, goldUnavailable, loadGoldDocuments, type GoldDocument } from "./gold-records.js";

const skipReason = goldUnavailable();
if (skipReason) console.log(`skipping nianbao diff tests: ${skipReason}`);

/** Runs diffCommand and captures what it prints. */
async function runDiff(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await diffCommand(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

function writeFolder(dir: string, records: ReportRecord[]): void {
  mkdirSync(dir, { recursive: true });
  for (const record of records) {
    const name = record.source.file.split("/").pop()!.replace(/\.[^.]+$/, "");
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(record, null, 1));
  }
}

function writeJsonl(file: string, records: ReportRecord[]): void {
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
}

describe.skipIf(skipReason !== undefined)("nianbao diff on the gold records", () => {
  let work: string;
  let docs: GoldDocument[];
  let records: ReportRecord[];
  let run: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "nianbao-diff-"));
    docs = loadGoldDocuments();
    records = docs.map((doc) => asRunRecord(doc));
    run = join(work, "run-a");
    writeFolder(run, records);
    // Aggregates beside the per-report files must not be read as records.
    writeJsonl(join(run, "reports.jsonl"), records.slice(0, 2));
    writeFileSync(join(run, "summary.json"), JSON.stringify({ meta: { note: "not a record" }, reports: 11 }));
    writeFileSync(join(run, "summary.shard-1-of-2.json"), JSON.stringify({ meta: { note: "not a record" } }));
    writeFolder(join(run, ".hidden"), records.slice(0, 1));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("reports two identical runs as identical (exit 0)", async () => {
    const copy = join(work, "run-copy");
    writeFolder(join(copy, "nested", "deeper"), records);
    const { code, out } = await runDiff([run, copy]);
    expect(code).toBe(0);
    const report = await diffRuns(run, copy);
    expect(report.identical).toBe(true);
    expect(report.summary).toMatchObject({ expectedRecords: docs.length, outputRecords: docs.length, matchedRecords: docs.length, identicalRecords: docs.length, differentRecords: 0, changedCells: 0 });
    // Every contract leaf: table cells (2021 layout 200, hongze's single （六） row 186, 2019 layout 198
    // + procurement units) and 4 meta leaves per record: 186·2 + 200·6 + 199·2 + 11·4.
    expect(report.summary.comparedCells).toBe(2214);
    expect(out.trimEnd().split("\n").pop()).toBe("identical");
  });

  it("reports exactly the one changed cell, with old/new values and provenance", async () => {
    const changed = structuredClone(records);
    const hongze = changed.find((r) => r.source.file.endsWith("hongze-2023.pdf"))!;
    hongze.review!.reconsideration!.total = 11;
    hongze.provenance["review.reconsideration.total"] = { raw: "11", grid: 2, row: 3, col: 4, page: 4 };
    const before = records.find((r) => r.source.file.endsWith("hongze-2023.pdf"))!;
    const expectedDir = join(work, "with-provenance");
    writeFolder(expectedDir, records.map((r) => (r === before ? { ...r, provenance: { "review.reconsideration.total": { raw: "0", grid: 2, row: 3, col: 4, page: 4 } } } : r)));
    const outputDir = join(work, "changed");
    writeFolder(outputDir, changed);

    const { code, out } = await runDiff([expectedDir, outputDir]);
    expect(code).toBe(1);
    const report = await diffRuns(expectedDir, outputDir);
    expect(report.summary).toMatchObject({ matchedRecords: 11, identicalRecords: 10, differentRecords: 1, changedCells: 1, missingCells: 0, extraCells: 0, missingRecords: 0, extraRecords: 0 });
    expect(report.records).toHaveLength(1);
    expect(report.records[0]).toMatchObject({ key: "hongze-2023", matchedBy: "sha256" });
    expect(report.records[0]!.cells).toEqual([
      {
        path: "review.reconsideration.total",
        kind: "changed",
        old: 0,
        new: 11,
        oldSource: { raw: "0", grid: 2, row: 3, col: 4, page: 4 },
        newSource: { raw: "11", grid: 2, row: 3, col: 4, page: 4 },
      },
    ]);
    expect(out).toContain('  changed review.reconsideration.total: 0 [p.4 "0"] -> 11 [p.4 "11"]');
  });

  it("treats null vs 0 as a change and nested Row vs object as missing/extra cells", async () => {
    const changed = structuredClone(records);
    const shanghai = changed.find((r) => r.meta.organization === "上海市人民政府办公厅")!;
    shanghai.requests!.granted!.total = 0; // printed blank → null in gold
    const pingtan = changed.find((r) => r.source.file.endsWith("pingtan-2024.html"))!;
    const row = { naturalPerson: 0, commercial: 0, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0, total: 0 };
    pingtan.requests!.other = row; // gold has the three sub-rows
    const outputDir = join(work, "null-vs-zero");
    writeFolder(outputDir, changed);
    const report = await diffRuns(run, outputDir);
    const byKey = new Map(report.records.map((r) => [r.key, r]));
    expect(byKey.get("shanghai-bgt-2019")!.cells).toEqual([{ path: "requests.granted.total", kind: "changed", old: null, new: 0 }]);
    const other = byKey.get("pingtan-2024")!.cells;
    expect(other.filter((c) => c.kind === "missing").map((c) => c.path)).toHaveLength(21);
    expect(other.filter((c) => c.kind === "extra").map((c) => c.path)).toEqual(Object.keys(row).map((k) => `requests.other.${k}`));
    expect(report.summary).toMatchObject({ changedCells: 1, missingCells: 21, extraCells: 7 });
  });

  it("lists missing and extra records", async () => {
    const outputDir = join(work, "missing-extra");
    const kept = records.filter((r) => !r.source.file.endsWith("pingtan-2020.html"));
    const stranger = structuredClone(records[0]!);
    stranger.source = { file: "elsewhere/new-report-2024.pdf", format: "pdf" };
    writeFolder(outputDir, [...kept, stranger]);
    const report = await diffRuns(run, outputDir);
    expect(report.identical).toBe(false);
    expect(report.missingRecords).toEqual([{ key: "pingtan-2020", file: join(run, "pingtan-2020.json"), organization: "平潭综合实验区", year: 2020 }]);
    expect(report.extraRecords.map((r) => r.key)).toEqual(["new-report-2024"]);
    expect(report.summary).toMatchObject({ matchedRecords: 10, identicalRecords: 10, missingRecords: 1, extraRecords: 1 });
    const { code, out } = await runDiff([run, outputDir]);
    expect(code).toBe(1);
    expect(out).toContain("missing records (expected only): 1\n  pingtan-2020 (");
    expect(out).toContain("extra records (output only): 1\n  new-report-2024 (");
  });

  it("compares a JSONL run with a folder run", async () => {
    const jsonl = join(work, "reports-run.jsonl");
    writeJsonl(jsonl, records);
    // A line that is not a record (an error entry) is left out and named in the notes.
    writeFileSync(jsonl, JSON.stringify({ file: "broken.pdf", stage: "extract", message: "encrypted PDF" }) + "\n", { flag: "a" });
    expect((await diffRuns(jsonl, run)).notes).toEqual([`no record in ${jsonl}:${records.length + 1}`]);
    expect((await runDiff([jsonl, run])).code).toBe(0);
    expect((await runDiff([run, jsonl])).code).toBe(0);

    const changed = structuredClone(records);
    const index = changed.findIndex((r) => r.source.file.endsWith("pingtan-2022.html"));
    (changed[index]!.active as { fees: { amount: number } }).fees.amount = 1;
    const changedJsonl = join(work, "changed-run.jsonl");
    writeJsonl(changedJsonl, changed);
    const report = await diffRuns(run, changedJsonl);
    expect(report.records).toHaveLength(1);
    expect(report.records[0]!.outputFile).toBe(`${changedJsonl}:${index + 1}`);
    expect(report.records[0]!.cells.map((c) => [c.path, c.old, c.new])).toEqual([["active.fees.amount", 9116.36, 1]]);
  });

  it("pairs contract-only gold files (x.gold.json) with run records by document name", async () => {
    const report = await diffRuns(GOLD_DIR, run);
    expect(report.summary).toMatchObject({ matchedRecords: 11, identicalRecords: 11, missingRecords: 0, extraRecords: 0 });
    expect(report.records.every((r) => r.matchedBy === "name")).toBe(true);

    // Added meta fields the expected files do not hold are not differences …
    const withLayout = records.map((r) => ({ ...r, meta: { ...r.meta, requestsLayout: "2021" as const } }));
    const layoutDir = join(work, "with-layout");
    writeFolder(layoutDir, withLayout);
    const lenient = await diffRuns(GOLD_DIR, layoutDir);
    expect(lenient.summary).toMatchObject({ identicalRecords: 11, extraCells: 0, changedCells: 0 });
    // … but once both sides hold one, a change of it is.
    const otherLayout = records.map((r) => ({ ...r, meta: { ...r.meta, requestsLayout: "2019" as const } }));
    const otherDir = join(work, "other-layout");
    writeFolder(otherDir, otherLayout);
    const strict = await diffRuns(layoutDir, otherDir);
    expect(strict.summary.changedCells).toBe(11);
    expect(strict.records[0]!.cells).toEqual([{ path: "meta.requestsLayout", kind: "changed", old: "2021", new: "2019" }]);
    const ignoring = await runDiff([layoutDir, otherDir, "--ignore", "meta.requestsLayout"]);
    expect(ignoring.code).toBe(0);
  });

  it("pairs same-named documents by source path, and renamed documents by sha256", async () => {
    const [first, second, third] = records.map((r) => structuredClone(r));
    first!.source = { file: "crawl/2023/page.html", format: "html" };
    second!.source = { file: "crawl/2024/page.html", format: "html" };
    const renamed = structuredClone(third!);
    renamed.source = { ...renamed.source, file: "renamed/elsewhere.pdf" };
    const expectedJsonl = join(work, "pages-expected.jsonl");
    const outputJsonl = join(work, "pages-output.jsonl");
    writeJsonl(expectedJsonl, [first!, second!, third!]);
    writeJsonl(outputJsonl, [renamed, second!, first!]);
    const report = await diffRuns(expectedJsonl, outputJsonl);
    expect(report.summary).toMatchObject({ matchedRecords: 3, identicalRecords: 3, missingRecords: 0, extraRecords: 0 });
    expect(report.notes).toEqual(["2 expected records share the name page; paired by sha256 or path, else in file order"]);
  });

  it("prints the report as JSON with --json", async () => {
    const outputDir = join(work, "json-out");
    const changed = structuredClone(records);
    changed[0]!.meta.year = 1999;
    writeFolder(outputDir, changed);
    const { code, out } = await runDiff(["--json", run, outputDir]);
    expect(code).toBe(1);
    const report = JSON.parse(out) as DiffReport;
    expect(report.records[0]!.cells).toEqual([{ path: "meta.year", kind: "changed", old: records[0]!.meta.year, new: 1999 }]);
    expect(formatDiff(report)).toContain(`  changed meta.year: ${records[0]!.meta.year} -> 1999`);
  });

  it("answers usage errors with exit 2 and a one-line reason", async () => {
    expect((await runDiff([run])).code).toBe(2);
    expect((await runDiff([run, run, "--colour"])).err.split("\n")[0]).toBe("nianbao diff: unknown option --colour");
    const missing = await runDiff([run, join(work, "no-such-folder")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`nianbao diff: no such file or folder: ${join(work, "no-such-folder")}\n`);
    const broken = join(work, "broken.jsonl");
    writeFileSync(broken, JSON.stringify(records[0]) + "\n{not json\n");
    const bad = await runDiff([run, broken]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^nianbao diff: .*broken\.jsonl:2: invalid JSON/);
  });
});

describe("parseDiffArgs", () => {
  it("reads paths, --json and --ignore lists", () => {
    expect(parseDiffArgs(["a", "b", "--json", "--ignore", "meta.tableLayouts,meta.requestsLayout", "--ignore=meta.periodYear"])).toEqual({
      ok: true,
      help: false,
      args: { expected: "a", output: "b", json: true, ignore: ["meta.tableLayouts", "meta.requestsLayout", "meta.periodYear"] },
    });
    expect(parseDiffArgs(["--help"])).toEqual({ ok: true, help: true });
    expect(parseDiffArgs(["a"])).toEqual({ ok: false, error: "expected 2 paths (EXPECTED OUTPUT), got 1" });
    expect(parseDiffArgs(["a", "b", "--ignore"])).toEqual({ ok: false, error: "--ignore needs a record path" });
  });
});
