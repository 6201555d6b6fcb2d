// Cell-by-cell comparison of two records' contract parts (meta, active, requests, review). Both
// trees are walked together, so equal cells cost no path strings and no flattened copies.
import { createHash } from "node:crypto";
import { CONTRACT_PARTS, type StoredRecord } from "./record-files.js";

export type CellChange = "changed" | "missing" | "extra";

/** Hears every differing leaf; `old` is the expected side, `new` the output side (undefined = absent). */
export type CellVisitor = (kind: CellChange, path: string, oldValue: unknown, newValue: unknown) => void;

function isBranch(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function sameLeaf(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Arrays are not part of the contract; compare them whole if a producer writes one.
  return Array.isArray(a) && Array.isArray(b) && JSON.stringify(a) === JSON.stringify(b);
}

function isIgnored(path: string, ignore: readonly string[]): boolean {
  return ignore.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));
}

/** Every leaf below `value` (or `value` itself when it is a leaf), as path → value. */
function eachLeaf(value: unknown, path: string, ignore: readonly string[], visit: (path: string, leaf: unknown) => void): void {
  if (isIgnored(path, ignore)) return;
  if (!isBranch(value)) {
    visit(path, value);
    return;
  }
  for (const key of Object.keys(value)) eachLeaf(value[key], `${path}.${key}`, ignore, visit);
}

/** meta keys of the contract (record.md); other meta keys are added fields. */
const CONTRACT_META_KEYS = new Set(["title", "organization", "year", "template"]);

/** An added meta field (requestsLayout, periodYear, …) that only the output carries: expected
 *  records may hold the contract keys alone, so its presence is not a difference. */
function isAddedMetaField(path: string): boolean {
  return path.startsWith("meta.") && !CONTRACT_META_KEYS.has(path.slice(5).split(".")[0]!);
}

/** Counts leaves that were compared on both sides. */
function compareNode(
  oldValue: unknown,
  newValue: unknown,
  path: string,
  ignore: readonly string[],
  visit: CellVisitor,
): number {
  if (isIgnored(path, ignore)) return 0;
  const oldBranch = isBranch(oldValue);
  const newBranch = isBranch(newValue);
  if (oldBranch && newBranch) {
    let compared = 0;
    for (const key of Object.keys(oldValue)) {
      const childPath = `${path}.${key}`;
      if (key in newValue) compared += compareNode(oldValue[key], newValue[key], childPath, ignore, visit);
      else eachLeaf(oldValue[key], childPath, ignore, (p, leaf) => visit("missing", p, leaf, undefined));
    }
    for (const key of Object.keys(newValue)) {
      if (!(key in oldValue) && !isAddedMetaField(`${path}.${key}`)) eachLeaf(newValue[key], `${path}.${key}`, ignore, (p, leaf) => visit("extra", p, undefined, leaf));
    }
    return compared;
  }
  if (!oldBranch && !newBranch) {
    if (!sameLeaf(oldValue, newValue)) visit("changed", path, oldValue, newValue);
    return 1;
  }
  // A leaf on one side, a table part on the other (e.g. `fees: null` vs `fees: {amount}`).
  eachLeaf(oldValue, path, ignore, (p, leaf) => visit("missing", p, leaf, undefined));
  eachLeaf(newValue, path, ignore, (p, leaf) => visit("extra", p, undefined, leaf));
  return 0;
}

/**
 * Compares the contract parts of two records. Only keys present on either side are looked at; a key
 * on one side only is missing (expected only) or extra (output only); null vs 0 is a change.
 * Returns the number of cells present on both sides.
 */
export function compareContract(
  expected: StoredRecord,
  output: StoredRecord,
  ignore: readonly string[],
  visit: CellVisitor,
): number {
  let compared = 0;
  for (const part of CONTRACT_PARTS) {
    const inExpected = part in expected;
    const inOutput = part in output;
    if (inExpected && inOutput) compared += compareNode(expected[part], output[part], part, ignore, visit);
    else if (inExpected) eachLeaf(expected[part], part, ignore, (p, leaf) => visit("missing", p, leaf, undefined));
    else if (inOutput) eachLeaf(output[part], part, ignore, (p, leaf) => visit("extra", p, undefined, leaf));
  }
  return compared;
}

/** Number of leaves in a record's contract parts (the cells a comparison with an identical record counts). */
export function countContractCells(record: StoredRecord): number {
  let count = 0;
  const visit = (value: unknown): void => {
    if (isBranch(value)) for (const key in value) visit(value[key]);
    else count++;
  };
  for (const part of CONTRACT_PARTS) if (part in record) visit(record[part]);
  return count;
}

/**
 * A digest of the contract parts as written: equal digests mean equal cells, so a pair of
 * identical records needs no cell-by-cell walk and no second read. (Different key order gives
 * different digests; such pairs simply take the full comparison.)
 */
export function contractDigest(record: StoredRecord): string {
  const hash = createHash("sha1");
  for (const part of CONTRACT_PARTS) hash.update(part in record ? `${JSON.stringify(record[part])}\n` : "-\n");
  return hash.digest("base64");
}
