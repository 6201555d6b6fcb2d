// Test helper: a layout from a text dump of a Word report (../shared/seed): paragraphs one per
// line, table cells one per line after a tab, a blank line ending a table row. Spans are not in
// the dump, so rows come out ragged, as a careless source table would.
import type { Layout, LayoutItem } from "../../src/grid/types.js";
import { grid } from "./build.js";

export function layoutFromTextDump(text: string): Layout {
  const items: LayoutItem[] = [];
  let table: string[][] | undefined;
  let row: string[] = [];
  let grids = 0;
  const endRow = () => {
    if (row.length) (table ??= []).push(row);
    row = [];
  };
  const endTable = () => {
    endRow();
    if (table) items.push({ kind: "grid", grid: grid(table, grids++) });
    table = undefined;
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("\t")) row.push(line.slice(1));
    else if (line.trim() === "") endRow();
    else {
      endTable();
      items.push({ kind: "text", text: line, role: "paragraph", prov: {} });
    }
  }
  endTable();
  return { format: "docx", meta: { properties: {} }, items, warnings: [] };
}
