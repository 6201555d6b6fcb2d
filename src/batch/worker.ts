// Worker thread: runs the pipeline on one document at a time (parsing is CPU-bound, so the
// batch runner keeps one of these per core). Started by pool.ts from the compiled dist/src/batch/worker.js.
import { parentPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { processDocument } from "../pipeline.js";
import { InputError } from "../tokens/types.js";
import { recordFragments } from "./fragments.js";
import { oneLineReason, type WorkerReply, type WorkerTask } from "./protocol.js";

const port = parentPort;
if (!port) throw new Error("worker.js runs inside a worker thread started by the batch runner");

async function handle(task: WorkerTask): Promise<WorkerReply> {
  const started = performance.now();
  try {
    const record = await processDocument(
      { data: task.data, file: task.file, sha256: task.sha256, ...(task.zipEntry !== undefined ? { zipEntry: task.zipEntry } : {}) },
      { maxPages: task.maxPages, timeoutMs: task.timeoutMs },
    );
    const json = JSON.stringify(record, null, 2) + "\n";
    // the aggregate-file lines too, here in parallel rather than in the runner's one thread
    const fragments = recordFragments(task.report, json);
    return { id: task.id, ok: true, json, fragments, format: record.source.format, ms: performance.now() - started };
  } catch (error) {
    const ms = performance.now() - started;
    if (error instanceof InputError) return { id: task.id, ok: false, stage: error.stage, reason: oneLineReason(error), ms };
    return { id: task.id, ok: false, stage: "internal", reason: `internal error: ${oneLineReason(error)}`, ms };
  }
}

port.on("message", (task: WorkerTask) => {
  void handle(task).then((reply) => port.postMessage(reply));
});
port.postMessage({ ready: true });
