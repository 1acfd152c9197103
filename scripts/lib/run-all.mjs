// `npm run eval` / `npm run bench`: every script of scripts/<folder> in turn; each prints its table and
// updates its section of docs/quality.md or docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './report.mjs';

const folder = process.argv[2];
if (folder !== 'eval' && folder !== 'bench') {
  console.error('usage: node scripts/lib/run-all.mjs eval|bench');
  process.exit(2);
}
const dir = join(repoRoot, 'scripts', folder);
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n== ${folder}/${script}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, script)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
