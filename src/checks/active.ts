// 二、主动公开: plausibility of the stock counts within one report (templates.md §11.2, soft).
import type { CheckDefinition, CheckedRecord } from "./check.js";
import { softInstance } from "./operands.js";
import { activeLayout, activeValue } from "./recordParts.js";

const DOCUMENT_BLOCKS = ["regulations", "normativeDocuments"] as const;

export const activeInForceVsIssued: CheckDefinition<[CheckedRecord]> = {
  id: "active.inForceVsIssued",
  kind: "soft",
  formula: "X.inForce >= X.issued - X.repealed",
  evaluate(record) {
    if (activeLayout(record) !== "2021") return null;
    if (!record.active) return [];
    return DOCUMENT_BLOCKS.map((block) =>
      softInstance(
        block,
        [{ path: `active.${block}.inForce`, value: activeValue(record, block, "inForce") }],
        [
          { path: `active.${block}.issued`, value: activeValue(record, block, "issued") },
          { path: `active.${block}.repealed`, value: activeValue(record, block, "repealed"), negate: true },
        ],
        "atLeast",
      ),
    );
  },
};

export const activeTotalPublishedVsPublished: CheckDefinition<[CheckedRecord]> = {
  id: "active.totalPublishedVsPublished",
  kind: "soft",
  formula: "X.totalPublished >= X.published",
  evaluate(record) {
    if (activeLayout(record) !== "2019") return null;
    if (!record.active) return [];
    return DOCUMENT_BLOCKS.map((block) =>
      softInstance(
        block,
        [{ path: `active.${block}.totalPublished`, value: activeValue(record, block, "totalPublished") }],
        [{ path: `active.${block}.published`, value: activeValue(record, block, "published") }],
        "atLeast",
      ),
    );
  },
};
