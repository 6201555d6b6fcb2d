// Every sample document reproduces its expected record exactly (samples/expected/<file>.json),
// compared cell by cell with `nianbao diff`'s own comparison.
import { describe, it, expect, beforeAll } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { processDocument } from "../../src/pipeline.js";
import { diffRuns, type DiffReport } from "../../src/review/diff.js";
import { ReportRecord } from "../../src/record/schema.js";

const samplesDir = join(import.meta.dirname, "../../samples");
const expectedDir = join(samplesDir, "expected");
const documents = readdirSync(samplesDir).filter((f) => /\.(html|docx|pdf)$/i.test(f)).sort();

describe("samples reproduce their expected records", () => {
  let report: DiffReport;
  const failures = new Map<string, string>();

  beforeAll(async () => {
    const outDir = mkdtempSync(join(tmpdir(), "nianbao-samples-"));
    for (const file of documents) {
      try {
        const record = await processDocument({ data: readFileSync(join(samplesDir, file)), file: `samples/${file}` });
        // The whole record, provenance and checks included, fits the published schema.
        ReportRecord.parse(record);
        writeFileSync(join(outDir, `${file}.json`), JSON.stringify(record));
      } catch (error) {
        failures.set(file, (error as Error).message);
      }
    }
    report = await diffRuns(expectedDir, outDir);
  }, 120_000);

  it("has an expected record for every sample document", () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
    for (const file of documents) expect(readdirSync(expectedDir)).toContain(`${file}.json`);
  });

  it.each(documents)("%s", (file) => {
    expect(failures.get(file)).toBeUndefined();
    const diff = report.records.find((r) => r.outputFile.endsWith(`${file}.json`));
    expect(diff?.cells ?? []).toEqual([]);
  });

  it("pairs every record and finds no difference", () => {
    expect(report.summary.missingRecords).toBe(0);
    expect(report.summary.extraRecords).toBe(0);
    expect(report.summary.matchedRecords).toBe(documents.length);
    expect(report.summary.identicalRecords).toBe(documents.length);
  });
});
