// Makes a mixed benchmark batch: variants of the sample and corpus documents (HTML, DOCX, PDF),
// some of them inside .zip archives with GBK entry names, plus a share of broken inputs of every
// kind a crawl produces. Deterministic for a given count and set of seed documents; reused when
// its manifest matches.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import iconv from "iconv-lite";
import { buildZip, type ZipEntrySpec } from "../scripts/zip-writer.js";

/** Share of the batch that is broken on purpose. */
export const BROKEN_SHARE = 0.05;
/** Share of the good documents packed into .zip archives. */
export const ZIPPED_SHARE = 0.05;
/** Documents per .zip archive of good documents. */
const DOCS_PER_ARCHIVE = 25;
/** Documents per folder, so no folder holds tens of thousands of files. */
const DOCS_PER_FOLDER = 500;
/** Pages of the generated many-page PDF (over the default --max-pages). */
export const HUGE_PDF_PAGES = 2000;
/** Unpacked size of the zip-bomb entry. */
const BOMB_BYTES = 90 * 1024 * 1024;
const GENERATOR_VERSION = 2;

const DOCUMENT_EXTENSIONS = new Set([".html", ".htm", ".shtml", ".docx", ".pdf"]);

export interface BatchManifest {
  generator: number;
  count: number;
  seeds: { file: string; sha256: string }[];
  documents: number;
  broken: number;
  zipped: number;
  /** Good documents per extension (outside and inside archives). */
  perFormat: Record<string, number>;
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/** Documents in these folders (not recursive), sorted. */
export function seedDocuments(folders: string[]): string[] {
  const files: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort())
      if (DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith(".")) files.push(join(folder, name));
  }
  return files;
}

/** A small deterministic random source (mulberry32), so every batch of a size is the same. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same document with different bytes: a comment (HTML), a trailing comment (PDF), a zip comment (DOCX). */
export function variant(data: Buffer, extension: string, n: number): Buffer {
  const tag = `nianbao bench variant ${n}`;
  if (extension === ".pdf") return Buffer.concat([data, Buffer.from(`\n%${tag}\n`)]);
  if (extension === ".docx") {
    // set the archive comment (end of central directory, comment length 0 at the very end)
    const end = data.length - 22;
    if (end >= 0 && data.readUInt32LE(end) === 0x06054b50 && data.readUInt16LE(end + 20) === 0) {
      const copy = Buffer.from(data);
      copy.writeUInt16LE(tag.length, end + 20);
      return Buffer.concat([copy, Buffer.from(tag)]);
    }
    return data;
  }
  const text = data.toString("latin1");
  const at = text.lastIndexOf("</body>");
  const comment = Buffer.from(`<!-- ${tag} -->`);
  return at < 0 ? Buffer.concat([data, comment]) : Buffer.concat([data.subarray(0, at), comment, data.subarray(at)]);
}

/** A valid text PDF with `pages` pages of one line each, built object by object. */
export function manyPagePdf(pages: number): Buffer {
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1 catalog, 2 page tree, 3 font, then page + content per page
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  for (let p = 0; p < pages; p++) {
    const pageId = 4 + 2 * p;
    const contentId = pageId + 1;
    const stream = `BT /F1 12 Tf 72 770 Td (Page ${p + 1} of a generated long document) Tj ET`;
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    objects[contentId] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    pageIds.push(pageId);
  }
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages} >>`;
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = body.length;
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** The broken inputs, cycled until the broken share is filled. Each: file name → bytes. */
function brokenKinds(seeds: Map<string, Buffer[]>, rand: () => number): Array<(n: number) => [string, Buffer]> {
  const first = (ext: string) => seeds.get(ext)?.[0] ?? Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>");
  const corrupt = (data: Buffer) => {
    const copy = Buffer.from(data);
    const from = Math.floor(copy.length * 0.2);
    for (let i = from; i < from + Math.floor(copy.length * 0.3); i++) copy[i] = Math.floor(rand() * 256);
    return copy;
  };
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0x20)]);
  const pdf = first(".pdf");
  const encryptedPdf = Buffer.from(pdf.toString("latin1").replace(/trailer\s*<</, "trailer\n<< /Encrypt 9999 0 R"), "latin1");
  return [
    (n) => [`corrupt-${n}.pdf`, corrupt(first(".pdf"))],
    (n) => [`corrupt-${n}.docx`, corrupt(first(".docx"))],
    (n) => [`corrupt-${n}.html`, corrupt(first(".html"))],
    (n) => [`truncated-${n}.pdf`, first(".pdf").subarray(0, Math.floor(first(".pdf").length * 0.4))],
    (n) => [`truncated-${n}.docx`, first(".docx").subarray(0, Math.floor(first(".docx").length * 0.4))],
    (n) => [`empty-${n}.pdf`, Buffer.alloc(0)],
    (n) => [`empty-${n}.html`, Buffer.alloc(0)],
    (n) => [`password-${n}.docx`, ole],
    (n) => [`encrypted-${n}.pdf`, encryptedPdf],
    (n) => [`not-a-report-${n}.html`, Buffer.from(`<html><head><title>新闻 ${n}</title></head><body><p>今日天气晴。</p></body></html>`)],
    (n) => [`not-a-report-${n}.pdf`, manyPagePdf(1)],
    (n) => [`wrong-extension-${n}.html`, first(".pdf")],
    (n) => [`wrong-extension-${n}.pdf`, first(".docx")],
    (n) => [`binary-${n}.html`, Buffer.from(Array.from({ length: 2048 }, () => Math.floor(rand() * 256)))],
  ];
}

/**
 * Make (or reuse) a batch of `count` inputs in `dir`: folders docs/NNN/ of good documents,
 * broken/ of broken ones, archives/ of .zip files (GBK names, an encrypted entry, a zip bomb,
 * an entry lying about its size), and one many-page PDF.
 */
export function makeBatch(dir: string, count: number, seedFiles: string[]): BatchManifest {
  const seeds = seedFiles.map((file) => ({ file: basename(file), data: readFileSync(file) }));
  if (seeds.length === 0) throw new Error("no seed documents (samples/ or ../shared/corpus)");
  const manifestPath = join(dir, ".manifest.json"); // hidden: the runner skips it
  const identity = { generator: GENERATOR_VERSION, count, seeds: seeds.map((s) => ({ file: s.file, sha256: sha256(s.data) })) };
  if (existsSync(manifestPath)) {
    const previous = JSON.parse(readFileSync(manifestPath, "utf8")) as BatchManifest;
    if (JSON.stringify({ generator: previous.generator, count: previous.count, seeds: previous.seeds }) === JSON.stringify(identity)) return previous;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = random(count);
  const byExtension = new Map<string, Buffer[]>();
  for (const seed of seeds) {
    const ext = extname(seed.file).toLowerCase();
    byExtension.set(ext, [...(byExtension.get(ext) ?? []), seed.data]);
  }

  // fixed specials: the many-page PDF and the archive with the bad entries
  const specials = 1 + 3;
  const broken = Math.max(Math.round(count * BROKEN_SHARE) - specials, 0);
  const good = count - broken - specials;
  const zipped = Math.floor(good * ZIPPED_SHARE);
  const perFormat: Record<string, number> = {};

  const write = (rel: string, data: Buffer) => {
    const path = join(dir, rel);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, data);
  };
  const goodDocument = (n: number) => {
    const seed = seeds[n % seeds.length]!;
    const ext = extname(seed.file).toLowerCase();
    perFormat[ext.slice(1)] = (perFormat[ext.slice(1)] ?? 0) + 1;
    return { name: `${String(n).padStart(6, "0")}-${seed.file}`, data: variant(seed.data, ext, n) };
  };

  for (let n = 0; n < good - zipped; n++) {
    const doc = goodDocument(n);
    write(join("docs", String(Math.floor(n / DOCS_PER_FOLDER)).padStart(3, "0"), doc.name), doc.data);
  }
  for (let start = good - zipped, part = 0; start < good; start += DOCS_PER_ARCHIVE, part++) {
    const members: ZipEntrySpec[] = [];
    for (let n = start; n < Math.min(start + DOCS_PER_ARCHIVE, good); n++) {
      const doc = goodDocument(n);
      // half the archives as a Chinese Windows zipper writes them: GBK names, no UTF-8 flag
      const gbk = part % 2 === 0;
      const name = `年报/${doc.name.replace(/^(\d+)-/, "$1-政府信息公开年报-")}`;
      members.push({ name: gbk ? iconv.encode(name, "gbk") : Buffer.from(name), data: doc.data, utf8Flag: !gbk, deflate: true });
    }
    write(join("archives", `part-${part}.zip`), buildZip(members));
  }
  const kinds = brokenKinds(byExtension, rand);
  for (let n = 0; n < broken; n++) {
    const [name, data] = kinds[n % kinds.length]!(n);
    write(join("broken", name), data);
  }
  write(join("broken", `many-pages-${HUGE_PDF_PAGES}.pdf`), manyPagePdf(HUGE_PDF_PAGES));
  const firstDoc = seeds[0]!.data;
  write(
    join("archives", "bad-entries.zip"),
    buildZip([
      { name: Buffer.from("加密的年报.pdf"), data: Buffer.from(Array.from({ length: 512 }, () => Math.floor(rand() * 256))), utf8Flag: true, deflate: false, encrypted: true },
      { name: Buffer.from("bomb.html"), data: Buffer.alloc(BOMB_BYTES, 0x20), utf8Flag: true, deflate: true },
      { name: Buffer.from("lying-size.html"), data: Buffer.concat([firstDoc, Buffer.alloc(5 * 1024 * 1024, 0x20)]), utf8Flag: true, deflate: true, declaredSize: 1000 },
    ]),
  );

  const manifest: BatchManifest = { ...identity, documents: count, broken: broken + specials, zipped, perFormat };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}
