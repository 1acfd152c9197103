import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../electron/core/library/articles';
import { openLibrary } from '../../../electron/core/library/open';
import { extractFile } from '../../../electron/core/ingest/extract';
import { runImport } from '../../../electron/core/ingest/pipeline';
import { sniffFormat } from '../../../electron/core/ingest/sniff';
import { IngestError } from '../../../electron/core/ingest/types';
import { tempDir } from '../../helpers/tmp';

const enc = (s: string) => new TextEncoder().encode(s);
const line = (o: unknown) => JSON.stringify(o);

const GOOD = [
  line({
    title: 'Envoys meet on the river border',
    text: 'Envoys from both capitals met on Tuesday.\n\nThey agreed to meet again in spring.',
    published: '2024-03-05',
    url: 'https://example.org/envoys',
  }),
  line({ title: 'Grain deal extended', text: 'The grain deal was extended for another sixty days.' }),
];

describe('JSON files', () => {
  it('refuses a JSON document with a message saying it is data, not an article', async () => {
    const meta = enc('{\n  "id": "a1b2",\n  "title": "Envoys meet",\n  "fetched": "2024-03-05T10:00:00Z"\n}\n');
    expect(sniffFormat(meta, 'page.meta.json')).toBe('json');
    const error = await extractFile(meta, { fileName: 'page.meta.json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toBe('page.meta.json: JSON data, not an article');
  });

  it('refuses a one-line JSON object and a JSON array the same way', async () => {
    for (const [name, body] of [
      ['one.json', '{"title":"x","text":"y"}'],
      ['list.json', '[{"title":"x"}]'],
    ] as const) {
      const error = await extractFile(enc(body), { fileName: name }).catch((e: unknown) => e);
      expect((error as Error).message).toBe(`${name}: JSON data, not an article`);
    }
  });

  it('still reads text that merely starts with a brace as text', () => {
    expect(sniffFormat(enc('{Draft} Notes from the border talks\n\nThe envoys met.'), 'notes.txt')).toBe('txt');
  });
});

describe('JSON Lines of articles', () => {
  it('imports one article per line with its title, text, date and address', async () => {
    const lib = openLibrary(tempDir());
    const report = await runImport(lib, [{ kind: 'bytes', name: 'feed.jsonl', bytes: enc(GOOD.join('\n') + '\n') }]);
    expect(report.counts).toEqual({ imported: 2, duplicate: 0, grouped: 0, failed: 0 });
    const rows = listArticles(lib.db, { offset: 0, limit: 10, sort: 'title', order: 'asc', filter: {} }).items;
    expect(rows.map((r) => [r.title, r.published, r.url, r.format])).toEqual([
      ['Envoys meet on the river border', '2024-03-05', 'https://example.org/envoys', 'jsonl'],
      ['Grain deal extended', null, null, 'jsonl'],
    ]);
    lib.close();
  });

  it('reports bad lines by number and imports the good ones', async () => {
    const lib = openLibrary(tempDir());
    const body = [
      GOOD[0],
      '{"title": "Broken", "text": ',
      line({ title: 'No body here' }),
      '',
      line({ title: 'Bad date', text: 'Some text about talks.', published: 'soon' }),
      GOOD[1],
    ].join('\n');
    const report = await runImport(lib, [{ kind: 'bytes', name: 'mixed.jsonl', bytes: enc(body) }]);
    expect(report.counts.imported).toBe(2);
    const failed = report.outcomes.filter((o) => o.status === 'failed').map((o) => [o.name, o.message]);
    expect(failed).toEqual([
      ['mixed.jsonl › line 2', 'mixed.jsonl › line 2: not valid JSON'],
      ['mixed.jsonl › line 3', 'mixed.jsonl › line 3: missing "text"'],
      ['mixed.jsonl › line 5', 'mixed.jsonl › line 5: "published" "soon" is not a date (write it as 2024-06-06)'],
    ]);
    lib.close();
  });

  it('reads lines longer than the sniffing window', async () => {
    const long = 'The delegations discussed the corridor at length. '.repeat(400);
    const body = [line({ title: 'Long one', text: long }), line({ title: 'Short one', text: 'Brief.' })].join('\n');
    const articles = await extractFile(enc(body), { fileName: 'long.jsonl' });
    expect(articles.map((a) => a.title)).toEqual(['Long one', 'Short one']);
  });

  it('fails the file when no line is an article', async () => {
    const body = [line({ level: 'info', msg: 'started' }), line({ level: 'warn', msg: 'slow' })].join('\n');
    const error = await extractFile(enc(body), { fileName: 'app.log.jsonl' }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'app.log.jsonl: none of its 2 lines is an article (app.log.jsonl › line 1: missing "text")',
    );
  });
});
