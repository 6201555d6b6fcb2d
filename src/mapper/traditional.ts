// Traditional → simplified for the characters of the report's labels (templates.md §4.1 step 7:
// 規章 規範性文件 許可 處罰 強制 收費 申請 結轉 復議 訴訟 審結, and the rest of the table vocabulary).
// Only characters that are never written in simplified text are listed, so the map can be
// applied to every page without first deciding whether the page is traditional.

const PAIRS =
  "規规範范許许處处罰罚強强費费請请結结轉转復复議议訴诉審审開开數数機机關关務务報报決决" +
  "項项維维糾纠總总計计國国業业構构織织無无舉举訪访複复認认獲获補补確确繳缴納纳條条廢废" +
  "現现發发製制採采購购額额億亿萬万經经後后類类為为執执詢询過过險险穩稳權权護护內内屬属" +
  "祕秘沒没應应證证據据會会術术學学營营辦办來来動动積积極极爲为齊齐門门記记錄录統统" +
  "態态個个號号單单據据聯联應应問问題题實实際际況况體体導导員员資资訊讯網网絡络標标準准" +
  "書书範范圍围環环節节職职責责專专輯辑區区縣县鄉乡鎮镇廳厅衛卫農农稅税財财產产務务" +
  "訟讼組组給给則则聲声託托僅仅夠够陳陈歸归檔档這这從从將将對对於于與与並并義义進进達达";

/** Character → simplified character. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
})();

const TRADITIONAL_CHARS = new RegExp(`[${[...TRADITIONAL_TO_SIMPLIFIED.keys()].join("")}]`);
const TRADITIONAL_CHARS_ALL = new RegExp(TRADITIONAL_CHARS.source, "g");

/** Replace the listed traditional characters by their simplified forms (no copy when none). */
export function toSimplified(text: string): string {
  // A regex scan is far cheaper than a map lookup per character, and most pages have none.
  if (!TRADITIONAL_CHARS.test(text)) return text;
  return text.replace(TRADITIONAL_CHARS_ALL, (ch) => TRADITIONAL_TO_SIMPLIFIED.get(ch)!);
}
