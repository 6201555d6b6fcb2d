import { describe, it, expect, beforeAll } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import iconv from "iconv-lite";
import { decodeEntryName, readZipDirectory, readZipEntry, zipEntryProblem, type ZipEntry } from "../../src/batch/zip.js";
import { buildZip } from "../../scripts/zip-writer.js";

const gbk = (text: string) => iconv.encode(text, "gbk");
const limits = { maxBytes: 10 * 1024 * 1024, maxZipRatio: 100 };
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-zip-"));
});
const writeZip = (name: string, zip: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, zip);
  return path;
};

describe("entry names", () => {
  it("decodes GBK bytes when the UTF-8 flag is unset and the bytes are not UTF-8", () => {
    expect(decodeEntryName(gbk("年报/平潭2024年报告.html"), 0)).toBe("年报/平潭2024年报告.html");
  });
  it("reads short GBK names that happen to be valid UTF-8 as GBK (平潭 = C6 BD CC B6)", () => {
    expect([...gbk("平潭.html")].slice(0, 4)).toEqual([0xc6, 0xbd, 0xcc, 0xb6]);
    expect(decodeEntryName(gbk("平潭.html"), 0)).toBe("平潭.html");
    expect(decodeEntryName(Buffer.from("平潭.html", "utf8"), 0)).toBe("平潭.html");
  });
  it("decodes UTF-8 bytes with the flag, and without it when they are valid UTF-8", () => {
    const raw = Buffer.from("洪泽区2023.pdf", "utf8");
    expect(decodeEntryName(raw, 0x0800)).toBe("洪泽区2023.pdf");
    expect(decodeEntryName(raw, 0)).toBe("洪泽区2023.pdf");
  });
  it("prefers a current Info-ZIP Unicode Path field, and ignores a stale one", () => {
    const raw = gbk("报告.pdf");
    const unicode = Buffer.from("年度报告.pdf", "utf8");
    const field = (nameCrc: number) => {
      const header = Buffer.alloc(9);
      header.writeUInt16LE(0x7075, 0);
      header.writeUInt16LE(5 + unicode.length, 2);
      header.writeUInt8(1, 4);
      header.writeUInt32LE(nameCrc, 5);
      return Buffer.concat([header, unicode]);
    };
    expect(decodeEntryName(raw, 0, field(crc32(raw)))).toBe("年度报告.pdf");
    expect(decodeEntryName(raw, 0, field((crc32(raw) ^ 1) >>> 0))).toBe("报告.pdf");
  });
  it("turns Windows backslashes into /", () => {
    expect(decodeEntryName(gbk("2023\\报告.pdf"), 0)).toBe("2023/报告.pdf");
  });
});

describe("reading archives", () => {
  it("lists GBK and UTF-8 named entries of one archive with their sizes", async () => {
    const path = writeZip(
      "mixed.zip",
      buildZip([
        { name: gbk("沭阳县发改局2023.html"), data: "<html>甲</html>", deflate: true },
        { name: "平潭2024.html", data: "<html>乙</html>", utf8Flag: true },
        { name: "docs/", data: "" },
      ]),
    );
    const entries = await readZipDirectory(path);
    expect(entries.map((e) => e.name)).toEqual(["沭阳县发改局2023.html", "平潭2024.html", "docs/"]);
    expect(entries[0]).toMatchObject({ method: 8, uncompressedSize: Buffer.byteLength("<html>甲</html>") });
    expect(Buffer.from(await readZipEntry(path, entries[0]!)).toString("utf8")).toBe("<html>甲</html>");
    expect(Buffer.from(await readZipEntry(path, entries[1]!)).toString("utf8")).toBe("<html>乙</html>");
  });

  it("refuses a file that is not a zip archive, with a one-line reason", async () => {
    const path = join(dir, "fake.zip");
    writeFileSync(path, "this is not an archive at all, just text");
    await expect(readZipDirectory(path)).rejects.toThrow("not a readable zip archive (no end of central directory)");
  });

  it("stops an entry that unpacks to more than it declares", async () => {
    const path = writeZip("liar.zip", buildZip([{ name: "a.html", data: "x".repeat(100_000), deflate: true, declaredSize: 1000 }]));
    const [entry] = await readZipDirectory(path);
    await expect(readZipEntry(path, entry!)).rejects.toThrow("zip entry unpacks to more than its declared 1000 bytes");
  });

  it("detects a damaged entry by its CRC", async () => {
    const zip = buildZip([{ name: "a.html", data: "<html>ok</html>" }]);
    zip[30 + "a.html".length + 2] ^= 0xff; // flip a byte of the stored data
    const path = writeZip("damaged.zip", zip);
    const [entry] = await readZipDirectory(path);
    await expect(readZipEntry(path, entry!)).rejects.toThrow("zip entry corrupt (CRC mismatch)");
  });
});

describe("entry limits", () => {
  const entry = (fields: Partial<ZipEntry>): ZipEntry => ({
    name: "a.pdf",
    flags: 0,
    method: 8,
    crc32: 0,
    compressedSize: 1000,
    uncompressedSize: 2000,
    localHeaderOffset: 0,
    ...fields,
  });
  it("names encrypted, unsupported, too large and bomb-like entries", () => {
    expect(zipEntryProblem(entry({}), limits)).toBeUndefined();
    expect(zipEntryProblem(entry({ flags: 1 }), limits)).toBe("encrypted zip entry");
    expect(zipEntryProblem(entry({ method: 99 }), limits)).toBe("encrypted zip entry");
    expect(zipEntryProblem(entry({ method: 12 }), limits)).toBe("unsupported zip compression method 12");
    expect(zipEntryProblem(entry({ uncompressedSize: 20 * 1024 * 1024, compressedSize: 10 * 1024 * 1024 }), limits)).toBe(
      "file too large (20971520 bytes unpacked > limit 10485760)",
    );
    expect(zipEntryProblem(entry({ uncompressedSize: 5 * 1024 * 1024, compressedSize: 5 * 1024 }), limits)).toBe(
      "zip bomb: compression ratio 1024 > limit 100",
    );
    // small entries may compress as well as they like
    expect(zipEntryProblem(entry({ uncompressedSize: 500_000, compressedSize: 500 }), limits)).toBeUndefined();
  });
});
