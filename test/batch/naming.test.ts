import { describe, it, expect } from "vitest";
import { assignOutputNames } from "../../src/batch/naming.js";

describe("output names", () => {
  it("uses the bare file name when it is unique", () => {
    expect(assignOutputNames([{ file: "samples/pingtan-2024.html" }, { file: "/data/hongze-2023.pdf" }])).toEqual([
      "pingtan-2024",
      "hongze-2023",
    ]);
  });

  it("keeps the folders of inputs that share a name, and only of those", () => {
    expect(
      assignOutputNames([{ file: "2023/report.pdf" }, { file: "2024/report.pdf" }, { file: "other.html" }, { file: "../up/x/report.html" }]),
    ).toEqual(["2023/report", "2024/report", "other", "up/x/report"]);
  });

  it("leaves out the folders every input shares", () => {
    expect(assignOutputNames([{ file: "/data/in/a.html" }, { file: "/data/in/sub/a.html" }, { file: "/data/in/b.pdf" }])).toEqual([
      "a",
      "sub/a",
      "b",
    ]);
  });

  it("keeps the extension when the same folder holds report.pdf and report.html", () => {
    expect(assignOutputNames([{ file: "a/report.pdf" }, { file: "a/report.html" }])).toEqual(["report.pdf", "report.html"]);
  });

  it("puts zip entries under the archive name, and resolves a clash with a real folder", () => {
    expect(
      assignOutputNames([
        { file: "batch.zip", zipEntry: "2024/平潭.html" },
        { file: "batch.zip", zipEntry: "洪泽.pdf" },
        { file: "batch/洪泽.pdf" },
        { file: "x/洪泽.pdf" },
      ]),
    ).toEqual(["batch/2024/平潭", "batch/洪泽", "batch/洪泽.pdf", "x/洪泽"]);
  });

  it("treats names differing only in case as the same (macOS, Windows)", () => {
    expect(assignOutputNames([{ file: "x/Report.pdf" }, { file: "y/report.pdf" }])).toEqual(["x/Report", "y/report"]);
  });

  it("never takes the name of our own summary.json or record.schema.json", () => {
    expect(assignOutputNames([{ file: "in/summary.pdf" }, { file: "record.schema.html" }])).toEqual(["in/summary", "record.schema.html"]);
  });

  it("shortens names too long for a file system (255 bytes), numbering what then collides", () => {
    const long = "平潭综合实验区".repeat(20); // 140 characters, 420 bytes
    const names = assignOutputNames([{ file: `a/${long}甲.html` }, { file: `a/${long}乙.html` }]);
    expect(names).toEqual([long.slice(0, 66), `${long.slice(0, 66)}~2`]);
  });

  it("replaces characters no file system accepts, numbering what then collides", () => {
    expect(assignOutputNames([{ file: "a/b:c.pdf" }, { file: "a/b?c.pdf" }, { file: "d/e.pdf" }])).toEqual(["a/b_c.pdf", "a/b_c.pdf~2", "e"]);
  });
});
