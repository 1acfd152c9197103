import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { ApiFailure, createDispatcher, type Dispatch, type Handlers } from '../api/dispatch';
import type { ImportReport, ProgressEvent } from '../api/models';
import type { Verb } from '../api/verbs';
import { countArticles, deleteArticle, getArticle, listArticles, setPublished } from './library/articles';
import { openLibrary, schemaVersion, type Library } from './library/open';
import { searchArticles, SearchSyntaxError } from './library/search';
import { countSources, listSources, setReliability } from './library/sources';
import { defaultBackground, type Background } from './background/pool';
import { importPaths, runImport, type ImportItem } from './ingest/pipeline';
import { APP_VERSION } from './version';
import { AnalysisQueue, CODER_VERSION } from './analysis-runner';
import { actorName } from './analysis/gazetteer';
import { summarizeStances } from './analysis/stances';
import { addCorrection, articlesNeedingAnalysis, getAnalysis, listEvents } from './library/analysis';

export interface ServicesOptions {
  libraryDir: string;
  nativeBinding?: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Which verbs this transport exposes (the web host hides importPaths, Electron hides importUploads). */
  allowed?: (verb: Verb) => boolean;
  /** Where extraction and analysis run; by default background threads when the bundled worker exists. */
  background?: Background;
  /** Where the web host keeps uploaded files until they are imported. */
  resolveUpload?: (id: string) => string | null;
}

export interface Services {
  lib: Library;
  analysis: AnalysisQueue;
  dispatch: Dispatch;
  close(): void;
}

function notFound(what: string): never {
  throw new ApiFailure('not-found', `${what} not found; it may have been deleted.`);
}

/** Open the library and bind every API verb to the core. Shared by Electron main, the web host and tests. */
export function createServices(options: ServicesOptions): Services {
  const lib = openLibrary(options.libraryDir, { nativeBinding: options.nativeBinding });
  const jobs = new Map<string, AbortController>();
  const background = options.background ?? defaultBackground();
  const analysis = new AnalysisQueue(lib, options.onProgress, background);
  // Articles imported by another program (the CLI) or analysed by an older coder catch up in the background.
  analysis.enqueue(articlesNeedingAnalysis(lib.db, CODER_VERSION));

  /** A cancellable job: registered under a fresh id for `cancelJob` while it runs. */
  async function job<T>(run: (jobId: string, signal: AbortSignal) => Promise<T>): Promise<T> {
    const jobId = randomUUID();
    const controller = new AbortController();
    jobs.set(jobId, controller);
    try {
      return await run(jobId, controller.signal);
    } finally {
      jobs.delete(jobId);
    }
  }

  const importOptions = (jobId: string, signal: AbortSignal) => ({
    jobId,
    signal,
    onProgress: options.onProgress,
    onStored: (ids: number[]) => analysis.enqueue(ids),
    extractor: background,
  });

  const handlers: Handlers = {
    libraryInfo: () => ({
      path: lib.dir,
      schemaVersion: schemaVersion(lib.db),
      articleCount: countArticles(lib.db),
      sourceCount: countSources(lib.db),
      appVersion: APP_VERSION,
    }),
    listArticles: (input) => listArticles(lib.db, input),
    getArticle: ({ id }) => getArticle(lib.db, id) ?? notFound(`Article ${id}`),
    deleteArticle: ({ id }) => ({ deleted: deleteArticle(lib.db, id) }),
    search: ({ query, offset, limit }) => {
      try {
        return searchArticles(lib.db, query, { offset, limit });
      } catch (error) {
        if (error instanceof SearchSyntaxError) throw new ApiFailure('invalid-input', error.message);
        throw error;
      }
    },
    importPaths: ({ paths }) => job((jobId, signal) => importPaths(lib, paths, importOptions(jobId, signal))),
    importUploads: ({ uploads }) =>
      job(async (jobId, signal) => {
        const items: ImportItem[] = [];
        const missing: ImportReport['outcomes'] = [];
        for (const u of uploads) {
          const path = options.resolveUpload?.(u.id) ?? null;
          if (path) items.push({ kind: 'path', name: u.name, path });
          else
            missing.push({
              name: u.name,
              status: 'failed',
              articleIds: [],
              message: `${u.name}: upload not found`,
              errorCode: 'unreadable',
            });
        }
        try {
          const report = await runImport(lib, items, importOptions(jobId, signal));
          report.outcomes.push(...missing);
          report.counts.failed += missing.length;
          return report;
        } finally {
          for (const item of items) if (item.kind === 'path') rmSync(item.path, { force: true });
        }
      }),
    importUrls: ({ urls }) =>
      job((jobId, signal) =>
        runImport(
          lib,
          urls.map((url) => ({ kind: 'url', name: url, url })),
          importOptions(jobId, signal),
        ),
      ),
    cancelJob: ({ jobId }) => {
      const controller = jobs.get(jobId);
      controller?.abort();
      return { cancelled: !!controller };
    },
    listSources: () => listSources(lib.db),
    setSourceReliability: ({ id, reliability }) => setReliability(lib.db, id, reliability) ?? notFound(`Source ${id}`),
    setArticleDate: ({ id, published }) => {
      if (!setPublished(lib.db, id, published)) notFound(`Article ${id}`);
      analysis.enqueue([id]);
      return getArticle(lib.db, id)!;
    },
    getAnalysis: ({ articleId }) => {
      if (!getArticle(lib.db, articleId)) notFound(`Article ${articleId}`);
      return getAnalysis(lib.db, articleId);
    },
    listStances: ({ from, to, actor }) => {
      const titles = new Map<number, string>();
      const title = (id: number) => {
        if (!titles.has(id))
          titles.set(
            id,
            (lib.db.prepare('SELECT title FROM articles WHERE id = ?').get(id) as { title: string } | undefined)?.title ?? '',
          );
        return titles.get(id)!;
      };
      return summarizeStances(listEvents(lib.db, { from, to }), { from, to })
        .filter((s) => !actor || s.source === actor || s.target === actor)
        .map((s) => ({
          ...s,
          sourceName: actorName(s.source),
          targetName: actorName(s.target),
          evidence: s.evidence.map((e) => ({
            ...e,
            key: (e as typeof e & { key: string }).key,
            articleTitle: title(Number(e.articleId)),
          })),
        }));
    },
    correctEvent: ({ articleId, correction, note }) => {
      if (!getArticle(lib.db, articleId)) notFound(`Article ${articleId}`);
      if (correction.kind === 'add') {
        const text = (lib.db.prepare('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: string }).text;
        const e = correction.event;
        const polarityIntensity = e.polarity === 'cooperative' ? 3 : e.polarity === 'conflictual' ? -3 : 0;
        addCorrection(
          lib.db,
          articleId,
          {
            kind: 'add',
            event: {
              ...e,
              articleId,
              eventId: 'analyst',
              intensity: polarityIntensity,
              modality: 'verbal',
              sentence: text.slice(e.start, e.end),
              speaker: null,
              negated: false,
              conditional: false,
              hypothetical: false,
              reported: false,
            },
          },
          note,
        );
      } else addCorrection(lib.db, articleId, correction, note);
      return getAnalysis(lib.db, articleId);
    },
    reanalyze: ({ all }) => job((jobId, signal) => analysis.reanalyze({ all, signal, jobId })),
  };

  return {
    lib,
    analysis,
    dispatch: createDispatcher(handlers, options.allowed),
    close() {
      for (const c of jobs.values()) c.abort();
      void background.close();
      lib.close();
    },
  };
}
