// DOCX files with Word's own artefacts: the package scripts/samples/docx.ts writes (gridSpan/vMerge
// merges, repeated header rows, split runs), optionally with one run per digit and with the
// markers Word leaves between runs (proofing marks, bookmarks, rendered page breaks).
import { unzipSync, zipSync } from "fflate";
import { SampleDocument } from "../../scripts/samples/document.js";
import { renderDocx } from "../../scripts/samples/docx.js";
import { Random } from "./prng.js";
import { GENERATOR_SETTINGS as S } from "./settings.js";

export interface DocxChoices {
  digitRuns: boolean;
  /** Title, headings and captions formatted directly instead of with paragraph styles. */
  directFormatting: boolean;
  /** Value runs replaced with tracked changes: old digits in w:del/w:delText, the printed ones in w:ins. */
  trackedChanges: boolean;
  /** Proofing marks, bookmarks and rendered page breaks between runs. */
  wordNoise: boolean;
}

export function drawDocxChoices(r: Random): DocxChoices {
  return {
    digitRuns: r.chance(S.docx.digitRuns),
    wordNoise: r.chance(S.docx.wordNoise),
    directFormatting: r.chance(S.docx.directFormatting),
    trackedChanges: r.chance(S.docx.trackedChanges),
  };
}

export function docxTags(c: DocxChoices): string[] {
  const tags: string[] = [];
  if (c.digitRuns) tags.push("docx:digit-runs");
  if (c.wordNoise) tags.push("docx:word-noise");
  if (c.directFormatting) tags.push("docx:direct-formatting");
  if (c.trackedChanges) tags.push("docx:tracked-changes");
  return tags;
}

/** Same entry time as scripts/samples/docx.ts, so the bytes do not depend on the clock. */
const zipEntryTime = () => new Date(2024, 0, 1, 12, 0, 0);
const DEFLATE_LEVEL = 6;
/** Share of runs that get a marker before them when noise is on. */
const NOISE_SHARE = 0.15;

export function renderDocxVariant(doc: SampleDocument, c: DocxChoices, r: Random): Uint8Array {
  const bytes = renderDocx(doc, { digitRuns: c.digitRuns });
  if (!c.wordNoise && !c.directFormatting && !c.trackedChanges) return bytes;
  const entries = unzipSync(bytes);
  let xml = new TextDecoder().decode(entries["word/document.xml"]);
  if (c.directFormatting) xml = withDirectFormatting(xml);
  if (c.trackedChanges) xml = withTrackedChanges(xml, r);
  if (c.wordNoise) xml = withWordNoise(xml, r);
  entries["word/document.xml"] = new TextEncoder().encode(xml);
  return zipSync(entries, { level: DEFLATE_LEVEL, mtime: zipEntryTime() });
}

/** Markers that carry no text: a reader must skip them without losing or splitting values. */
function withWordNoise(xml: string, r: Random): string {
  let bookmark = 0;
  const markers = [
    () => '<w:proofErr w:type="spellStart"/>',
    () => '<w:proofErr w:type="gramEnd"/>',
    () => {
      const id = bookmark++;
      return `<w:bookmarkStart w:id="${id}" w:name="_Toc${100000 + id}"/><w:bookmarkEnd w:id="${id}"/>`;
    },
  ];
  // Markers sit between runs; a rendered page break sits inside a run, after its properties;
  // Chinese Word wraps numbers with units (2021年, 5件) in chmetcnv smart tags.
  return xml
    .replace(/<w:r>/g, (run) => (r.chance(NOISE_SHARE) ? r.pick(markers)() + run : run))
    .replace(/<w:r>(?:(?!<\/w:r>).)*?<w:t xml:space="preserve">\d+<\/w:t><\/w:r>/g, (run) =>
      r.chance(NOISE_SHARE) ? `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv">${run}</w:smartTag>` : run,
    )
    .replace(/<w:t xml:space="preserve">/g, (t) => (r.chance(NOISE_SHARE / 3) ? "<w:lastRenderedPageBreak/>" + t : t));
}

/** Share of digit runs replaced by a tracked change when the variant is on. */
const TRACKED_SHARE = 0.2;
const REVISION = 'w:author="user" w:date="2024-01-05T10:00:00Z"';

/** Some digit runs become a tracked replacement: the old digits deleted, the printed ones inserted. */
function withTrackedChanges(xml: string, r: Random): string {
  let id = 1000;
  return xml.replace(/<w:r>((?:(?!<\/w:r>).)*?)<w:t xml:space="preserve">(\d+)<\/w:t><\/w:r>/g, (run, props: string, digits: string) => {
    if (!r.chance(TRACKED_SHARE)) return run;
    const old = String((Number(digits) + r.int(1, 9)) % 1000);
    return (
      `<w:del w:id="${id++}" ${REVISION}><w:r>${props}<w:delText xml:space="preserve">${old}</w:delText></w:r></w:del>` +
      `<w:ins w:id="${id++}" ${REVISION}>${run}</w:ins>`
    );
  });
}

/** Paragraph and run properties most government DOCX files use instead of styles. */
const DIRECT: Record<string, { pPr: string; font: string; rest: string }> = {
  Title: { pPr: '<w:spacing w:line="600" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>', font: "方正小标宋简体", rest: '<w:sz w:val="44"/>' },
  Heading1: { pPr: '<w:ind w:firstLineChars="200" w:firstLine="640"/>', font: "黑体", rest: '<w:sz w:val="32"/>' },
  Heading2: { pPr: '<w:ind w:firstLineChars="200" w:firstLine="640"/>', font: "楷体_GB2312", rest: '<w:sz w:val="32"/>' },
  Caption: { pPr: '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>', font: "黑体", rest: '<w:b/><w:sz w:val="22"/>' },
};

/** Replaces the Title/Heading/Caption styles by direct paragraph and run formatting. */
function withDirectFormatting(xml: string): string {
  return xml.replace(/<w:p><w:pPr><w:pStyle w:val="(Title|Heading1|Heading2|Caption)"\/><\/w:pPr>(.*?)<\/w:p>/g, (_, style: string, runs: string) => {
    const d = DIRECT[style]!;
    const formatted = runs
      // Latin runs already have rFonts (ascii/hAnsi): add the East Asian font to it, and size after it.
      .replace(/<w:r><w:rPr><w:rFonts ([^/]*)\/>/g, `<w:r><w:rPr><w:rFonts w:eastAsia="${d.font}" $1/>${d.rest}`)
      .replace(/<w:r><w:t /g, `<w:r><w:rPr><w:rFonts w:eastAsia="${d.font}"/>${d.rest}</w:rPr><w:t `);
    return `<w:p><w:pPr>${d.pPr}</w:pPr>${formatted}</w:p>`;
  });
}
