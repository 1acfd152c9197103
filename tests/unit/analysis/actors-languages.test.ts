import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleAnalysis, ImportReport } from '../../../electron/api/models';
import { findMentions } from '../../../electron/core/analysis/mentions';
import { createServices, type Services } from '../../../electron/core/app-services';
import { tempDir } from '../../helpers/tmp';

describe('country names in the article language', () => {
  it('finds German names, also inflected', () => {
    const m = findMentions(
      'Frankreich und die Vereinigten Staaten unterzeichneten ein Abkommen. Frankreichs Botschafter reiste ab.',
      '2024-01-01',
      'de',
    );
    expect(m.map((x) => [x.text, x.actor])).toEqual([
      ['Frankreich', 'FRA'],
      ['Vereinigten Staaten', 'USA'],
      ['Frankreichs', 'FRA'],
    ]);
  });

  it('matches Russian names by stem across case endings', () => {
    const m = findMentions('Россия и Украина провели переговоры. Президент Украины посетил Китай.', '2024-01-01', 'ru');
    expect(m.map((x) => [x.text, x.actor])).toEqual([
      ['Россия', 'RUS'],
      ['Украина', 'UKR'],
      ['Украины', 'UKR'],
      ['Китай', 'CHN'],
    ]);
  });

  it('finds Korean and Japanese names inside words, without word boundaries', () => {
    expect(findMentions('한국과 일본은 회담을 열었다.', '2024-01-01', 'ko').map((x) => [x.text, x.actor])).toEqual([
      ['한국', 'KOR'],
      ['일본', 'JPN'],
    ]);
    expect(findMentions('中国と日本の首脳が会談した。', '2024-01-01', 'ja').map((x) => x.actor)).toEqual(['CHN', 'JPN']);
    expect(findMentions('新しいタイトルとタイムが発表された。', '2024-01-01', 'ja')).toEqual([]);
    expect(findMentions('인도적 지원이 인도네시아에 도착했다.', '2024-01-01', 'ko').map((x) => x.actor)).toEqual(['IDN']);
    expect(findMentions('Виргинские острова (США) и Россия.', '2024-01-01', 'ru').map((x) => [x.text, x.actor])).toContainEqual([
      'США',
      'USA',
    ]);
  });

  it('finds Arabic names after the prefixes written onto them', () => {
    const m = findMentions(
      'اجتمع وزير خارجية مصر مع نظيره وبفرنسا. وقالت الولايات المتحدة إن روسيا تدعم سوريا.',
      '2024-01-01',
      'ar',
    );
    expect(m.map((x) => x.actor)).toEqual(['EGY', 'FRA', 'USA', 'RUS', 'SYR']);
  });

  it('uses the language names only for an article in that language, and codes events for English only', async () => {
    expect(findMentions('Frankreich und Deutschland.', '2024-01-01').map((x) => x.actor)).toEqual([]);
    const { analyze } = await import('../../../electron/core/analysis/analyze');
    const result = analyze({ id: 1, text: 'Russland kritisierte Frankreich scharf.', published: '2024-01-01', lang: 'de' });
    expect(result).toMatchObject({ lang: 'de', eventsCoded: false, events: [] });
    expect(result.mentions.map((x) => x.actor)).toEqual(['RUS', 'FRA']);
    expect(analyze({ id: 2, text: 'Russia criticised France.', published: '2024-01-01' })).toMatchObject({ eventsCoded: true });
  });
});

const GERMAN_PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Gipfel in Paris</title></head>
<body><article><h1>Gipfel in Paris</h1>
<p>Frankreich und die Vereinigten Staaten haben am Dienstag ein Abkommen über Zölle unterzeichnet.</p>
<p>Russland kritisierte das Abkommen scharf und drohte Frankreich mit Gegenmaßnahmen.</p>
<p>Die Regierung in Berlin begrüßte die Einigung zwischen Frankreich und den Vereinigten Staaten.</p>
<p>Eine Agentur meldete auf Englisch: Russia condemned France over the deal.</p>
</article></body></html>`;

describe('an imported article in German', () => {
  let services: Services | null = null;
  afterEach(() => {
    services?.close();
    services = null;
  });

  it('is analysed with German country names, and its events are not coded', async () => {
    services = createServices({ libraryDir: tempDir() });
    const dir = tempDir();
    writeFileSync(join(dir, 'gipfel.html'), GERMAN_PAGE);
    const imported = await services.dispatch('importPaths', { paths: [join(dir, 'gipfel.html')] });
    if (!imported.ok) throw new Error(imported.error.message);
    await services.analysis.idle();
    const id = (imported.value as ImportReport).outcomes[0]!.articleIds[0]!;
    const res = await services.dispatch('getAnalysis', { articleId: id });
    if (!res.ok) throw new Error(res.error.message);
    const analysis = res.value as ArticleAnalysis;
    expect(analysis.error).toBeNull();
    expect(new Set(analysis.mentions.map((m) => m.actor))).toEqual(new Set(['FRA', 'USA', 'RUS', 'DEU']));
    // The English sentence would give RUS -> FRA in an English article; events are coded for English text only.
    expect(analysis.events).toEqual([]);
  });
});
