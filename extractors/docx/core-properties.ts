// docProps/core.xml: dc:title becomes meta.title; the other core properties (creator, created,
// modified, lastModifiedBy, revision …) go to meta.properties under their local names, raw.
import type { DocumentTokens } from "../../src/tokens/types.js";
import { childrenOf, elementText, parsePart, tagOf } from "./xml.js";
import { CORE_PROPERTIES_PART } from "./package.js";

export function readCoreProperties(xml: string): DocumentTokens["meta"] {
  const properties: Record<string, string> = {};
  let title: string | undefined;
  const root = parsePart(CORE_PROPERTIES_PART, xml, "plain").find((node) => tagOf(node).endsWith("coreProperties"));
  if (!root) return { properties };
  for (const node of childrenOf(root, tagOf(root))) {
    const tag = tagOf(node);
    if (tag === "#text") continue;
    const value = elementText(childrenOf(node, tag));
    if (!value.trim()) continue;
    const name = tag.slice(tag.indexOf(":") + 1);
    if (name === "title" && title === undefined) title = value.trim();
    else properties[name] = value;
  }
  return title === undefined ? { properties } : { title, properties };
}
