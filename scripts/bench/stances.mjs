// A country's stance tables (the countryOverview verb) on a generated library: time per part and in all,
// median of 5, in this process.
// Usage: npx tsx scripts/bench/stances.mjs [--articles 20000] [--library DIR (kept; reused when it exists)]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, table, writeSection } from '../lib/report.mjs';
import { countryRecords } from '../../electron/core/analysis/actors-data';
import { actorName } from '../../electron/core/analysis/gazetteer';
import { CODER_VERSION } from '../../electron/core/analysis-runner';
import { polarityOf } from '../../electron/core/analysis/events/polarity';
import { stanceRows } from '../../electron/core/analysis/stance-table';
import { addArticle } from '../../electron/core/library/articles';
import { storeAnalysis } from '../../electron/core/library/analysis';
import { deferEventCounts, recountEvents } from '../../electron/core/library/events-store';
import { beginDeferredIndexing, endDeferredIndexing } from '../../electron/core/library/fts';
import { openLibrary } from '../../electron/core/library/open';
import { ensureSource } from '../../electron/core/library/sources';
import { monthlyPairCounts, pairTotals, stanceEvidence, stanceMatrix } from '../../electron/core/library/stances-store';
import { countryOverview } from '../../electron/core/services/events';

const { values } = parseArgs({ options: { articles: { type: 'string' }, library: { type: 'string' } } });
const ARTICLES = Number(values.articles ?? 20_000);
const EVENTS_PER_ARTICLE = 3;
const ACTORS = 150;
const FIRST_YEAR = 2016;
const YEARS = 10;
const LIMIT = 25;

/** Seeded, so every run builds the same library. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(8);
const LEADERS = ['USA', 'CHN', 'RUS', 'UKR', 'GBR', 'FRA', 'DEU', 'JPN', 'IRN', 'ISR'];
const actors = [...new Set([...LEADERS, ...countryRecords.map((c) => c.code)])]
  .filter((code) => /^[A-Z]{3}$/.test(code) && actorName(code) !== code)
  .slice(0, ACTORS);
// A few actors dominate the news: weight 1/rank.
const cumulative = [];
actors.reduce((sum, _, i) => (cumulative[i] = sum + 1 / (i + 1)), 0);
function pickActor() {
  const x = rnd() * cumulative[cumulative.length - 1];
  return actors[
    Math.max(
      0,
      cumulative.findIndex((c) => c >= x),
    )
  ];
}
const ACTS = [
  ['AGREE', 'signed an agreement with', 8],
  ['CONSULT', 'held talks with', 2.5],
  ['AID', 'sent aid to', 7],
  ['ACCUSE', 'accused', -2],
  ['SANCTION', 'imposed sanctions on', -5],
  ['THREATEN', 'threatened', -6],
  ['FIGHT', 'clashed with', -10],
];
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
const days = (Date.UTC(FIRST_YEAR + YEARS, 0, 1) - Date.UTC(FIRST_YEAR, 0, 1)) / DAY;

function article() {
  const published = Date.UTC(FIRST_YEAR, 0, 1) + Math.floor(rnd() * days) * DAY;
  const events = [];
  const mentions = [];
  let text = '';
  for (let k = 0; k < EVENTS_PER_ARTICLE; k++) {
    const source = pickActor();
    let target = pickActor();
    while (target === source) target = pickActor();
    const [category, phrase, base] = ACTS[Math.floor(rnd() * ACTS.length)];
    const at = text.length;
    const sentence = `${actorName(source)} ${phrase} ${actorName(target)}.`;
    const targetAt = at + sentence.lastIndexOf(actorName(target));
    text += `${sentence} `;
    const day = iso(published - Math.floor(rnd() * 20) * DAY);
    events.push({
      source,
      target,
      category,
      polarity: polarityOf(category),
      intensity: Math.max(-10, Math.min(10, base + rnd() - 0.5)),
      modality: Math.abs(base) >= 5 ? 'material' : 'verbal',
      sentence,
      start: at,
      end: at + sentence.length,
      date: rnd() < 0.03 ? null : rnd() < 0.1 ? day.slice(0, 7) : day,
      speaker: null,
      negated: rnd() < 0.03,
      conditional: false,
      hypothetical: false,
      reported: false,
    });
    mentions.push(
      { text: actorName(source), start: at, end: at + actorName(source).length, actor: source, kind: 'country' },
      { text: actorName(target), start: targetAt, end: targetAt + actorName(target).length, actor: target, kind: 'country' },
    );
  }
  return { title: events[0].sentence, text: text.trim(), published: iso(published), events, mentions };
}

function generate(dir) {
  const lib = openLibrary(dir);
  const db = lib.db;
  const sourceIds = Array.from({ length: 20 }, (_, i) => ensureSource(db, { name: `Stance Bench Outlet ${i + 1}` }));
  beginDeferredIndexing(db);
  deferEventCounts(db);
  let serial = 0;
  const batch = db.transaction((n) => {
    for (let i = 0; i < n; i++) {
      const a = article();
      const id = addArticle(db, {
        title: a.title,
        text: a.text,
        published: a.published,
        publishedPrecision: 'day',
        publishedSource: 'generated',
        sourceId: sourceIds[serial % sourceIds.length],
        contentHash: `stance-bench-${++serial}`,
        format: 'txt',
      });
      storeAnalysis(db, id, { id, mentions: a.mentions, quotes: [], dates: [], events: a.events }, CODER_VERSION);
    }
  });
  for (let done = 0; done < ARTICLES; done += 1000) batch(Math.min(1000, ARTICLES - done));
  endDeferredIndexing(db);
  recountEvents(db);
  db.pragma('optimize');
  lib.close();
}

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
  generate(dir);
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
\`npx tsx scripts/bench/stances.mjs\`. ${ARTICLES} generated articles, ${events} events over ${actors.length} actors and ${YEARS} years; the busiest actor (${top}) is in ${topEvents} counted events. The \`countryOverview\` verb with 25 rows per table, in process (SQL plus shaping), median of 5; the parts are one direction's totals by counterpart, the monthly counts and the latest and strongest evidence of the 25 rows shown, and the actor matrix. Load average ${fmt(loadavg()[0], 1)} on 2 shared cores while measuring, so absolute times vary from run to run. Goal: under 200 ms at 100,000 articles.

${table(headers, rows)}`,
);
