// Atomic writes: everything goes to a hidden temporary file beside its target and is renamed
// into place, so a killed run leaves either the old file or the new one, never half of one.
import { mkdir, open, readdir, rename, rm, writeFile, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Buffered text written per call; bigger chunks mean fewer write(2) calls for the aggregates. */
const WRITE_CHUNK_CHARS = 1 << 20;

let temporaryCounter = 0;
const temporaryPath = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}-${++temporaryCounter}.tmp`);
const TEMPORARY_NAME = /^\..+\.(\d+)-\d+\.tmp$/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Remove temporary files left by killed runs (not those of a run still going, e.g. another shard). */
export async function removeStaleTemporaries(dir: string): Promise<number> {
  let removed = 0;
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  for (const name of names) {
    const pid = TEMPORARY_NAME.exec(basename(name))?.[1];
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    await rm(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryPath(path);
  try {
    await writeFile(temporary, data);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, data);
  }
  await rename(temporary, path);
}

/** A text file written in pieces and published whole by commit(). */
export class AtomicTextFile {
  private handle: FileHandle | undefined;
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly temporary: string;

  constructor(readonly path: string) {
    this.temporary = temporaryPath(path);
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= WRITE_CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    this.handle ??= await open(this.temporary, "w");
    if (this.pendingChars === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    await this.handle.write(text);
  }

  async commit(): Promise<void> {
    await this.flush();
    await this.handle!.close();
    this.handle = undefined;
    await rename(this.temporary, this.path);
  }

  async abort(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
    await rm(this.temporary, { force: true });
  }
}
