import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis, ImportReport, Stance } from '../../../electron/api/models';
import { createServices, type Services } from '../../../electron/core/app-services';
import { tempDir } from '../../helpers/tmp';

const ARTICLE = `Moscow rebuffs Tokyo, thanks Seoul

MOSCOW, March 3 (Reuters) - Russian President Vladimir Putin on Tuesday thanked South Korea for refusing to send weapons to Ukraine.

Putin said Russia would not hold talks with Japan unless Tokyo changed its position.

He also accused the United States of wrecking the negotiations.
`;

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

async function importArticle(): Promise<number> {
  const dir = tempDir();
  writeFileSync(join(dir, 'putin.txt'), ARTICLE);
  const report = await call<ImportReport>('importPaths', { paths: [join(dir, 'putin.txt')] });
  await services!.analysis.idle();
  return report.outcomes[0]!.articleIds[0]!;
}

describe('stored analysis', () => {
  it('analyses an article on import and keeps its events with evidence', async () => {
    services = createServices({ libraryDir: tempDir() });
    const id = await importArticle();
    const analysis = await call<ArticleAnalysis>('getAnalysis', { articleId: id });
    expect(analysis.error).toBeNull();
    expect(analysis.mentions.map((m) => m.actor)).toEqual(expect.arrayContaining(['RUS', 'KOR', 'JPN', 'USA', 'UKR']));
    const pairs = analysis.events.filter((e) => !e.negated).map((e) => `${e.source}>${e.target}:${e.polarity}`);
    expect(pairs).toEqual(expect.arrayContaining(['RUS>KOR:cooperative', 'RUS>JPN:conflictual', 'RUS>USA:conflictual']));
    for (const e of analysis.events) {
      const article = await call<{ text: string }>('getArticle', { id });
      expect(article.text.slice(e.start, e.end)).toBe(e.sentence);
    }
  });

  it('keeps analyst corrections apart from machine output, through re-analysis', async () => {
    services = createServices({ libraryDir: tempDir() });
    const id = await importArticle();
    const before = await call<ArticleAnalysis>('getAnalysis', { articleId: id });
    const japan = before.events.find((e) => e.target === 'JPN')!;
    const usa = before.events.find((e) => e.target === 'USA')!;
    await call('correctEvent', { articleId: id, correction: { kind: 'polarity', eventKey: japan.key, polarity: 'neutral' } });
    await call('correctEvent', { articleId: id, correction: { kind: 'reject', eventKey: usa.key } });
    const { text } = await call<{ text: string }>('getArticle', { id });
    const sentence = 'He also accused the United States of wrecking the negotiations.';
    const start = text.indexOf(sentence);
    await call('correctEvent', {
      articleId: id,
      correction: {
        kind: 'add',
        event: {
          source: 'USA',
          target: 'RUS',
          category: 'CONSULT',
          polarity: 'cooperative',
          start,
          end: start + sentence.length,
          date: '2024-03-03',
        },
      },
    });
    const rerun = await call<{ done: number }>('reanalyze', { all: true });
    expect(rerun.done).toBe(1);
    const after = await call<ArticleAnalysis>('getAnalysis', { articleId: id });
    expect(after.events.find((e) => e.key === japan.key)?.polarity).toBe('neutral');
    expect(after.events.some((e) => e.key === usa.key)).toBe(false);
    expect(after.events.some((e) => e.source === 'USA' && e.target === 'RUS' && e.sentence === sentence)).toBe(true);
    const machineRows = services.lib.db.prepare('SELECT polarity FROM events WHERE event_key = ?').get(japan.key) as {
      polarity: string;
    };
    expect(machineRows.polarity).toBe('conflictual');
  });

  it('summarises stances per directed pair with counts and evidence', async () => {
    services = createServices({ libraryDir: tempDir() });
    await importArticle();
    const stances = await call<Stance[]>('listStances', {});
    const toKorea = stances.find((s) => s.source === 'RUS' && s.target === 'KOR')!;
    expect(toKorea.sourceName).toBe('Russia');
    expect(toKorea.counts.cooperative).toBeGreaterThan(0);
    expect(toKorea.evidence[0]!.articleTitle).toBe('Moscow rebuffs Tokyo, thanks Seoul');
    const onlyJapan = await call<Stance[]>('listStances', { actor: 'JPN' });
    expect(onlyJapan.every((s) => s.source === 'JPN' || s.target === 'JPN')).toBe(true);
    expect(onlyJapan.find((s) => s.target === 'JPN')?.counts.conflictual).toBeGreaterThan(0);
  });
});
