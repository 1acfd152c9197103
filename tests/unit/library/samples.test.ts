import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ArticleSummary, ImportReport, Page, EventView } from '../../../electron/api/models';
import { createServices, type Services } from '../../../electron/core/app-services';
import { tempDir } from '../../helpers/tmp';

let services: Services | null = null;
afterEach(() => {
  services?.close();
  services = null;
});

async function call<T>(verb: string, payload: unknown): Promise<T> {
  const res = await services!.dispatch(verb, payload);
  if (!res.ok) throw new Error(`${verb}: ${res.error.message}`);
  return res.value as T;
}

describe('sample library', () => {
  it('imports a dozen analysed articles over two years with every event category and flag', async () => {
    services = createServices({ libraryDir: tempDir() });
    const report = await call<ImportReport>('loadSamples', {});
    expect(report.counts).toMatchObject({ imported: 12, failed: 0 });
    const articles = await call<Page<ArticleSummary>>('listArticles', { sort: 'published', order: 'asc' });
    expect(articles.items[0]!.published).toMatch(/^2024-01/);
    expect(articles.items[11]!.published).toMatch(/^2025-11/);
    expect(new Set(articles.items.map((a) => a.source?.name)).size).toBeGreaterThanOrEqual(3);

    const events = await call<Page<EventView>>('listEvents', { limit: 500 });
    const categories = new Set(events.items.map((e) => e.category));
    // Every act the coder can emit (the lexicon's declared categories); STATEMENT is a plain statement, not an act.
    const declared = Object.keys(
      (JSON.parse(readFileSync('resources/lexicon/categories.json', 'utf8')) as { categories: Record<string, unknown> })
        .categories,
    );
    expect(declared.filter((c) => c !== 'STATEMENT' && !categories.has(c as EventView['category']))).toEqual([]);
    for (const flag of ['negated', 'conditional', 'hypothetical', 'reported'] as const) {
      expect(events.items.some((e) => e[flag])).toBe(true);
    }
    const actors = new Set(events.items.flatMap((e) => [e.source, e.target]));
    expect(actors.size).toBeGreaterThanOrEqual(15);
  });

  it('adds nothing twice when loaded again', async () => {
    services = createServices({ libraryDir: tempDir() });
    await call('loadSamples', {});
    const again = await call<ImportReport>('loadSamples', {});
    expect(again.counts).toMatchObject({ imported: 0, duplicate: 12 });
  });
});
