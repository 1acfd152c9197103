// A country's stance tables (the countryOverview verb) on a generated library: time per part and in all,
// median of 5, in this process.
// Usage: npx tsx scripts/bench/stances.mjs [--articles 20000] [--library DIR (kept; reused when it exists)]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, table, writeSection } from '../lib/report.mjs';
import { stanceRows } from '../../electron/core/analysis/stance-table';
import { openLibrary } from '../../electron/core/library/open';
import { monthlyPairCounts, pairTotals, stanceEvidence, stanceMatrix } from '../../electron/core/library/stances-store';
import { countryOverview } from '../../electron/core/services/events';
import { ACTORS, generate, YEARS } from './lib/synthetic-library.mjs';

const { values } = parseArgs({ options: { articles: { type: 'string' }, library: { type: 'string' } } });
const ARTICLES = Number(values.articles ?? 20_000);
const LIMIT = 25;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn, runs = 5) {
  const ms = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), value };
}

const dir = values.library ?? mkdtempSync(join(tmpdir(), 'briefing-stances-'));
if (!existsSync(join(dir, 'library.sqlite'))) {
  const t = performance.now();
  generate(dir, ARTICLES);
  console.log(`generated ${ARTICLES} articles in ${fmt((performance.now() - t) / 1000, 1)} s`);
}
const lib = openLibrary(dir);
const db = lib.db;
const events = db.prepare('SELECT count(*) FROM current_events').pluck().get();
const top = db
  .prepare(
    "SELECT source FROM event_counts WHERE kind = 'actor' AND bucket = 'year' GROUP BY source ORDER BY sum(cooperative + conflictual + neutral) DESC LIMIT 1",
  )
  .pluck()
  .get();
const topEvents = db
  .prepare('SELECT count(*) FROM current_events WHERE counted = 1 AND (source = ? OR target = ?)')
  .pluck()
  .get(top, top);

const windows = [
  ['all time', {}],
  ['a whole year (year buckets)', { from: '2024-01-01', to: '2024-12-31' }],
  ['mid-month window (day buckets)', { from: '2023-03-15', to: '2024-09-10' }],
];
const rows = [];
for (const [label, w] of windows) {
  const totals = time(() => pairTotals(db, top, 'toward', w));
  const shown = stanceRows(
    totals.value,
    () => [],
    () => new Map(),
    LIMIT,
  ).rows.map((r) => r.counterpart);
  const months = time(() => monthlyPairCounts(db, top, 'toward', w, shown));
  const evidence = time(() => stanceEvidence(db, top, 'toward', w, shown));
  const matrix = time(() => stanceMatrix(db, w, 8, top));
  const all = time(() => countryOverview(db, top, w, LIMIT));
  rows.push([label, fmt(totals.ms, 1), fmt(months.ms, 1), fmt(evidence.ms, 1), fmt(matrix.ms, 1), fmt(all.ms, 1)]);
}
lib.close();
if (!values.library) rmSync(dir, { recursive: true, force: true });

const headers = [
  'window',
  'totals, one direction (ms)',
  'months, 25 rows (ms)',
  'evidence, 25 rows (ms)',
  'matrix (ms)',
  'countryOverview (ms)',
];
console.log(table(headers, rows));
writeSection(
  'benchmarks.md',
  'stances',
  `## Stance tables
\`npx tsx scripts/bench/stances.mjs\`. ${ARTICLES} generated articles, ${events} events over ${ACTORS} actors and ${YEARS} years; the busiest actor (${top}) is in ${topEvents} counted events. The \`countryOverview\` verb with 25 rows per table, in process (SQL plus shaping), median of 5; the parts are one direction's totals by counterpart, the monthly counts and the latest and strongest evidence of the 25 rows shown, and the actor matrix. Load average ${fmt(loadavg()[0], 1)} on 2 shared cores while measuring, so absolute times vary from run to run. Goal: under 200 ms at 100,000 articles.

${table(headers, rows)}`,
);
