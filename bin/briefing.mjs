#!/usr/bin/env node
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/index.mjs', import.meta.url);
if (!existsSync(cli)) {
  console.error('briefing: the command is not built yet; run "npm run build" in the Briefing folder first.');
  process.exit(1);
}
await import(cli.href);
