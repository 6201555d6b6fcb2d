// Every default and threshold of the batch runner, named in one place.

export const DEFAULT_INPUTS = ["samples/"];
export const DEFAULT_OUT_DIR = "output/";

/** Per document: bigger files are refused before they are read ("file too large"). */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
/** Per PDF: more pages than this is refused by the extractor. */
export const DEFAULT_MAX_PAGES = 500;
/** Per document: a worker busy longer than this is terminated and replaced. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Per .zip archive: sum of the declared unpacked sizes of the documents read from it. */
export const DEFAULT_MAX_ZIP_BYTES = 4 * 1024 * 1024 * 1024;
/** Per zip entry: unpacked/packed size ratio above which an entry is treated as a zip bomb… */
export const DEFAULT_MAX_ZIP_RATIO = 100;
/** …once it unpacks to more than this (small entries compress well and harm nobody). */
export const ZIP_RATIO_MIN_BYTES = 1024 * 1024;

/** V8 old-generation limit of each worker thread (a worker that exceeds it dies, its file gets a reason). */
export const DEFAULT_WORKER_HEAP_MB = 1024;
/**
 * V8 young generation of each worker: parsing makes masses of short-lived objects, and a larger
 * nursery means fewer scavenges (measured on the bench batch, jobs 1: CPU per input 102 → 82 ms,
 * for about 35 MB more memory per worker).
 */
export const WORKER_YOUNG_GENERATION_MB = 64;
/** A worker is replaced after this many documents, so leaks in parsers cannot grow without bound. */
export const WORKER_RECYCLE_AFTER = 500;
/** Documents read and hashed ahead of the workers, per worker (bounds the bytes held in memory). */
export const PREFETCH_PER_WORKER = 2;

/** Live progress line on a terminal: redrawn at most this often. */
export const PROGRESS_TTY_INTERVAL_MS = 100;
/** Progress when stderr is not a terminal: one plain line this often. */
export const PROGRESS_PLAIN_INTERVAL_MS = 5_000;

/** The resume index, appended one line per finished input. */
export const INDEX_FILE = ".nianbao-index.jsonl";
