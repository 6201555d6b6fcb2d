import { describe, it, expect } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AtomicTextFile, removeStaleTemporaries, writeFileAtomic } from "../../src/batch/files.js";

describe("atomic files", () => {
  it("publishes a file only on commit and leaves no temporary behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-files-"));
    const file = new AtomicTextFile(join(dir, "reports.jsonl"));
    await file.write("{}\n");
    expect(existsSync(join(dir, "reports.jsonl"))).toBe(false);
    await file.commit();
    expect(readFileSync(join(dir, "reports.jsonl"), "utf8")).toBe("{}\n");
    await writeFileAtomic(join(dir, "sub/deeper/a.json"), "[1]");
    expect(readFileSync(join(dir, "sub/deeper/a.json"), "utf8")).toBe("[1]");
    expect(readdirSync(dir).sort()).toEqual(["reports.jsonl", "sub"]);
  });

  it("removes the temporaries of dead runs and keeps those of live ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-stale-"));
    mkdirSync(join(dir, "sub"));
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max
    writeFileSync(join(dir, `.reports.jsonl.${dead}-1.tmp`), "partial");
    writeFileSync(join(dir, "sub", `.a.json.${dead}-7.tmp`), "partial");
    writeFileSync(join(dir, `.cells.csv.${process.pid}-3.tmp`), "ours");
    expect(await removeStaleTemporaries(dir)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([`.cells.csv.${process.pid}-3.tmp`, "sub"]);
  });
});
