// Reading documents out of .zip archives without unpacking them to disk.
// We read the central directory ourselves: Chinese archives made on Windows store entry
// names in GBK without the UTF-8 flag, which generic unzippers decode as CP437 mojibake.
// Entries are inflated with node:zlib, whose maxOutputLength stops a zip bomb natively.
import { open, type FileHandle } from "node:fs/promises";
import { crc32, inflateRawSync } from "node:zlib";
import iconv from "iconv-lite";
import { InputError } from "../tokens/types.js";
import { ZIP_RATIO_MIN_BYTES } from "./settings.js";

export interface ZipEntry {
  /** Decoded entry path, "/"-separated. */
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const METHOD_AES = 99;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/**
 * An entry name from its raw bytes: the Info-ZIP Unicode Path field when present and current,
 * UTF-8 when flagged (bit 11) or when the bytes are valid UTF-8, GBK (GB18030) otherwise.
 */
export function decodeEntryName(raw: Uint8Array, flags: number, extra: Uint8Array = new Uint8Array(0)): string {
  const unicodePath = readUnicodePathExtra(extra, raw);
  let name: string;
  if (unicodePath !== undefined) name = unicodePath;
  else if (flags & FLAG_UTF8) name = lenientUtf8.decode(raw);
  else {
    const asGbk = () => iconv.decode(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), "gb18030");
    try {
      name = strictUtf8.decode(raw);
      // short GBK names can be valid UTF-8 too (平潭 = C6 BD CC B6 reads as "ƽ̶"): keep UTF-8
      // only when it reads as the kind of text archive names hold, or GBK does not either
      if (!isPlausibleName(name)) {
        const gbk = asGbk();
        if (isPlausibleName(gbk)) name = gbk;
      }
    } catch {
      name = asGbk();
    }
  }
  return name.replace(/\\/g, "/");
}

/** ASCII, CJK ideographs and punctuation, full-width forms: what Chinese file names are made of. */
const PLAUSIBLE_NAME = /^[\u0020-\u007e\u00b7\u2010-\u2027\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]*$/;
const isPlausibleName = (name: string) => PLAUSIBLE_NAME.test(name);

function readUnicodePathExtra(extra: Uint8Array, rawName: Uint8Array): string | undefined {
  const field = findExtraField(extra, EXTRA_UNICODE_PATH);
  // version 1, then the CRC-32 of the raw name it replaces (stale when the name was edited)
  if (!field || field.length < 5 || field[0] !== 1) return undefined;
  const view = new DataView(field.buffer, field.byteOffset, field.byteLength);
  if (view.getUint32(1, true) !== crc32(rawName)) return undefined;
  return lenientUtf8.decode(field.subarray(5));
}

function findExtraField(extra: Uint8Array, id: number): Uint8Array | undefined {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 4 <= extra.length; ) {
    const fieldId = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (at + 4 + size > extra.length) return undefined;
    if (fieldId === id) return extra.subarray(at + 4, at + 4 + size);
    at += 4 + size;
  }
  return undefined;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  if (filled < length) throw new InputError("read", "zip archive truncated");
  return buffer;
}

const notZip = (why: string) => new InputError("read", `not a readable zip archive (${why})`);

interface DirectoryLocation {
  entries: number;
  offset: number;
  size: number;
}

async function locateCentralDirectory(handle: FileHandle, fileSize: number): Promise<DirectoryLocation> {
  if (fileSize < EOCD_SIZE) throw notZip("too short");
  const tailLength = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT + ZIP64_LOCATOR_SIZE);
  const tailStart = fileSize - tailLength;
  const tail = await readAt(handle, tailStart, tailLength);
  let at = tail.length - EOCD_SIZE;
  while (at >= 0 && tail.readUInt32LE(at) !== EOCD_SIGNATURE) at--;
  if (at < 0) throw notZip("no end of central directory");
  let entries = tail.readUInt16LE(at + 10);
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  if (entries === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locatorAt = at - ZIP64_LOCATOR_SIZE;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR_SIGNATURE) throw notZip("zip64 locator missing");
    const eocd64Offset = Number(tail.readBigUInt64LE(locatorAt + 8));
    const eocd64 = await readAt(handle, eocd64Offset, 56);
    if (eocd64.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) throw notZip("zip64 end record missing");
    entries = Number(eocd64.readBigUInt64LE(32));
    size = Number(eocd64.readBigUInt64LE(40));
    offset = Number(eocd64.readBigUInt64LE(48));
  }
  if (offset + size > fileSize) throw notZip("central directory outside the file");
  return { entries, offset, size };
}

/** Every entry of the archive (directories included), in central-directory order. */
export async function readZipDirectory(path: string): Promise<ZipEntry[]> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new InputError("read", `cannot open: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const { size: fileSize } = await handle.stat();
    const where = await locateCentralDirectory(handle, fileSize);
    const directory = await readAt(handle, where.offset, where.size);
    return parseCentralDirectory(directory, where.entries);
  } finally {
    await handle.close();
  }
}

export function parseCentralDirectory(directory: Buffer, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_SIZE > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw notZip("corrupt central directory");
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    const crc = directory.readUInt32LE(at + 16);
    let compressedSize = directory.readUInt32LE(at + 20);
    let uncompressedSize = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    let localHeaderOffset = directory.readUInt32LE(at + 42);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directory.length) throw notZip("corrupt central directory");
    const rawName = directory.subarray(nameStart, extraStart);
    const extra = directory.subarray(extraStart, extraStart + extraLength);
    const zip64Field = findExtraField(extra, EXTRA_ZIP64);
    if (zip64Field) {
      const zip64 = Buffer.from(zip64Field.buffer, zip64Field.byteOffset, zip64Field.byteLength);
      // only the fields whose 32-bit value is saturated are present, in this order
      let z = 0;
      const take = () => (z + 8 <= zip64.length ? Number(zip64.readBigUInt64LE((z += 8) - 8)) : undefined);
      if (uncompressedSize === U32_MAX) uncompressedSize = take() ?? uncompressedSize;
      if (compressedSize === U32_MAX) compressedSize = take() ?? compressedSize;
      if (localHeaderOffset === U32_MAX) localHeaderOffset = take() ?? localHeaderOffset;
    }
    entries.push({
      name: decodeEntryName(rawName, flags, extra),
      flags,
      method,
      crc32: crc,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    at = next;
  }
  return entries;
}

export const isDirectoryEntry = (entry: ZipEntry) => entry.name.endsWith("/");

/** Why this entry must not be unpacked, or undefined when it may be. */
export function zipEntryProblem(entry: ZipEntry, limits: { maxBytes: number; maxZipRatio: number }): string | undefined {
  if (entry.flags & FLAG_ENCRYPTED || entry.method === METHOD_AES) return "encrypted zip entry";
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE)
    return `unsupported zip compression method ${entry.method}`;
  if (entry.uncompressedSize > limits.maxBytes)
    return `file too large (${entry.uncompressedSize} bytes unpacked > limit ${limits.maxBytes})`;
  if (entry.uncompressedSize > ZIP_RATIO_MIN_BYTES) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (ratio > limits.maxZipRatio)
      return `zip bomb: compression ratio ${Math.round(ratio)} > limit ${limits.maxZipRatio}`;
  }
  return undefined;
}

/**
 * One entry's bytes. Never produces more than the declared size (a lying header is an error,
 * not a memory blow-up); checks the CRC so a damaged archive is not parsed as a document.
 */
export async function readZipEntry(path: string, entry: ZipEntry): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const header = await readAt(handle, entry.localHeaderOffset, LOCAL_HEADER_SIZE);
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new InputError("read", "zip entry corrupt (no local header)");
    const dataStart = entry.localHeaderOffset + LOCAL_HEADER_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28);
    const packed = await readAt(handle, dataStart, entry.compressedSize);
    let data: Buffer;
    if (entry.method === METHOD_STORED) data = packed;
    else {
      try {
        // +1 so that "exactly the declared size" and "more than declared" can be told apart
        data = inflateRawSync(packed, { maxOutputLength: entry.uncompressedSize + 1 });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "ERR_BUFFER_TOO_LARGE")
          throw new InputError("read", `zip entry unpacks to more than its declared ${entry.uncompressedSize} bytes`);
        throw new InputError("read", `zip entry corrupt (${(error as Error).message})`);
      }
    }
    if (data.length !== entry.uncompressedSize)
      throw new InputError("read", `zip entry corrupt (${data.length} bytes, ${entry.uncompressedSize} declared)`);
    if (crc32(data) !== entry.crc32) throw new InputError("read", "zip entry corrupt (CRC mismatch)");
    return data;
  } finally {
    await handle.close();
  }
}
