// PDFs of generated reports, made the way real ones are: DOCX through LibreOffice (soffice) and
// HTML pages printed by headless Chromium. Both map every font to WenQuanYi Zen Hei when it is
// installed (as scripts/samples/make-pdfs.sh does), so the PDFs carry a Chinese text layer.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Per conversion call: soffice converts a whole batch in one process, Chromium one page. */
export const SOFFICE_TIMEOUT_MS = 600_000;
export const CHROMIUM_TIMEOUT_MS = 60_000;
/** Chromium processes printing at once. */
export const CHROMIUM_JOBS = 4;
const CJK_FONT = "WenQuanYi Zen Hei";
const CHROMIUM_NAMES = ["chromium", "chromium-browser", "google-chrome"];

export interface PdfTools {
  soffice?: string;
  chromium?: string;
  /** Environment for both converters (fontconfig mapping when the CJK font is installed). */
  env: NodeJS.ProcessEnv;
  /** Scratch folder for converter profiles. */
  profile: string;
}

function onPath(name: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() || undefined : undefined;
}

export function findPdfTools(profile: string): PdfTools {
  mkdirSync(profile, { recursive: true });
  const env = { ...process.env };
  const fonts = spawnSync("fc-list", [":family"], { encoding: "utf8" });
  if (fonts.status === 0 && fonts.stdout.includes(CJK_FONT)) {
    const conf = join(profile, "fonts.conf");
    writeFileSync(
      conf,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n` +
        `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
        `<match target="pattern"><edit name="family" mode="prepend" binding="strong"><string>${CJK_FONT}</string></edit></match>\n</fontconfig>\n`,
    );
    env.FONTCONFIG_FILE = conf;
  }
  return { soffice: onPath("soffice"), chromium: CHROMIUM_NAMES.map(onPath).find(Boolean), env, profile };
}

/** Converts DOCX files to `<outDir>/<name>.pdf` in one LibreOffice run; returns the PDFs made. */
export function docxToPdf(tools: PdfTools, docxPaths: string[], outDir: string): Map<string, string> {
  const made = new Map<string, string>();
  if (!tools.soffice || docxPaths.length === 0) return made;
  const run = spawnSync(
    tools.soffice,
    [`-env:UserInstallation=${pathToFileURL(join(tools.profile, "libreoffice")).href}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...docxPaths],
    { env: tools.env, timeout: SOFFICE_TIMEOUT_MS, encoding: "utf8" },
  );
  if (run.error) throw new Error(`soffice failed: ${run.error.message}`);
  for (const docx of docxPaths) {
    const pdf = join(outDir, basename(docx).replace(/\.docx$/, ".pdf"));
    if (existsSync(pdf)) made.set(docx, pdf);
  }
  return made;
}

/**
 * Borderless variant: every table border removed (Word/HTML tables printed without rules), so the
 * PDF has no ruling lines around the tables and they must be found from text alignment alone.
 */
const BORDERLESS_STYLE = "<style>table,tr,td,th{border:0 none !important}</style>";

/** A copy of the page beside it with the table borders removed; returns its path. */
export function borderlessCopy(htmlPath: string): string {
  const bytes = readFileSync(htmlPath);
  const at = bytes.indexOf("</head>");
  const style = Buffer.from(BORDERLESS_STYLE, "latin1"); // ASCII: the same bytes in every charset the generator uses
  const out = at < 0 ? Buffer.concat([style, bytes]) : Buffer.concat([bytes.subarray(0, at), style, bytes.subarray(at)]);
  const path = htmlPath.replace(/\.html$/, ".borderless.html");
  writeFileSync(path, out);
  return path;
}

/** Prints HTML pages to `<outDir>/<name>.print.pdf` with headless Chromium; returns the PDFs made. */
export async function htmlToPdf(tools: PdfTools, htmlPaths: string[], outDir: string, options: { borderless?: boolean } = {}): Promise<Map<string, string>> {
  const made = new Map<string, string>();
  const chromium = tools.chromium;
  if (!chromium) return made;
  let next = 0;
  const worker = async (slot: number) => {
    while (next < htmlPaths.length) {
      const html = htmlPaths[next++]!;
      const source = options.borderless ? borderlessCopy(html) : html;
      const pdf = join(outDir, basename(source).replace(/\.html$/, ".print.pdf"));
      const ok = await runProcess(
        chromium,
        [
          "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
          `--user-data-dir=${join(tools.profile, `chromium-${slot}`)}`, "--no-pdf-header-footer", `--print-to-pdf=${pdf}`, pathToFileURL(source).href,
        ],
        tools.env,
        CHROMIUM_TIMEOUT_MS,
      );
      if (ok && existsSync(pdf)) made.set(html, pdf);
    }
  };
  await Promise.all(Array.from({ length: CHROMIUM_JOBS }, (_, slot) => worker(slot)));
  return made;
}

function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", () => resolve(false));
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}
