import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiFailure } from '../../api/dispatch';
import { importPaths } from '../ingest/pipeline';
import type { DomainHandlers, ServiceContext } from './context';

/**
 * The sample articles shipped in resources/samples: found by walking up from this module, which sits in
 * electron/core/services when run from sources and in dist/<bundle>/ when bundled (also inside the asar).
 */
export function samplesDir(from: string = fileURLToPath(import.meta.url)): string | null {
  for (let dir = dirname(from), i = 0; i < 6; i++, dir = dirname(dir)) {
    const candidate = join(dir, 'resources', 'samples');
    if (existsSync(join(candidate, 'README.md'))) return candidate;
  }
  return null;
}

/** "Load sample articles": the samples go through the normal import pipeline and are analysed before returning. */
export function sampleHandlers(ctx: ServiceContext): DomainHandlers<'loadSamples'> {
  return {
    loadSamples: () =>
      ctx.jobs.run(async (jobId, signal) => {
        const dir = samplesDir();
        if (!dir) throw new ApiFailure('unavailable', 'The sample articles are missing from this installation.');
        const report = await importPaths(ctx.lib, [join(dir, 'articles')], {
          jobId,
          signal,
          onProgress: ctx.onProgress,
          onStored: (ids) => ctx.analysis.enqueue(ids),
          extractor: ctx.background,
        });
        await ctx.analysis.idle();
        return report;
      }),
  };
}
