// Builds .zip archives byte by byte for the tests and the batch benchmark: raw name bytes (GBK or
// UTF-8), the UTF-8 flag on or off, stored or deflated data, an encrypted flag, or sizes that lie —
// archives as Chinese Windows zippers and broken tools write them, which zip libraries will not make.
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntrySpec {
  name: Uint8Array | string;
  data: Uint8Array | string;
  utf8Flag?: boolean;
  deflate?: boolean;
  encrypted?: boolean;
  /** Override the declared unpacked size (a lying header). */
  declaredSize?: number;
  /** Extra field bytes for the central directory. */
  extra?: Uint8Array;
}

const bytes = (value: Uint8Array | string) => (typeof value === "string" ? Buffer.from(value, "utf8") : Buffer.from(value));

export function buildZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = bytes(entry.name);
    const data = bytes(entry.data);
    const packed = entry.deflate ? deflateRawSync(data) : data;
    const flags = (entry.utf8Flag ? 0x0800 : 0) | (entry.encrypted ? 0x0001 : 0);
    const method = entry.deflate ? 8 : 0;
    const size = entry.declaredSize ?? data.length;
    const crc = crc32(data);
    const extra = entry.extra ? Buffer.from(entry.extra) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
