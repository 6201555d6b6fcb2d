// Paragraph roles from styles. w:pStyle holds a style *id*, which is arbitrary ("2" in WPS files,
// "Heading1" or "a3" in Word); the style's w:name ("heading 1", "Title", "标题 1") and its outline
// level say what it is, following w:basedOn.
import type { TextBlock } from "../../src/tokens/types.js";
import { attributeOf, childrenOf, currentProperties, findChild, parsePart, rawContent, readProperty, tagOf } from "./xml.js";

export type ParagraphRole = TextBlock["role"];

const TITLE_NAME = /^(title|标题)$/i;
const HEADING_NAME = /^(heading|标题)\s*[1-9]$/i;
/** Outline levels 0–8 are headings; 9 is body text. */
const BODY_OUTLINE_LEVEL = 9;

interface StyleEntry {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  /** w:numPr of the style: style-linked list numbering (w:numId, and w:ilvl when given). */
  numId?: string;
  numLevel?: number;
}

/** List numbering a paragraph style gives its paragraphs. */
export interface StyleNumbering {
  numId: string;
  level?: number;
}

/** Resolves a paragraph style id to a role; styles.xml is parsed on first use only. */
export class StyleRoles {
  private styles: Map<string, StyleEntry> | undefined;
  private readonly roles = new Map<string, ParagraphRole>();
  /** Set when styles.xml could not be read; roles then come from the style ids alone. */
  problem: string | undefined;

  constructor(
    private readonly stylesXml: string | undefined,
    private readonly maxChain: number,
  ) {}

  roleOfStyle(styleId: string): ParagraphRole {
    let role = this.roles.get(styleId);
    if (role === undefined) {
      role = this.resolve(styleId);
      this.roles.set(styleId, role);
    }
    return role;
  }

  /** Whether any paragraph style carries list numbering (else paragraphs without w:numPr need no look-up). */
  get hasNumberedStyles(): boolean {
    const styles = (this.styles ??= this.loadStyles());
    for (const style of styles.values()) if (style.numId !== undefined) return true;
    return false;
  }

  /** The list numbering of a paragraph style, from the nearest style of its w:basedOn chain that has w:numPr. */
  numberingOfStyle(styleId: string): StyleNumbering | undefined {
    const styles = (this.styles ??= this.loadStyles());
    let id: string | undefined = styleId;
    for (let depth = 0; id !== undefined && depth < this.maxChain; depth++) {
      const style = styles.get(id);
      if (style?.numId !== undefined) return style.numLevel === undefined ? { numId: style.numId } : { numId: style.numId, level: style.numLevel };
      id = style?.basedOn;
    }
    return undefined;
  }

  /** w:numId of a numbering style (w:type="numbering"), which a w:numStyleLink list takes its levels from. */
  numIdOfNumberingStyle(styleId: string): string | undefined {
    this.styles ??= this.loadStyles();
    return this.numberingStyles.get(styleId);
  }

  private readonly numberingStyles = new Map<string, string>();

  private resolve(styleId: string): ParagraphRole {
    const styles = (this.styles ??= this.loadStyles());
    let id: string | undefined = styleId;
    for (let depth = 0; id !== undefined && depth < this.maxChain; depth++) {
      const style = styles.get(id);
      // A style id the styles part does not define: its id may still be a built-in name.
      const name = style ? style.name : id;
      if (TITLE_NAME.test(name)) return "title";
      if (HEADING_NAME.test(name)) return "heading";
      if (style?.outlineLevel !== undefined) return style.outlineLevel < BODY_OUTLINE_LEVEL ? "heading" : "paragraph";
      id = style?.basedOn;
    }
    return "paragraph";
  }

  private loadStyles(): Map<string, StyleEntry> {
    if (!this.stylesXml) return new Map();
    try {
      return readParagraphStyles(this.stylesXml, this.numberingStyles);
    } catch (error) {
      // A damaged styles part costs headings their role, not the document its text.
      this.problem = `${error instanceof Error ? error.message : String(error)}; paragraph roles read from style ids only`;
      return new Map();
    }
  }
}

function readParagraphStyles(xml: string, numberingStyles: Map<string, string>): Map<string, StyleEntry> {
  const styles = new Map<string, StyleEntry>();
  const root = parsePart("word/styles.xml", xml, "styles");
  const stylesElement = root.find((node) => tagOf(node) === "w:styles");
  if (!stylesElement) return styles;
  for (const node of childrenOf(stylesElement, "w:styles")) {
    if (tagOf(node) !== "w:style") continue;
    const type = attributeOf(node, "w:type");
    if (type !== "paragraph" && type !== "numbering") continue;
    const id = attributeOf(node, "w:styleId");
    if (id === undefined) continue;
    const children = childrenOf(node, "w:style");
    const pPr = findChild(children, "w:pPr");
    const properties = pPr ? currentProperties(rawContent(childrenOf(pPr, "w:pPr"))) : "";
    const numId = readProperty(properties, "numId");
    if (type === "numbering") {
      if (numId !== undefined) numberingStyles.set(id, numId);
      continue;
    }
    const nameNode = findChild(children, "w:name");
    const basedOnNode = findChild(children, "w:basedOn");
    const level = readProperty(properties, "outlineLvl");
    const numLevel = readProperty(properties, "ilvl");
    styles.set(id, {
      name: (nameNode && attributeOf(nameNode, "w:val")) ?? id,
      ...(basedOnNode ? { basedOn: attributeOf(basedOnNode, "w:val") } : {}),
      ...(level !== undefined && /^\d+$/.test(level) ? { outlineLevel: Number(level) } : {}),
      ...(numId !== undefined ? { numId } : {}),
      ...(numLevel !== undefined && /^\d+$/.test(numLevel) ? { numLevel: Number(numLevel) } : {}),
    });
  }
  return styles;
}

/** Role of a paragraph from its raw w:pPr: direct outline level first, then its style. */
export function paragraphRole(pPr: string, styles: StyleRoles): ParagraphRole {
  if (!pPr) return "paragraph";
  const styleId = readProperty(pPr, "pStyle");
  const styleRole = styleId ? styles.roleOfStyle(styleId) : "paragraph";
  if (styleRole === "title") return "title";
  const level = readProperty(pPr, "outlineLvl");
  if (level !== undefined && /^\d+$/.test(level)) return Number(level) < BODY_OUTLINE_LEVEL ? "heading" : "paragraph";
  return styleRole;
}

