import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/program';
import { analyzeArticle } from '../../../electron/core/analysis-runner';
import { setPublished } from '../../../electron/core/library/articles';
import { openLibrary } from '../../../electron/core/library/open';
import { captureOut } from '../../helpers/out';
import { tempDir } from '../../helpers/tmp';
import { pdfPages, unzipText } from '../briefing/read-back';

const SEED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'seed');

/** A fresh library holding the seed article, dated as its metadata says and analysed again with that date. */
async function seedLibrary(): Promise<string> {
  const library = join(tempDir(), 'library');
  const folder = tempDir();
  copyFileSync(join(SEED, 'seed-article.txt'), join(folder, 'seed-article.txt'));
  const imported = captureOut();
  expect(await main(['import', '--library', library, join(folder, 'seed-article.txt')], imported)).toBe(0);
  const meta = JSON.parse(readFileSync(join(SEED, 'seed-article.meta.json'), 'utf8')) as { published: string };
  const lib = openLibrary(library);
  try {
    setPublished(lib.db, 1, meta.published);
    await analyzeArticle(lib, 1);
  } finally {
    lib.close();
  }
  return library;
}

describe('briefing brief', () => {
  it(
    'prints the seed article as a marked, numbered PDF naming Russia’s stances with the quotes behind them',
    { timeout: 180_000 },
    async () => {
      const library = await seedLibrary();
      const pdf = join(tempDir(), 'x.pdf');
      const out = captureOut();
      const code = await main(['brief', '--library', library, '--country', 'RUS', '--marking', 'TLP:AMBER', '--out', pdf], out);
      expect(out.stderr).toEqual([]);
      expect(code).toBe(0);
      expect(out.stdout.join('\n')).toContain('wrote');

      const pages = pdfPages(readFileSync(pdf));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      pages.forEach((text, i) => {
        expect(text.match(/TLP:AMBER/g)?.length ?? 0, `marking on page ${i + 1}`).toBeGreaterThanOrEqual(2);
        expect(text, `page number on page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      });
      const all = pages.join('\n').replace(/\s+/g, ' ');
      for (const pair of ['Russia → South Korea', 'Russia → Japan', 'Russia → United States']) expect(all).toContain(pair);
      expect(all).toContain('We are very grateful for this.');
      expect(all).toContain('Vladimir Putin');
      expect(all).toMatch(/Sources .*seed article.*F3/);
      expect(all).toContain('Estimative language');
    },
  );

  it('writes DOCX, Markdown and HTML by the extension', { timeout: 120_000 }, async () => {
    const library = await seedLibrary();
    const dir = tempDir();
    for (const ext of ['docx', 'md', 'html']) {
      const file = join(dir, `brief.${ext}`);
      const out = captureOut();
      expect(
        await main(
          ['brief', '--library', library, '--country', 'rus', '--counterpart', 'KOR', '--template', 'one-pager', '--out', file],
          out,
        ),
      ).toBe(0);
      expect(existsSync(file)).toBe(true);
    }
    expect(readFileSync(join(dir, 'brief.md'), 'utf8')).toMatch(/^\*\*UNCLASSIFIED\*\*\n\n# Russia: relations with South Korea/);
    expect(readFileSync(join(dir, 'brief.html'), 'utf8')).not.toMatch(/<script/i);
    const docx = await unzipText(readFileSync(join(dir, 'brief.docx')));
    expect(docx.get('word/document.xml')).toContain('South Korea');
  });

  it('explains an unknown country, an empty scope, a bad marking and an unwritable path', { timeout: 120_000 }, async () => {
    const library = await seedLibrary();
    const run = async (...args: string[]) => {
      const out = captureOut();
      const code = await main(['brief', '--library', library, ...args], out);
      return { code, message: out.stderr.join('\n') };
    };
    const dir = tempDir();
    expect(await run('--country', 'XQZW', '--out', join(dir, 'a.pdf'))).toMatchObject({
      code: 1,
      message: expect.stringMatching(/"XQZW" is not a country/),
    });
    expect(await run('--country', 'RUS', '--counterpart', 'BRA', '--out', join(dir, 'a.pdf'))).toMatchObject({
      code: 1,
      message: expect.stringMatching(/No events involve Russia with Brazil/),
    });
    expect(await run('--country', 'RUS', '--marking', 'TLP:PINK', '--out', join(dir, 'a.pdf'))).toMatchObject({
      code: 2,
      message: expect.stringMatching(/not a TLP level/),
    });
    expect(await run('--country', 'RUS', '--out', join(dir, 'a.txt'))).toMatchObject({
      code: 2,
      message: expect.stringMatching(/must end in \.pdf, \.docx, \.md or \.html/),
    });
    expect(await run('--country', 'RUS', '--out', join(dir, 'missing', 'a.pdf'))).toMatchObject({
      code: 1,
      message: expect.stringMatching(/folder .* does not exist/),
    });
    mkdirSync(join(dir, 'taken.pdf'));
    expect(await run('--country', 'RUS', '--out', join(dir, 'taken.pdf'))).toMatchObject({
      code: 1,
      message: expect.stringMatching(/taken\.pdf: it is a folder/),
    });
    expect(await run('--out', join(dir, 'a.pdf'))).toMatchObject({ code: 2, message: expect.stringMatching(/needs --country/) });
    const help = captureOut();
    expect(await main(['brief', '--help'], help)).toBe(0);
    expect(help.stdout.join('\n')).toMatch(/--counterpart CODE .*--out FILE/s);
    const none = captureOut();
    expect(await main(['brief', '--library', join(dir, 'nothing'), '--country', 'RUS', '--out', join(dir, 'a.pdf')], none)).toBe(
      1,
    );
    expect(none.stderr.join('')).toMatch(/no library at/);
  });
});
