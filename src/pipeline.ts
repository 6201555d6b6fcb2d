// One document through every stage: bytes → tokens → layout → record.
import { createHash } from "node:crypto";
import { extract } from "../extractors/index.js";
import { buildLayout } from "./grid/index.js";
import { mapReport } from "./mapper/index.js";
import type { Layout } from "./grid/types.js";
import type { ReportRecord } from "./record/schema.js";
import { NIANBAO_VERSION } from "./version.js";

export { NIANBAO_VERSION };

export interface DocumentInput {
  data: Uint8Array;
  /** Path of the file (relative to the input root as given), or of the zip holding the entry. */
  file: string;
  /** Entry name when the document was read from a .zip archive. */
  zipEntry?: string;
  /** Precomputed sha256 of `data` (the batch runner hashes for resume anyway). */
  sha256?: string;
}

export interface ProcessOptions {
  /** PDF: refuse documents with more pages than this. */
  maxPages?: number;
  /** Enforced by the batch runner's worker pool (a stuck worker is terminated), not in-process. */
  timeoutMs?: number;
}

export function sha256Of(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The grids and text of one document, before mapping (what `nianbao tables` prints). */
export async function documentLayout(input: DocumentInput, options: ProcessOptions = {}): Promise<Layout> {
  const tokens = await extract(input.data, { fileName: input.zipEntry ?? input.file, maxPages: options.maxPages });
  return buildLayout(tokens);
}

/** Extract one report; throws InputError (one-line reason) for input that is not a readable report. */
export async function processDocument(input: DocumentInput, options: ProcessOptions = {}): Promise<ReportRecord> {
  const layout = await documentLayout(input, options);
  return mapReport(
    layout,
    {
      file: input.file,
      format: layout.format,
      sha256: input.sha256 ?? sha256Of(input.data),
      bytes: input.data.byteLength,
      ...(input.zipEntry ? { zipEntry: input.zipEntry } : {}),
    },
    { nianbaoVersion: NIANBAO_VERSION },
  );
}
