// Every probability and range the generator draws from, in one place. Shares are per report unless
// said otherwise; weights are relative. The variants themselves come from ../shared/spec/templates.md
// (§3 headings, §4 values, §5–§8 labels, §10 deviations) and what real reports print.

export const GENERATOR_SETTINGS = {
  /** Report years drawn uniformly from this range. */
  firstYear: 2019,
  lastYear: 2025,
  /** A 2021+ report that still prints the 2019 主动公开 table (templates.md §9.4 "mixing happens"). */
  oldActiveTableAfter2020: 0.04,
  /** A 2021+ report whose 表三 has a single （六）其他处理 row (hongze-2023). */
  singleOtherRowAfter2020: 0.15,
  /** Preamble cites the other format's document number (the seed cites 〔2019〕60号 with 2021 tables). */
  wrongFormatCitation: 0.1,

  /** How many applications a report handles: none at all, a few, tens, hundreds-thousands. */
  scale: { none: 0.12, small: 0.35, medium: 0.33, large: 0.2 },
  /** Largest count drawn for one 自然人 result cell, per scale. */
  scaleMax: { none: 0, small: 6, medium: 60, large: 900 },
  /** Share of result cells that are 0, drawn per report in this range. */
  zeroShare: { min: 0.15, max: 0.85 },
  /** Legal-person columns are this fraction of 自然人 at most (drawn per column). */
  orgColumnShare: { min: 0.02, max: 0.4 },

  /** How a report prints "not reported" cells (record null). */
  nullStyle: {
    /** Every cell printed with a number. */
    none: 0.45,
    /** Zeros printed blank (Shanghai 2019). */
    blankZeros: 0.13,
    /** Some cells printed with a dash/slash/blank. */
    scattered: 0.3,
    /** Only 自然人 and 总计 filled in 表三 (Shuyang 2023). */
    legalPersonBlank: 0.06,
    /** 总计 column blank on the result rows (Shanghai 2019). */
    resultTotalsBlank: 0.06,
  },
  /** scattered: share of value cells printed as not reported. */
  scatteredNullShare: 0.06,
  /** scattered: share of requests rows printed wholly blank, 总计 included. */
  blankRowShare: 0.04,
  /** The null mark a report uses (templates.md §4.2). */
  nullMark: { "": 0.35, "/": 0.15, "／": 0.05, "—": 0.15, "——": 0.05, "-": 0.08, "--": 0.03, "－": 0.04, 无: 0.06, 不适用: 0.04 },
  /** A report mixes several null marks instead of one. */
  mixedNullMarks: 0.2,

  /** Cells padded with no-break / ideographic spaces (changfu 表四, pingtan). */
  valuePadding: { none: 0.7, nbsp: 0.2, ideographic: 0.05, ascii: 0.05 },
  /** Numbers ≥ 1000 with thousands separators. */
  thousands: { none: 0.8, ascii: 0.15, fullwidth: 0.05 },
  /** Digits printed full-width (１２). */
  fullwidthDigits: 0.03,
  /** 主动公开 counts printed with a unit (3件). */
  activeUnitSuffix: 0.04,
  /** 2021 fees amount: share printed with a fixed two decimals (12.30). */
  feeFixedDecimals: 0.3,
  /** 2021 fees amount: share with more than two decimals (pingtan 4166.241619). */
  feeLongDecimals: 0.1,
  /** 2021 fees amount: share that is 0. */
  feeZero: 0.35,
  /** How 2019 本年增/减 is signed (templates.md §4.2). */
  changeStyle: { signed: 0.45, minusOnly: 0.25, fullwidthMinus: 0.1, words: 0.1, shortWords: 0.1 },
  /** Where the 2019 采购总金额 unit is printed. */
  procurementUnit: { cellWanYuan: 0.3, cellYuan: 0.2, headerWanYuan: 0.2, headerYuan: 0.05, none: 0.25 },

  /** A report prints one 表四 总计 wrong (hongze-2023, demo-2023-mixed). */
  deliberateReviewError: 0.08,

  /** Label variants (templates.md §5–§8, §10); each share is per report. */
  labels: {
    normativeDocumentsOld: 0.35,
    publicInterestVariant: 0.3,
    carriedForwardNextYear: 0.25,
    qitaVariant: 0.15,
    quoteStyle: { curly: 0.6, ascii: 0.2, none: 0.1, fullwidth: 0.1 },
    otherSubRowComma: 0.25,
    enumerator: { dot: 0.55, comma: 0.2, paren: 0.1, fullwidthDot: 0.1, circled: 0.05 },
    groupParens: { fullwidth: 0.8, ascii: 0.2 },
    inForceNote: 0.15,
    feeAmountHeader: { official: 0.6, short: 0.25, ascii: 0.15 },
    captionStyle: { official: 0.75, ascii: 0.15, noParens: 0.1 },
    totalRowVariant: { official: 0.8, ascii: 0.1, bare: 0.1 },
    columnTotalHeji: 0.05,
    reviewShortLabels: 0.08,
    orgHeaderQita: 0.1,
    madeLineBreak: 0.4,
    changeNoSlash: 0.15,
    /** Share of reports that letter-space some labels, and the share of labels spaced in those. */
    spacedReports: 0.25,
    spacedLabelShare: 0.15,
    /** Share of reports that line-break some long labels, and the share of labels broken in those. */
    brokenReports: 0.35,
    brokenLabelShare: 0.25,
    /** Share of reports whose labels are fragmented into runs/spans (Word), and the share of labels. */
    runBreakReports: 0.3,
    runBreakLabelShare: 0.3,
    /** Share of reports printing merged group labels one character per line (pingtan 表四 结/果/纠/正). */
    verticalReports: 0.15,
    verticalLabelShare: 0.5,
    noteBlank: 0.05,
    headingVariants: 0.4,
  },

  /** Table layouts. */
  activeLayout: { oneTable: 0.6, blockTablesCaptionParagraphs: 0.3, blockTablesCaptionRows: 0.1 },
  /** Block tables printed without their 第二十条 captions. */
  captionsOmitted: 0.05,
  /** 表三 broken into two tables, and the share of those repeating the header rows. */
  requestsSplitHtml: 0.25,
  requestsSplitDocx: 0.1,
  splitRepeatsHeader: 0.5,
  /** 表三 with a 小计 column after 其他 (templates.md §10, peer template). */
  orgSubtotalColumn: 0.05,
  /** 三、本年度办理结果 printed as two merged cells (pingtan-2020). */
  resultsLabelInTwo: 0.05,
  /** 表三 with group subtotal rows: （三）（四）（五）（六） carry their own sums (templates.md §10). */
  groupSubtotalRows: 0.04,
  /** Paragraphs of section 一 before the tables (moves the tables across PDF page breaks). */
  overviewParagraphs: { min: 1, max: 9 },
  /** A blank row left under 表三 or 表四 (pingtan-2020 表四). */
  trailingBlankRow: 0.06,

  /** Title and page. */
  titlePattern: {
    orgYear: 0.55,
    orgYearNiandu: 0.15,
    yearOrg: 0.12,
    yearNianduOrg: 0.03,
    noGongzuo: 0.08,
    zhengwu: 0.04,
    nianbao: 0.03,
    gongzuoBaogao: 0.02,
    chineseYear: 0.02,
  },
  titleTwoLines: 0.2,
  /** Who reports: county/district governments, their offices and departments, townships, streets, zones. */
  agencyKind: { government: 0.25, office: 0.08, department: 0.4, township: 0.17, street: 0.05, zone: 0.05 },
  /** Month of the publish date in the following year (Art. 49 deadlines: 31 Jan / 31 Mar; some late). */
  publishMonth: { 1: 0.45, 2: 0.2, 3: 0.3, 6: 0.05 },
  /** HTML pages with site chrome whose body has no title paragraph (the title only in the page header). */
  titleOnlyInPageHeader: 0.2,
  publisherIsOffice: 0.3,

  html: {
    charset: { "utf-8": 0.6, gbk: 0.25, gb18030: 0.1, gb2312: 0.05 },
    markup: { word: 0.5, wordDigitSpans: 0.3, plain: 0.2 },
    stripOp: 0.3,
    tdHeaders: 0.5,
    page: { chrome: 0.7, bare: 0.15, layoutTable: 0.15 },
    /** Word's conditional comments (<!--[if gte mso 9]>, <![if !supportLists]>) kept in the paste. */
    msoConditionals: 0.3,
    /** Every non-ASCII character of the page written as a numeric character reference (&#20013;). */
    numericEntities: 0.05,
  },
  docx: {
    digitRuns: 0.3,
    wordNoise: 0.3,
    /** Title and headings formatted directly (centred, font, size) instead of with Title/Heading styles. */
    directFormatting: 0.5,
    /** Tracked changes left in: some value runs replaced (w:del with w:delText, then w:ins). */
    trackedChanges: 0.06,
  },

  /** Format mix when no --format is given (PDFs are converted from a subset of these). */
  formatMix: { html: 0.5, docx: 0.5 },
} as const;

export type GeneratorSettings = typeof GENERATOR_SETTINGS;
