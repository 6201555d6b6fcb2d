// V8 optimises hot functions on background threads by default. A worker's compiling is then done
// by other cores: with --jobs 1 on 2 cores the run used ~1.25 cores, and with --jobs = cores those
// threads only take turns with the workers. Compiling on each worker's own thread makes --jobs N
// mean N cores and is faster when every core runs a worker (measured on 2 cores, 1,000 mixed
// inputs, --jobs 2: 28.2 → 27.1 s; --jobs 1 goes from 45.2 to 51.4 s because it no longer borrows
// the idle core).
import { setFlagsFromString } from "node:v8";

/** V8 flags are per process and read when an isolate starts: call before the first worker. */
export function compileOnWorkerThreads(): void {
  setFlagsFromString("--no-concurrent-recompilation");
}
