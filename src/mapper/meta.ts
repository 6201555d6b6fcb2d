// meta: title, organisation, year, statistics-period year and publish date (templates.md §1, §12).
// The year comes from the title, else the 统计期限 sentence, else the first section's text —
// never from the publish date (reports are re-posted and corrected years later).
import type { Layout } from "../grid/types.js";
import { normalizeProse, stripWhitespace } from "./normalize.js";
import type { SectionMap } from "./sections.js";
import { defaultMapperSettings, type MapperSettings } from "./settings.js";

export interface MetaFound {
  title: string | null;
  organization: string | null;
  year: number | null;
  periodYear?: number;
  publishDate?: string;
  warnings: string[];
}

/** Report names: 政府信息公开(工作)年度报告, 政务公开工作年度报告, 信息公开年报 … */
const TITLE_WORDS = /(政府信息公开|政务公开|信息公开).{0,12}?(年度报告|年报|报告)/;
/** Where the agency's name ends in a title. */
const REPORT_NAME = /(政府信息公开|政务公开|信息公开|政府信息)/;
const YEAR_IN_TEXT = /((?:19|20)\d{2})年/;
const CHINESE_YEAR = /([〇零○一二三四五六七八九]{4})年/;
const NAVIGATION = /[>›»]|当前位置|首页/;

function yearFromChinese(text: string): number | undefined {
  const m = CHINESE_YEAR.exec(text);
  if (!m) return undefined;
  const digits = [...m[1]!].map((ch) => "〇零○一二三四五六七八九".indexOf(ch)).map((i) => (i <= 2 ? 0 : i - 2));
  const year = Number(digits.join(""));
  return year >= 1990 && year <= 2099 ? year : undefined;
}

/** A title-like line: names the report, short, no sentence, no breadcrumb. */
export function looksLikeTitle(text: string, settings: MapperSettings = defaultMapperSettings): boolean {
  const t = normalizeProse(text);
  if (!t || t.length > settings.titleMaxChars) return false;
  if (/[。;；]/.test(t) || NAVIGATION.test(t)) return false;
  if (/^(根据|依据|按照|本报告|本年度报告)/.test(t)) return false;
  return TITLE_WORDS.test(t);
}

/**
 * The document's title: a title-like text near the top. Headings beat paragraphs, a title naming
 * a year beats one without (breadcrumbs and column names say 政府信息公开年报 too), and a PDF
 * title broken over two lines is joined. The container's <title> is the last resort.
 */
export function findTitle(layout: Layout, firstHeading?: number, settings: MapperSettings = defaultMapperSettings): string | null {
  const texts: { text: string; heading: boolean }[] = [];
  for (const [i, item] of layout.items.entries()) {
    if (firstHeading !== undefined && i >= firstHeading) break; // the title precedes section 一
    if (item.kind === "grid") continue;
    texts.push({ text: cleanTitle(stripWhitespace(item.text)), heading: item.role !== "paragraph" });
    if (texts.length >= settings.titleScanItems) break;
  }
  const candidates: { title: string; heading: boolean; year: boolean }[] = [];
  texts.forEach(({ text, heading }, i) => {
    const t = normalizeProse(text);
    if (looksLikeTitle(text, settings)) {
      // 「石阳镇人民政府」/「2019年政府信息公开工作年度报告」: the agency printed alone on the line above.
      const previous = texts[i - 1];
      if (previous && organizationFromTitle(text) === null && isAgencyLine(previous.text, settings)) {
        const joined = previous.text + text;
        candidates.push({ title: joined, heading: heading || previous.heading, year: yearIn(joined) !== undefined });
        return;
      }
      candidates.push({ title: text, heading, year: yearIn(text) !== undefined });
      return;
    }
    // A title broken over two lines: the first part names the agency or year before the report name.
    const next = texts[i + 1];
    const name = REPORT_NAME.exec(t);
    const opensTitle = YEAR_IN_TEXT.test(t) || (name !== null && name.index > 0);
    if (next && opensTitle && !/[:。;；]/.test(t) && !NAVIGATION.test(t)) {
      const joined = text + next.text;
      if (looksLikeTitle(joined, settings)) candidates.push({ title: joined, heading: heading || next.heading, year: yearIn(joined) !== undefined });
    }
  });
  const pick =
    candidates.find((c) => c.heading && c.year) ??
    candidates.find((c) => c.year) ??
    candidates.find((c) => c.heading) ??
    candidates[0];
  if (pick) return pick.title;
  // The container's own title (HTML <title>): drop a site suffix such as 「-沭阳县发改局」.
  const container = layout.meta.title ? cleanTitle(stripWhitespace(layout.meta.title)) : "";
  return looksLikeTitle(container, settings) ? container : null;
}

/** Endings of agency names (机关): 人民政府, 局, 委员会, 办公室, 镇, 街道办事处, 管委会 … */
const AGENCY_END = /(政府|局|委员会|委|办公室|办公厅|办|厅|部|署|院|会|镇|乡|街道|办事处|中心|所|站|队|馆|处|区|县|市|州|盟|旗|管委会|公司|集团)$/;

/** A short line that is only an agency's name (no sentence, no year, no report name). */
export function isAgencyLine(text: string, settings: MapperSettings = defaultMapperSettings): boolean {
  const t = normalizeProse(text);
  if (!t || t.length > settings.agencyLineMaxChars) return false;
  if (/[。;；:,，、]/.test(t) || NAVIGATION.test(t) || YEAR_IN_TEXT.test(t) || REPORT_NAME.test(t)) return false;
  return AGENCY_END.test(t);
}

/** A field label before a title (标题：…) and a site name after it (…-沭阳县发改局) are not part of it. */
export function cleanTitle(text: string): string {
  const unlabelled = text.replace(/^(标题|名称|题目|文章标题|信息名称)[:：]/, "");
  const parts = unlabelled.split(/[-_|–—]+/);
  if (parts.length === 1) return unlabelled;
  return parts.find((p) => TITLE_WORDS.test(normalizeProse(p))) ?? unlabelled;
}

/** Year named in a text (Arabic or Chinese numerals), or undefined. */
export function yearIn(text: string): number | undefined {
  const t = normalizeProse(text);
  const m = YEAR_IN_TEXT.exec(t);
  if (m) return Number(m[1]);
  return yearFromChinese(t);
}

/** The agency: the title's text before the year, or after it for `{YYYY}年{机关}…` titles. */
export function organizationFromTitle(title: string): string | null {
  const t = stripWhitespace(title);
  const year = new RegExp(`${YEAR_IN_TEXT.source}度?|${CHINESE_YEAR.source}度?`).exec(t);
  const names = [...t.matchAll(new RegExp(REPORT_NAME.source, "g"))].map((m) => m.index);
  // The report name is the first one after the year (an agency may be called 政府信息中心).
  const nameAt = (year ? names.find((i) => i >= year.index + year[0].length) : undefined) ?? names[0] ?? t.length;
  let org: string;
  if (year && year.index < nameAt) {
    org = year.index > 0 ? t.slice(0, year.index) : t.slice(year[0].length, nameAt);
  } else {
    org = t.slice(0, nameAt);
  }
  org = org.replace(/^关于/, "").replace(/[(（《【\[「"“]+$/, "").replace(/^[)）》】\]」"”]+/, "");
  return org ? org : null;
}

/** The year of the statistics period (「统计期限自2021年1月1日起至2021年12月31日止」). */
export function periodYearIn(fullText: string): number | undefined {
  const period = /((?:19|20)\d{2})年1月1日(?:起|开始)?(?:至|到|—|-|~)((?:19|20)\d{2})年12月31日/.exec(fullText);
  if (period) return Number(period[2]);
  const stated = /统计(?:期限|时限|期间|区间|时间|范围)[^。]{0,30}?((?:19|20)\d{2})年/.exec(fullText);
  return stated ? Number(stated[1]) : undefined;
}

const DATE = /((?:19|20)\d{2})[-年/.](\d{1,2})[-月/.](\d{1,2})/;

function isoDate(m: RegExpExecArray): string {
  return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
}

/** Publish date the page states (metadata or a 发布日期 line); never used for the year. */
export function publishDateOf(layout: Layout): string | undefined {
  for (const [name, value] of Object.entries(layout.meta.properties)) {
    if (!/pub.*date|publishdate|firstpublishedtime|发布日期|发布时间/i.test(name)) continue;
    const m = DATE.exec(value);
    if (m) return isoDate(m);
  }
  for (const item of layout.items) {
    if (item.kind !== "text") continue;
    const t = normalizeProse(item.text);
    const at = /(发布|公开|发文)(日期|时间)[:]?/.exec(t);
    if (!at) continue;
    const m = DATE.exec(t.slice(at.index + at[0].length, at.index + at[0].length + 12));
    if (m) return isoDate(m);
  }
  return undefined;
}

/** All of meta that comes from text (the template is decided by the tables). */
export function findMeta(layout: Layout, sections: SectionMap, settings: MapperSettings = defaultMapperSettings): MetaFound {
  const warnings: string[] = [];
  const firstHeading = sections.headings.size ? Math.min(...sections.headings) : undefined;
  const title = findTitle(layout, firstHeading, settings);
  const organization = title ? organizationFromTitle(title) : null;
  const periodYear = periodYearIn(sections.narrative.fullText);
  let year = title ? (yearIn(title) ?? null) : null;
  if (year === null && periodYear !== undefined) year = periodYear;
  if (year === null) {
    const overview = sections.narrative.sections.overview;
    const y = overview ? yearIn(overview) : undefined;
    if (y !== undefined) {
      year = y;
      warnings.push(`meta.year ${y} read from the first section's text (no year in the title or statistics period)`);
    }
  }
  if (!title) warnings.push("meta.title: no title naming 政府信息公开…报告 found");
  if (!organization) warnings.push("meta.organization: no agency name printed in the title");
  if (year === null) warnings.push("meta.year: no year in the title, statistics period or first section");
  const publishDate = publishDateOf(layout);
  return {
    title,
    organization,
    year,
    ...(periodYear !== undefined ? { periodYear } : {}),
    ...(publishDate ? { publishDate } : {}),
    warnings,
  };
}
