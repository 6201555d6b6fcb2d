// Real report pages from ../shared/corpus (never copied into the repo). Expected cells were read
// from the raw markup of each page, independently of this extractor.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../extractors/html/index.js";
import { DocumentTokens, type TableToken, type TextBlock } from "../../../src/tokens/types.js";

const CORPUS_DIR = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const haveCorpus = existsSync(CORPUS_DIR);
if (!haveCorpus) console.log(`skipping HTML corpus tests: ${CORPUS_DIR} not found`);

const extract = async (file: string) => extractHtml(new Uint8Array(readFileSync(CORPUS_DIR + file)));
const tablesOf = (doc: DocumentTokens) => doc.tokens.filter((t): t is TableToken => t.kind === "table");
const blocksOf = (doc: DocumentTokens) => doc.tokens.filter((t): t is TextBlock => t.kind === "text");
const cell = (t: TableToken | undefined, r: number, c: number) => {
  const x = t?.rows[r]?.[c];
  return x && [x.text, x.rowSpan, x.colSpan];
};

describe.skipIf(!haveCorpus)("HTML corpus pages", () => {
  it("pingtan-2020: TRS page with Word-pasted tables (表二, 表三, 表四)", async () => {
    const doc = await extract("pingtan-2020.html");
    expect(doc.meta.properties.ArticleTitle).toBe("平潭综合实验区2020年度政府信息公开工作年度报告");
    expect(doc.meta.properties.PubDate).toBe("2021-03-05 08:58");
    expect(doc.meta.properties.ContentSource).toBe("");
    expect(doc.warnings).toEqual([]);
    const tables = tablesOf(doc);
    expect(tables.map((t) => [t.rows.length, t.rows.flat().length])).toEqual([[18, 53], [26, 199], [5, 49]]);
    const [t2, t3, t4] = tables;
    expect(cell(t2, 17, 2)).toEqual(["73802895.90元", 1, 2]);
    expect(cell(t2, 10, 2)).toEqual(["-18", 1, 1]);
    expect(cell(t3, 0, 0)).toEqual(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3]);
    // 表三 has two separate 三、本年度办理结果 cells, each rowspan=10.
    expect(cell(t3, 5, 0)).toEqual(["三、本年度办理结果", 10, 1]);
    expect(cell(t3, 15, 0)).toEqual(["三、本年度办理结果", 10, 1]);
    // （七）总计: 20 and 21 are <span>2</span><span>0|1</span>; the other cells carry NBSP padding.
    expect(t3?.rows[24]?.map((c) => c.text)).toEqual(["（七）总计", "20", "\u00a00", "\u00a00", "0\u00a0", "\u00a00", "\u00a01", "21"]);
    expect(t3?.rows[3]?.[2]?.text).toBe("0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0");
    expect(t3?.rows[7]?.[0]?.text).toBe("（三）\n不予公开");
    // 表四 ends with an extra borderless row of &nbsp; cells.
    expect(t4?.rows[4]?.map((c) => c.text)).toEqual(Array(15).fill("\u00a0"));
    const title = blocksOf(doc).find((b) => b.role === "title");
    expect(title?.text).toBe("平潭综合实验区2020年度政府信息公开工作年度报告");
  });

  it("shuyang-fgj-2023: crawler wrapper, site metadata table first, blank legal-person cells", async () => {
    const doc = await extract("shuyang-fgj-2023.html");
    expect(doc.meta.title).toBe("沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局");
    expect(doc.meta.properties.SiteName).toBe("沭阳县人民政府");
    const tables = tablesOf(doc);
    expect(tables.map((t) => t.rows.length)).toEqual([6, 14, 28, 4]);
    const [meta, , t3, t4] = tables;
    expect(meta?.rows[1]?.map((c) => c.text)).toEqual(["索引号", "014314799/2024-00002", "分类", "信息公开年报 \u00a0\u00a0其他 \u00a0\u00a0 报告"]);
    expect(meta?.rows[2]?.map((c) => c.text)).toEqual(["发布机构", "沭阳县发展和改革局", "公开日期", "2024-01-17"]);
    // Header words split over two <p>, and 机</span><span>构 joined.
    expect(t3?.rows[2]?.map((c) => c.text)).toEqual(["商业\n企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他"]);
    // Blank cells hold <o:p> </o:p> (U+0020), which collapses to "".
    expect(t3?.rows[3]?.map((c) => c.text)).toEqual(["一、本年新收政府信息公开申请数量", "26", "", "", "", "", "", "26"]);
    expect(cell(t3, 5, 0)).toEqual(["三、本年度办理结果", 22, 1]);
    expect(t4?.rows[3]?.map((c) => c.text)).toEqual(["0", "0", "0", "1", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"]);
    const texts = blocksOf(doc).map((b) => b.text);
    expect(texts.slice(0, 2)).toEqual(["标题：沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局", "单位：沭阳县发改局"]);
    expect(texts.slice(-2)).toEqual(["沭阳县发展和改革局", "2024年1月17日"]);
    // Section heading right before 表四.
    const i = doc.tokens.indexOf(t4 as TableToken);
    expect(doc.tokens[i - 1]).toMatchObject({ kind: "text", text: "四、政府信息公开行政复议、行政诉讼情况" });
  });

  it("shanghai-bgt-2019: bare report, 2019 format, &nbsp; blanks", async () => {
    const doc = await extract("shanghai-bgt-2019.html");
    expect(doc.meta).toEqual({ title: "2019年上海市人民政府办公厅政府信息公开工作年度报告", properties: {} });
    expect(blocksOf(doc)[0]).toEqual({
      kind: "text",
      text: "2019年上海市人民政府办公厅政府信息公开工作年度报告",
      role: "heading",
      prov: { path: "body>p:nth-child(1)" },
    });
    const [t2, t3, t4] = tablesOf(doc);
    expect(tablesOf(doc)).toHaveLength(3);
    expect(cell(t2, 17, 2)).toEqual(["251000元", 1, 2]);
    expect(cell(t3, 5, 0)).toEqual(["三、本年度办理结果", 20, 1]);
    expect(t3?.rows[5]?.map((c) => c.text)).toEqual(["三、本年度办理结果", "（一）予以公开", "258", "12", "\u00a0", "\u00a0", "1", "1", "\u00a0"]);
    expect(t3?.rows[23]?.map((c) => c.text)).toEqual(["（六）其他处理", ...Array(7).fill("\u00a0")]);
    expect(t3?.rows[24]?.map((c) => c.text)).toEqual(["（七）总计", "767", "35", "\u00a0", "\u00a0", "2", "1", "805"]);
    expect(t4?.rows[3]?.map((c) => c.text)).toEqual(["5", "\u00a0", "\u00a0", "2", "7", "8", "\u00a0", "\u00a0", "1", "9", ...Array(5).fill("\u00a0")]);
  });

  it("every page: schema-valid tokens, table indices in order, cell provenance matching its position", async () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".html")).sort();
    expect(files).toHaveLength(7);
    const summary: string[] = [];
    for (const file of files) {
      const doc = await extract(file);
      expect(DocumentTokens.parse(doc)).toEqual(doc);
      const tables = tablesOf(doc);
      tables.forEach((t, i) => {
        expect(t.index).toBe(i);
        expect(t.prov.tableIndex).toBe(i);
        t.rows.forEach((row, r) => row.forEach((c, col) => expect([c.prov.tableIndex, c.prov.row, c.prov.col]).toEqual([i, r, col])));
      });
      summary.push(`${file}: ${tables.map((t) => t.rows.length).join("/")}`);
    }
    expect(summary).toEqual([
      "pingtan-2020.html: 18/26/5",
      "pingtan-2022.html: 14/28/4",
      "pingtan-2023.html: 14/28/4",
      "pingtan-2024.html: 14/28/4",
      "pingtan-2025.html: 14/28/4",
      "shanghai-bgt-2019.html: 18/26/4",
      "shuyang-fgj-2023.html: 6/14/28/4",
    ]);
  });
});
