// Report identity: the year, the publish date and the format (templates.md §11.2, soft).
import type { CheckDefinition, CheckedRecord } from "./check.js";
import { softInstance } from "./operands.js";
import { FORMAT_2021_FIRST_YEAR, PUBLISH_DEADLINE_DAY, PUBLISH_DEADLINE_MONTH } from "./settings.js";

type RecordCheck = CheckDefinition<[CheckedRecord]>;

const MS_PER_DAY = 86_400_000;

/** The report year a title states (「…2023年(度)…」), after NFKC so full-width digits count. */
export function titleYear(title: string | null): number | null {
  const match = title?.normalize("NFKC").match(/(?<!\d)((?:19|20)\d\d)年/);
  return match ? Number(match[1]) : null;
}

export const metaPeriodYear: RecordCheck = {
  id: "meta.periodYear",
  kind: "soft",
  formula: "titleYear == meta.year && periodYear == meta.year",
  evaluate({ meta }) {
    const year = { path: "meta.year", value: meta.year };
    return [
      softInstance("title", [{ path: "meta.title", value: titleYear(meta.title) }], [year]),
      softInstance("statistics period", [{ path: "meta.periodYear", value: meta.periodYear }], [year]),
    ];
  },
};

/** Days from 31 December of `year` to an ISO date; null when the date is not YYYY-MM-DD. */
function daysAfterYearEnd(isoDate: string, year: number): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const date = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date) ? null : Math.round((date - Date.UTC(year, 11, 31)) / MS_PER_DAY);
}

/** Days from 31 Dec of `year` to 31 Mar (the usual deadline) of the next year. */
function daysToDeadline(year: number): number {
  return Math.round((Date.UTC(year + 1, PUBLISH_DEADLINE_MONTH - 1, PUBLISH_DEADLINE_DAY) - Date.UTC(year, 11, 31)) / MS_PER_DAY);
}

/** left = days from 31 Dec of the report year to the publish date; right = 0, or the days to the deadline. */
export const metaPublishWindow: RecordCheck = {
  id: "meta.publishWindow",
  kind: "soft",
  formula: `date(meta.year,12,31) < publishDate <= date(meta.year+1,${PUBLISH_DEADLINE_MONTH},${PUBLISH_DEADLINE_DAY}), as days after 31 Dec`,
  evaluate({ meta }) {
    if (meta.publishDate === undefined) return [];
    const year = meta.year;
    const published = { path: "meta.publishDate", value: year === null ? null : daysAfterYearEnd(meta.publishDate, year) };
    return [
      softInstance("after the reported year", [published], [{ path: "meta.year", value: year === null ? null : 0 }], "greaterThan"),
      softInstance("by the usual deadline", [published], [{ path: "meta.year", value: year === null ? null : daysToDeadline(year) }], "atMost"),
    ];
  },
};

/** left = template printed, right = template expected for the year. */
export const metaTemplateVsYear: RecordCheck = {
  id: "meta.templateVsYear",
  kind: "soft",
  formula: `meta.template == (meta.year < ${FORMAT_2021_FIRST_YEAR} ? "2019" : "2021")`,
  evaluate({ meta }) {
    const expected = meta.year === null ? null : meta.year < FORMAT_2021_FIRST_YEAR ? 2019 : 2021;
    return [softInstance(`year ${meta.year ?? "unknown"}`, [{ path: "meta.template", value: Number(meta.template) }], [{ path: "meta.year", value: expected }])];
  },
};

export const metaChecks: RecordCheck[] = [metaPeriodYear, metaPublishWindow, metaTemplateVsYear];
