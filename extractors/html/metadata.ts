// <title> and <meta name|property|itemprop content> → DocumentTokens.meta. Crawler wrappers repeat
// the original page's tags inside <body>: the first non-empty value of each name wins.
import type { Element, Text } from "domhandler";
import type { DocumentTokens } from "../../src/tokens/types.js";

export type DocumentMeta = DocumentTokens["meta"];

export function recordTitle(meta: DocumentMeta, title: Element): void {
  if (meta.title !== undefined) return;
  let text = "";
  for (const child of title.children) if ((child.type as string) === "text") text += (child as Text).data;
  text = text.replace(/\s+/g, " ").trim();
  if (text !== "") meta.title = text;
}

export function recordMeta(meta: DocumentMeta, element: Element): void {
  const attribs = element.attribs;
  const name = attribs.name ?? attribs.property ?? attribs.itemprop;
  const content = attribs.content;
  if (name === undefined || name === "" || content === undefined) return;
  const known = Object.hasOwn(meta.properties, name) ? meta.properties[name] : undefined;
  if (known === undefined || (known === "" && content !== "")) meta.properties[name] = content;
}
