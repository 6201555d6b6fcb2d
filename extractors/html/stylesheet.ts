// Elements the page's own stylesheet hides. Government CMS pages sometimes carry a second copy of
// the report (print or mobile version) hidden by a <style> rule; reading both would double the
// tables. Only <style> blocks of the page are read (no external stylesheet is fetched), and only
// what can be decided for sure:
// - selectors made of simple compounds — tag, .class, #id, tag.class, tag#id.class … — joined by
//   descendant combinators (whitespace), in comma lists; any other selector (>, +, ~, [attr],
//   :pseudo, *, escapes) is ignored, in hiding and in showing rules alike;
// - rules outside any at-rule: every @media block (print, or any other condition) and other
//   at-rules are skipped, and so is a <style> whose media attribute is not screen or all;
// - declarations of display and visibility; the cascade among the rules read (!important,
//   specificity, order) and the element's inline style decide; an element is hidden when its
//   winning display is none or its winning visibility is hidden (its whole content is skipped,
//   as for an inline style="display:none").
// <html> and <body> are never hidden: pages hide them until a script has run (anti-flicker), and
// no script runs here.
import type { Element } from "domhandler";

interface Compound {
  tag: string | undefined;
  id: string | undefined;
  classes: string[];
}

interface Rule {
  /** Compounds from left to right; each must match an ancestor of the next one's element. */
  chain: Compound[];
  /** [ids, classes + tags …] folded into one comparable number, then source order. */
  specificity: number;
  order: number;
  display: Declaration | undefined;
  visibility: Declaration | undefined;
}

interface Declaration {
  hides: boolean;
  important: boolean;
}

const NEVER_HIDDEN = new Set(["html", "body"]);
const STYLE_ELEMENT = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
const MEDIA_ATTRIBUTE = /\bmedia\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
/** Media a screen reader of the page matches: a <style> for anything else is not read. */
const SCREEN_MEDIA = /^\s*(?:screen|all)?\s*$/i;
const CSS_COMMENT = /\/\*[\s\S]*?(?:\*\/|$)/g;
/** HTML comment markers around old-style CSS are ignored by CSS itself. */
const CDO_CDC = /<!--|-->/g;
const COMPOUND = /^([a-zA-Z][a-zA-Z0-9-]*)?((?:[.#][-_a-zA-Z0-9\u00a0-\uffff]+)*)$/;
const SIMPLE_PART = /([.#])([-_a-zA-Z0-9\u00a0-\uffff]+)/g;
const DECLARATION = /^\s*([-a-zA-Z]+)\s*:\s*([\s\S]*?)\s*$/;
const IMPORTANT = /!\s*important$/i;
const CLASS_SEPARATOR = /[\t\n\f\r ]+/;
/** Specificity weights: an id outweighs any number of classes, a class any number of tags. */
const ID_WEIGHT = 1_000_000;
const CLASS_WEIGHT = 1_000;

/** Decides which elements the page's <style> blocks hide; `from` returns null when none can be. */
export class StylesheetVisibility {
  private readonly byId = new Map<string, Rule[]>();
  private readonly byClass = new Map<string, Rule[]>();
  private readonly byTag = new Map<string, Rule[]>();

  private constructor(rules: Rule[]) {
    for (const rule of rules) {
      const key = rule.chain[rule.chain.length - 1]!;
      if (key.id !== undefined) add(this.byId, key.id, rule);
      else if (key.classes.length > 0) add(this.byClass, key.classes[0]!, rule);
      else add(this.byTag, key.tag!, rule);
    }
  }

  /** Read the page's <style> blocks from its decoded text; null when no rule hides anything. */
  static from(html: string): StylesheetVisibility | null {
    if (!/<style/i.test(html)) return null;
    const rules: Rule[] = [];
    STYLE_ELEMENT.lastIndex = 0;
    for (let match = STYLE_ELEMENT.exec(html); match !== null; match = STYLE_ELEMENT.exec(html)) {
      if (insideComment(html, match.index)) continue;
      const media = MEDIA_ATTRIBUTE.exec(match[1]!);
      if (media && !SCREEN_MEDIA.test(media[1] ?? media[2] ?? media[3] ?? "")) continue;
      readRules(match[2]!, rules);
    }
    if (!rules.some((rule) => rule.display?.hides || rule.visibility?.hides)) return null;
    return new StylesheetVisibility(rules);
  }

  /** Whether the stylesheet hides this element (its inline style taken into account). */
  hides(element: Element): boolean {
    if (NEVER_HIDDEN.has(element.name)) return false;
    const candidates = this.candidates(element);
    if (candidates.length === 0) return false;
    const matching = candidates.filter((rule) => matchesChain(element, rule.chain));
    const inline = element.attribs.style;
    return hidesAfterInline(winner(matching, "display"), inline, "display") || hidesAfterInline(winner(matching, "visibility"), inline, "visibility");
  }

  private candidates(element: Element): Rule[] {
    const found: Rule[] = [];
    const attribs = element.attribs;
    if (this.byId.size > 0 && attribs.id !== undefined) found.push(...(this.byId.get(attribs.id) ?? []));
    if (this.byClass.size > 0 && attribs.class !== undefined)
      for (const name of attribs.class.split(CLASS_SEPARATOR)) if (name) found.push(...(this.byClass.get(name) ?? []));
    found.push(...(this.byTag.get(element.name) ?? []));
    return found;
  }
}

function add(index: Map<string, Rule[]>, key: string, rule: Rule): void {
  const list = index.get(key);
  if (list) list.push(rule);
  else index.set(key, [rule]);
}

const INLINE_DECLARES = { display: /(?:^|;)\s*display\s*:/i, visibility: /(?:^|;)\s*visibility\s*:/i };

/** Whether the stylesheet's winning declaration hides, after the element's own style attribute (which beats it unless !important). */
function hidesAfterInline(declaration: Declaration | undefined, inline: string | undefined, property: "display" | "visibility"): boolean {
  if (!declaration?.hides) return false;
  return declaration.important || inline === undefined || !INLINE_DECLARES[property].test(inline);
}

/** The declaration of `property` that wins the cascade among the matching rules. */
function winner(rules: Rule[], property: "display" | "visibility"): Declaration | undefined {
  let best: Rule | undefined;
  for (const rule of rules) {
    const declaration = rule[property];
    if (!declaration) continue;
    if (!best) {
      best = rule;
      continue;
    }
    const held = best[property]!;
    if (declaration.important !== held.important) {
      if (declaration.important) best = rule;
    } else if (rule.specificity > best.specificity || (rule.specificity === best.specificity && rule.order > best.order)) best = rule;
  }
  return best?.[property];
}

function matchesCompound(element: Element, compound: Compound): boolean {
  const attribs = element.attribs;
  if (compound.tag !== undefined && compound.tag !== element.name) return false;
  if (compound.id !== undefined && attribs.id !== compound.id) return false;
  if (compound.classes.length > 0) {
    if (attribs.class === undefined) return false;
    const names = attribs.class.split(CLASS_SEPARATOR);
    if (!compound.classes.every((name) => names.includes(name))) return false;
  }
  return true;
}

/** Right-most compound on the element itself, each one before it on some ancestor (nearest first). */
function matchesChain(element: Element, chain: Compound[]): boolean {
  if (!matchesCompound(element, chain[chain.length - 1]!)) return false;
  let ancestor = element.parent;
  for (let i = chain.length - 2; i >= 0; i--) {
    while (ancestor && (ancestor.type !== "tag" || !matchesCompound(ancestor as Element, chain[i]!))) ancestor = ancestor.parent;
    if (!ancestor) return false;
    ancestor = ancestor.parent;
  }
  return true;
}

/** Whether `at` falls inside an HTML comment (a commented-out <style> does nothing). */
function insideComment(html: string, at: number): boolean {
  const open = html.lastIndexOf("<!--", at);
  return open >= 0 && html.lastIndexOf("-->", at) < open;
}

/** The top-level rules of one style sheet that set display or visibility; at-rules are skipped whole. */
function readRules(css: string, rules: Rule[]): void {
  const text = css.replace(CSS_COMMENT, " ").replace(CDO_CDC, " ");
  let position = 0;
  while (position < text.length) {
    const open = text.indexOf("{", position);
    const prelude = (open < 0 ? text.slice(position) : text.slice(position, open)).trimStart();
    if (prelude.startsWith("@")) {
      // A statement at-rule (@import …; @charset …;) ends at its ";", a block at-rule (@media …) at its block's end.
      const semicolon = text.indexOf(";", position);
      if (semicolon >= 0 && (open < 0 || semicolon < open)) {
        position = semicolon + 1;
        continue;
      }
    }
    if (open < 0) return;
    const close = matchingBrace(text, open);
    if (close < 0) return; // unterminated block: the rest is not read
    if (!prelude.startsWith("@")) addRule(prelude, text.slice(open + 1, close), rules);
    position = close + 1;
  }
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}

function addRule(selectorText: string, block: string, rules: Rule[]): void {
  let display: Declaration | undefined;
  let visibility: Declaration | undefined;
  for (const part of block.split(";")) {
    const declaration = DECLARATION.exec(part);
    if (!declaration) continue;
    const property = declaration[1]!.toLowerCase();
    if (property !== "display" && property !== "visibility") continue;
    let value = declaration[2]!;
    const important = IMPORTANT.test(value);
    if (important) value = value.replace(IMPORTANT, "").trim();
    value = value.toLowerCase();
    const parsed: Declaration = { hides: property === "display" ? value === "none" : value === "hidden", important };
    // Within one block the later declaration wins, unless the earlier one is !important.
    if (property === "display") {
      if (!display || important || !display.important) display = parsed;
    } else if (!visibility || important || !visibility.important) visibility = parsed;
  }
  if (!display && !visibility) return;
  for (const selector of selectorText.split(",")) {
    const chain = parseChain(selector.trim());
    if (!chain) continue;
    let ids = 0;
    let classes = 0;
    let tags = 0;
    for (const compound of chain) {
      ids += compound.id === undefined ? 0 : 1;
      classes += compound.classes.length;
      tags += compound.tag === undefined ? 0 : 1;
    }
    rules.push({ chain, specificity: ids * ID_WEIGHT + classes * CLASS_WEIGHT + tags, order: rules.length, display, visibility });
  }
}

/** A descendant chain of simple compounds, or undefined for any selector this module does not read. */
function parseChain(selector: string): Compound[] | undefined {
  if (!selector) return undefined;
  const chain: Compound[] = [];
  for (const text of selector.split(/\s+/)) {
    const match = COMPOUND.exec(text);
    if (!match || !text) return undefined;
    const compound: Compound = { tag: match[1]?.toLowerCase(), id: undefined, classes: [] };
    SIMPLE_PART.lastIndex = 0;
    for (let part = SIMPLE_PART.exec(match[2]!); part !== null; part = SIMPLE_PART.exec(match[2]!)) {
      if (part[1] === ".") compound.classes.push(part[2]!);
      else if (compound.id === undefined) compound.id = part[2]!;
      else if (compound.id !== part[2]) return undefined; // #a#b never matches
    }
    chain.push(compound);
  }
  return chain;
}
