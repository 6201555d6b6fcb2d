// Every threshold the checks use, in one place so a reviewer can see (and tune) them together.

/** Narrative: most characters between a keyword and the figure it introduces (same clause). */
export const NARRATIVE_KEYWORD_GAP = 24;

/** Narrative: most characters between 复议/诉讼 and their figure (行政复议案件2件); short, as both often share a sentence. */
export const NARRATIVE_REVIEW_GAP = 8;

/** Narrative: most filler characters (共/计/为/等) between a noun and its figure (规范性文件共8件, 申请为0件). */
export const NARRATIVE_FILLER_GAP = 3;

/** Narrative: most characters between a verb (制发/印发/公开) and the 规范性文件 it governs (may span a list). */
export const NARRATIVE_VERB_GAP = 12;

/** Narrative: most characters between a negation (未发生/未收到…) and the word it negates. */
export const NARRATIVE_NEGATION_GAP = 20;

/** meta.publishWindow: latest usual publish date, month and day of the year after the report year (条例 Art. 49). */
export const PUBLISH_DEADLINE_MONTH = 3;
export const PUBLISH_DEADLINE_DAY = 31;

/** meta.templateVsYear / requests.layoutVsYear: first report year of the 2021 national format. */
export const FORMAT_2021_FIRST_YEAR = 2021;

/** crossYear.outlier: a count flags when it grows or shrinks by more than this factor … */
export const OUTLIER_FACTOR = 10;
/** … and changes by at least this many (so 1 → 12 is not an outlier). */
export const OUTLIER_MIN_CHANGE = 50;

/**
 * Cross-year checks pair every report of an agency's year with every report of its previous year
 * (the same report as HTML and PDF: 2 × 2). More pairs than this in one agency-year means the
 * name does not tell the agencies apart (e.g. "教育局" of many counties): the pairs would be
 * guesses and their number grows quadratically, so that agency-year is reported as skipped.
 */
export const MAX_CROSS_YEAR_PAIRS = 9;
