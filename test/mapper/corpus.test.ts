// End to end on the real corpus: every key of every gold record (../shared/corpus/gold) against
// the record nianbao makes from the document. Prints cells right / total per document.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extract } from "../../extractors/index.js";
import { buildTableLayout } from "../../src/grid/tables.js";
import type { Layout } from "../../src/grid/types.js";
import { mapReport } from "../../src/mapper/index.js";
import type { DocumentTokens } from "../../src/tokens/types.js";

const SHARED = fileURLToPath(new URL("../../../shared", import.meta.url));
const CORPUS = join(SHARED, "corpus");
const GOLD = join(CORPUS, "gold");
const PDF_LAYOUT = fileURLToPath(new URL("../../src/grid/pdf/index.ts", import.meta.url));

/** Leaf paths of a JSON value: "requests.denied.stateSecret.total" → value. */
function leaves(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, value);
  return out;
}

function at(record: unknown, path: string): unknown {
  let node = record;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

async function layoutOf(doc: DocumentTokens): Promise<Layout> {
  if (doc.format !== "pdf") return buildTableLayout(doc);
  const { buildPdfLayout } = (await import("../../src/grid/pdf/index.js")) as { buildPdfLayout: (d: DocumentTokens) => Layout };
  return buildPdfLayout(doc);
}

const goldFiles = existsSync(GOLD) ? readdirSync(GOLD).filter((n) => n.endsWith(".gold.json")).sort() : [];
const sources = existsSync(CORPUS)
  ? new Map(
      readFileSync(join(CORPUS, "SOURCES.tsv"), "utf8")
        .trimEnd()
        .split("\n")
        .slice(1)
        .map((line) => line.split("\t"))
        .map((cells) => [cells[0]!, { file: cells[1]!, format: cells[2]! }]),
    )
  : new Map<string, { file: string; format: string }>();

describe("mapper on the real corpus", () => {
  if (!goldFiles.length) {
    it.skip(`corpus not found at ${CORPUS}`, () => {});
    return;
  }
  const pdfReady = existsSync(PDF_LAYOUT);
  if (!pdfReady) console.log(`PDF documents skipped: ${PDF_LAYOUT} not there yet`);

  for (const name of goldFiles) {
    const id = name.slice(0, -".gold.json".length);
    const source = sources.get(id);
    const run = source && (source.format !== "pdf" || pdfReady) ? it : it.skip;
    run(`${id}: every gold cell`, async () => {
      const gold = JSON.parse(readFileSync(join(GOLD, name), "utf8")) as Record<string, unknown>;
      const path = join(CORPUS, source!.file);
      const doc = await extract(new Uint8Array(readFileSync(path)), { fileName: source!.file });
      const record = mapReport(await layoutOf(doc), { file: source!.file, format: doc.format }, { nianbaoVersion: "test" });
      const expected = leaves(gold);
      const wrong: string[] = [];
      for (const [key, value] of expected) {
        const got = at(record, key);
        if (got !== value) wrong.push(`${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got)}`);
      }
      console.log(`${id}: ${expected.size - wrong.length} / ${expected.size} cells right`);
      expect(wrong).toEqual([]);
    }, 60_000);
  }
});
