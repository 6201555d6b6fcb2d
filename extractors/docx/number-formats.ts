// List numbers as Word prints them for a level's w:numFmt (ECMA-376 §17.18.59 ST_NumberFormat).
// The Chinese and letter forms were checked against LibreOffice 7.4's rendering of generated
// DOCX files (soffice --convert-to txt): 10 → 十, 101 → 一百零一, 1010 → 一千零一十, 27 → aa.

const LOWER_DIGITS = "〇一二三四五六七八九";
const LOWER_UNITS = ["", "十", "百", "千"];
/** A zero inside a number is read 零 (一百零一), in both the everyday and the legal forms. */
const MEDIAL_ZERO = "零";
const LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
const LEGAL_UNITS = ["", "拾", "佰", "仟"];
/** Units of each group of four digits: 1, 10⁴, 10⁸. */
const GROUP_UNITS = ["", "万", "亿"];
const GROUP_SIZE = 10_000;
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
const ROMAN: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
const ALPHABET = 26;
/** Unicode has circled numbers ①–㊿ only; above, Word and LibreOffice print plain digits. */
const MAX_CIRCLED = 50;
const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

const CHINESE_COUNTING = new Set(["chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "ideographDigital", "koreanCounting"]);
const CIRCLED = new Set(["decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"]);

/** Formats printed without a number (the level text's own characters only). */
export const NO_NUMBER_FORMATS: ReadonlySet<string> = new Set(["bullet", "none"]);

/** Whether `formatNumber` knows this w:numFmt (others are printed as decimal numbers). */
export function isKnownFormat(format: string): boolean {
  return format in SIMPLE || CHINESE_COUNTING.has(format) || CIRCLED.has(format) || NO_NUMBER_FORMATS.has(format);
}

const SIMPLE: Record<string, (n: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET)),
  decimalFullWidth2: (n) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET)),
  upperRoman: (n) => roman(n),
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperLetter: (n) => letters(n),
  lowerLetter: (n) => letters(n).toLowerCase(),
  chineseLegalSimplified: (n) => chineseNumber(n, LEGAL_DIGITS, LEGAL_UNITS, false),
  ideographLegalTraditional: (n) => chineseNumber(n, LEGAL_DIGITS, LEGAL_UNITS, false),
  ideographTraditional: (n) => cyclic(n, HEAVENLY_STEMS),
  ideographZodiac: (n) => cyclic(n, EARTHLY_BRANCHES),
};

/** The number `n` in the list number format `format` (unknown formats: decimal). */
export function formatNumber(n: number, format: string): string {
  if (NO_NUMBER_FORMATS.has(format)) return "";
  const simple = SIMPLE[format];
  if (simple) return simple(n);
  if (CHINESE_COUNTING.has(format)) return chineseNumber(n, LOWER_DIGITS, LOWER_UNITS, true);
  if (CIRCLED.has(format)) return circled(n);
  return String(n);
}

/**
 * Chinese numerals with positional units: 一百零五, 一千零一十, 一万零一. `shortTen` drops the
 * leading 一 of 10–19 (十一, not 一十一), as the everyday (non-legal) form does.
 */
export function chineseNumber(n: number, digits: string, units: string[], shortTen: boolean): string {
  if (!Number.isSafeInteger(n) || n < 0) return String(n);
  if (n === 0) return digits[0]!;
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / GROUP_SIZE)) groups.push(rest % GROUP_SIZE);
  if (groups.length > GROUP_UNITS.length) return String(n);
  let text = "";
  let zeroPending = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    if (group === 0) {
      zeroPending ||= text.length > 0;
      continue;
    }
    let groupText = "";
    for (let position = units.length - 1; position >= 0; position--) {
      const digit = Math.floor(group / 10 ** position) % 10;
      if (digit === 0) {
        zeroPending ||= text.length + groupText.length > 0;
        continue;
      }
      if (zeroPending) groupText += MEDIAL_ZERO;
      zeroPending = false;
      groupText += digits[digit]! + units[position]!;
    }
    text += groupText + GROUP_UNITS[g]!;
    zeroPending = false; // zeros at a group's end are said by the next group's leading zeros, if any
  }
  if (shortTen && text.startsWith(digits[1]! + units[1]!)) text = text.slice(1);
  return text;
}

function roman(n: number): string {
  if (n <= 0) return String(n);
  let text = "";
  let rest = n;
  for (const [value, symbol] of ROMAN)
    for (; rest >= value; rest -= value) text += symbol;
  return text;
}

/** A, B … Z, AA, BB … ZZ, AAA …: Word repeats the letter, it does not count in base 26. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(0x41 + ((n - 1) % ALPHABET)).repeat(Math.ceil(n / ALPHABET));
}

/** A fixed cycle (甲乙丙…, 子丑寅…): beyond its length Word and LibreOffice print the number. */
function cyclic(n: number, symbols: string): string {
  return n >= 1 && n <= symbols.length ? symbols[n - 1]! : String(n);
}

function circled(n: number): string {
  if (n < 1 || n > MAX_CIRCLED) return String(n);
  if (n <= 20) return String.fromCodePoint(0x2460 + n - 1); // ①–⑳
  if (n <= 35) return String.fromCodePoint(0x3251 + n - 21); // ㉑–㉟
  return String.fromCodePoint(0x32b1 + n - 36); // ㊱–㊿
}
