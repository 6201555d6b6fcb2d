// Table reconstruction entry point: one Layout per document, whatever its format.
import type { DocumentTokens } from "../tokens/types.js";
import type { Layout } from "./types.js";
import { buildTableLayout } from "./tables.js";
import { buildPdfLayout } from "./pdf/index.js";

export function buildLayout(doc: DocumentTokens): Layout {
  return doc.format === "pdf" ? buildPdfLayout(doc) : buildTableLayout(doc);
}
