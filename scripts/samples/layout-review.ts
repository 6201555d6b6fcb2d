// Table 四 (行政复议、行政诉讼): 4 rows × 15 columns, no label column (templates.md §8).
import { Review, ReviewGroup } from "../../src/record/schema.js";
import { SampleCell, SampleTable } from "./document.js";
import { ReviewLabels } from "./labels.js";
import { TABLE_WIDTH } from "./layout-active.js";
import { CellPrinter } from "./printing.js";

const OUTCOMES = ["upheld", "corrected", "other", "pending", "total"] as const;
const GROUPS = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"] as const;

export function reviewTable(review: Review, l: ReviewLabels, p: CellPrinter): SampleTable {
  const head = (text: string, colSpan = 1, rowSpan = 1): SampleCell => ({ text, colSpan, rowSpan, header: true });
  const outcomeHeads = (rowSpan: number) => OUTCOMES.map((o) => head(l[o], 1, rowSpan));
  const values = GROUPS.flatMap((g) => {
    const group: ReviewGroup | undefined = review[g];
    return OUTCOMES.map((o): SampleCell => ({ text: p.print(`review.${g}.${o}`, group?.[o]), value: true }));
  });
  return {
    gridWidths: Array(15).fill(TABLE_WIDTH / 15),
    rows: [
      [head(l.reconsideration, 5), head(l.litigation, 10)],
      [...outcomeHeads(2), head(l.direct, 5), head(l.afterReconsideration, 5)],
      [...outcomeHeads(1), ...outcomeHeads(1)],
      values,
    ],
    headerRows: 3,
  };
}
