import { describe, it, expect } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AggregateWriter, outputFiles, type Outcome } from "../../src/batch/aggregates.js";
import { recordFragments } from "../../src/batch/fragments.js";

const COUNT = 300; // more than the writer holds fragments for, so reverse order spills to the record files

function recordJson(i: number): string {
  const row = { naturalPerson: i, commercial: 0, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0, total: i };
  return JSON.stringify({
    meta: { title: `报告 ${i}`, organization: `机关${i % 7}`, year: 2020 + (i % 4), template: "2021" },
    requests: { newReceived: row, carriedOver: row, total: row, carriedForward: row },
    source: { file: `in/r${i}.html`, format: "html", sha256: "0".repeat(64), bytes: 100 + i },
    nianbaoVersion: "0.1.0",
    provenance: { "requests.newReceived.total": { raw: `${i}`, grid: 1, row: 2, col: 9 } },
    checks: [],
    warnings: [],
    unmapped: [],
  }, null, 2);
}

async function write(outDir: string, order: number[], withFragments: boolean): Promise<string[]> {
  const files = outputFiles();
  const writer = new AggregateWriter(outDir, files);
  for (const i of order) {
    const outcome: Outcome =
      i % 50 === 49
        ? { kind: "error", error: { input: `in/r${i}.html`, stage: "extract", reason: "not a report" } }
        : { kind: "record", name: `r${i}`, ...(withFragments ? { fragments: recordFragments(`r${i}`, recordJson(i)) } : {}) };
    writer.set(i, outcome);
  }
  const counts = await writer.finish();
  expect(counts).toMatchObject({ records: COUNT - 6, errors: 6 });
  return [files.reports, files.errors, files.cells, files.reportsCsv, files.checks, files.crossChecks].map((name) => readFileSync(join(outDir, name), "utf8"));
}

describe("aggregate files", () => {
  it("come out in input order and identical, whatever order inputs finish in and whether fragments came with them", async () => {
    const root = mkdtempSync(join(tmpdir(), "nianbao-agg-"));
    const dirs = ["ordered", "reversed", "from-files"].map((name) => join(root, name));
    for (const dir of dirs) {
      mkdirSync(dir);
      for (let i = 0; i < COUNT; i++) writeFileSync(join(dir, `r${i}.json`), recordJson(i));
    }
    const inOrder = Array.from({ length: COUNT }, (_, i) => i);
    const ordered = await write(dirs[0]!, inOrder, true);
    expect(await write(dirs[1]!, [...inOrder].reverse(), true)).toEqual(ordered);
    expect(await write(dirs[2]!, inOrder, false)).toEqual(ordered);
    expect(ordered[0]!.split("\n")[0]).toBe(JSON.stringify(JSON.parse(recordJson(0))));
    expect(ordered[3]!.split("\r\n")[1]!.startsWith("r0,in/r0.html,,html,")).toBe(true);
    expect(ordered[5]!.length).toBeGreaterThan(0); // consecutive years of one agency were paired
  });
});
