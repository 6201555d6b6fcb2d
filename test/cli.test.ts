// The built command line (npm test builds first): tables, version, usage errors.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist/src/cli.js");
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });

describe.skipIf(!existsSync(cli))("nianbao CLI", () => {
  it("prints its version", () => {
    const r = run("--version");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });

  it("prints every reconstructed grid of a PDF with pages and boxes", () => {
    const r = run("tables", "samples/demo-2023-mixed.pdf");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.format).toBe("pdf");
    const texts = out.grids.flatMap((g: { cells: { text: string }[] }) => g.cells.map((c) => c.text.replace(/\s/g, "")));
    expect(texts).toContain("第二十条第（一）项");
    expect(texts).toContain("四、结转下年度继续办理");
    const caption = out.grids[0].cells[0];
    expect(caption).toMatchObject({ row: 0, col: 0, rowSpan: 1, colSpan: 4, page: 2 });
    expect(caption.bbox).toHaveLength(4);
  });

  it("prints the grids of an HTML page with their spans", () => {
    const r = run("tables", "samples/changfu-2021.html");
    expect(r.status).toBe(0);
    const grids = JSON.parse(r.stdout).grids as { rowCount: number; colCount: number; cells: { text: string; rowSpan: number }[] }[];
    const requests = grids.find((g) => g.colCount === 10)!;
    expect(requests.rowCount).toBe(28);
    expect(requests.cells.find((c) => c.text.replace(/\s/g, "") === "三、本年度办理结果")?.rowSpan).toBe(22);
  });

  it("answers a missing file with a one-line reason and exit 1, a usage error with exit 2", () => {
    const missing = run("tables", "no/such/file.pdf");
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe("no/such/file.pdf: cannot read file (ENOENT)");
    expect(run("tables").status).toBe(2);
    expect(run("diff").status).toBe(2);
  });
});
