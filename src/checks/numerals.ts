// Numbers as reports write them in prose: Arabic (with thousands separators) or Chinese (一百零五, 两, 二〇二三).

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const WAN = 10_000;

/** Characters a Chinese numeral is made of (for building patterns). */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

/** Value of a Chinese numeral; null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (text === "") return null;
  // Digits only (二〇二三, 一二): positional.
  if ([...text].every((ch) => ch in CHINESE_DIGITS)) {
    let value = 0;
    for (const ch of text) value = value * 10 + CHINESE_DIGITS[ch]!;
    return value;
  }
  let total = 0; // completed 万 groups
  let section = 0; // below 万
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) {
      digit = CHINESE_DIGITS[ch]!;
    } else if (ch in CHINESE_MULTIPLIERS) {
      section += (digit ?? 1) * CHINESE_MULTIPLIERS[ch]!; // 十二 = 12: a bare 十 means 一十
      digit = null;
    } else if (ch === "万") {
      total += (section + (digit ?? 0)) * WAN;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Value of an Arabic numeral as printed in prose (after NFKC): "859", "1,234". */
export function parseArabicNumeral(text: string): number {
  return Number(text.replace(/,/g, ""));
}
