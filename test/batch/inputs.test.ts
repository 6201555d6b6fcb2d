import { describe, it, expect, beforeAll } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { displayPath, inputKey, listInputs, type InputItem } from "../../src/batch/inputs.js";
import { defaultLimits } from "../../src/batch/options.js";
import { buildZip } from "../../scripts/zip-writer.js";

const limits = defaultLimits();
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "nianbao-inputs-"));
  const put = (rel: string, data: string | Buffer = "<html></html>") => {
    mkdirSync(join(root, rel, ".."), { recursive: true });
    writeFileSync(join(root, rel), data);
  };
  put("in/b.pdf", "%PDF-1.4");
  put("in/a.html");
  put("in/sub/c.docx", "PK");
  put("in/notes.txt", "not a document");
  put("in/photo.JPG", "jpeg");
  put("in/2019年报.doc", "OLE");
  put("in/.hidden.html");
  put("in/.git/d.html");
  put("in/out/old.json", "{}");
  put("in/out/e.html");
  put(
    "in/archive.zip",
    buildZip([
      { name: iconv.encode("平潭/2024年报.html", "gbk"), data: "<html>平潭</html>", deflate: true },
      { name: "洪泽2023.pdf", data: "%PDF-1.4", utf8Flag: true },
      { name: "readme.txt", data: "text" },
      { name: "旧/2018年报.wps", data: "OLE" },
      { name: "__MACOSX/._洪泽2023.pdf", data: "junk" },
      { name: "secret.pdf", data: "%PDF-1.4", encrypted: true },
    ]),
  );
  put("in/broken.zip", "PK\u0003\u0004 truncated");
});

const summary = (item: InputItem) =>
  item.kind === "failed" ? `${item.file}${item.zipEntry ? `!${item.zipEntry}` : ""} ✗ ${item.reason}` : `${item.file}${item.zipEntry ? `!${item.zipEntry}` : ""}`;

describe("listing inputs", () => {
  it("walks folders sorted, opens zips (GBK and UTF-8 names), skips hidden files and the output folder", async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const listing = await listInputs(["in/"], { outDir: "in/out", limits });
      expect(listing.items.map(summary)).toEqual([
        "in/2019年报.doc ✗ legacy Word .doc files are not read: save as DOCX, PDF or HTML",
        "in/a.html",
        "in/archive.zip!secret.pdf ✗ encrypted zip entry",
        "in/archive.zip!平潭/2024年报.html",
        "in/archive.zip!旧/2018年报.wps ✗ WPS .wps files are not read: save as DOCX, PDF or HTML",
        "in/archive.zip!洪泽2023.pdf",
        "in/b.pdf",
        "in/broken.zip ✗ not a readable zip archive (too short)",
        "in/sub/c.docx",
      ]);
      // notes.txt, photo.JPG and the archive's readme.txt: not documents, counted only
      expect(listing.unsupported).toBe(3);
      expect(listing.unsupportedByExtension).toEqual({ ".txt": 2, ".jpg": 1 });
    } finally {
      process.chdir(cwd);
    }
  });

  it("reads an input folder that is also the output folder", async () => {
    const listing = await listInputs([join(root, "in/sub")], { outDir: join(root, "in/sub"), limits });
    expect(listing.items.map((item) => item.file)).toEqual([join(root, "in/sub/c.docx")]);
  });

  it("reports missing paths and explicitly given unsupported files as failed inputs", async () => {
    const listing = await listInputs([join(root, "nope.pdf"), join(root, "in/notes.txt")], { limits });
    expect(listing.items.map((item) => (item.kind === "failed" ? item.reason : item.kind))).toEqual([
      "no such file or folder",
      "unsupported file type (.txt)",
    ]);
    expect(listing.unsupported).toBe(0);
  });

  it("lists a file reached twice once, at its first place", async () => {
    const listing = await listInputs([join(root, "in/b.pdf"), join(root, "in/sub"), join(root, "in/b.pdf")], { limits });
    expect(listing.items.map((item) => item.file)).toEqual([join(root, "in/b.pdf"), join(root, "in/sub/c.docx")]);
  });

  it("fails the documents of an archive beyond its total unpacked size limit", async () => {
    const listing = await listInputs([join(root, "in/archive.zip")], { limits: { ...limits, maxZipBytes: 20 } });
    // entries in name order: secret.pdf, 平潭/2024年报.html (fits), 旧/2018年报.wps (not read), 洪泽2023.pdf (over)
    expect(listing.items.map((item) => (item.kind === "failed" ? item.reason : "ok"))).toEqual([
      "encrypted zip entry",
      "ok",
      "WPS .wps files are not read: save as DOCX, PDF or HTML",
      "zip archive unpacks to more than the limit of 20 bytes",
    ]);
  });

  it("keys inputs by path as given plus entry", () => {
    expect(displayPath("./samples/", "x/a.pdf")).toBe("samples/x/a.pdf");
    expect(displayPath("samples//")).toBe("samples");
    expect(inputKey({ file: "a.zip", zipEntry: "b.pdf" })).toBe("a.zip\u0000b.pdf");
    expect(inputKey({ file: "a.pdf" })).toBe("a.pdf");
  });
});
