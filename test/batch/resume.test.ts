import { describe, it, expect } from "vitest";
import { appendFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IndexWriter, parseIndex, readIndex, recordFileMatches, resumeDecision, type IndexEntry } from "../../src/batch/resume.js";

const current = { sha256: "aa", version: "0.1.0", out: "pingtan-2024", limits: "bytes=1;pages=2" };
const done: IndexEntry = { key: "samples/pingtan-2024.html", sha256: "aa", version: "0.1.0", out: "pingtan-2024" };
const failed: IndexEntry = {
  key: "samples/bad.pdf",
  sha256: "aa",
  version: "0.1.0",
  error: { stage: "extract", reason: "not a PDF" },
  limits: "bytes=1;pages=2",
};

describe("resume decisions", () => {
  it("resumes a record with the same content and version", () => {
    expect(resumeDecision(done, current, false)).toBe("resume-record");
  });
  it("redoes it with --force, new content, a new version, another output name, or no index line", () => {
    expect(resumeDecision(done, current, true)).toBe("process");
    expect(resumeDecision(done, { ...current, sha256: "bb" }, false)).toBe("process");
    expect(resumeDecision(done, { ...current, version: "0.2.0" }, false)).toBe("process");
    expect(resumeDecision(done, { ...current, out: "2024/pingtan-2024" }, false)).toBe("process");
    expect(resumeDecision(undefined, current, false)).toBe("process");
  });
  it("keeps an error unless it depended on the machine or the limits changed", () => {
    expect(resumeDecision(failed, current, false)).toBe("resume-error");
    expect(resumeDecision({ ...failed, error: { stage: "worker", reason: "timed out after 60000 ms", transient: true } }, current, false)).toBe("process");
    expect(resumeDecision(failed, { ...current, limits: "bytes=1;pages=900" }, false)).toBe("process");
  });
  it("accepts a record file written just before a kill by its sha256 and version", () => {
    const json = JSON.stringify({ source: { sha256: "aa" }, nianbaoVersion: "0.1.0" });
    expect(recordFileMatches(json, "aa", "0.1.0")).toBe(true);
    expect(recordFileMatches(json, "aa", "0.2.0")).toBe(false);
    expect(recordFileMatches(json.slice(0, 20), "aa", "0.1.0")).toBe(false);
  });
});

describe("the index file", () => {
  it("keeps the last line per input and ignores a line cut short by a kill", () => {
    const text = [JSON.stringify({ ...done, sha256: "old" }), JSON.stringify(done), JSON.stringify(failed).slice(0, 30)].join("\n");
    const index = parseIndex(text);
    expect([...index.keys()]).toEqual(["samples/pingtan-2024.html"]);
    expect(index.get("samples/pingtan-2024.html")?.sha256).toBe("aa");
  });

  it("starts a fresh line after a torn one, so the next entry is readable", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-index-"));
    const path = join(dir, ".nianbao-index.jsonl");
    appendFileSync(path, JSON.stringify(done) + "\n" + JSON.stringify(failed).slice(0, 25));
    const writer = new IndexWriter(path);
    writer.append(failed);
    writer.close();
    expect(readFileSync(path, "utf8").split("\n")).toHaveLength(4);
    expect([...(await readIndex(path)).keys()]).toEqual(["samples/pingtan-2024.html", "samples/bad.pdf"]);
    expect((await readIndex(join(dir, "missing.jsonl"))).size).toBe(0);
  });
});
