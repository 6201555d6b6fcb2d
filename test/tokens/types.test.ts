import { describe, it, expect } from "vitest";
import { DocumentTokens } from "../../src/tokens/types.js";

describe("token stream schema", () => {
  it("accepts a table cell with spans and fills defaults", () => {
    const doc = DocumentTokens.parse({
      format: "html",
      meta: {},
      tokens: [{ kind: "table", index: 0, prov: {}, rows: [[{ text: "自然人", rowSpan: 2, prov: { tableIndex: 0, row: 0, col: 0 } }]] }],
    });
    const t = doc.tokens[0];
    expect(t?.kind).toBe("table");
    if (t?.kind === "table") expect(t.rows[0]?.[0]).toMatchObject({ text: "自然人", rowSpan: 2, colSpan: 1, header: false });
  });
});
