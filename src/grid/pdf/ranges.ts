// Tests over an index range [from, to) of grid rows or columns.

export function rangeAll(from: number, to: number, test: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (!test(i)) return false;
  return true;
}

export function rangeSome(from: number, to: number, test: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(i)) return true;
  return false;
}
