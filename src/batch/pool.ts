// A pool of worker threads, one document each at a time. A worker that exceeds the time limit
// is terminated and replaced; one that crashes or runs out of heap is replaced too; either
// way its document gets a reason and the run goes on.
import { Worker } from "node:worker_threads";
import type { TaskOutcome, WorkerReady, WorkerReply, WorkerTask } from "./protocol.js";
import { WORKER_YOUNG_GENERATION_MB } from "./settings.js";

export interface PoolOptions {
  size: number;
  workerUrl: URL;
  timeoutMs: number;
  heapMb: number;
  /** Replace a worker after this many documents. */
  recycleAfter: number;
}

/** Workers that die before they are ready this many times in a row mean a broken install, not a bad file. */
const MAX_STARTUP_FAILURES = 3;

type Job = Omit<WorkerTask, "id">;

interface Waiting {
  job: Job;
  resolve: (outcome: TaskOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  done: number;
  busy?: { id: number; waiting: Waiting; timer: NodeJS.Timeout; started: number };
}

/** A buffer we may transfer: one that owns its whole ArrayBuffer (not a slice of Node's pool). */
function transferable(data: Uint8Array): Uint8Array {
  return data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer ? data : data.slice();
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private nextId = 1;
  private startupFailures = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  run(job: Job): Promise<TaskOutcome> {
    if (this.closed) return Promise.reject(new Error("worker pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.slots.splice(0).map((slot) => {
      slot.dead = true;
      return slot.worker.terminate();
    });
    await Promise.all(workers);
  }

  /** Give waiting jobs to ready idle workers; start workers up to the pool size. */
  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.busy && !slot.dead) this.dispatch(slot, this.queue.shift()!);
    }
    const starting = this.slots.filter((slot) => !slot.ready).length;
    while (this.queue.length > starting && this.slots.length < this.options.size) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(this.options.workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, dead: false, done: 0 };
    this.slots.push(slot);
    worker.on("message", (message: WorkerReply | WorkerReady) => this.onMessage(slot, message));
    worker.on("error", (error: Error & { code?: string }) => {
      const reason =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `out of memory (worker heap limit ${this.options.heapMb} MB)`
          : `worker crashed: ${error.message.replace(/\s+/g, " ").trim()}`;
      this.onDeath(slot, reason, error.code === "ERR_WORKER_OUT_OF_MEMORY", error);
    });
    worker.on("exit", (code) => this.onDeath(slot, `worker exited unexpectedly (code ${code})`, false));
  }

  private dispatch(slot: Slot, waiting: Waiting): void {
    const id = this.nextId++;
    const data = transferable(waiting.job.data);
    const task: WorkerTask = { ...waiting.job, data, id };
    const timer = setTimeout(() => this.onTimeout(slot), this.options.timeoutMs);
    slot.busy = { id, waiting, timer, started: performance.now() };
    slot.worker.postMessage(task, [data.buffer as ArrayBuffer]);
  }

  private onMessage(slot: Slot, message: WorkerReply | WorkerReady): void {
    if (slot.dead) return;
    if ("ready" in message) {
      slot.ready = true;
      this.startupFailures = 0;
      this.pump();
      return;
    }
    const busy = slot.busy;
    if (!busy || busy.id !== message.id) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    slot.done++;
    const { id: _id, ...outcome } = message;
    busy.waiting.resolve(outcome);
    if (slot.done >= this.options.recycleAfter) this.retire(slot);
    this.pump();
  }

  private onTimeout(slot: Slot): void {
    const busy = slot.busy;
    if (!busy || slot.dead) return;
    slot.busy = undefined;
    this.retire(slot);
    busy.waiting.resolve({
      ok: false,
      stage: "worker",
      reason: `timed out after ${this.options.timeoutMs} ms`,
      ms: performance.now() - busy.started,
      transient: true,
    });
    this.pump();
  }

  private onDeath(slot: Slot, reason: string, transient: boolean, error?: Error): void {
    if (slot.dead) return;
    const wasReady = slot.ready;
    const busy = slot.busy;
    slot.busy = undefined;
    this.retire(slot);
    if (busy) {
      clearTimeout(busy.timer);
      busy.waiting.resolve({ ok: false, stage: "worker", reason, ms: performance.now() - busy.started, transient });
    } else if (!wasReady && ++this.startupFailures >= MAX_STARTUP_FAILURES) {
      const failure = new Error(`worker failed to start (${this.options.workerUrl.href}): ${error?.message ?? reason}`);
      for (const waiting of this.queue.splice(0)) waiting.reject(failure);
      return;
    }
    this.pump();
  }

  /** Take a worker out of the pool and stop it (its 'exit' is then ignored). */
  private retire(slot: Slot): void {
    slot.dead = true;
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    void slot.worker.terminate();
  }
}
