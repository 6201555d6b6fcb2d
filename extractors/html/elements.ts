// What each HTML element means to the text walk. One map lookup per element.

export enum ElementKind {
  /** Text-level markup (span, font, a, b, o:p, st1:chsdate, unknown tags): joined without separators. */
  Inline,
  /** Starts and ends a line of running text (p, div, li, h1–h6, …). */
  Block,
  /** <br>: a line break. */
  LineBreak,
  /** Never report text: script, style, noscript, template, embedded media, form controls. */
  Skipped,
  /** <head>: only <title> and <meta> are read. */
  Head,
  /** <title> anywhere (crawler wrappers leave the original page's title inside <body>). */
  Title,
  /** <meta> anywhere. */
  Meta,
  Table,
  /** thead, tbody, tfoot: row groups, walked in document order. */
  RowGroup,
  Row,
  Cell,
  Caption,
  /** colgroup, col: no content. */
  Columns,
}

const KINDS = new Map<string, ElementKind>();
for (const name of ["address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
  "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre", "section",
  "summary", "ul", "xmp", "plaintext", "option", "optgroup"]) KINDS.set(name, ElementKind.Block);
for (const name of ["script", "style", "noscript", "template", "iframe", "frame", "frameset", "noframes", "object",
  "embed", "svg", "math", "canvas", "audio", "video", "select", "textarea", "datalist", "link", "base"]) KINDS.set(name, ElementKind.Skipped);
KINDS.set("br", ElementKind.LineBreak);
KINDS.set("head", ElementKind.Head);
KINDS.set("title", ElementKind.Title);
KINDS.set("meta", ElementKind.Meta);
KINDS.set("table", ElementKind.Table);
for (const name of ["thead", "tbody", "tfoot"]) KINDS.set(name, ElementKind.RowGroup);
KINDS.set("tr", ElementKind.Row);
KINDS.set("td", ElementKind.Cell);
KINDS.set("th", ElementKind.Cell);
KINDS.set("caption", ElementKind.Caption);
KINDS.set("colgroup", ElementKind.Columns);
KINDS.set("col", ElementKind.Columns);

export function elementKind(name: string): ElementKind {
  return KINDS.get(name) ?? ElementKind.Inline;
}

/** Elements that make their text bold by default. */
export const BOLD_ELEMENTS: ReadonlySet<string> = new Set(["b", "strong"]);

/** Roles the element itself gives to the text inside it. */
export const HEADING_ROLES: ReadonlyMap<string, "title" | "heading"> = new Map([
  ["h1", "title"], ["h2", "heading"], ["h3", "heading"], ["h4", "heading"], ["h5", "heading"], ["h6", "heading"],
]);

/** Bits of `styleFlags`. */
export const STYLE_HIDDEN = 1;
export const STYLE_BOLD = 2;
export const STYLE_PRESERVES_WHITESPACE = 4;

// One scan per style attribute: parse5 builds attribute values one character at a time, so the
// first read of each value costs a string flatten; reading it once keeps the walk cheap.
export const STYLE_DECLARATIONS =
  /(display\s*:\s*none\b|visibility\s*:\s*hidden\b)|(font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b)|(white-space\s*:\s*pre)/gi;
/** class/id naming a title (article_title, title_name, doc-title, …). */
const TITLE_MARKER = /title/i;

/** What an inline style says that matters here: hidden (display:none / visibility:hidden), bold, white-space: pre*. */
export function styleFlags(style: string): number {
  let flags = 0;
  STYLE_DECLARATIONS.lastIndex = 0;
  for (let match = STYLE_DECLARATIONS.exec(style); match !== null; match = STYLE_DECLARATIONS.exec(style)) {
    flags |= match[1] !== undefined ? STYLE_HIDDEN : match[2] !== undefined ? STYLE_BOLD : STYLE_PRESERVES_WHITESPACE;
  }
  return flags;
}

export function isMarkedAsTitle(attribs: Record<string, string>): boolean {
  const cls = attribs.class;
  const id = attribs.id;
  return (cls !== undefined && TITLE_MARKER.test(cls)) || (id !== undefined && TITLE_MARKER.test(id));
}
