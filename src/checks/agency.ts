// Which reports belong to the same agency: organization names compared after normalisation, or
// as printed with and without their city/province prefix (洪泽区人民政府 = 淮安市洪泽区人民政府).

export type AgencyMatch = "exact" | "normalised" | "suffix";

/** NFKC, no whitespace, 其它 → 其他: the form names are compared in. */
export function normaliseAgencyName(name: string): string {
  return name.normalize("NFKC").replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, "").replace(/其它/g, "其他");
}

/** A prefix that is only a province and/or city: 淮安市, 江苏省, 江苏省淮安市, 广西壮族自治区南宁市. */
const PLACE_PREFIX = /^(?:[^省市区]{2,12}?(?:省|自治区))?(?:[^省市区]{2,8}?市)?$/;
/** A name left after removing such a prefix must still start with its own place (洪泽区…, 沭阳县…), not a bare 人民政府. */
const PLACE_HEAD = /^[^市县区镇乡旗]{1,8}?(?:自治县|自治旗|街道|市|县|区|镇|乡|旗)/;
/** Endings of a removable prefix. */
const PREFIX_END = /(?:市|省|自治区)$/;

/** Shorter names that `name` ends with after a province/city prefix, longest first. */
function suffixCandidates(name: string): string[] {
  const candidates: string[] = [];
  for (let cut = 1; cut < name.length; cut++) {
    const prefix = name.slice(0, cut);
    if (!PREFIX_END.test(prefix) || !PLACE_PREFIX.test(prefix)) continue;
    const rest = name.slice(cut);
    if (PLACE_HEAD.test(rest)) candidates.push(rest);
  }
  return candidates;
}

/** Agency groups: each is a list of normalised names that denote one agency. */
export interface AgencyGroups {
  /** Normalised name → group id. */
  groupOf: Map<string, number>;
  /** Group id → the longest (most qualified) normalised name, used as its display name. */
  nameOf: Map<number, string>;
}

/**
 * Groups normalised names. A short name joins the prefixed names it is a suffix of only when those
 * agree with each other (淮安市X and 江苏省淮安市X do; 南京市鼓楼区… and 福州市鼓楼区… do not).
 */
export function groupAgencies(names: Iterable<string>): AgencyGroups {
  const distinct = new Set(names);
  const longerNames = new Map<string, string[]>();
  for (const name of distinct) {
    for (const candidate of suffixCandidates(name)) {
      if (!distinct.has(candidate)) continue;
      const list = longerNames.get(candidate) ?? [];
      list.push(name);
      longerNames.set(candidate, list);
    }
  }

  const parent = new Map<string, string>();
  const find = (name: string): string => {
    let root = name;
    while (parent.has(root)) root = parent.get(root)!;
    return root;
  };
  for (const [short, longer] of longerNames) {
    const sorted = [...longer].sort((a, b) => a.length - b.length);
    const consistent = sorted.every((name, i) => i === 0 || name.endsWith(sorted[i - 1]!));
    if (!consistent) continue;
    for (const name of sorted) {
      const a = find(short);
      const b = find(name);
      if (a !== b) parent.set(a, b);
    }
  }

  const groupOf = new Map<string, number>();
  const nameOf = new Map<number, string>();
  const idOfRoot = new Map<string, number>();
  for (const name of distinct) {
    const root = find(name);
    let id = idOfRoot.get(root);
    if (id === undefined) idOfRoot.set(root, (id = idOfRoot.size));
    groupOf.set(name, id);
    const current = nameOf.get(id);
    if (current === undefined || name.length > current.length) nameOf.set(id, name);
  }
  return { groupOf, nameOf };
}

/** How two printed names of one agency match. */
export function matchHow(a: string, b: string): AgencyMatch {
  if (a === b) return "exact";
  return normaliseAgencyName(a) === normaliseAgencyName(b) ? "normalised" : "suffix";
}
