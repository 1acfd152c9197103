import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { ApiFailure, createDispatcher, type Dispatch, type Handlers } from '../api/dispatch';
import type { ImportReport, ProgressEvent } from '../api/models';
import type { Verb } from '../api/verbs';
import { countArticles, deleteArticle, getArticle, listArticles, setPublished } from './library/articles';
import { openLibrary, schemaVersion, type Library } from './library/open';
import { searchArticles, SearchSyntaxError } from './library/search';
import { listSources, setReliability } from './library/sources';
import { importPaths, runImport, type ImportItem } from './ingest/pipeline';
import { APP_VERSION } from './version';

export interface ServicesOptions {
  libraryDir: string;
  nativeBinding?: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Which verbs this transport exposes (the web host hides importPaths, Electron hides importUploads). */
  allowed?: (verb: Verb) => boolean;
  /** Where the web host keeps uploaded files until they are imported. */
  resolveUpload?: (id: string) => string | null;
}

export interface Services {
  lib: Library;
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

  async function job(run: (jobId: string, signal: AbortSignal) => Promise<ImportReport>): Promise<ImportReport> {
    const jobId = randomUUID();
    const controller = new AbortController();
    jobs.set(jobId, controller);
    try {
      return await run(jobId, controller.signal);
    } finally {
      jobs.delete(jobId);
    }
  }

  const importOptions = (jobId: string, signal: AbortSignal) => ({ jobId, signal, onProgress: options.onProgress });

  const handlers: Handlers = {
    libraryInfo: () => ({
      path: lib.dir,
      schemaVersion: schemaVersion(lib.db),
      articleCount: countArticles(lib.db),
      sourceCount: listSources(lib.db).length,
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
          else missing.push({ name: u.name, status: 'failed', articleIds: [], message: `${u.name}: upload not found`, errorCode: 'unreadable' });
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
      job((jobId, signal) => runImport(lib, urls.map((url) => ({ kind: 'url', name: url, url })), importOptions(jobId, signal))),
    cancelJob: ({ jobId }) => {
      const controller = jobs.get(jobId);
      controller?.abort();
      return { cancelled: !!controller };
    },
    listSources: () => listSources(lib.db),
    setSourceReliability: ({ id, reliability }) => setReliability(lib.db, id, reliability) ?? notFound(`Source ${id}`),
    setArticleDate: ({ id, published }) => {
      if (!setPublished(lib.db, id, published)) notFound(`Article ${id}`);
      const article = getArticle(lib.db, id)!;
      return article;
    },
  };

  return {
    lib,
    dispatch: createDispatcher(handlers, options.allowed),
    close() {
      for (const c of jobs.values()) c.abort();
      lib.close();
    },
  };
}
