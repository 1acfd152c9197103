import { randomUUID } from 'node:crypto';
import type { AnalysisProgress } from '../api/models';
import { analyze } from './analysis/analyze';
import { gazetteerVersion } from './analysis/gazetteer';
import { articlesNeedingAnalysis, recordAnalysisError, storeAnalysis } from './library/analysis';
import type { Library } from './library/open';
import { APP_VERSION } from './version';

/** Identifies the engine and data that produced stored events; a change triggers re-analysis. */
export const CODER_VERSION = `${APP_VERSION}+gazetteer.${gazetteerVersion.version}`;

export interface AnalysisRunReport {
  jobId: string;
  done: number;
  failed: number;
  cancelled: boolean;
}

/** Analyse one stored article and keep the result; returns false when the analysis failed. */
export function analyzeArticle(lib: Library, id: number): boolean {
  const row = lib.db.prepare('SELECT text, published FROM articles WHERE id = ?').get(id) as
    { text: string; published: string | null } | undefined;
  if (!row) return true;
  try {
    storeAnalysis(lib.db, id, analyze({ id, text: row.text, published: row.published }), CODER_VERSION);
    return true;
  } catch (error) {
    recordAnalysisError(lib.db, id, CODER_VERSION, error instanceof Error ? error.message : String(error));
    return false;
  }
}

/**
 * Runs analysis in the background, one article at a time, yielding between articles so
 * imports, searches and progress keep flowing. New articles are queued as they are stored.
 */
export class AnalysisQueue {
  #queue: number[] = [];
  #running: Promise<void> | null = null;

  constructor(
    private readonly lib: Library,
    private readonly onProgress?: (p: AnalysisProgress) => void,
  ) {}

  enqueue(ids: number[]): void {
    if (!ids.length) return;
    this.#queue.push(...ids);
    this.#running ??= this.#drain().finally(() => (this.#running = null));
  }

  /** Resolves when everything queued so far has been analysed. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #drain(): Promise<void> {
    const jobId = randomUUID();
    let done = 0;
    let failed = 0;
    while (this.#queue.length) {
      const id = this.#queue.shift()!;
      if (!this.lib.db.open) return;
      if (!analyzeArticle(this.lib, id)) failed++;
      done++;
      if (done % 10 === 0 || !this.#queue.length) {
        this.onProgress?.({ kind: 'analysis', jobId, done, total: done + this.#queue.length, current: null, failed });
      }
      await new Promise((r) => setImmediate(r));
    }
  }

  /** Re-analyse the library (all articles, or only those analysed by another coder version) with progress. */
  async reanalyze(opts: { all: boolean; signal?: AbortSignal; jobId?: string }): Promise<AnalysisRunReport> {
    await this.idle();
    const jobId = opts.jobId ?? randomUUID();
    const ids = articlesNeedingAnalysis(this.lib.db, CODER_VERSION, opts.all);
    let done = 0;
    let failed = 0;
    for (const id of ids) {
      if (opts.signal?.aborted) return { jobId, done, failed, cancelled: true };
      if (!analyzeArticle(this.lib, id)) failed++;
      done++;
      if (done % 10 === 0 || done === ids.length) {
        this.onProgress?.({ kind: 'analysis', jobId, done, total: ids.length, current: null, failed });
        await new Promise((r) => setImmediate(r));
      }
    }
    return { jobId, done, failed, cancelled: false };
  }
}
