// 三、收到和处理政府信息公开申请情况: the table's own arithmetic (templates.md §11.2).
import { APPLICANT_COLUMNS, type CheckInstance, type Row } from "../record/schema.js";
import type { CheckDefinition, CheckedRecord } from "./check.js";
import { exactInstance, softInstance, type Operand } from "./operands.js";
import { APPLICANT_COLUMNS_WITHOUT_TOTAL, RESULT_GROUP_NAMES, groupOperands, otherLayout, requestRows, rowOperand } from "./recordParts.js";
import { FORMAT_2021_FIRST_YEAR } from "./settings.js";

type RecordCheck = CheckDefinition<[CheckedRecord]>;

const ORG_COLUMNS = ["commercial", "research", "publicInterest", "legalService", "otherOrg"] as const;

export const requestsBalance: RecordCheck = {
  id: "requests.balance",
  kind: "exact",
  formula: "newReceived[c] + carriedOver[c] == total[c] + carriedForward[c]",
  evaluate({ requests }) {
    if (!requests) return [];
    return APPLICANT_COLUMNS.map((c) =>
      exactInstance(
        `column ${c}`,
        [rowOperand(requests, "newReceived", c), rowOperand(requests, "carriedOver", c)],
        [rowOperand(requests, "total", c), rowOperand(requests, "carriedForward", c)],
      ),
    );
  },
};

function applicantOperands(path: string, row: Row): Operand[] {
  return APPLICANT_COLUMNS_WITHOUT_TOTAL.map((c) => ({ path: `${path}.${c}`, value: row[c] }));
}

export const requestsRowTotals: RecordCheck = {
  id: "requests.rowTotals",
  kind: "exact",
  formula: "r.naturalPerson + r.commercial + r.research + r.publicInterest + r.legalService + r.otherOrg == r.total",
  evaluate({ requests }) {
    if (!requests) return [];
    return requestRows(requests).map(({ path, row }) =>
      exactInstance(`row ${path}`, applicantOperands(path, row), [{ path: `${path}.total`, value: row.total }]),
    );
  },
};

export const requestsResultTotal: RecordCheck = {
  id: "requests.resultTotal",
  kind: "exact",
  formula: "granted[c] + partiallyGranted[c] + Σ denied.*[c] + Σ unable.*[c] + Σ notProcessed.*[c] + (other is Row ? other[c] : Σ other.*[c]) == total[c]",
  evaluate({ requests }) {
    if (!requests) return [];
    return APPLICANT_COLUMNS.map((c) => {
      const results: Operand[] = [rowOperand(requests, "granted", c), rowOperand(requests, "partiallyGranted", c)];
      for (const group of RESULT_GROUP_NAMES) results.push(...groupOperands(requests, group, c));
      return exactInstance(`column ${c}`, results, [rowOperand(requests, "total", c)]);
    });
  },
};

export const requestsGroupSubtotals: RecordCheck = {
  id: "requests.groupSubtotals",
  kind: "exact",
  formula: "subtotals.g[c] == Σ g.*[c]",
  evaluate({ requests }) {
    const subtotals = requests?.subtotals;
    // Applies only when the report printed group subtotal rows.
    if (!requests || !subtotals || RESULT_GROUP_NAMES.every((g) => subtotals[g] === undefined)) return null;
    const instances: CheckInstance[] = [];
    for (const group of RESULT_GROUP_NAMES) {
      const subtotal = subtotals[group];
      if (!subtotal) continue;
      for (const c of APPLICANT_COLUMNS) {
        instances.push(
          exactInstance(`subtotal ${group}, column ${c}`, [{ path: `requests.subtotals.${group}.${c}`, value: subtotal[c] }], groupOperands(requests, group, c)),
        );
      }
    }
    return instances;
  },
};

export const requestsOrgSubtotal: RecordCheck = {
  id: "requests.orgSubtotal",
  kind: "exact",
  formula: "r.commercial + r.research + r.publicInterest + r.legalService + r.otherOrg == r.orgSubtotal",
  evaluate({ requests }) {
    if (!requests) return null;
    // Applies only when the 法人或其他组织 小计 column was printed (the key exists, even if blank).
    const rows = requestRows(requests).filter(({ row }) => row.orgSubtotal !== undefined);
    if (rows.length === 0) return null;
    return rows.map(({ path, row }) =>
      exactInstance(
        `row ${path}`,
        ORG_COLUMNS.map((c) => ({ path: `${path}.${c}`, value: row[c] })),
        [{ path: `${path}.orgSubtotal`, value: row.orgSubtotal }],
      ),
    );
  },
};

/** left = layout printed (2019 single （六） row / 2021 three sub-rows), right = least layout expected for the year. */
export const requestsLayoutVsYear: RecordCheck = {
  id: "requests.layoutVsYear",
  kind: "soft",
  formula: `layout(requests.other) >= (meta.year >= ${FORMAT_2021_FIRST_YEAR} ? 2021 : 2019)`,
  evaluate({ requests, meta }) {
    const layout = otherLayout(requests);
    if (layout === undefined) return [];
    const expected = meta.year === null ? null : meta.year >= FORMAT_2021_FIRST_YEAR ? 2021 : 2019;
    return [
      softInstance(
        `year ${meta.year ?? "unknown"}`,
        [{ path: "requests.other", value: Number(layout) }],
        [{ path: "meta.year", value: expected }],
        "atLeast",
      ),
    ];
  },
};

export const requestsChecks: RecordCheck[] = [
  requestsBalance,
  requestsRowTotals,
  requestsResultTotal,
  requestsGroupSubtotals,
  requestsOrgSubtotal,
];
