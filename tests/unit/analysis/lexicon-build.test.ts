import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const script = join(root, 'scripts/build/lexicon.mjs');
const committed = join(root, 'resources/lexicon');
const work = mkdtempSync(join(tmpdir(), 'lexicon-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lexicon build', () => {
  it('reproduces the committed data files byte for byte from ../shared/data/lexicons', () => {
    const out = join(work, 'out');
    const log = execFileSync(process.execPath, [script, '--out', out], { cwd: root, encoding: 'utf8' });
    expect(log).toMatch(/patterns \d{4}/);
    for (const name of ['verbs.json', 'nouns.json', 'codes.json']) {
      expect(readFileSync(join(out, name), 'utf8') === readFileSync(join(committed, name), 'utf8'), name).toBe(true);
    }
  }, 60_000);

  it('refuses a category without a declared polarity', () => {
    const hand = join(work, 'hand');
    mkdirSync(hand, { recursive: true });
    copyFileSync(join(committed, 'additions.json'), join(hand, 'additions.json'));
    const categories = JSON.parse(readFileSync(join(committed, 'categories.json'), 'utf8'));
    delete categories.categories.THREATEN.polarity;
    writeFileSync(join(hand, 'categories.json'), JSON.stringify(categories));
    const run = spawnSync(process.execPath, [script, '--hand', hand, '--out', join(work, 'bad')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/THREATEN has no declared polarity/);
  }, 60_000);

  it('refuses a hand-added verb in a family the dictionary does not have', () => {
    const hand = join(work, 'hand-verb');
    mkdirSync(hand, { recursive: true });
    copyFileSync(join(committed, 'categories.json'), join(hand, 'categories.json'));
    const additions = JSON.parse(readFileSync(join(committed, 'additions.json'), 'utf8'));
    additions.verbs.push({ family: 'NO_SUCH_FAMILY', verb: 'PONDER' });
    writeFileSync(join(hand, 'additions.json'), JSON.stringify(additions));
    const run = spawnSync(process.execPath, [script, '--hand', hand, '--out', join(work, 'bad-verb')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/verb "PONDER" names unknown family NO_SUCH_FAMILY/);
  }, 60_000);

  it('names the missing data folder', () => {
    const run = spawnSync(process.execPath, [script, '--data', join(work, 'nowhere'), '--out', join(work, 'none')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/CAMEO\.2\.0\.txt not found/);
  });
});
