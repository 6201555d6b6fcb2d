// How a generated report prints its values: one CellPrinter (the interface the sample table
// builders call) drawing, per report, a null mark, padding, thousands separators, signs and units
// as real reports print them (templates.md §4.2–§4.3). Each printed text is read back with a small
// reader of its own and must mean the truth value, so a printing bug cannot pass as a pipeline bug.
import { Value } from "../../src/record/schema.js";
import { CellPrinter } from "../../scripts/samples/printing.js";
import { Random } from "./prng.js";
import { GENERATOR_SETTINGS as S } from "./settings.js";
import { ProcurementUnit } from "./values.js";

export interface PrintStyle {
  nullMark: string;
  mixedNullMarks: boolean;
  padding: keyof typeof S.valuePadding;
  thousands: keyof typeof S.thousands;
  fullwidthDigits: boolean;
  activeUnitSuffix: boolean;
  feeFixedDecimals: boolean;
  changeStyle: keyof typeof S.changeStyle;
  procurementUnit: ProcurementUnit;
}

export function drawPrintStyle(r: Random, procurementUnit: ProcurementUnit): PrintStyle {
  return {
    nullMark: r.weighted(S.nullMark),
    mixedNullMarks: r.chance(S.mixedNullMarks),
    padding: r.weighted(S.valuePadding),
    thousands: r.weighted(S.thousands),
    fullwidthDigits: r.chance(S.fullwidthDigits),
    activeUnitSuffix: r.chance(S.activeUnitSuffix),
    feeFixedDecimals: r.chance(S.feeFixedDecimals),
    changeStyle: r.weighted(S.changeStyle),
    procurementUnit,
  };
}

/** Variant tags of a print style (only what differs from plain digits). */
export function printStyleTags(style: PrintStyle, template: "2019" | "2021"): string[] {
  const tags = [`value:null-mark=${style.nullMark === "" ? "blank" : style.nullMark}`];
  if (style.mixedNullMarks) tags.push("value:mixed-null-marks");
  if (style.padding !== "none") tags.push(`value:padding=${style.padding}`);
  if (style.thousands !== "none") tags.push(`value:thousands=${style.thousands}`);
  if (style.fullwidthDigits) tags.push("value:fullwidth-digits");
  if (style.activeUnitSuffix) tags.push("value:active-unit-suffix");
  if (template === "2021" && style.feeFixedDecimals) tags.push("value:fee-fixed-decimals");
  if (template === "2019") tags.push(`value:change=${style.changeStyle}`, `value:procurement-unit=${style.procurementUnit}`);
  return tags;
}

const PADDING: Record<PrintStyle["padding"], string> = { none: "", nbsp: "\u00a0", ideographic: "\u3000", ascii: " " };
const FULLWIDTH_OFFSET = 0xff10 - 0x30;

/** The printer of one report; `random` is the report's stream for printing (forked per cell path). */
export function variantPrinter(style: PrintStyle, random: Random): CellPrinter {
  return {
    print(path, value) {
      if (value === undefined) throw new Error(`${path}: the truth has no value for this cell`);
      const r = random.fork(path);
      const text = pad(style, value === null ? nullMark(style, r) : numberText(style, path, value));
      const back = readPrinted(text);
      if (back !== value) throw new Error(`${path}: printed "${text}" reads as ${back}, not ${value}`);
      return text;
    },
    unused: () => [],
  };
}

function nullMark(style: PrintStyle, r: Random): string {
  return style.mixedNullMarks ? r.weighted(S.nullMark) : style.nullMark;
}

function pad(style: PrintStyle, text: string): string {
  const p = PADDING[style.padding];
  return p === "" ? text : `${p}${text}${p}`;
}

function numberText(style: PrintStyle, path: string, value: number): string {
  const activeCount = path.startsWith("active.") && !path.endsWith(".amount") && !path.endsWith(".change");
  let digits: string;
  if (path === "active.fees.amount" && style.feeFixedDecimals && Number.isInteger(value * 100)) digits = value.toFixed(2);
  else digits = String(Math.abs(value));
  digits = groupThousands(style, digits);
  if (style.fullwidthDigits) digits = [...digits].map((ch) => (/\d/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + FULLWIDTH_OFFSET) : ch)).join("");
  if (path.endsWith(".change")) return signed(style, value, digits);
  if (value < 0) digits = "-" + digits;
  if (path === "active.procurement.amount") {
    if (style.procurementUnit === "cellWanYuan") return digits + "万元";
    if (style.procurementUnit === "cellYuan") return digits + "元";
  }
  return activeCount && style.activeUnitSuffix ? digits + "件" : digits;
}

function groupThousands(style: PrintStyle, digits: string): string {
  if (style.thousands === "none") return digits;
  const [whole, fraction] = digits.split(".") as [string, string | undefined];
  if (whole.length < 4) return digits;
  const sep = style.thousands === "ascii" ? "," : "，";
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, sep);
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** 2019 本年增/减: the sign as the report prints it. */
function signed(style: PrintStyle, value: number, digits: string): string {
  if (value === 0) return digits;
  const up = value > 0;
  switch (style.changeStyle) {
    case "signed":
      return (up ? "+" : "-") + digits;
    case "minusOnly":
      return (up ? "" : "-") + digits;
    case "fullwidthMinus":
      return (up ? "" : "－") + digits;
    case "words":
      return (up ? "增加" : "减少") + digits;
    case "shortWords":
      return (up ? "增" : "减") + digits;
  }
}

/** What the generator considers "not reported" (templates.md §4.2). */
const NOT_REPORTED = new Set(Object.keys(S.nullMark).map((m) => m.normalize("NFKC")));

/** The generator's own reading of a printed cell (independent of nianbao's reader). */
export function readPrinted(text: string): Value {
  const bare = text.normalize("NFKC").replace(/[\s\u00a0\u3000]/g, "");
  if (NOT_REPORTED.has(bare)) return null;
  const words = /^(增加?|减少?)(.+)$/.exec(bare);
  if (words) return (words[1]!.startsWith("减") ? -1 : 1) * readPlain(words[2]!);
  return readPlain(bare.replace(/(件|项|万元|元)$/, ""));
}

function readPlain(text: string): number {
  if (!/^[-+]?\d{1,3}(,\d{3})*(\.\d+)?$|^[-+]?\d+(\.\d+)?$/.test(text)) throw new Error(`"${text}" is not a number`);
  return Number(text.replace(/,/g, ""));
}
