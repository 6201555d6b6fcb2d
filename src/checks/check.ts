// The shape every check of the registry has, and how instances roll up into a CheckResult.
import type { CheckInstance, CheckResult, ReportRecord } from "../record/schema.js";

/** What the in-report checks read: a record before its checks are attached. */
export type CheckedRecord = Omit<ReportRecord, "checks">;

/** Section texts of one report (sections 一–六 by id) and its whole running text, as the mapper found them. */
export interface NarrativeContext {
  sections: Partial<Record<"overview" | "active" | "requests" | "review" | "problems" | "otherMatters", string>>;
  fullText: string;
}

/**
 * One check. `evaluate` returns its instances; [] when the check applies but what it reads is absent
 * from the record (no requests table, no statement in the text) — reported as "skipped" with no
 * instances; null when it does not apply at all (other format, optional part not printed) — omitted.
 */
export interface CheckDefinition<Args extends unknown[]> {
  id: string;
  kind: CheckResult["kind"];
  formula: string;
  evaluate(...args: Args): CheckInstance[] | null;
}

/** fail if any instance fails; skipped if every instance is skipped (or there is none); pass otherwise. */
export function rollUpStatus(instances: readonly CheckInstance[]): CheckResult["status"] {
  let anyPass = false;
  for (const instance of instances) {
    if (instance.status === "fail") return "fail";
    if (instance.status === "pass") anyPass = true;
  }
  return anyPass ? "pass" : "skipped";
}

/** Runs one definition; undefined when it does not apply. */
export function runDefinition<Args extends unknown[]>(definition: CheckDefinition<Args>, ...args: Args): CheckResult | undefined {
  const instances = definition.evaluate(...args);
  if (instances === null) return undefined;
  return {
    id: definition.id,
    kind: definition.kind,
    status: rollUpStatus(instances),
    formula: definition.formula,
    instances,
  };
}
