// Table 二 (主动公开): the 2021 layout as one 14×4 table with caption rows (the national Word
// template) or as four captioned blocks, and the 2019 layout with its misaligned merges (§6).
import { Active2019, Active2021 } from "../../src/record/schema.js";
import { SampleCell, SampleTable } from "./document.js";
import { ActiveLabels2019, ActiveLabels2021 } from "./labels.js";
import { CellPrinter } from "./printing.js";

/** Table width in twips: an A4 page less 2.3 cm margins. */
export const TABLE_WIDTH = 9000;

const head = (text: string, colSpan = 1): SampleCell => ({ text, colSpan, header: true });
const label = (text: string): SampleCell => ({ text });

/** One 第二十条 block of the 2021 layout: caption, column header row, value rows. */
interface Block2021 {
  caption: string;
  rows: SampleCell[][];
}

function blocks2021(active: Active2021, l: ActiveLabels2021, p: CellPrinter): Block2021[] {
  const v = (path: string, value: number | null | undefined, colSpan = 1): SampleCell => ({
    text: p.print(`active.${path}`, value),
    colSpan,
    value: true,
  });
  const triple = (key: "regulations" | "normativeDocuments", text: string) => {
    const item = active[key];
    return [label(text), v(`${key}.issued`, item?.issued), v(`${key}.repealed`, item?.repealed), v(`${key}.inForce`, item?.inForce)];
  };
  const single = (key: "licensing" | "penalties" | "enforcement", text: string) => [
    label(text),
    v(`${key}.decisions`, active[key]?.decisions, 3),
  ];
  return [
    {
      caption: l.caption1,
      rows: [
        [head(l.content), head(l.issued), head(l.repealed), head(l.inForce)],
        triple("regulations", l.regulations),
        triple("normativeDocuments", l.normativeDocuments),
      ],
    },
    { caption: l.caption5, rows: [[head(l.content), head(l.decisions, 3)], single("licensing", l.licensing)] },
    {
      caption: l.caption6,
      rows: [[head(l.content), head(l.decisions, 3)], single("penalties", l.penalties), single("enforcement", l.enforcement)],
    },
    {
      caption: l.caption8,
      rows: [[head(l.content), head(l.feeAmount, 3)], [label(l.fees), v("fees.amount", active.fees?.amount, 3)]],
    },
  ];
}

const WIDTHS_2021 = [TABLE_WIDTH / 4, TABLE_WIDTH / 4, TABLE_WIDTH / 4, TABLE_WIDTH / 4];

/** The national template's single table: each block opens with a caption row across all 4 columns. */
export function activeTable2021(active: Active2021, labels: ActiveLabels2021, printer: CellPrinter): SampleTable {
  const rows = blocks2021(active, labels, printer).flatMap((b) => [[head(b.caption, 4)], ...b.rows]);
  return { gridWidths: WIDTHS_2021, rows, headerRows: 0 };
}

/** The four blocks as separate tables, each with its caption printed as a paragraph above it. */
export function activeBlockTables2021(
  active: Active2021,
  labels: ActiveLabels2021,
  printer: CellPrinter,
): Array<{ caption: string; table: SampleTable }> {
  return blocks2021(active, labels, printer).map((b) => ({
    caption: b.caption,
    table: { gridWidths: WIDTHS_2021, rows: b.rows, headerRows: 0 },
  }));
}

/**
 * The 2019 layout on a 5-column grid. In blocks （五）（六） the header 本年增/减 spans C:D while the
 * data rows put 上一年项目数量 in B:C and 本年增/减 in D, as reports print it (templates.md §6).
 */
export function activeTable2019(active: Active2019, l: ActiveLabels2019, p: CellPrinter): SampleTable {
  const v = (path: string, value: number | null | undefined, colSpan = 1): SampleCell => ({
    text: p.print(`active.${path}`, value),
    colSpan,
    value: true,
  });
  const caption = (text: string) => [head(text, 5)];
  const documents = (key: "regulations" | "normativeDocuments", text: string) => {
    const item = active[key];
    return [label(text), v(`${key}.made`, item?.made), v(`${key}.published`, item?.published, 2), v(`${key}.totalPublished`, item?.totalPublished)];
  };
  const items = (key: "licensing" | "otherServices" | "penalties" | "enforcement", text: string) => {
    const item = active[key];
    return [label(text), v(`${key}.lastYearItems`, item?.lastYearItems, 2), v(`${key}.change`, item?.change), v(`${key}.decisions`, item?.decisions)];
  };
  const itemsHeader = [head(l.content), head(l.lastYearItems), head(l.change, 2), head(l.decisions)];
  const rows: SampleCell[][] = [
    caption(l.caption1),
    [head(l.content), head(l.made), head(l.published, 2), head(l.totalPublished)],
    documents("regulations", l.regulations),
    documents("normativeDocuments", l.normativeDocuments),
    caption(l.caption5),
    itemsHeader,
    items("licensing", l.licensing),
    items("otherServices", l.otherServices),
    caption(l.caption6),
    itemsHeader.map((c) => ({ ...c })),
    items("penalties", l.penalties),
    items("enforcement", l.enforcement),
    caption(l.caption8),
    [head(l.content), head(l.lastYearItems, 2), head(l.change, 2)],
    [label(l.fees), v("fees.lastYearItems", active.fees?.lastYearItems, 2), v("fees.change", active.fees?.change, 2)],
    caption(l.caption9),
    [head(l.content), head(l.projects, 2), head(l.amount, 2)],
    [label(l.procurement), v("procurement.projects", active.procurement?.projects, 2), v("procurement.amount", active.procurement?.amount, 2)],
  ];
  const first = 2200;
  const rest = (TABLE_WIDTH - first) / 4;
  return { gridWidths: [first, rest, rest, rest, rest], rows, headerRows: 0 };
}
