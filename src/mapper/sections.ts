// The report's six sections (templates.md §3): which section every layout item sits in, and
// the section texts the narrative checks read.
import type { Layout } from "../grid/types.js";
import { chineseNumeral, normalizeProse } from "./normalize.js";
import { defaultMapperSettings } from "./settings.js";

export type SectionId = "overview" | "active" | "requests" | "review" | "problems" | "otherMatters";

export interface NarrativeContext {
  sections: Partial<Record<SectionId, string>>;
  fullText: string;
}

export interface SectionMap {
  narrative: NarrativeContext;
  /** Section of each layout item (undefined before the first heading). */
  itemSection: (SectionId | undefined)[];
  /** Indices of the items that are section headings. */
  headings: Set<number>;
}

/** Heading words, most specific first (四's heading also says 申请; 六's says 其他). */
const HEADING_WORDS: readonly [SectionId, readonly string[]][] = [
  ["otherMatters", ["其他需要报告", "其他事项", "其他需报告"]],
  ["problems", ["问题", "改进", "整改"]],
  ["review", ["复议", "诉讼"]],
  ["requests", ["申请"]],
  ["active", ["主动公开"]],
  ["overview", ["总体情况", "概述", "基本情况", "概况", "总体"]],
];
const BY_NUMERAL: readonly SectionId[] = ["overview", "active", "requests", "review", "problems", "otherMatters"];
const TOP_HEADING = /^([一二三四五六七八九])、/;
/** Characters of a paragraph read to decide whether it is a heading (a heading never needs more). */
const HEADING_PREFIX_CHARS = 120;

/** The section a heading line opens, or undefined when the line is no top-level heading. */
export function headingSection(
  text: string,
  role: string,
  after: number,
  settings = defaultMapperSettings,
): { id: SectionId; numeral: number } | undefined {
  // A heading is decided by its start: normalise only a prefix of long paragraphs.
  const start = text.length > HEADING_PREFIX_CHARS ? text.slice(0, HEADING_PREFIX_CHARS) : text;
  const line = normalizeProse(start.split("\n")[0] ?? "");
  const m = TOP_HEADING.exec(line);
  if (!m) return undefined;
  const numeral = chineseNumeral(m[1]!);
  if (numeral <= after) return undefined; // numbering only moves forward; a later 一、 is a list item
  const rest = line.slice(m[0].length);
  const head = rest.slice(0, 20);
  const byWord = HEADING_WORDS.find(([, words]) => words.some((w) => head.includes(w)))?.[0];
  const short = line.length <= settings.sectionHeadingMaxChars;
  // Without a heading word, only a short line that is no sentence opens a section.
  if (!byWord && !(short && (role !== "paragraph" || !/[。;；]/.test(rest)))) return undefined;
  const id = byWord ?? BY_NUMERAL[numeral - 1];
  return id ? { id, numeral } : undefined;
}

/** Split the layout's text into sections by their top-level headings. */
export function splitSections(layout: Layout, settings = defaultMapperSettings): SectionMap {
  const itemSection: (SectionId | undefined)[] = [];
  const headings = new Set<number>();
  const parts: Partial<Record<SectionId, string[]>> = {};
  const full: string[] = [];
  let current: SectionId | undefined;
  let numeral = 0;
  layout.items.forEach((item, i) => {
    if (item.kind === "text") {
      const heading = headingSection(item.text, item.role, numeral, settings);
      if (heading) {
        current = heading.id;
        numeral = heading.numeral;
        headings.add(i);
      }
      const prose = normalizeProse(item.text);
      full.push(prose);
      if (current) (parts[current] ??= []).push(prose);
    }
    itemSection.push(current);
  });
  const sections: Partial<Record<SectionId, string>> = {};
  for (const [id, texts] of Object.entries(parts) as [SectionId, string[]][]) sections[id] = texts.join("\n");
  return { narrative: { sections, fullText: full.join("\n") }, itemSection, headings };
}
