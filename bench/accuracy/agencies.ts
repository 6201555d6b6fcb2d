// Who reports, and how the title names them: invented place names built from common syllables,
// agency kinds from the county level down to townships, and the title orderings of templates.md §1.
import { PublicationInfo } from "../../scripts/samples/document.js";
import { Random } from "./prng.js";
import { GENERATOR_SETTINGS as S } from "./settings.js";

const FIRST = "清安永平新东西南长宁兴丰华泰临德昌福和广瑞嘉青云金石松桃".split("");
const SECOND = "河安平阳江山川宁城源丰和泉溪林湖原州门岭台坪".split("");
const PROVINCES = ["江苏省", "浙江省", "河南省", "四川省", "湖北省", "山东省", "福建省", "江西省"];
/** Shares of names with a prefecture city before the county, a province before a government, a county before a township. */
const CITY_PREFIX = 0.3;
const PROVINCE_PREFIX = 0.15;
const COUNTY_PREFIX = 0.5;
const DEPARTMENTS = [
  "教育局", "自然资源局", "市场监督管理局", "发展和改革局", "财政局", "卫生健康委员会", "生态环境局", "住房和城乡建设局",
  "交通运输局", "农业农村局", "民政局", "司法局", "人力资源和社会保障局", "应急管理局", "审计局", "统计局",
];

export interface ReportMeta {
  organization: string;
  year: number;
  title: string;
  /** The title as laid out at the top of the report: one line, or two ("\n"). */
  titleText: string;
  publication: PublicationInfo;
  tags: string[];
}

function place(r: Random, suffix: string): string {
  return r.pick(FIRST) + r.pick(SECOND) + suffix;
}

/** An agency name as reports print it, e.g. 平阳县教育局, 清河市东城区人民政府, 安平县长川镇人民政府. */
function organization(r: Random): { name: string; kind: string } {
  const county = place(r, r.pick(["县", "区", "市"]));
  const city = r.chance(CITY_PREFIX) ? place(r, "市") : "";
  switch (r.weighted(S.agencyKind)) {
    case "government":
      return { name: (r.chance(PROVINCE_PREFIX) ? r.pick(PROVINCES) : "") + city + county + "人民政府", kind: "government" };
    case "office":
      return { name: city + county + "人民政府办公室", kind: "office" };
    case "department":
      return { name: city + county + r.pick(DEPARTMENTS), kind: "department" };
    case "township":
      return { name: (r.chance(COUNTY_PREFIX) ? county : "") + place(r, r.pick(["镇", "乡"])) + "人民政府", kind: "township" };
    case "street":
      return { name: (r.chance(COUNTY_PREFIX) ? county : "") + place(r, "街道办事处"), kind: "street" };
    default:
      return { name: county + place(r, "经济技术开发区管理委员会"), kind: "zone" };
  }
}

const TITLES: Record<keyof typeof S.titlePattern, (org: string, year: number) => [string, string]> = {
  orgYear: (o, y) => [o, `${y}年政府信息公开工作年度报告`],
  orgYearNiandu: (o, y) => [o, `${y}年度政府信息公开工作年度报告`],
  yearOrg: (o, y) => [`${y}年${o}`, "政府信息公开工作年度报告"],
  yearNianduOrg: (o, y) => [`${y}年度${o}`, "政府信息公开工作年度报告"],
  noGongzuo: (o, y) => [o, `${y}年政府信息公开年度报告`],
  zhengwu: (o, y) => [o, `${y}年政务公开工作年度报告`],
  nianbao: (o, y) => [o, `${y}年政府信息公开年报`],
  gongzuoBaogao: (o, y) => [o, `${y}年政府信息公开工作报告`],
  chineseYear: (o, y) => [o, `${chineseNumerals(y)}年政府信息公开工作年度报告`],
};

/** 2021 → 二〇二一 */
function chineseNumerals(year: number): string {
  return [...String(year)].map((d) => "〇一二三四五六七八九"[Number(d)]).join("");
}

export function drawMeta(r: Random, year: number): ReportMeta {
  const org = organization(r);
  const pattern = r.weighted(S.titlePattern);
  const [first, second] = TITLES[pattern](org.name, year);
  const title = first + second;
  const twoLines = r.chance(S.titleTwoLines);
  const publisher = r.chance(S.publisherIsOffice) && !org.name.endsWith("办公室") ? `${org.name}办公室` : org.name;
  const month = r.weighted(S.publishMonth);
  const publishDate = `${year + 1}-${month.padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
  const tags = [`agency:${org.kind}`, `title:${pattern}`];
  if (twoLines) tags.push("title:two-lines");
  if (publisher !== org.name) tags.push("publisher:office");
  return {
    organization: org.name,
    year,
    title,
    titleText: twoLines ? `${first}\n${second}` : title,
    publication: { title, publisher, publishDate, indexNumber: `SAMPLE-${r.int(100000, 999999)}/${year + 1}-${String(r.int(1, 999)).padStart(5, "0")}` },
    tags,
  };
}
