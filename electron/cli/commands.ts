import { resolve } from 'node:path';
import type { ImportReport } from '../api/models';
import { analyzeArticle } from '../core/analysis-runner';
import { defaultBackground } from '../core/background/pool';
import { importPaths } from '../core/ingest/pipeline';
import { openLibrary } from '../core/library/open';
import { searchArticles } from '../core/library/search';
import { resolveLibraryDir, userDataDir } from '../core/library/location';
import type { Out } from './io';
import { reasonOnly } from '../api/outcome-text';

/** The library the CLI works on: --library, else the app's own (the folder Electron's userData would hold). */
export function resolveLibrary(flag: string | undefined): string {
  if (flag) return resolve(flag);
  return resolveLibraryDir(userDataDir());
}

export async function runImport(out: Out, libraryDir: string, paths: string[]): Promise<number> {
  const lib = openLibrary(libraryDir);
  const background = defaultBackground();
  let report: ImportReport;
  const analyses: Array<Promise<boolean>> = [];
  try {
    report = await importPaths(
      lib,
      paths.map((p) => resolve(p)),
      {
        onProgress: (p) => out.progress(p.done, p.total, p.current),
        onStored: (ids) => analyses.push(...ids.map((id) => analyzeArticle(lib, id, background))),
        extractor: background,
      },
    );
    await Promise.all(analyses);
  } finally {
    out.endProgress();
    await background.close();
    lib.close();
  }
  for (const o of report.outcomes) {
    if (o.status === 'failed') out.line(`${o.name}: failed: ${reasonOnly(o.message ?? 'unknown error', o.name)}`);
  }
  const c = report.counts;
  out.line(`${c.imported} imported, ${c.duplicate} duplicates, ${c.grouped} grouped, ${c.failed} failed`);
  out.line(out.dim(`library: ${libraryDir}`));
  // Duplicates count as success: the articles are in the library.
  return c.imported + c.grouped + c.duplicate === 0 ? 1 : 0;
}

export function runSearch(out: Out, libraryDir: string, query: string, json: boolean, limit: number): number {
  const lib = openLibrary(libraryDir, {});
  try {
    const page = searchArticles(lib.db, query, { offset: 0, limit });
    if (json) {
      out.line(
        JSON.stringify({
          total: page.total,
          hits: page.items.map((h) => ({
            id: h.article.id,
            title: h.article.title,
            source: h.article.source?.name ?? null,
            published: h.article.published,
            score: Number(h.score.toFixed(4)),
            snippet: h.snippet.map((p) => (p.hit ? `«${p.text}»` : p.text)).join(''),
          })),
        }),
      );
      return 0;
    }
    if (!page.total) {
      out.line(`No articles match ${JSON.stringify(query)}.`);
      return 0;
    }
    out.line(out.dim(`${page.total} ${page.total === 1 ? 'match' : 'matches'}`));
    page.items.forEach((h, i) => {
      const meta = [h.article.source?.name, h.article.published ?? 'undated'].filter(Boolean).join(', ');
      out.line(`${i + 1}. ${out.bold(h.article.title)} ${out.dim(`(${meta}) #${h.article.id}`)}`);
      out.line(
        `   ${h.snippet
          .map((p) => (p.hit ? out.hit(p.text) : p.text))
          .join('')
          .replace(/\s+/g, ' ')}`,
      );
    });
    return 0;
  } finally {
    lib.close();
  }
}
