// Comparing sums of record cells: an instance's status, left/right/delta, nullAsZero and paths.
import type { CheckInstance, Value } from "../record/schema.js";

/** One cell taking part in a formula; `value` undefined when the cell (or its row/table) is absent. */
export interface Operand {
  path: string;
  value: Value | undefined;
  /** Subtracted instead of added (e.g. `issued - repealed`). */
  negate?: boolean;
}

/** How left relates to right when the instance passes. */
export type Relation = "equal" | "atLeast" | "atMost" | "greaterThan";

/** Sum of the operands; null when one is null/absent, unless `nullAsZero` reads those as 0. */
function sum(operands: readonly Operand[], nullAsZero: boolean): number | null {
  let total = 0;
  for (const operand of operands) {
    const value = operand.value ?? (nullAsZero ? 0 : null);
    if (value === null) return null;
    total += operand.negate ? -value : value;
  }
  return total;
}

// Counts are integers, so their sums are exact in floating point and compare with ===.
function holds(left: number, right: number, relation: Relation): boolean {
  switch (relation) {
    case "equal":
      return left === right;
    case "atLeast":
      return left >= right;
    case "atMost":
      return left <= right;
    case "greaterThan":
      return left > right;
  }
}

function pathsOf(left: readonly Operand[], right: readonly Operand[]): string[] {
  const paths: string[] = [];
  for (const operand of left) paths.push(operand.path);
  for (const operand of right) paths.push(operand.path);
  return paths;
}

/** A soft instance: skipped when an operand is null or absent. */
export function softInstance(where: string, left: readonly Operand[], right: readonly Operand[], relation: Relation = "equal"): CheckInstance {
  const leftSum = sum(left, false);
  const rightSum = sum(right, false);
  const evaluable = leftSum !== null && rightSum !== null;
  return {
    where,
    left: leftSum,
    right: rightSum,
    delta: evaluable ? leftSum - rightSum : null,
    status: evaluable ? (holds(leftSum, rightSum, relation) ? "pass" : "fail") : "skipped",
    paths: pathsOf(left, right),
  };
}

/** An exact instance: as a soft one, plus the same formula re-tested with null read as 0 (never written back). */
export function exactInstance(where: string, left: readonly Operand[], right: readonly Operand[], relation: Relation = "equal"): CheckInstance {
  const instance = softInstance(where, left, right, relation);
  const leftAsZero = sum(left, true) as number;
  const rightAsZero = sum(right, true) as number;
  instance.nullAsZero = holds(leftAsZero, rightAsZero, relation) ? "pass" : "fail";
  return instance;
}
