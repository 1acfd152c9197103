import { resolve } from 'node:path';
import type { ImportReport } from '../api/models';
import type { Input, Output, Verb } from '../api/verbs';
import { createServices, type Services, type ServicesOptions } from '../core/app-services';
import { resolveLibraryDir, userDataDir } from '../core/library/location';
import type { Out } from './io';
import { reasonOnly } from '../api/outcome-text';

/** The library the CLI works on: --library, else the app's own (the folder Electron's userData would hold). */
export function resolveLibrary(flag: string | undefined): string {
  if (flag) return resolve(flag);
  return resolveLibraryDir(userDataDir());
}

/** Open the library through the same services the app uses; analysis runs as articles are stored. */
function openServices(libraryDir: string, onProgress?: ServicesOptions['onProgress']): Services {
  return createServices({ libraryDir, onProgress, allowed: (verb) => verb !== 'importUploads' });
}

async function call<V extends Verb>(services: Services, verb: V, input: Input<V>): Promise<Output<V>> {
  const result = await services.dispatch(verb, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Output<V>;
}

export async function runImport(out: Out, libraryDir: string, paths: string[]): Promise<number> {
  const services = openServices(libraryDir, (p) => {
    if (p.kind === 'import') out.progress(p.done, p.total, p.current);
  });
  let report: ImportReport;
  try {
    report = await call(services, 'importPaths', { paths: paths.map((p) => resolve(p)) });
    await services.analysis.idle();
  } finally {
    out.endProgress();
    services.close();
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

export async function runSearch(out: Out, libraryDir: string, query: string, json: boolean, limit: number): Promise<number> {
  const services = openServices(libraryDir);
  try {
    const page = await call(services, 'search', { query, offset: 0, limit });
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
    services.close();
  }
}
