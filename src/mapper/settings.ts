// Every threshold the mapper uses, in one place, each with the reason it has its value.

export interface MapperSettings {
  /** Fuzzy label match: one edit allowed per this many characters of the label (templates.md §9.3). */
  fuzzyCharsPerEdit: number;
  /** Labels shorter than this are never fuzzy-matched (too little text to tell typos from other labels). */
  fuzzyMinChars: number;
  /** A title is a short line: longer text items are running text, not the report's title. */
  titleMaxChars: number;
  /** A line that is only an agency's name (joined to a title printed below it without one) is at most this long. */
  agencyLineMaxChars: number;
  /** Text items scanned for the title before giving up (the title sits at the top of a document). */
  titleScanItems: number;
  /** A heading line opening a section (一、…六、) is short; longer lines count only with a known heading word. */
  sectionHeadingMaxChars: number;
  /** Applicant columns found by label below which the requests header counts as unreadable. */
  requestsMinLabelledColumns: number;
  /** Outcome columns found by label below which the review header counts as unreadable. */
  reviewMinLabelledColumns: number;
  /** Value cells in the review data row for the positional A…O fallback (templates.md §8). */
  reviewValueCells: number;
  /** Stray characters allowed before a bracketed enumerator (PDF vertical group labels leak into row labels). */
  enumeratorStrayChars: number;
}

export const defaultMapperSettings: MapperSettings = {
  fuzzyCharsPerEdit: 6,
  fuzzyMinChars: 6,
  titleMaxChars: 80,
  titleScanItems: 80,
  agencyLineMaxChars: 30,
  sectionHeadingMaxChars: 40,
  requestsMinLabelledColumns: 4,
  reviewMinLabelledColumns: 10,
  reviewValueCells: 15,
  enumeratorStrayChars: 2,
};
