// XML access for the OOXML parts we read. fast-xml-parser in ordered mode, attributes kept,
// nothing converted. Property elements (w:pPr, w:rPr, w:tcPr …) are parsed as stop nodes: they
// stay one raw string, from which the few properties we use are read with a small pattern. They
// are most of a Word file's markup, so this cuts the parse of a report roughly in four.
// Entities are decoded by us, only in the text we keep (w:t, style names, core properties).
import { XMLParser } from "fast-xml-parser";
import { InputError } from "../../src/tokens/types.js";

/** One node of fast-xml-parser's ordered output: `{ [tag]: children, ":@"?: attributes }` or `{ "#text": text }`. */
export type XmlNode = Record<string, unknown>;

const ATTRIBUTES_KEY = ":@";
const TEXT_KEY = "#text";

/** Property elements kept raw: we read only w:pStyle, w:outlineLvl, w:vanish, w:gridSpan, w:vMerge, w:hMerge, w:gridBefore, w:tblHeader, w:del, w:numPr (w:numId, w:ilvl) from them. */
const PROPERTY_ELEMENTS = ["w:pPr", "w:rPr", "w:tcPr", "w:trPr", "w:tblPr", "w:tblPrEx", "w:tblGrid", "w:sectPr", "w:sdtPr", "w:sdtEndPr"];
/** Drawings, VML, embedded objects, maths: kept raw; parsed (drawingParser) only when they hold a text box. */
export const OPAQUE_ELEMENTS = ["w:drawing", "w:pict", "w:object", "mc:AlternateContent", "m:oMath", "m:oMathPara"];
const STYLE_PROPERTY_ELEMENTS = ["w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr", "w:latentStyles", "w:docDefaults"];

const baseOptions = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // jPath strings for callbacks we do not use cost a third of the parse.
  jPath: false,
} as const;

const stops = (tags: string[]) => tags.map((t) => `*.${t}`);
const documentParser = new XMLParser({ ...baseOptions, stopNodes: stops([...PROPERTY_ELEMENTS, ...OPAQUE_ELEMENTS]) });
const stylesParser = new XMLParser({ ...baseOptions, stopNodes: stops(STYLE_PROPERTY_ELEMENTS) });
const plainParser = new XMLParser(baseOptions);
/** The inside of a drawing (raw markup of an opaque element), walked down to its text boxes. */
const drawingParser = new XMLParser({ ...baseOptions, stopNodes: stops([...PROPERTY_ELEMENTS, "m:oMath", "m:oMathPara"]) });

export type PartKind = "document" | "styles" | "plain" | "drawing";
const parsers: Record<PartKind, XMLParser> = { document: documentParser, styles: stylesParser, plain: plainParser, drawing: drawingParser };

/** Parse one part; a parser failure becomes a one-line InputError naming the part. */
export function parsePart(partName: string, xml: string, kind: PartKind): XmlNode[] {
  try {
    return parsers[kind].parse(xml) as XmlNode[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError("extract", `corrupt XML in ${partName}: ${firstLine(reason)}`);
  }
}

const firstLine = (s: string) => s.split(/\r?\n/, 1)[0]!.trim();

/** The element name of a node ("#text" for text nodes). */
export function tagOf(node: XmlNode): string {
  for (const key in node) if (key !== ATTRIBUTES_KEY) return key;
  return "";
}

/** Child nodes of an element node (empty for text nodes). */
export function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const children = node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

export function attributeOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[ATTRIBUTES_KEY] as Record<string, string> | undefined;
  const value = attributes?.[name];
  return value === undefined ? undefined : decodeXmlText(value);
}

/** The text of a text node. */
export function textOf(node: XmlNode): string {
  return node[TEXT_KEY] as string;
}

/** Concatenated, entity-decoded text children of an element (w:t, dc:title …). */
export function elementText(children: XmlNode[]): string {
  let text = "";
  for (const child of children) if (TEXT_KEY in child) text += child[TEXT_KEY] as string;
  return decodeXmlText(text);
}

/** The raw markup inside a stop-node element ("" for an empty one). */
export function rawContent(children: XmlNode[]): string {
  const first = children[0];
  return first && TEXT_KEY in first ? (first[TEXT_KEY] as string) : "";
}

/** The first child element with this tag, if any. */
export function findChild(children: XmlNode[], tag: string): XmlNode | undefined {
  for (const child of children) if (tag in child) return child;
  return undefined;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const MAX_CODE_POINT = 0x10ffff;

/** Decode the five XML entities and numeric character references; anything else is left as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] !== "#") return NAMED_ENTITIES[body] ?? whole;
    const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= MAX_CODE_POINT ? String.fromCodePoint(code) : whole;
  });
}

/** Tracked property changes (w:rPrChange, w:tcPrChange …) hold the *old* properties; drop them before reading. */
const PROPERTY_CHANGE = /<w:(\w+PrChange)\b[^>]*?(?:\/>|>[\s\S]*?<\/w:\1>)/g;

export function currentProperties(raw: string): string {
  return raw.includes("PrChange") ? raw.replace(PROPERTY_CHANGE, "") : raw;
}

const patternCache = new Map<string, RegExp>();
const VAL_ATTRIBUTE = /\bw:val\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/**
 * Read one property element from raw property markup: undefined when absent, its w:val when
 * given, "" when present without w:val (e.g. `<w:vMerge/>`, `<w:vanish/>`).
 */
export function readProperty(raw: string, element: string): string | undefined {
  if (!raw.includes(`<w:${element}`)) return undefined;
  let pattern = patternCache.get(element);
  if (!pattern) {
    pattern = new RegExp(`<w:${element}(?=[\\s/>])([^>]*)>`);
    patternCache.set(element, pattern);
  }
  const match = pattern.exec(raw);
  if (!match) return undefined;
  const value = VAL_ATTRIBUTE.exec(match[1]!);
  return value ? decodeXmlText(value[1] ?? value[2] ?? "") : "";
}

const OFF_VALUES = new Set(["0", "false", "off"]);

/** A toggle property (w:vanish, w:tblHeader …): on when present unless w:val says off. */
export function readToggle(raw: string, element: string): boolean {
  const value = readProperty(raw, element);
  return value !== undefined && !OFF_VALUES.has(value);
}

/** A whole-number property (w:gridSpan, w:gridBefore …), or the fallback when absent or not a number. */
export function readCount(raw: string, element: string, fallback: number): number {
  const value = readProperty(raw, element);
  if (value === undefined) return fallback;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
