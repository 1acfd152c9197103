import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/program';
import { APP_VERSION } from '../../../electron/core/version';
import { captureOut } from '../../helpers/out';
import { tempDir } from '../../helpers/tmp';
import { nestedFolderWithLoop } from '../../helpers/folders';

describe('briefing command', () => {
  it('prints help and version', async () => {
    const out = captureOut();
    expect(await main(['--help'], out)).toBe(0);
    expect(out.stdout.join('\n')).toMatch(/briefing import \[--library DIR\] PATH/);
    const v = captureOut();
    expect(await main(['--version'], v)).toBe(0);
    expect(v.stdout).toEqual([APP_VERSION]);
  });

  it('imports a nested folder with a symlink loop and prints a summary', async () => {
    const library = tempDir();
    const out = captureOut();
    const code = await main(['import', '--library', library, nestedFolderWithLoop()], out);
    expect(code).toBe(0);
    const text = out.stdout.join('\n');
    expect(text).toMatch(/3 imported, 0 duplicates, 0 grouped, 1 failed/);
    expect(text).toMatch(/inbox\/europe\/loop: failed: /);
  });

  it('searches the library with ranked, highlighted hits and as JSON', async () => {
    const library = tempDir();
    await main(['import', '--library', library, nestedFolderWithLoop()], captureOut());
    const out = captureOut();
    expect(await main(['search', '--library', library, 'negot*'], out)).toBe(0);
    expect(out.stdout[0]).toBe('1 match');
    expect(out.stdout[1]).toMatch(/^1\. Border talks resume/);
    expect(out.stdout[2]).toContain('[Negotiators]');
    const json = captureOut();
    await main(['search', '--library', library, '--json', 'grain OR vienna'], json);
    const parsed = JSON.parse(json.stdout[0]!) as { total: number; hits: Array<{ title: string }> };
    expect(parsed.total).toBe(2);
    expect(parsed.hits.map((h) => h.title).sort()).toEqual(['Grain corridor extended', 'Ministers meet in Vienna']);
  });

  it('exits 1 when nothing could be imported and 2 on a usage error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const out = captureOut();
    expect(await main(['import', '--library', tempDir(), join(dir, 'empty.txt')], out)).toBe(1);
    expect(out.stdout[0]).toMatch(/^empty\.txt: failed: /);
    const usage = captureOut();
    expect(await main(['import'], usage)).toBe(2);
    expect(await main(['frobnicate'], usage)).toBe(2);
    expect(usage.stderr.join('\n')).toMatch(/unknown command "frobnicate"/);
  });

  it('runs as a real process and sets its exit code', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', '--version'], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(res.stdout.trim()).toBe(APP_VERSION);
  });
});
