import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../extractors/html/index.js";
import { MAX_RELEVANT_DECLARATIONS, styleLengthsToRead } from "../../../extractors/html/style-lengths.js";

const texts = async (body: string) =>
  (await extractHtml(new TextEncoder().encode(`<!DOCTYPE html><html><body>${body}</body></html>`))).tokens.flatMap((t) =>
    t.kind === "text" ? [t.text] : [],
  );

describe("styleLengthsToRead", () => {
  it("records the parsed length of each style value holding a relevant declaration", () => {
    const html = `<p style="display:none">a</p><b STYLE='color:red;font-weight:700'>b</b><i style=white-space:pre>c</i><p style="color:red">d</p>`;
    expect(styleLengthsToRead(html)).toEqual(new Set(["display:none".length, "color:red;font-weight:700".length, "white-space:pre".length]));
  });

  it("counts CR LF as one character and character references as what they decode to", () => {
    const html = `<span style="font-family:&#39;宋体&#39;;&#x20;\r\ndisplay:none">x</span>`;
    expect(styleLengthsToRead(html)).toEqual(new Set([`font-family:'宋体'; \ndisplay:none`.length]));
  });

  it("ignores declarations in <style> sheets, scripts and prose", () => {
    const html = `<style>.a{display:none}</style><script>el.style.display = "none"; x = "display:none";</script><p>display: none</p>`;
    expect(styleLengthsToRead(html)).toEqual(new Set());
  });

  it("gives up (read every style) on references it cannot size, and on too many declarations", () => {
    expect(styleLengthsToRead(`<p style="content:&hellip;;display:none">x</p>`)).toBe("all");
    expect(styleLengthsToRead(`<p style="font-family:&quot&#39;display:none">x</p>`)).toBe("all");
    expect(styleLengthsToRead(`<i style="display:none"></i>`.repeat(MAX_RELEVANT_DECLARATIONS + 1))).toBe("all");
  });
});

describe("hidden elements, whatever the style spelling", () => {
  it("hides with CR LF, character references, single quotes, no quotes and upper case", async () => {
    const body =
      `<div style="color:red;\r\ndisplay:none">隐一</div><div style="font-family:&#39;宋体&#39;;display:none">隐二</div>` +
      `<div style='visibility:hidden'>隐三</div><div style=display:none>隐四</div><div STYLE="DISPLAY : NONE">隐五</div>` +
      `<div style="content:&hellip;;display:none">隐六</div><p>显示</p>`;
    expect(await texts(body)).toEqual(["显示"]);
  });

  it("does not take a <style> block's declarations for an inline style (stylesheet rules hide only what they select)", async () => {
    expect(await texts(`<style>.a{display:none}</style><div class="b" style="color:red">显示</div><div class="a">隐藏</div>`)).toEqual(["显示"]);
  });

  it("still reads bold from a style whose length matches nothing relevant elsewhere", async () => {
    const doc = await extractHtml(new TextEncoder().encode(`<p style="font-weight:bold">标题</p><p style="color:#000000">正文</p>`));
    expect(doc.tokens.map((t) => (t.kind === "text" ? t.role : t.kind))).toEqual(["heading", "paragraph"]);
  });
});
