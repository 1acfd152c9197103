import { randomUUID } from 'node:crypto';
import type { AnalysisInput, AnalysisResult } from '../api/analysis';
import type { AnalysisProgress } from '../api/models';
import { analyze } from './analysis/analyze';
import { EVENT_CODER_VERSION } from './analysis/events';
import { gazetteerVersion } from './analysis/gazetteer';
import { articlesNeedingAnalysis, recordAnalysisError, storeAnalysis } from './library/analysis';
import type { Library } from './library/open';
import { stmt } from './library/statements';
import { APP_VERSION } from './version';

/** Identifies the engine and data that produced stored events; a change triggers re-analysis. */
export const CODER_VERSION = `${APP_VERSION}+gazetteer.${gazetteerVersion.version}+events.${EVENT_CODER_VERSION}`;

/** Something that analyses article text: in this thread, or on background threads. */
export interface Analyzer {
  readonly parallel: number;
  analyze(input: AnalysisInput): Promise<AnalysisResult>;
}

export const inProcessAnalyzer: Analyzer = { parallel: 1, analyze: async (input) => analyze(input) };

export interface AnalysisRunReport {
  jobId: string;
  done: number;
  failed: number;
  cancelled: boolean;
}

function loadInput(lib: Library, id: number): AnalysisInput | null {
  const row = stmt(lib.db, 'SELECT text, published, lang FROM articles WHERE id = ?').get(id) as
    { text: string; published: string | null; lang: string | null } | undefined;
  return row ? { id, text: row.text, published: row.published, lang: row.lang } : null;
}

/** Keep one article's result (or its failure); false when the analysis failed. */
function keep(lib: Library, id: number, outcome: AnalysisResult | Error): boolean {
  if (!lib.db.open) return true;
  if (outcome instanceof Error) {
    recordAnalysisError(lib.db, id, CODER_VERSION, outcome.message);
    return false;
  }
  try {
    storeAnalysis(lib.db, id, outcome, CODER_VERSION);
    return true;
  } catch (error) {
    // The article was deleted while it was being analysed, or the result could not be stored.
    if (stmt(lib.db, 'SELECT 1 FROM articles WHERE id = ?').get(id)) {
      recordAnalysisError(lib.db, id, CODER_VERSION, (error as Error).message);
      return false;
    }
    return true;
  }
}

/** Analyse one stored article and keep the result. */
export async function analyzeArticle(lib: Library, id: number, analyzer: Analyzer = inProcessAnalyzer): Promise<boolean> {
  const input = loadInput(lib, id);
  if (!input) return true;
  return keep(lib, id, await analyzer.analyze(input).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
}

/**
 * Analyse many articles, a few ahead on the analyzer's threads, storing each result in order;
 * `onEach` reports after every article.
 */
async function analyzeMany(
  lib: Library,
  ids: number[],
  analyzer: Analyzer,
  onEach: (done: number, failed: number) => void,
  signal?: AbortSignal,
): Promise<{ done: number; failed: number; cancelled: boolean }> {
  const ahead = Math.max(1, analyzer.parallel * 2);
  const running: Array<Promise<AnalysisResult | Error | null> | undefined> = [];
  const start = (i: number) => {
    const input = loadInput(lib, ids[i]!);
    return input
      ? analyzer.analyze(input).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
      : Promise.resolve(null);
  };
  let done = 0;
  let failed = 0;
  for (let i = 0; i < ids.length; i++) {
    if (signal?.aborted || !lib.db.open) return { done, failed, cancelled: true };
    for (let j = i; j < Math.min(ids.length, i + ahead); j++) running[j] ??= start(j);
    const outcome = await running[i]!;
    running[i] = undefined;
    if (outcome && !keep(lib, ids[i]!, outcome)) failed++;
    done++;
    onEach(done, failed);
    // Yield so requests keep being answered between articles when analysis runs in this thread.
    await new Promise((r) => setImmediate(r));
  }
  return { done, failed, cancelled: false };
}

/**
 * Analyses newly imported articles in the background and re-analyses the library on request,
 * reporting progress. Work runs on the analyzer's threads; results are stored here.
 */
export class AnalysisQueue {
  #queue: number[] = [];
  #running: Promise<void> | null = null;

  constructor(
    private readonly lib: Library,
    private readonly onProgress?: (p: AnalysisProgress) => void,
    private readonly analyzer: Analyzer = inProcessAnalyzer,
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
    let before = 0;
    while (this.#queue.length) {
      const batch = this.#queue.splice(0);
      const total = before + batch.length;
      const result = await analyzeMany(this.lib, batch, this.analyzer, (done, failed) => {
        if (done % 10 === 0 || done === batch.length) {
          this.onProgress?.({
            kind: 'analysis',
            jobId,
            done: before + done,
            total: total + this.#queue.length,
            current: null,
            failed,
          });
        }
      });
      if (result.cancelled) return;
      before = total;
    }
  }

  /** Re-analyse the library (all articles, or only those analysed by another coder version) with progress. */
  async reanalyze(opts: { all: boolean; signal?: AbortSignal; jobId?: string }): Promise<AnalysisRunReport> {
    await this.idle();
    const jobId = opts.jobId ?? randomUUID();
    const ids = articlesNeedingAnalysis(this.lib.db, CODER_VERSION, opts.all);
    const result = await analyzeMany(
      this.lib,
      ids,
      this.analyzer,
      (done, failed) => {
        if (done % 10 === 0 || done === ids.length) {
          this.onProgress?.({ kind: 'analysis', jobId, done, total: ids.length, current: null, failed });
        }
      },
      opts.signal,
    );
    return { jobId, ...result };
  }
}
