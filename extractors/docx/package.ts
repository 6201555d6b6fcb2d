// The DOCX container: an OPC package (ZIP). Only the parts we read are inflated — the main
// document, its styles and list numbering, the core properties and the package relationships (to find a main part
// that is not at the usual word/document.xml).
import { unzipSync, type Unzipped, type UnzipFileInfo } from "fflate";
import { InputError } from "../../src/tokens/types.js";
import type { DocxSettings } from "./settings.js";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];

export const MAIN_PART = "word/document.xml";
export const STYLES_PART = "word/styles.xml";
export const NUMBERING_PART = "word/numbering.xml";
export const CORE_PROPERTIES_PART = "docProps/core.xml";
const PACKAGE_RELATIONSHIPS_PART = "_rels/.rels";
const OFFICE_DOCUMENT_RELATIONSHIP = /officeDocument$/;

const BYTES_PER_MB = 1024 * 1024;

/** The decoded text of the parts we read; styles, numbering and core properties may be missing. */
export interface DocxParts {
  mainPartName: string;
  document: string;
  styles?: string;
  numbering?: string;
  coreProperties?: string;
}

const startsWith = (data: Uint8Array, magic: number[]) => data.length >= magic.length && magic.every((b, i) => data[i] === b);

// Some Windows zippers write "word\document.xml".
const normaliseEntryName = (name: string) => name.replace(/\\/g, "/").replace(/^\//, "");

/** Check the container, inflate the parts we need, decode them to text. */
export function openDocxPackage(data: Uint8Array, settings: DocxSettings): DocxParts {
  if (data.length === 0) throw new InputError("extract", "empty file");
  if (startsWith(data, OLE_MAGIC))
    throw new InputError("extract", "encrypted DOCX or legacy .doc (OLE compound file): not supported");
  if (!startsWith(data, ZIP_LOCAL_HEADER) && !startsWith(data, ZIP_EMPTY_ARCHIVE))
    throw new InputError("extract", "not a DOCX file (not a ZIP container)");

  const wanted = new Set([MAIN_PART, STYLES_PART, NUMBERING_PART, CORE_PROPERTIES_PART, PACKAGE_RELATIONSHIPS_PART]);
  let entries = unzipParts(data, wanted, settings);
  let mainPartName = MAIN_PART;
  if (entries.get(MAIN_PART) === undefined) {
    // The package relationships name the main part; a few generators put it elsewhere.
    const target = mainPartFromRelationships(entries.get(PACKAGE_RELATIONSHIPS_PART));
    if (target && target !== MAIN_PART) {
      entries = new Map([...entries, ...unzipParts(data, new Set([target]), settings)]);
      mainPartName = target;
    }
  }
  const main = entries.get(mainPartName);
  if (main === undefined) throw new InputError("extract", "not a DOCX file (no word/document.xml)");
  const styles = entries.get(STYLES_PART);
  const numbering = entries.get(NUMBERING_PART);
  const core = entries.get(CORE_PROPERTIES_PART);
  return {
    mainPartName,
    document: decodeXmlBytes(main),
    ...(styles ? { styles: decodeXmlBytes(styles) } : {}),
    ...(numbering ? { numbering: decodeXmlBytes(numbering) } : {}),
    ...(core ? { coreProperties: decodeXmlBytes(core) } : {}),
  };
}

function unzipParts(data: Uint8Array, wanted: Set<string>, settings: DocxSettings): Map<string, Uint8Array> {
  const accept = (file: UnzipFileInfo): boolean => {
    if (!wanted.has(normaliseEntryName(file.name))) return false;
    // fflate inflates into a buffer of the declared size, so the declared size is what we bound.
    if (file.originalSize > settings.maxPartBytes)
      throw new InputError(
        "extract",
        `DOCX part ${file.name} declares ${formatSize(file.originalSize)} uncompressed, above the ${formatSize(settings.maxPartBytes)} limit (zip bomb guard)`,
      );
    return true;
  };
  let files: Unzipped;
  try {
    files = unzipSync(data, { filter: accept });
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError("extract", `corrupt DOCX (ZIP container unreadable: ${reason})`);
  }
  const parts = new Map<string, Uint8Array>();
  for (const name in files) parts.set(normaliseEntryName(name), files[name]!);
  return parts;
}

const formatSize = (bytes: number) => (bytes >= BYTES_PER_MB ? `${(bytes / BYTES_PER_MB).toFixed(0)} MB` : `${bytes} bytes`);

const RELATIONSHIP = /<Relationship\b[^>]*>/g;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
const TYPE_ATTRIBUTE = ATTRIBUTE("Type");
const TARGET_ATTRIBUTE = ATTRIBUTE("Target");

/** The officeDocument target of _rels/.rels, as a part name ("word/document.xml"). */
function mainPartFromRelationships(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  for (const element of decodeXmlBytes(bytes).match(RELATIONSHIP) ?? []) {
    const type = TYPE_ATTRIBUTE.exec(element);
    if (!type || !OFFICE_DOCUMENT_RELATIONSHIP.test(type[1] ?? type[2] ?? "")) continue;
    const target = TARGET_ATTRIBUTE.exec(element);
    return target ? normaliseEntryName(target[1] ?? target[2] ?? "") : undefined;
  }
  return undefined;
}

const utf8 = new TextDecoder("utf-8");
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");

/** OOXML parts are UTF-8 (BOM optional) or, rarely, UTF-16 with a BOM. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes);
  return utf8.decode(bytes);
}
