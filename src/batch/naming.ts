// Output names: one `<name>.json` per input, short where it can be, unique always.
//   level 0  file name without extension             pingtan-2024          (zip: <zip>/<entry path>)
//   level 1  + the folders of its path as given      2024/pingtan/report   (zip: <folders>/<zip>/<entry path>),
//            less the leading folders every input shares
//   level 2  + the extension kept                    2024/pingtan/report.pdf
//   level 3  + "~N" in input order (only when paths differ just by characters we had to replace)
// Names are compared case- and normalisation-insensitively, so they stay distinct on macOS and Windows.

const MAX_LEVEL = 3;
/** Our own .json outputs in the output folder; a report may not take their names. */
const RESERVED = /^(summary(\.shard-\d+-of-\d+)?|record\.schema)$/;

export interface NamedInput {
  file: string;
  zipEntry?: string;
}

/** Bytes of one path segment we keep: file systems allow 255, and ".json" plus a temporary-file suffix must fit. */
const MAX_SEGMENT_BYTES = 200;

/** A path segment that is safe on every file system. */
function safeSegment(segment: string): string {
  let cleaned = segment
    .replace(/[\u0000-\u001f<>:"|?*\\]/g, "_")
    .replace(/[. ]+$/, "");
  if (Buffer.byteLength(cleaned) > MAX_SEGMENT_BYTES) {
    const kept: string[] = [];
    let bytes = 0;
    for (const char of cleaned) {
      bytes += Buffer.byteLength(char);
      if (bytes > MAX_SEGMENT_BYTES) break;
      kept.push(char);
    }
    cleaned = kept.join("");
  }
  return cleaned || "_";
}

const folderParts = (path: string) => path.split("/").slice(0, -1);

/** Folder segments kept in names: after the folders every input shares; no root, drive, "." or "..". */
function keptFolders(path: string, commonDepth: number): string[] {
  return folderParts(path)
    .slice(commonDepth)
    .filter((part) => part !== "" && part !== "." && part !== ".." && !/^[A-Za-z]:$/.test(part))
    .map(safeSegment);
}

/** How many leading folders all inputs' paths (a zip entry: its archive's path) have in common. */
function commonFolderDepth(inputs: readonly NamedInput[]): number {
  if (inputs.length === 0) return 0;
  const first = folderParts(inputs[0]!.file);
  let depth = first.length;
  for (const input of inputs) {
    const parts = folderParts(input.file);
    depth = Math.min(depth, parts.length);
    for (let i = 0; i < depth; i++)
      if (parts[i] !== first[i]) {
        depth = i;
        break;
      }
  }
  return depth;
}

function splitName(path: string): { stem: string; name: string } {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return { stem: safeSegment(dot > 0 ? name.slice(0, dot) : name), name: safeSegment(name) };
}

function candidate(input: NamedInput, level: number, commonDepth: number): string {
  const keepExtension = level >= 2;
  const folders = level >= 1 ? keptFolders(input.file, commonDepth) : [];
  if (input.zipEntry === undefined) {
    const { stem, name } = splitName(input.file);
    return [...folders, keepExtension ? name : stem].join("/");
  }
  const zip = splitName(input.file);
  const entry = splitName(input.zipEntry);
  return [...folders, keepExtension ? zip.name : zip.stem, ...keptFolders(input.zipEntry, 0), keepExtension ? entry.name : entry.stem].join("/");
}

const collisionKey = (name: string) => name.normalize("NFC").toLowerCase();

/**
 * The output name (relative, "/"-separated, without ".json") of every input, in input order.
 * Depends only on the whole list, so every shard of a run names every input the same way.
 */
export function assignOutputNames(inputs: readonly NamedInput[]): string[] {
  const commonDepth = commonFolderDepth(inputs);
  const levels = new Array<number>(inputs.length).fill(0);
  const names = inputs.map((input) => candidate(input, 0, commonDepth));
  for (let changed = true; changed; ) {
    changed = false;
    const groups = new Map<string, number[]>();
    names.forEach((name, i) => {
      const key = collisionKey(name);
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    for (const [key, group] of groups) {
      const reserved = RESERVED.test(key);
      if (group.length < 2 && !reserved) continue;
      const atMax = group.every((i) => levels[i] === MAX_LEVEL);
      if (atMax) {
        // paths that differ only in replaced characters: number them in input order
        const first = reserved ? 0 : 1;
        group.slice(first).forEach((i, n) => (names[i] = `${names[i]}~${n + first + 1}`));
        changed = true;
        continue;
      }
      for (const i of group) {
        if (levels[i]! < MAX_LEVEL) {
          levels[i]!++;
          names[i] = candidate(inputs[i]!, Math.min(levels[i]!, 2), commonDepth);
          changed = true;
        }
      }
    }
  }
  return names;
}
