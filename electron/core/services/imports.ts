import { rmSync } from 'node:fs';
import type { ImportReport } from '../../api/models';
import { importPaths, runImport, type ImportItem } from '../ingest/pipeline';
import type { DomainHandlers, ServiceContext } from './context';

type ImportVerbs = 'importPaths' | 'importUploads' | 'importUrls' | 'cancelJob';

/** Files, uploads and web pages into the library, as cancellable jobs with progress. */
export function importHandlers(ctx: ServiceContext): DomainHandlers<ImportVerbs> {
  const { lib, jobs } = ctx;
  const importOptions = (jobId: string, signal: AbortSignal) => ({
    jobId,
    signal,
    onProgress: ctx.onProgress,
    onStored: (ids: number[]) => ctx.analysis.enqueue(ids),
    extractor: ctx.background,
  });

  return {
    importPaths: ({ paths }) => jobs.run((jobId, signal) => importPaths(lib, paths, importOptions(jobId, signal))),
    importUploads: ({ uploads }) =>
      jobs.run(async (jobId, signal) => {
        const items: ImportItem[] = [];
        const missing: ImportReport['outcomes'] = [];
        for (const u of uploads) {
          const path = ctx.resolveUpload?.(u.id) ?? null;
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
      jobs.run((jobId, signal) =>
        runImport(
          lib,
          urls.map((url) => ({ kind: 'url', name: url, url })),
          importOptions(jobId, signal),
        ),
      ),
    cancelJob: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
