import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalysisInput, AnalysisResult } from '../../api/analysis';
import { analyze } from '../analysis/analyze';
import { extractFile } from '../ingest/extract';
import type { Extractor } from '../ingest/extractor';
import { IngestError, type ExtractedArticle, type ExtractOptions, type IngestErrorCode } from '../ingest/types';
import { READY, type Job, type Reply } from './protocol';

/**
 * Old-generation heap of one background thread. Small enough that long imports stay flat in memory (V8
 * collects sooner); files too big for it are extracted in the calling thread instead.
 */
export const WORKER_HEAP_MB = 128;
/** Files above this size skip the threads (their DOM or PDF model may not fit in WORKER_HEAP_MB). */
export const THREAD_FILE_LIMIT = 8 * 1024 * 1024;

/** Extraction and analysis, wherever they run. */
export interface Background extends Extractor {
  analyze(input: AnalysisInput): Promise<AnalysisResult>;
  close(): Promise<void>;
}

/** Everything in the calling thread (tests from sources, or where threads cannot start). */
export const inProcessBackground: Background = {
  parallel: 1,
  extract: (bytes, opts) => extractFile(bytes, opts),
  analyze: async (input) => analyze(input),
  close: async () => undefined,
};

type JobBody = Job extends infer J ? (J extends Job ? Omit<J, 'id'> : never) : never;

interface Pending {
  /** The same work in this thread, for a thread that cannot run it. */
  fallback(): Promise<unknown>;
  label: string;
  worker: Worker;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * A fixed pool of background threads for extraction and analysis. A thread that dies fails only the jobs
 * it held and is replaced; if threads cannot start at all, the work runs in the calling thread.
 */
export class BackgroundPool implements Background {
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

  #spawn(): void {
    const worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    this.#workers.push(worker);
    this.#load.set(worker, 0);
    worker.on('message', (reply: Reply | typeof READY) => {
      if (reply === READY) this.#ready.add(worker);
      else this.#settle(worker, reply);
    });
    worker.on('error', (error) => this.#fail(worker, error));
    worker.on('exit', (code) => {
      if (code !== 0) this.#fail(worker, new Error(`background thread stopped (exit code ${code})`));
    });
  }

  #settle(worker: Worker, reply: Reply): void {
    const job = this.#pending.get(reply.id);
    if (!job) return;
    this.#pending.delete(reply.id);
    this.#load.set(worker, Math.max(0, (this.#load.get(worker) ?? 1) - 1));
    if (reply.ok) job.resolve(reply.value);
    else job.reject(new IngestError(reply.code as IngestErrorCode, reply.message));
  }

  #fail(worker: Worker, error: Error): void {
    const index = this.#workers.indexOf(worker);
    if (index < 0) return;
    this.#workers.splice(index, 1);
    this.#load.delete(worker);
    // A thread that died before loading its code means threads cannot run here (e.g. inside a packaged
    // archive): stop using them. Its jobs, and those of a thread that ran out of heap, run in this thread.
    const unavailable = !this.#ready.has(worker);
    if (unavailable) this.#broken = true;
    const retry = unavailable || (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    for (const [id, job] of this.#pending) {
      if (job.worker !== worker) continue;
      this.#pending.delete(id);
      if (retry) job.fallback().then(job.resolve, job.reject);
      else job.reject(new IngestError('unreadable', `${job.label}: background work failed (${error.message})`));
    }
    if (!this.#broken) this.#spawn();
  }

  #run<T>(body: JobBody, fallback: () => Promise<T>, label: string, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.#broken || this.#workers.length === 0) return fallback();
    const worker = [...this.#load.entries()].sort((a, b) => a[1] - b[1])[0]![0];
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { fallback, label, worker, resolve: resolve as (v: unknown) => void, reject });
      this.#load.set(worker, (this.#load.get(worker) ?? 0) + 1);
      worker.postMessage({ ...body, id } as Job, transfer);
    });
  }

  extract(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractedArticle[]> {
    if (bytes.byteLength > THREAD_FILE_LIMIT) return extractFile(bytes, opts);
    // Send a copy of our own so it can be transferred without detaching the caller's memory.
    const copy = new Uint8Array(bytes);
    const plain: ExtractOptions = { fileName: opts.fileName, url: opts.url, contentType: opts.contentType };
    return this.#run({ kind: 'extract', bytes: copy, opts: plain }, () => extractFile(bytes, opts), opts.fileName, [copy.buffer]);
  }

  analyze(input: AnalysisInput): Promise<AnalysisResult> {
    return this.#run({ kind: 'analyze', input }, async () => analyze(input), `article ${input.id}`);
  }

  async close(): Promise<void> {
    const workers = this.#workers.splice(0);
    this.#broken = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * The pool the app uses: threads when the bundled worker script sits next to the running bundle
 * (`dist/workers/background.mjs`), otherwise the calling thread (tests run from sources).
 */
export function defaultBackground(bundleUrl: string = import.meta.url): Background {
  const script = fileURLToPath(new URL('../workers/background.mjs', bundleUrl));
  if (!existsSync(script)) return inProcessBackground;
  return new BackgroundPool(script, Math.min(4, Math.max(1, availableParallelism())));
}
