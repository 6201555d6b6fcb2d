// Table 二 → record.active (templates.md §5, §6, §9.4). Blocks come from 第二十条 captions or row
// labels; inside a block, value cells are matched to column headers by their order (the 2019
// table's header merges and data merges do not line up), and a merged single value is read once.
import type { Grid, GridCell } from "../grid/types.js";
import type { Active2019, Active2021 } from "../record/schema.js";
import {
  BLOCK_OF_ROW,
  TEMPLATE_FIELDS,
  isContentHeader,
  matchActiveField,
  matchActiveRow,
  matchCaption,
  type ActiveField,
  type ActiveRowKey,
  type BlockId,
  type FieldMatch,
  type Template,
} from "./activeCatalogue.js";
import { addUnmapped, readValue, type MapContext } from "./context.js";
import { isFilledValueCell, isLabelCell, labelOf, originCells } from "./gridView.js";
import { AMOUNT_UNITS } from "./normalize.js";
import type { Band } from "./tableBands.js";

export interface ActiveResult {
  active?: Active2019 | Active2021;
  /** Layout of the table as its headers show it. */
  template?: Template;
  found: boolean;
}

interface HeaderCell {
  cell: GridCell;
  match?: FieldMatch;
  /** Unit named in the header's note, e.g. 万元 in 本年收费金额（单位：万元）. */
  unit?: string;
}

interface DataRow {
  key: ActiveRowKey;
  grid: Grid;
  r: number;
  label: GridCell;
  values: GridCell[];
  /** The block's column headers, when printed above the row. */
  header?: HeaderCell[];
}

const cellEnd = (cell: GridCell) => cell.col + cell.colSpan - 1;

/** Read the bands row by row: captions, header rows and data rows. */
function collectRows(ctx: MapContext, bands: Band[], headerVotes: Record<Template, number>): DataRow[] {
  const rows: DataRow[] = [];
  let header: HeaderCell[] | undefined;
  /** Block the current header was printed for (from the caption, or the first row under it). */
  let headerBlock: BlockId | null | undefined;
  /** A caption seen since the last data row: the block the next header belongs to. */
  let caption: BlockId | null | undefined;
  for (const band of bands) {
    const { grid } = band;
    if (band.captionBefore !== undefined) {
      header = undefined;
      headerBlock = caption = band.captionBefore;
    }
    for (let r = band.rowStart; r < band.rowEnd; r++) {
      const cells = originCells(grid, r);
      if (!cells.length) continue;
      const rowCaption = cells.map((c) => matchCaption(labelOf(c).full)).find((b) => b !== undefined);
      if (rowCaption !== undefined) {
        header = undefined;
        headerBlock = caption = rowCaption;
        continue;
      }
      const labelCell = cells.find(isLabelCell);
      const key = labelCell ? matchActiveRow(labelOf(labelCell).text) : undefined;
      const fields = cells.map((c) => (isLabelCell(c) ? matchActiveField(labelOf(c).text) : undefined));
      if (!key && (fields.some(Boolean) || (labelCell && isContentHeader(labelOf(labelCell).text))) && !cells.some(isFilledValueCell)) {
        // A header row: 信息内容 | 本年制发件数 | …; its first label heads the row-label column
        // unless it already names a field (no 信息内容 printed).
        const firstLabel = cells.findIndex(isLabelCell);
        const start = fields[firstLabel] ? firstLabel : firstLabel + 1;
        header = cells.slice(start).map((cell, k) => {
          const match = fields[k + start];
          const unit = labelOf(cell).unit;
          if (match?.template) headerVotes[match.template]++;
          return { cell, ...(match ? { match } : {}), ...(unit ? { unit } : {}) };
        });
        headerBlock = caption ?? null; // without a caption, the first row under it tells the block
        continue;
      }
      if (!key || !labelCell) {
        if (cells.some(isFilledValueCell)) {
          addUnmapped(ctx, "active", grid, labelCell?.text ?? "(no label)", cells.filter((c) => c !== labelCell).map((c) => c.text));
          ctx.warnings.push(`active: row "${labelCell ? labelOf(labelCell).full : "(no label)"}" (grid ${grid.index}, row ${r}) matches no record row`);
        }
        continue;
      }
      const block = BLOCK_OF_ROW[key];
      // A header printed for another block does not describe this row.
      if (headerBlock && headerBlock !== block) header = undefined;
      headerBlock = block;
      caption = undefined;
      const values = cells.filter((c) => c.col > cellEnd(labelCell));
      rows.push({ key, grid, r, label: labelCell, values, ...(header ? { header } : {}) });
    }
  }
  return rows;
}

/**
 * Value cell per header field. Equal counts: k-th value ↔ k-th header (§6). Otherwise each header
 * takes the value cells inside its columns (first non-blank one: a merged single value is read once).
 */
function byHeader(row: DataRow): Map<ActiveField, { cell: GridCell; unit?: string }> {
  const out = new Map<ActiveField, { cell: GridCell; unit?: string }>();
  const header = row.header ?? [];
  const put = (h: HeaderCell, cell: GridCell | undefined) => {
    if (h.match && cell && !out.has(h.match.field)) out.set(h.match.field, { cell, ...(h.unit ? { unit: h.unit } : {}) });
  };
  if (header.length === row.values.length) {
    header.forEach((h, k) => put(h, row.values[k]));
    return out;
  }
  const used = new Set<GridCell>();
  for (const h of header) {
    const inside = row.values.filter((v) => !used.has(v) && v.col >= h.cell.col && cellEnd(v) <= cellEnd(h.cell));
    const cell =
      inside.find(isFilledValueCell) ??
      inside[0] ??
      row.values.find((v) => !used.has(v) && v.col <= h.cell.col && h.cell.col <= cellEnd(v));
    if (cell) used.add(cell);
    put(h, cell);
  }
  return out;
}

function decideTemplate(ctx: MapContext, rows: DataRow[], votes: Record<Template, number>, year: number | null): Template {
  if (votes["2021"] !== votes["2019"]) {
    if (votes["2021"] && votes["2019"]) ctx.warnings.push(`active: headers of both formats (2021: ${votes["2021"]}, 2019: ${votes["2019"]}); the majority decides`);
    return votes["2021"] > votes["2019"] ? "2021" : "2019";
  }
  if (rows.some((r) => r.key === "otherServices" || r.key === "procurement")) return "2019";
  const byYear: Template = year !== null && year <= 2020 ? "2019" : "2021";
  ctx.warnings.push(`active: column headers do not tell the format; "${byYear}" assumed from the year`);
  return byYear;
}

/** Map the active bands (in reading order) to record.active. */
export function mapActive(ctx: MapContext, bands: Band[], year: number | null): ActiveResult {
  if (!bands.length) return { found: false };
  const votes: Record<Template, number> = { "2019": 0, "2021": 0 };
  const rows = collectRows(ctx, bands, votes);
  if (!rows.length) return { found: false };
  const template = decideTemplate(ctx, rows, votes, year);
  const active: Record<string, Record<string, unknown>> = {};
  for (const row of rows) {
    const fields = TEMPLATE_FIELDS[template][row.key];
    const raw = row.values.map((v) => v.text);
    if (!fields) {
      addUnmapped(ctx, "active", row.grid, row.label.text, raw);
      ctx.warnings.push(`active: row ${row.key} has no place in the ${template} format (grid ${row.grid.index}, row ${row.r})`);
      continue;
    }
    if (active[row.key]) {
      addUnmapped(ctx, "active", row.grid, row.label.text, raw);
      ctx.warnings.push(`active: second ${row.key} row (grid ${row.grid.index}, row ${row.r}) kept out of the record`);
      continue;
    }
    const mapped = row.header?.some((h) => h.match) ? byHeader(row) : undefined;
    const out: Record<string, unknown> = {};
    let amountUnit: string | undefined;
    fields.forEach((field, k) => {
      // Without a header: the k-th value cell is the format's k-th column.
      const hit = mapped ? mapped.get(field) : row.values[k] ? { cell: row.values[k]! } : undefined;
      if (mapped && !hit) ctx.warnings.push(`active.${row.key}.${field}: no column for it under the printed header (grid ${row.grid.index}, row ${row.r})`);
      const path = `active.${row.key}.${field}`;
      const read = readValue(ctx, path, row.grid, hit?.cell, { signedWords: field === "change" });
      out[field] = read.value;
      if (field === "amount") amountUnit = read.unit ?? hit?.unit; // a unit printed in the cell beats the header's
    });
    if (!mapped && row.values.length !== fields.length) {
      ctx.warnings.push(`active.${row.key}: ${row.values.length} value cells for ${fields.length} columns, no header; read by order (grid ${row.grid.index}, row ${row.r})`);
    }
    if (row.key === "procurement") out.units = amountUnit && (AMOUNT_UNITS as readonly string[]).includes(amountUnit) ? amountUnit : null;
    if (row.key === "fees" && template === "2021" && amountUnit && amountUnit !== "万元") {
      out.units = amountUnit;
      ctx.warnings.push(`active.fees.amount: printed in ${amountUnit}, not 万元; stored as printed`);
    }
    active[row.key] = out;
  }
  return { active: active as Active2019 | Active2021, template, found: true };
}
