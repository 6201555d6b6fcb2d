// Which documents a run reads: files, folders (recursive) and .zip archives, in a fixed order.
import { opendir, realpath, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { formatFromExtension, unreadDocumentReason } from "../../extractors/index.js";
import type { SourceFormat } from "../tokens/types.js";
import { isDirectoryEntry, readZipDirectory, zipEntryProblem, type ZipEntry } from "./zip.js";
import type { Limits } from "./options.js";

interface InputBase {
  /** Path as given on the command line (a folder's files: the folder as given + their path in it), "/"-separated. */
  file: string;
  /** Entry name inside the .zip at `file`. */
  zipEntry?: string;
  /** Format the extension suggests (content decides later); for per-format figures. */
  format?: SourceFormat;
}

/** A document on disk. */
export interface FileInput extends InputBase {
  kind: "file";
  path: string;
  size: number;
}

/** A document inside a .zip archive on disk. */
export interface ZipEntryInput extends InputBase {
  kind: "zipEntry";
  path: string;
  zipEntry: string;
  entry: ZipEntry;
}

/** An input already known to fail (missing path, unsupported type, unreadable archive, zip limits). */
export interface FailedInput extends InputBase {
  kind: "failed";
  stage: "read";
  reason: string;
}

export type InputItem = FileInput | ZipEntryInput | FailedInput;

export interface InputListing {
  items: InputItem[];
  /** Files in folders and archives that are not documents (not counted as inputs). */
  unsupported: number;
  /** The same by extension (lower case, "" for none), for the run's summary. */
  unsupportedByExtension: Record<string, number>;
}

export interface ListingOptions {
  /** Never list this folder (our own outputs, when it lies inside an input folder). */
  outDir?: string;
  limits: Pick<Limits, "maxBytes" | "maxZipBytes" | "maxZipRatio">;
}

/** The identity of an input: its path as given plus its zip entry. Shards and resume key on it. */
export const inputKey = (item: { file: string; zipEntry?: string }): string =>
  item.zipEntry === undefined ? item.file : `${item.file}\u0000${item.zipEntry}`;

const isZipName = (name: string) => extname(name).toLowerCase() === ".zip";
const isHidden = (name: string) => name.startsWith(".") || name === "__MACOSX";
/** Code-unit order: the same on every machine and locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "samples/" + "a/b.pdf" → "samples/a/b.pdf"; always "/"-separated, no "./". */
export function displayPath(root: string, relative = ""): string {
  const joined = relative ? join(root, relative) : join(root);
  const normal = sep === "/" ? joined : joined.split(sep).join("/");
  return normal.length > 1 ? normal.replace(/\/+$/, "") : normal;
}

/**
 * List the inputs in a deterministic order: arguments as given; inside a folder, entries sorted
 * by name, depth first; inside an archive, entries sorted by name. The same file reached twice
 * is listed once (first place wins).
 */
export async function listInputs(paths: string[], options: ListingOptions): Promise<InputListing> {
  const listing: InputListing = { items: [], unsupported: 0, unsupportedByExtension: {} };
  const skip = (name: string) => {
    listing.unsupported++;
    const extension = extname(name).toLowerCase();
    listing.unsupportedByExtension[extension] = (listing.unsupportedByExtension[extension] ?? 0) + 1;
  };
  const seen = new Set<string>();
  const outDirReal = options.outDir ? await realpath(options.outDir).catch(() => resolve(options.outDir!)) : undefined;

  const addZip = async (zipPath: string, file: string, real: string) => {
    let entries: ZipEntry[];
    try {
      entries = await readZipDirectory(zipPath);
    } catch (error) {
      listing.items.push({ kind: "failed", file, stage: "read", reason: (error as Error).message });
      return;
    }
    entries.sort((a, b) => byName(a.name, b.name));
    let declaredTotal = 0;
    let previous: string | undefined;
    for (const entry of entries) {
      if (isDirectoryEntry(entry) || entry.name.split("/").some(isHidden)) continue;
      if (entry.name === previous) continue; // a duplicated name: the first one is the entry
      previous = entry.name;
      const format = formatFromExtension(entry.name);
      if (!format) {
        const unread = unreadDocumentReason(entry.name);
        if (unread) listing.items.push({ kind: "failed", file, zipEntry: entry.name, stage: "read", reason: unread });
        else skip(entry.name);
        continue;
      }
      const key = `${real}\u0000${entry.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let problem = zipEntryProblem(entry, options.limits);
      if (!problem) {
        declaredTotal += entry.uncompressedSize;
        if (declaredTotal > options.limits.maxZipBytes)
          problem = `zip archive unpacks to more than the limit of ${options.limits.maxZipBytes} bytes`;
      }
      listing.items.push(
        problem
          ? { kind: "failed", file, zipEntry: entry.name, format, stage: "read", reason: problem }
          : { kind: "zipEntry", file, zipEntry: entry.name, format, path: zipPath, entry },
      );
    }
  };

  const addFile = async (path: string, file: string, size: number, explicit: boolean) => {
    const real = await realpath(path).catch(() => resolve(path));
    if (seen.has(real)) return;
    seen.add(real);
    if (isZipName(path)) return addZip(path, file, real);
    const format = formatFromExtension(path);
    const unread = format ? undefined : unreadDocumentReason(path);
    if (format) listing.items.push({ kind: "file", file, format, path, size });
    else if (unread) listing.items.push({ kind: "failed", file, stage: "read", reason: unread });
    else if (explicit) listing.items.push({ kind: "failed", file, stage: "read", reason: `unsupported file type (${extname(path) || "no extension"})` });
    else skip(path);
  };

  const visitedDirs = new Set<string>();
  const walk = async (dir: string, root: string, relative: string) => {
    const real = await realpath(dir);
    // symlink loops; our own outputs inside an input folder (but an input folder given as --out is read)
    if (visitedDirs.has(real) || (real === outDirReal && relative !== "")) return;
    visitedDirs.add(real);
    const names: string[] = [];
    try {
      for await (const dirent of await opendir(dir)) if (!isHidden(dirent.name)) names.push(dirent.name);
    } catch (error) {
      const reason = `cannot read folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
      listing.items.push({ kind: "failed", file: displayPath(root, relative), stage: "read", reason });
      return;
    }
    names.sort(byName);
    for (const name of names) {
      const path = join(dir, name);
      const rel = relative ? `${relative}/${name}` : name;
      const info = await stat(path).catch(() => undefined); // follows symlinks; dangling ones are skipped
      if (info?.isDirectory()) await walk(path, root, rel);
      else if (info?.isFile()) await addFile(path, displayPath(root, rel), info.size, false);
    }
  };

  for (const given of paths) {
    const file = displayPath(given);
    const info = await stat(given).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      const reason = info.code === "ENOENT" ? "no such file or folder" : `cannot read (${info.code ?? info.message})`;
      listing.items.push({ kind: "failed", file, stage: "read", reason });
    } else if (info.isDirectory()) await walk(given, given, "");
    else await addFile(given, file, info.size, true);
  }
  return listing;
}

/** The file name shown for an input in messages: `a.zip!dir/b.pdf` for zip entries. */
export const inputLabel = (item: { file: string; zipEntry?: string }) =>
  item.zipEntry === undefined ? item.file : `${item.file}!${item.zipEntry}`;
