// Automatic list numbering (word/numbering.xml): the label Word prints before a numbered
// paragraph ("一、", "（二）", "1.", "2.1"), computed in document order.
//
// A paragraph is numbered by w:numPr (w:numId + w:ilvl) in its own w:pPr or in its paragraph
// style (following w:basedOn). w:num → w:abstractNum → w:lvl gives the level's w:start, w:numFmt,
// w:lvlText ("%1、", "（%2）", "%1.%2"), w:lvlRestart, w:isLgl and w:suff; a w:num may override a
// level's start (w:lvlOverride/w:startOverride) or the whole level. An abstractNum with
// w:numStyleLink takes its levels from the list of that numbering style.
// Counters (as LibreOffice 7.4 counts, which follows Word): all w:num instances of one abstractNum
// count in one list; a w:num's w:startOverride restarts its level when that w:num is first used,
// and later paragraphs of the list continue from there. A level's counter restarts when a higher
// level advances (unless w:lvlRestart says otherwise); a higher level skipped over counts as used
// at its start value, so its next paragraph gets the second number. Text boxes are stories of
// their own: their paragraphs count in separate lists (LibreOffice's rendering).
import { formatNumber, isKnownFormat, NO_NUMBER_FORMATS } from "./number-formats.js";
import { NUMBERING_PART } from "./package.js";
import type { StyleRoles } from "./styles.js";
import { attributeOf, childrenOf, findChild, parsePart, readProperty, tagOf, type XmlNode } from "./xml.js";


/** w:ilvl runs 0–8 (ECMA-376 §17.9.3). */
const LEVEL_COUNT = 9;
const OFF_VALUES = new Set(["0", "false", "off"]);
const LEVEL_PLACEHOLDER = /%([1-9])/g;
/** Word's default separator between label and text is a tab. */
const SUFFIXES: Record<string, string> = { tab: "\t", space: " ", nothing: "" };
/** Symbol/Wingdings bullet characters (private-use code points) → the glyph Word shows. */
const BULLET_GLYPHS: Record<string, string> = {
  "\uf0b7": "•", "\uf0a7": "▪", "\uf06c": "●", "\uf06e": "■", "\uf075": "◆", "\uf0d8": "➢", "\uf0fc": "✓", "\uf076": "❖", "\uf0a8": "◇",
};

interface LevelDefinition {
  start: number;
  format: string;
  /** w:lvlText; undefined when the level has none (no label). */
  text: string | undefined;
  /** w:lvlRestart: restart after a level ≤ this (1-based) advances; 0 = never; undefined = any higher level. */
  restartAfter: number | undefined;
  legal: boolean;
  suffix: string;
  /** w:pStyle: the paragraph style linked to this level. */
  styleId: string | undefined;
}

interface AbstractDefinition {
  id: string;
  levels: (LevelDefinition | undefined)[];
  numStyleLink: string | undefined;
}

interface NumDefinition {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDefinition>;
}

interface Definitions {
  abstracts: Map<string, AbstractDefinition>;
  nums: Map<string, NumDefinition>;
}

/** The counters of one list (an abstractNum), per level; undefined = not used since its last restart. */
interface ListState {
  counters: (number | undefined)[];
  /** w:num ids whose start overrides were applied. */
  overridden: Set<string>;
}

/** What a paragraph's w:numId stands for: the list it counts in and the levels it prints with. */
interface ResolvedList {
  state: ListState;
  levels: (LevelDefinition | undefined)[];
}

/** Computes list labels for numbered paragraphs, one paragraph at a time in document order. */
export class ListNumbering {
  private definitions: Definitions | undefined;
  private readonly bodyLists = new Map<string, ListState>();
  private readonly textBoxLists = new Map<string, ListState>();
  private lists = this.bodyLists;
  private readonly styleNumbering: boolean;
  /** Numbered paragraphs whose list or level is not defined (no label). */
  missingDefinitions = 0;
  readonly unknownFormats = new Set<string>();
  problem: string | undefined;

  constructor(
    private readonly numberingXml: string | undefined,
    private readonly styles: StyleRoles,
  ) {
    // Style-linked numbering is looked up only when a numbering part exists to define it.
    this.styleNumbering = numberingXml !== undefined && styles.hasNumberedStyles;
  }

  /** The label (with its separator) of a paragraph from its raw w:pPr, or undefined when it is not numbered. */
  labelOf(pPr: string): string | undefined {
    const direct = pPr.includes("<w:numPr");
    if (!direct && !this.styleNumbering) return undefined;
    const styleId = readProperty(pPr, "pStyle");
    const fromStyle = this.styleNumbering && styleId !== undefined ? this.styles.numberingOfStyle(styleId) : undefined;
    const numId = (direct ? readProperty(pPr, "numId") : undefined) ?? fromStyle?.numId;
    if (numId === undefined || numId === "0") return undefined; // numId 0: numbering switched off
    const ownLevel = direct ? readProperty(pPr, "ilvl") : undefined;
    const list = this.list(numId);
    if (!list) {
      this.missingDefinitions++;
      return undefined;
    }
    const level = levelNumber(ownLevel) ?? fromStyle?.level ?? linkedLevel(list.levels, styleId) ?? 0;
    const definition = list.levels[level];
    if (!definition) {
      this.missingDefinitions++;
      return undefined;
    }
    advance(list, level);
    if (definition.text === undefined) return undefined;
    let label = definition.text.replace(LEVEL_PLACEHOLDER, (_, n: string) => this.levelValue(list, Number(n) - 1, definition.legal));
    if (definition.format === "bullet") label = label.replace(/[\uf000-\uf0ff]/g, (ch) => BULLET_GLYPHS[ch] ?? ch);
    return label ? label + definition.suffix : undefined;
  }

  /** Count the paragraphs of `read` in the text boxes' own lists. */
  inTextBox<T>(read: () => T): T {
    const outer = this.lists;
    this.lists = this.textBoxLists;
    try {
      return read();
    } finally {
      this.lists = outer;
    }
  }

  /** One-line warnings for what could not be rendered. */
  warnings(): string[] {
    const warnings: string[] = [];
    if (this.problem) warnings.push(this.problem);
    if (this.missingDefinitions)
      warnings.push(`${this.missingDefinitions} paragraph(s) with automatic numbering (w:numPr) whose list is not defined in ${NUMBERING_PART}: no list label`);
    if (this.unknownFormats.size)
      warnings.push(`list number format(s) ${[...this.unknownFormats].join(", ")} not known: printed as decimal numbers`);
    return warnings;
  }

  private levelValue(list: ResolvedList, index: number, legal: boolean): string {
    const level = list.levels[index];
    if (!level) return "";
    const value = list.state.counters[index] ?? level.start;
    if (NO_NUMBER_FORMATS.has(level.format)) return "";
    if (legal) return String(value);
    if (!isKnownFormat(level.format)) this.unknownFormats.add(level.format);
    return formatNumber(value, level.format);
  }

  /** The list a w:numId counts in (created on first use) and its levels; undefined when not defined. */
  private list(numId: string): ResolvedList | undefined {
    const definitions = (this.definitions ??= this.load());
    const num = definitions.nums.get(numId);
    if (!num) return undefined;
    const abstract = resolveAbstract(definitions, num, this.styles);
    if (!abstract) return undefined;
    let state = this.lists.get(abstract.id);
    if (!state) {
      state = { counters: new Array<number | undefined>(LEVEL_COUNT).fill(undefined), overridden: new Set() };
      this.lists.set(abstract.id, state);
    }
    const levels = abstract.levels.map((level, i) => {
      const replaced = num.levelOverrides.get(i) ?? level;
      const start = num.startOverrides.get(i);
      return replaced && start !== undefined ? { ...replaced, start } : replaced;
    });
    if (num.startOverrides.size > 0 && !state.overridden.has(numId)) {
      // First paragraph of a "restart numbering" w:num: the overridden levels start again.
      state.overridden.add(numId);
      for (const level of num.startOverrides.keys()) state.counters[level] = undefined;
    }
    return { state, levels };
  }

  private load(): Definitions {
    const empty: Definitions = { abstracts: new Map(), nums: new Map() };
    if (this.numberingXml === undefined) return empty;
    try {
      return readDefinitions(this.numberingXml);
    } catch (error) {
      // A damaged numbering part costs the labels, not the document its text.
      this.problem = `${error instanceof Error ? error.message : String(error)}; list labels not rendered`;
      return empty;
    }
  }
}

/** Count one paragraph at `level`: higher levels not yet used count as used, deeper counters restart as their w:lvlRestart says. */
function advance({ state: { counters }, levels }: ResolvedList, level: number): void {
  for (let higher = 0; higher < level; higher++) counters[higher] ??= levels[higher]?.start ?? 0;
  const current = counters[level];
  counters[level] = current === undefined ? (levels[level]?.start ?? 0) : current + 1;
  for (let deeper = level + 1; deeper < LEVEL_COUNT; deeper++) {
    const restartAfter = levels[deeper]?.restartAfter;
    if (restartAfter === undefined || (restartAfter !== 0 && level < restartAfter)) counters[deeper] = undefined;
  }
}

function levelNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const level = Number(value);
  return level < LEVEL_COUNT ? level : undefined;
}

/** The level whose w:pStyle is the paragraph's style (style-linked numbering without w:ilvl). */
function linkedLevel(levels: (LevelDefinition | undefined)[], styleId: string | undefined): number | undefined {
  if (styleId === undefined) return undefined;
  const index = levels.findIndex((level) => level?.styleId === styleId);
  return index >= 0 ? index : undefined;
}

function resolveAbstract(definitions: Definitions, num: NumDefinition, styles: StyleRoles): AbstractDefinition | undefined {
  const abstract = definitions.abstracts.get(num.abstractId);
  if (!abstract?.numStyleLink) return abstract;
  // The levels live in the list the numbering style points at (one hop; a chain would be a cycle).
  const linkedNumId = styles.numIdOfNumberingStyle(abstract.numStyleLink);
  const linkedNum = linkedNumId === undefined ? undefined : definitions.nums.get(linkedNumId);
  const linked = linkedNum && definitions.abstracts.get(linkedNum.abstractId);
  return linked && !linked.numStyleLink ? linked : abstract;
}

function readDefinitions(xml: string): Definitions {
  const definitions: Definitions = { abstracts: new Map(), nums: new Map() };
  const root = parsePart(NUMBERING_PART, xml, "styles");
  const numbering = root.find((node) => tagOf(node) === "w:numbering");
  if (!numbering) return definitions;
  for (const node of childrenOf(numbering, "w:numbering")) {
    const tag = tagOf(node);
    if (tag === "w:abstractNum") {
      const id = attributeOf(node, "w:abstractNumId");
      if (id === undefined) continue;
      const children = childrenOf(node, tag);
      const levels = new Array<LevelDefinition | undefined>(LEVEL_COUNT).fill(undefined);
      for (const child of children) {
        if (tagOf(child) !== "w:lvl") continue;
        const index = levelNumber(attributeOf(child, "w:ilvl"));
        if (index !== undefined) levels[index] = readLevel(childrenOf(child, "w:lvl"));
      }
      const link = findChild(children, "w:numStyleLink");
      // The first definition of an id counts (Word ignores later duplicates).
      if (!definitions.abstracts.has(id)) definitions.abstracts.set(id, { id, levels, numStyleLink: link && attributeOf(link, "w:val") });
    } else if (tag === "w:num") {
      const id = attributeOf(node, "w:numId");
      const children = childrenOf(node, tag);
      const abstractNode = findChild(children, "w:abstractNumId");
      const abstractId = abstractNode && attributeOf(abstractNode, "w:val");
      if (id === undefined || abstractId === undefined || definitions.nums.has(id)) continue;
      const num: NumDefinition = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
      for (const child of children) {
        if (tagOf(child) !== "w:lvlOverride") continue;
        const index = levelNumber(attributeOf(child, "w:ilvl"));
        if (index === undefined) continue;
        const override = childrenOf(child, "w:lvlOverride");
        const start = findChild(override, "w:startOverride");
        const startValue = start && wholeNumber(attributeOf(start, "w:val"));
        if (startValue !== undefined) num.startOverrides.set(index, startValue);
        const level = findChild(override, "w:lvl");
        if (level) num.levelOverrides.set(index, readLevel(childrenOf(level, "w:lvl")));
      }
      definitions.nums.set(id, num);
    }
  }
  return definitions;
}

function readLevel(children: XmlNode[]): LevelDefinition {
  const value = (tag: string) => {
    const node = findChild(children, tag);
    return node && attributeOf(node, "w:val");
  };
  const restart = wholeNumber(value("w:lvlRestart"));
  return {
    // ECMA-376 §17.9.25: an omitted w:start is 0.
    start: wholeNumber(value("w:start")) ?? 0,
    format: value("w:numFmt") ?? fallbackFormat(children) ?? "decimal",
    text: value("w:lvlText"),
    restartAfter: restart,
    legal: findChild(children, "w:isLgl") !== undefined && !OFF_VALUES.has(value("w:isLgl") ?? ""),
    suffix: SUFFIXES[value("w:suff") ?? "tab"] ?? "\t",
    styleId: value("w:pStyle"),
  };
}

/** Word 2010+ writes custom formats as mc:AlternateContent whose Fallback holds the plain w:numFmt. */
function fallbackFormat(children: XmlNode[]): string | undefined {
  const alternate = findChild(children, "mc:AlternateContent");
  if (!alternate) return undefined;
  const fallback = findChild(childrenOf(alternate, "mc:AlternateContent"), "mc:Fallback");
  const format = fallback && findChild(childrenOf(fallback, "mc:Fallback"), "w:numFmt");
  return format && attributeOf(format, "w:val");
}

function wholeNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value);
}
