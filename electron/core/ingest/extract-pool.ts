import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractFile } from './extract';
import { READY, type ExtractJob, type ExtractReply } from './extract-protocol';
import { IngestError, type ExtractedArticle, type ExtractOptions, type IngestErrorCode } from './types';

/** Something that turns file bytes into articles: in this thread, or on a pool of worker threads. */
export interface Extractor {
  /** How many extractions can usefully run at once. */
  readonly parallel: number;
  extract(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractedArticle[]>;
  close(): Promise<void>;
}

/**
 * Old-generation heap of one extraction thread. Small enough that long imports stay flat in memory (V8
 * collects sooner); files too big for it are extracted in the calling thread instead.
 */
export const WORKER_HEAP_MB = 160;
/** Files above this size skip the threads (their DOM or PDF model may not fit in WORKER_HEAP_MB). */
export const THREAD_FILE_LIMIT = 8 * 1024 * 1024;

export const inProcessExtractor: Extractor = {
  parallel: 1,
  extract: (bytes, opts) => extractFile(bytes, opts),
  close: async () => undefined,
};

interface Pending {
  resolve(articles: ExtractedArticle[]): void;
  reject(error: Error): void;
  worker: Worker;
  bytes: Uint8Array;
  opts: ExtractOptions;
}

/**
 * A fixed pool of extraction threads. A thread that dies fails only the jobs it held and is replaced;
 * if threads cannot start at all, extraction falls back to this thread.
 */
export class ExtractorPool implements Extractor {
  readonly parallel: number;
  #workers: Worker[] = [];
  #load = new Map<Worker, number>();
  #ready = new WeakSet<Worker>();
  #pending = new Map<number, Pending>();
  #nextId = 1;
  #broken = false;

  constructor(
    private readonly script: string,
    size: number,
  ) {
    this.parallel = Math.max(1, size);
    for (let i = 0; i < this.parallel; i++) this.#spawn();
  }

  #spawn(): Worker {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    this.#workers.push(worker);
    this.#load.set(worker, 0);
    worker.on('message', (reply: ExtractReply | typeof READY) => {
      if (reply === READY) this.#ready.add(worker);
      else this.#settle(worker, reply);
    });
    worker.on('error', (error) => this.#fail(worker, error));
    worker.on('exit', (code) => {
      if (code !== 0) this.#fail(worker, new Error(`extraction thread stopped (exit code ${code})`));
    });
    return worker;
  }

  #settle(worker: Worker, reply: ExtractReply): void {
    const job = this.#pending.get(reply.id);
    if (!job) return;
    this.#pending.delete(reply.id);
    this.#load.set(worker, Math.max(0, (this.#load.get(worker) ?? 1) - 1));
    if (reply.ok) job.resolve(reply.articles);
    else job.reject(new IngestError(reply.code as IngestErrorCode, reply.message));
  }

  #fail(worker: Worker, error: Error): void {
    const index = this.#workers.indexOf(worker);
    if (index < 0) return;
    this.#workers.splice(index, 1);
    this.#load.delete(worker);
    // A thread that died before loading its code means threads cannot run here (e.g. inside a packaged
    // archive): stop using them. Its jobs, and those of a thread that ran out of heap, are extracted in
    // this thread instead.
    const unavailable = !this.#ready.has(worker);
    if (unavailable) this.#broken = true;
    const retry = unavailable || (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    for (const [id, job] of this.#pending) {
      if (job.worker !== worker) continue;
      this.#pending.delete(id);
      if (retry) extractFile(job.bytes, job.opts).then(job.resolve, job.reject);
      else job.reject(new IngestError('unreadable', `${job.opts.fileName}: extraction failed (${error.message})`));
    }
    if (!this.#broken) this.#spawn();
  }

  async extract(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractedArticle[]> {
    if (this.#broken || this.#workers.length === 0 || bytes.byteLength > THREAD_FILE_LIMIT) return extractFile(bytes, opts);
    const worker = [...this.#load.entries()].sort((a, b) => a[1] - b[1])[0]![0];
    const id = this.#nextId++;
    // Copy into a buffer of our own so it can be transferred without detaching the caller's memory.
    const copy = new Uint8Array(bytes);
    return new Promise<ExtractedArticle[]>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, worker, bytes, opts });
      this.#load.set(worker, (this.#load.get(worker) ?? 0) + 1);
      const job: ExtractJob = {
        id,
        bytes: copy,
        opts: { fileName: opts.fileName, url: opts.url, contentType: opts.contentType },
      };
      worker.postMessage(job, [copy.buffer]);
    });
  }

  async close(): Promise<void> {
    const workers = this.#workers.splice(0);
    this.#broken = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * The pool the app uses: threads when the bundled worker script sits next to the running bundle
 * (`dist/workers/extract-worker.mjs`), otherwise extraction in this thread (tests run from sources).
 */
export function defaultExtractor(bundleUrl: string = import.meta.url): Extractor {
  const script = fileURLToPath(new URL('../workers/extract-worker.mjs', bundleUrl));
  if (!existsSync(script)) return inProcessExtractor;
  const size = Math.min(4, Math.max(1, availableParallelism()));
  return new ExtractorPool(script, size);
}
