import { describe, it, expect, afterEach } from "vitest";
import { WorkerPool } from "../../src/batch/pool.js";

const fakeWorker = new URL("./fixtures/fake-worker.mjs", import.meta.url);
const job = (text: string, file = "a.html") => ({ data: Buffer.from(text), file, sha256: "x", maxPages: 10, timeoutMs: 1000 });
let pool: WorkerPool | undefined;
afterEach(async () => pool?.close());

describe("worker pool", () => {
  it("returns each document's own result, whatever order the workers finish in", async () => {
    pool = new WorkerPool({ size: 3, workerUrl: fakeWorker, timeoutMs: 5000, heapMb: 256, recycleAfter: 4 });
    const texts = Array.from({ length: 20 }, (_, i) => `报告 ${i}`);
    const outcomes = await Promise.all(texts.map((text, i) => pool!.run(job(text, `r${i}.html`))));
    expect(outcomes.map((o) => (o.ok ? JSON.parse(o.json).meta.title : o.reason))).toEqual(texts);
    expect(outcomes.map((o) => (o.ok ? JSON.parse(o.json).source.file : ""))).toEqual(texts.map((_, i) => `r${i}.html`));
  });

  it("terminates a stuck worker at the time limit and goes on with a fresh one", async () => {
    pool = new WorkerPool({ size: 1, workerUrl: fakeWorker, timeoutMs: 300, heapMb: 256, recycleAfter: 100 });
    const [stuck, next] = await Promise.all([pool.run(job("SLEEP")), pool.run(job("after"))]);
    expect(stuck).toMatchObject({ ok: false, stage: "worker", reason: "timed out after 300 ms", transient: true });
    expect(next.ok && JSON.parse(next.json).meta.title).toBe("after");
  });

  it("gives a crashed, exited or out-of-memory worker's document a reason, and keeps running", async () => {
    pool = new WorkerPool({ size: 2, workerUrl: fakeWorker, timeoutMs: 20_000, heapMb: 32, recycleAfter: 100 });
    const outcomes = await Promise.all(["CRASH", "EXIT", "OOM", "BAD", "fine"].map((text) => pool!.run(job(text))));
    expect(outcomes.map((o) => (o.ok ? "ok" : `${o.stage}: ${o.reason}`))).toEqual([
      "worker: worker crashed: boom in the parser",
      "worker: worker exited unexpectedly (code 3)",
      "worker: out of memory (worker heap limit 32 MB)",
      "extract: not a report",
      "ok",
    ]);
  }, 30_000);

  it("fails fast when the worker script cannot start", async () => {
    pool = new WorkerPool({ size: 1, workerUrl: new URL("./fixtures/missing-worker.mjs", import.meta.url), timeoutMs: 1000, heapMb: 64, recycleAfter: 10 });
    await expect(pool.run(job("x"))).rejects.toThrow(/worker failed to start/);
  });
});
