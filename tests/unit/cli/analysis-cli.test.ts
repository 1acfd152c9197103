import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../../electron/api/analysis';
import { main } from '../../../electron/cli/program';
import { captureOut } from '../../helpers/out';
import { tempDir } from '../../helpers/tmp';

const lines = (...objs: unknown[]) =>
  Readable.from(objs.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n') + '\n');

describe('briefing analyze --jsonl', () => {
  it('writes one line per input that validates against the published output schema', async () => {
    const out = captureOut();
    const code = await main(
      ['analyze', '--jsonl'],
      out,
      lines(
        {
          id: 'a1',
          text: 'On June 5, Russian President Vladimir Putin thanked South Korea for not sending weapons to Ukraine.',
          published: '2024-06-06',
        },
        { id: 7, text: 'Shares rose in Tokyo on Monday.' },
      ),
    );
    expect(code).toBe(0);
    expect(out.stdout).toHaveLength(2);
    const [first, second] = out.stdout.map((l) => AnalysisResult.parse(JSON.parse(l)));
    expect(first!.id).toBe('a1');
    expect(first!.mentions.map((m) => m.actor)).toEqual(expect.arrayContaining(['RUS', 'KOR', 'UKR']));
    expect(first!.dates[0]).toMatchObject({ text: 'June 5', type: 'DATE', value: '2024-06-05' });
    expect(first!.events.some((e) => e.source === 'RUS' && e.target === 'KOR' && e.polarity === 'cooperative')).toBe(true);
    const text = 'On June 5, Russian President Vladimir Putin thanked South Korea for not sending weapons to Ukraine.';
    for (const m of first!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(second!.id).toBe(7);
    expect(second!.events).toEqual([]);
  });

  it('reports a bad line on stderr with its number and goes on with the rest', async () => {
    const out = captureOut();
    const code = await main(
      ['analyze', '--jsonl'],
      out,
      lines('not json', { text: 'no id here' }, { id: 'ok', text: 'Nothing happens.' }),
    );
    expect(code).toBe(1);
    expect(out.stderr[0]).toBe('line 1: not JSON');
    expect(out.stderr[1]).toMatch(/^line 2: id: /);
    expect(out.stdout).toHaveLength(1);
    expect(JSON.parse(out.stdout[0]!).id).toBe('ok');
  });
});

describe('briefing analyze FILE and extract --jsonl', () => {
  it('prints actors, events, quotes and dates of one article for a reader', async () => {
    const dir = tempDir();
    const file = join(dir, 'note.txt');
    writeFileSync(
      file,
      'Kremlin rebuffs Tokyo\n\nPutin said Russia would not hold talks with Japan unless Tokyo changed its position.\n',
    );
    const out = captureOut();
    expect(await main(['analyze', '--published', '2024-06-06', file], out)).toBe(0);
    const text = out.stdout.join('\n');
    expect(text).toContain('Kremlin rebuffs Tokyo');
    expect(text).toMatch(/Russia \(RUS\)/);
    expect(text).toMatch(/RUS → JPN .*conflictual/);
    expect(text).toMatch(/\[.*conditional.*\]/);
  });

  it('extracts files to JSON lines without a library, and names failures', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a.md'),
      '# Border reopens\n\nSEOUL, June 6 (Yonhap) -- The crossing reopened on Thursday, 2024-06-06, officials said.\n',
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    const out = captureOut();
    const code = await main(['extract', '--jsonl', join(dir, 'a.md'), join(dir, 'empty.txt')], out);
    expect(code).toBe(1);
    expect(out.stdout).toHaveLength(1);
    const row = JSON.parse(out.stdout[0]!);
    expect(Object.keys(row).sort()).toEqual(['byline', 'file', 'lang', 'published', 'site', 'text', 'title']);
    expect(row).toMatchObject({ title: 'Border reopens', site: 'Yonhap' });
    expect(row.text).toContain('The crossing reopened');
    expect(out.stderr[0]).toMatch(/empty\.txt: failed: .*empty/);
  });
});
