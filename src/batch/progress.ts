// Progress on stderr: a live line on a terminal, a plain line every few seconds in a log,
// nothing but error lines with --quiet.
import { PROGRESS_PLAIN_INTERVAL_MS, PROGRESS_TTY_INTERVAL_MS } from "./settings.js";

export type ProgressMode = "tty" | "plain" | "quiet";

const CLEAR_LINE = "\r\x1b[K";
/** A terminal line with nothing new is still redrawn this often, so rate and ETA stay current. */
const TTY_REFRESH_MS = 1000;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** "120/1000 (12%) 8.5/s ETA 1m44s, 3 failed" */
export function progressLine(done: number, total: number, failed: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : "?";
  return `nianbao: ${done}/${total} (${percent}%) ${rate.toFixed(1)}/s ETA ${eta}, ${failed} failed`;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private drawn = false;
  private dirty = false;
  private lastDraw = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    readonly mode: ProgressMode,
    private readonly total: number,
  ) {
    if (mode === "quiet" || total === 0) return;
    const interval = mode === "tty" ? PROGRESS_TTY_INTERVAL_MS : PROGRESS_PLAIN_INTERVAL_MS;
    this.timer = setInterval(() => this.draw(), interval);
    this.timer.unref();
  }

  /** One input finished (resumed ones included). */
  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    this.dirty = true;
  }

  /** An error line, printed in every mode (above the live line on a terminal). */
  error(line: string): void {
    this.stream.write(`${this.mode === "tty" && this.drawn ? CLEAR_LINE : ""}${line}\n`);
    this.drawn = false;
    this.dirty = true;
  }

  private draw(): void {
    const now = performance.now();
    if (this.mode === "tty" && !this.dirty && this.drawn && now - this.lastDraw < TTY_REFRESH_MS) return;
    this.dirty = false;
    this.lastDraw = now;
    const line = progressLine(this.done, this.total, this.failed, now - this.started);
    if (this.mode === "tty") {
      this.stream.write(CLEAR_LINE + line);
      this.drawn = true;
    } else this.stream.write(line + "\n");
  }

  /** Stop redrawing; the final summary line replaces the live one (not printed with --quiet). */
  finish(summaryLine: string): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.mode === "quiet") return;
    this.stream.write(`${this.mode === "tty" && this.drawn ? CLEAR_LINE : ""}${summaryLine}\n`);
    this.drawn = false;
  }
}

export function progressMode(stream: NodeJS.WritableStream, quiet: boolean): ProgressMode {
  if (quiet) return "quiet";
  return (stream as NodeJS.WritableStream & { isTTY?: boolean }).isTTY ? "tty" : "plain";
}
