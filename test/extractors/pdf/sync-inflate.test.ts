import { deflateRawSync, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { installSyncInflate } from "../../../extractors/pdf/sync-inflate.js";

// The way pdf.js 5.x (FlateStream.asyncGetBytes) drives a DecompressionStream.
async function inflateLikePdfJs(bytes: Uint8Array, format = "deflate"): Promise<Uint8Array> {
  const { readable, writable } = new DecompressionStream(format as "deflate");
  const writer = writable.getWriter();
  await writer.ready;
  writer
    .write(bytes)
    .then(async () => {
      await writer.ready;
      await writer.close();
    })
    .catch(() => {});
  const chunks: Uint8Array[] = [];
  for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe("synchronous DecompressionStream for pdf.js", () => {
  installSyncInflate();
  const text = "一、总体情况\n".repeat(2000);

  it("inflates a zlib stream to exactly the original bytes", async () => {
    const out = await inflateLikePdfJs(deflateSync(Buffer.from(text)));
    expect(Buffer.from(out).toString("utf8")).toBe(text);
  });

  it("rejects a truncated stream, so pdf.js falls back to its own tolerant inflater", async () => {
    const whole = deflateSync(Buffer.from(text));
    await expect(inflateLikePdfJs(whole.subarray(0, whole.length >> 1))).rejects.toThrow(/unexpected end/);
  });

  it("leaves other formats to Node's own stream", async () => {
    const out = await inflateLikePdfJs(deflateRawSync(Buffer.from("raw")), "deflate-raw");
    expect(Buffer.from(out).toString("utf8")).toBe("raw");
  });
});
