// How a sample prints its values: a number as digits, a null as the sample's blank mark, and
// single cells as the sample says ("+9", "1286.75万元", "/", " 0"). The printed text must still
// mean the typed value, which is checked here so a typo cannot make file and expectation differ.
import { Value } from "../../src/record/schema.js";

/** What a report prints for "not reported" (templates.md §4.2). */
const NULL_MARKS = new Set(["", "/", "／", "—", "——", "-", "--", "－", "无", "不适用"]);

export interface ValuePrinting {
  /** Printed for a null unless `printed` says otherwise. */
  blank?: string;
  /** Record path (e.g. "active.fees.amount") → printed text. */
  printed?: Record<string, string>;
}

export interface CellPrinter {
  print(path: string, value: Value | undefined): string;
  /** Paths of `printed` that no table asked for (a typo in a sample definition). */
  unused(): string[];
}

export function cellPrinter(printing: ValuePrinting): CellPrinter {
  const printed = printing.printed ?? {};
  const used = new Set<string>();
  return {
    print(path, value) {
      if (value === undefined) throw new Error(`${path}: the sample record has no value for this cell`);
      const text = printed[path];
      if (text === undefined) return value === null ? (printing.blank ?? "") : String(value);
      assertMeans(path, text, value);
      used.add(path);
      return text;
    },
    unused: () => Object.keys(printed).filter((p) => !used.has(p)),
  };
}

function assertMeans(path: string, text: string, value: Value): void {
  const bare = text.replace(/[\s\u00a0\u3000,，]/g, "");
  if (value === null) {
    if (!NULL_MARKS.has(bare)) throw new Error(`${path}: "${text}" is printed for a null value`);
    return;
  }
  const negative = /^[-－−]|^减/.test(bare);
  if (!bare.includes(String(Math.abs(value))) || negative !== value < 0) {
    throw new Error(`${path}: "${text}" does not print ${value}`);
  }
}
