// Messages between the batch runner and its worker threads.
import type { RecordFragments } from "./fragments.js";

/** Main → worker: one document. `data`'s buffer is transferred, not copied. */
export interface WorkerTask {
  id: number;
  data: Uint8Array;
  file: string;
  zipEntry?: string;
  sha256: string;
  maxPages: number;
  timeoutMs: number;
  /** Output name: the report's id in the aggregate files. */
  report: string;
}

/** Worker → main, once after start-up: the pipeline is loaded, tasks may come. */
export interface WorkerReady {
  ready: true;
}

/**
 * Worker → main: the record as pretty JSON text (written to disk as is) with its lines for the
 * aggregate files (a worker script may leave those out: the runner then derives them), or why
 * there is no record.
 */
export type WorkerReply =
  | { id: number; ok: true; json: string; fragments?: RecordFragments; format: string; ms: number }
  | { id: number; ok: false; stage: string; reason: string; ms: number };

/** What the pool hands back for a task: the worker's reply, or the pool's own verdict on a dead worker. */
export type TaskOutcome =
  | { ok: true; json: string; fragments?: RecordFragments; format: string; ms: number }
  | { ok: false; stage: string; reason: string; ms: number; transient?: boolean };

/** Reasons are one line, and short enough to read in a table. */
const MAX_REASON_CHARS = 300;

export function oneLineReason(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
  return text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS - 1)}…` : text || "unknown error";
}
