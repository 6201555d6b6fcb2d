// HTML report pages (saved or crawled government pages, Word-pasted markup) → DocumentTokens.
import { load } from "cheerio";
import type { DocumentTokens, Extractor } from "../../src/tokens/types.js";
import { decodeHtml } from "./decode.js";
import { walkDocument } from "./walk.js";

export { decodeHtml, declaredCharset } from "./decode.js";

/** Decode, parse once with cheerio (parse5), and walk the DOM once. Throws InputError for empty or binary input. */
export const extractHtml: Extractor = async (data) => {
  const decoded = decodeHtml(data);
  const document = load(decoded.text).root()[0];
  if (document === undefined) throw new Error("cheerio returned no document root");
  const { meta, tokens, warnings } = walkDocument(document, decoded.text);
  if (tokens.length === 0) warnings.push("no text or tables in the page");
  const result: DocumentTokens = { format: "html", meta, tokens, warnings: [...decoded.warnings, ...warnings] };
  return result;
};
