// pdf.js (5.x, worker side) inflates content streams, embedded fonts and CMaps through the web
// DecompressionStream. On Node that is zlib on the libuv thread pool: every stream is a round
// trip through the event loop, which left the extracting thread idle ~10% of the time on our
// reports (measured: event-loop utilisation 0.90 over 382 PDFs). This stand-in inflates with
// zlib synchronously (the same native code) and answers through promises only, which is all
// pdf.js's single use of the class needs: getWriter().write/close, then `for await` over
// `readable`. Any other format goes to Node's own DecompressionStream.
import { inflateSync } from "node:zlib";

/**
 * A stream inflating to more than this fails here; pdf.js then falls back to its own inflater,
 * under the worker's heap and time limits.
 */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

type Native = typeof globalThis.DecompressionStream;

interface Writer {
  readonly ready: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function syncDeflateStream(native: Native) {
  return class SyncDecompressionStream {
    readonly writable!: { getWriter(): Writer };
    readonly readable!: AsyncIterable<Uint8Array>;

    constructor(format: string) {
      // a constructor returning an object: the native stream for what we do not stand in for
      if (format !== "deflate") return new native(format as "deflate") as unknown as SyncDecompressionStream;
      const chunks: Uint8Array[] = [];
      let closed: () => void;
      const whenClosed = new Promise<void>((resolve) => (closed = resolve));
      const writer: Writer = {
        ready: Promise.resolve(),
        write: async (chunk) => {
          chunks.push(chunk);
        },
        close: async () => closed(),
      };
      this.writable = { getWriter: () => writer };
      this.readable = (async function* () {
        await whenClosed;
        const out = inflateSync(concat(chunks), { maxOutputLength: MAX_INFLATED_BYTES });
        yield new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
      })();
    }
  };
}

let installed = false;

/** Puts the synchronous "deflate" DecompressionStream in place for this thread (once). */
export function installSyncInflate(): void {
  if (installed) return;
  installed = true;
  const native = globalThis.DecompressionStream;
  if (!native) return; // pdf.js then inflates in JavaScript by itself
  Object.defineProperty(globalThis, "DecompressionStream", {
    value: syncDeflateStream(native),
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
