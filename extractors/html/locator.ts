// Provenance paths: a CSS selector for the element a token came from, e.g.
// "#zoomcon>ucapcontent:nth-child(1)>div:nth-child(15)>table:nth-child(1)" or "body>table:nth-child(28)".
// The walk keeps a stack of (tag, sibling position, id); a selector is built only when a token needs
// one, and each element's selector is cached while the element is open, so the cells of a row share
// their prefix instead of rebuilding it.

/** Ids usable as a selector start without escaping. */
const PLAIN_ID = /^[A-Za-z][\w-]*$/;

export interface Locator {
  names: string[];
  positions: number[];
  ids: (string | undefined)[];
  selectors: (string | undefined)[];
  depth: number;
}

export function newLocator(): Locator {
  return { names: [], positions: [], ids: [], selectors: [], depth: 0 };
}

/** Enter an element: its tag, its 1-based position among its parent's element children, its id. */
export function enter(locator: Locator, name: string, position: number, id: string | undefined): void {
  const d = locator.depth++;
  locator.names[d] = name;
  locator.positions[d] = position;
  locator.ids[d] = id;
  locator.selectors[d] = undefined;
}

export function leave(locator: Locator): void {
  locator.depth--;
}

/** Selector of the open element at stack depth `depth` (1 = outermost): from the nearest ancestor with an id, else from body. */
export function pathAt(locator: Locator, depth: number): string {
  if (depth <= 0) return ":root";
  const i = depth - 1;
  const cached = locator.selectors[i];
  if (cached !== undefined) return cached;
  const name = locator.names[i] as string;
  const id = locator.ids[i];
  let selector: string;
  if (id !== undefined && PLAIN_ID.test(id)) selector = `#${id}`;
  else if (name === "html" || name === "body" || name === "head") selector = name;
  else {
    const segment = `${name.includes(":") ? name.replaceAll(":", "\\:") : name}:nth-child(${locator.positions[i]})`;
    selector = i === 0 ? segment : `${pathAt(locator, i)}>${segment}`;
  }
  locator.selectors[i] = selector;
  return selector;
}
