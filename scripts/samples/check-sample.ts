// What must hold for a sample before its files are written: the typed record fits the contract,
// adds up except where the sample declares a printed error, and every printed-text override was used.
import { z } from "zod";
import { Active2019, Active2021, Meta, Requests, Review } from "../../src/record/schema.js";
import { arithmeticFailures } from "./arithmetic.js";
import { Sample } from "./reports/sample.js";

/** The contract part of a record (record.md): exactly these four keys, meta with its four fields. */
export const ExpectedRecordSchema = z
  .object({
    meta: Meta.pick({ title: true, organization: true, year: true, template: true }).strict(),
    active: z.union([Active2021.strict(), Active2019.strict()]),
    requests: Requests.strict(),
    review: Review.strict(),
  })
  .strict();

export function sampleProblems(sample: Sample): string[] {
  const problems: string[] = [];
  const parsed = ExpectedRecordSchema.safeParse(sample.record);
  if (!parsed.success) problems.push(`record does not fit the contract: ${parsed.error.issues.map((i) => i.path.join(".") + " " + i.message).join("; ")}`);
  const activeShape = sample.record.meta.template === "2021" ? Active2021.strict() : Active2019.strict();
  if (!activeShape.safeParse(sample.record.active).success) problems.push(`active does not have the ${sample.record.meta.template} shape`);
  const failures = arithmeticFailures(sample.record);
  for (const f of failures) if (!sample.deliberateErrors.includes(f)) problems.push(`values do not add up: ${f}`);
  for (const d of sample.deliberateErrors) if (!failures.includes(d)) problems.push(`declared printed error does not occur: ${d}`);
  for (const p of sample.printer.unused()) problems.push(`printed text for ${p} is used by no cell`);
  return problems.map((p) => `${sample.name}: ${p}`);
}
