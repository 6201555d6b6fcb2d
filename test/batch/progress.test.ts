import { describe, it, expect, vi, afterEach } from "vitest";
import { PassThrough } from "node:stream";
import { Progress, formatDuration, progressLine, progressMode } from "../../src/batch/progress.js";

afterEach(() => vi.useRealTimers());

function stream(isTTY: boolean) {
  const out = Object.assign(new PassThrough(), { isTTY });
  const writes: string[] = [];
  out.on("data", (chunk) => writes.push(String(chunk)));
  return { out, writes };
}

describe("progress", () => {
  it("shows done/total, rate, ETA and failures", () => {
    expect(progressLine(120, 1000, 3, 10_000)).toBe("nianbao: 120/1000 (12%) 12.0/s ETA 1m13s, 3 failed");
    expect(progressLine(0, 10, 0, 0)).toBe("nianbao: 0/10 (0%) 0.0/s ETA ?, 0 failed");
    expect(formatDuration(7384)).toBe("2h03m");
  });

  it("picks the mode from --quiet and the stream", () => {
    expect(progressMode(stream(true).out, false)).toBe("tty");
    expect(progressMode(stream(false).out, false)).toBe("plain");
    expect(progressMode(stream(true).out, true)).toBe("quiet");
  });

  it("redraws a terminal line at most ten times a second, however fast inputs finish", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "performance"] });
    const { out, writes } = stream(true);
    const progress = new Progress(out, "tty", 10_000);
    for (let ms = 0; ms < 1000; ms++) {
      for (let i = 0; i < 5; i++) progress.tick(false);
      vi.advanceTimersByTime(1);
    }
    progress.finish("nianbao: done");
    await new Promise((resolve) => setImmediate(resolve));
    const redraws = writes.filter((w) => w.startsWith("\r\x1b[Knianbao: ") && w.includes("/10000"));
    expect(redraws.length).toBeLessThanOrEqual(10);
    expect(redraws.length).toBeGreaterThanOrEqual(9);
    expect(writes.at(-1)).toBe("\r\x1b[Knianbao: done\n");
  });

  it("with --quiet prints error lines only", async () => {
    const { out, writes } = stream(false);
    const progress = new Progress(out, "quiet", 3);
    progress.tick(true);
    progress.error("in/bad.pdf: extract: not a report");
    progress.finish("nianbao: 3 inputs: …");
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(["in/bad.pdf: extract: not a report\n"]);
  });
});
