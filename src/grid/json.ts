// The grids of a layout as plain JSON (what `nianbao tables` prints).
import type { Layout } from "./types.js";

/** The grids of a layout as plain JSON: what a user with a non-standard table needs. */
export function gridsAsJson(file: string, layout: Layout) {
  return {
    file,
    format: layout.format,
    pageCount: layout.pageCount,
    grids: layout.items.flatMap((item) =>
      item.kind !== "grid"
        ? []
        : [
            {
              index: item.grid.index,
              rowCount: item.grid.rowCount,
              colCount: item.grid.colCount,
              pages: item.grid.prov.pages ?? (item.grid.prov.page ? [item.grid.prov.page] : undefined),
              pieces: item.grid.pieces,
              cells: item.grid.cells.map((c) => ({
                row: c.row,
                col: c.col,
                rowSpan: c.rowSpan,
                colSpan: c.colSpan,
                text: c.text,
                ...(c.header ? { header: true } : {}),
                ...(c.prov.page !== undefined ? { page: c.prov.page } : {}),
                ...(c.prov.bbox ? { bbox: c.prov.bbox.map((v) => Math.round(v * 100) / 100) } : {}),
              })),
            },
          ],
    ),
    warnings: layout.warnings,
  };
}


/** Pretty JSON with one line per cell: readable for tables of hundreds of cells. */
export function formatGridsJson(value: ReturnType<typeof gridsAsJson>): string {
  const grids = value.grids.map((grid) => {
    const { cells, ...rest } = grid;
    const head = JSON.stringify(rest, null, 2).replace(/\n}$/, "").replace(/\n/g, "\n    ");
    return `    ${head},\n      "cells": [\n${cells.map((c) => `        ${JSON.stringify(c)}`).join(",\n")}\n      ]\n    }`;
  });
  const { grids: _grids, ...top } = value;
  const head = JSON.stringify(top, null, 2).replace(/\n}$/, "");
  return `${head},\n  "grids": [\n${grids.join(",\n")}\n  ]\n}\n`;
}
