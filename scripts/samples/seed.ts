// Reads the seed text dump (../shared/seed/README.md): paragraphs one per line; table cells one per
// line behind a tab, an empty line ending a table row, a bare tab for a merged continuation cell.
import { Block } from "./document.js";
import { WordCell } from "./word-rows.js";

export type SeedItem = { kind: "line"; text: string } | { kind: "table"; rows: string[][] };

/** Word bookmark markers the dump tool wrote into the text. */
const DUMP_ARTEFACT = /\[bookmark: [^\]]*\]/g;
/** Longest line still read as a （一）-style sub-heading rather than a paragraph. */
const MAX_SUBHEADING_CHARS = 30;

export function parseSeedDump(text: string): SeedItem[] {
  const items: SeedItem[] = [];
  let table: string[][] | undefined;
  let row: string[] = [];
  const endRow = () => {
    if (table && row.length > 0) table.push(row);
    row = [];
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (raw.startsWith("\t")) {
      if (!table) items.push({ kind: "table", rows: (table = []) });
      row.push(raw.slice(1));
    } else if (raw === "") {
      endRow();
    } else {
      endRow();
      table = undefined;
      items.push({ kind: "line", text: raw.replace(DUMP_ARTEFACT, "") });
    }
  }
  endRow();
  return items;
}

/**
 * The seed's running text as blocks: the first `titleLines` lines form the title; lines opening
 * with 一、…六、 are headings, short lines opening with （一） sub-headings. Tables are left out
 * (the sample lays them out itself); `tableAt(i)` supplies the blocks for the i-th seed table.
 */
export function seedTextBlocks(items: SeedItem[], titleLines: number, tableAt: (index: number) => Block[]): Block[] {
  const lines = items.filter((i): i is { kind: "line"; text: string } => i.kind === "line");
  const title = lines.slice(0, titleLines).map((l) => l.text.trim());
  const blocks: Block[] = [{ kind: "title", text: title.join("\n") }];
  let tableIndex = 0;
  let lineIndex = 0;
  for (const item of items) {
    if (item.kind === "table") {
      blocks.push(...tableAt(tableIndex++));
      continue;
    }
    if (lineIndex++ < titleLines) continue;
    const text = item.text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, "");
    if (/^[一二三四五六七八九十]+、/.test(text)) blocks.push({ kind: "heading", text });
    else if (/^（[一二三四五六七八九十]+）/.test(text) && text.length <= MAX_SUBHEADING_CHARS) blocks.push({ kind: "subheading", text });
    else blocks.push({ kind: "paragraph", text });
  }
  return blocks;
}

/**
 * Compares a laid-out table (as Word rows) with a seed table cell by cell, continuation cells
 * being empty as in the dump. Returns the first difference, or undefined when they agree.
 */
export function seedTableDifference(layout: WordCell[][], seedRows: string[][], visible: (t: string) => string): string | undefined {
  if (layout.length !== seedRows.length) return `${layout.length} rows laid out, ${seedRows.length} in the seed`;
  for (let r = 0; r < layout.length; r++) {
    const mine = layout[r]!.map((w) => (w.vMerge === "continue" ? "" : visible(w.cell.text)));
    const seed = seedRows[r]!;
    if (mine.length !== seed.length) return `row ${r}: ${mine.length} cells laid out, ${seed.length} in the seed`;
    const c = mine.findIndex((t, i) => t !== seed[i]);
    if (c >= 0) return `row ${r} cell ${c}: laid out ${JSON.stringify(mine[c])}, seed ${JSON.stringify(seed[c])}`;
  }
  return undefined;
}
