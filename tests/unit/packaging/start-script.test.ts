import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/start.mjs', import.meta.url));

describe('npm start', () => {
  it('says in one line what to do when the Electron binary is missing', () => {
    const run = spawnSync(process.execPath, [script], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist' },
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      'Electron is not installed on this machine (its binary could not be downloaded); run `npm run web` to use Briefing in your browser.',
    ]);
    expect(run.stderr).toBe('');
  });
});
