// Temporal expressions against TimeML gold (TempEval-3 newswire): our engine vs chrono-node alone.
// Usage: npx tsx scripts/eval/dates.mjs [--errors] [--limit N]
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { findDates } from '../../electron/core/analysis/dates.ts';
import { fmt, prf, requireData, sharedData, table, writeSection } from '../lib/report.mjs';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const limitAt = args.indexOf('--limit');
const errorLimit = limitAt >= 0 ? Number(args[limitAt + 1]) : 40;

const path = requireData(sharedData('dates-dev', 'timex.jsonl'), 'TimeML dev set (dates-dev/timex.jsonl)');
const docs = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** chrono-node alone: every result is a DATE (TIME when the hour is known) valued at its certain precision. */
function chronoDates(text, published) {
  const ref = published ? new Date(`${published}T12:00:00`) : new Date();
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const y = pad(c.get('year'), 4);
    const day = `${y}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
    let type = 'DATE';
    let value;
    if (c.isCertain('hour')) {
      type = 'TIME';
      value = `${day}T${pad(c.get('hour'))}:${pad(c.get('minute') ?? 0)}`;
    } else if (c.isCertain('day') || c.isCertain('weekday')) value = day;
    else if (c.isCertain('month')) value = `${y}-${pad(c.get('month'))}`;
    else if (c.isCertain('year')) value = y;
    else value = day;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type, value };
  });
}

const normaliseValue = (v) =>
  String(v)
    .replace(/(T\d\d:\d\d):00$/, '$1')
    .replace(/-W(\d)(?!\d)/, '-W0$1');

/** One-to-one matching by overlap: largest overlaps first. */
function match(gold, pred) {
  const pairs = [];
  for (let i = 0; i < gold.length; i++)
    for (let j = 0; j < pred.length; j++) {
      const overlap = Math.min(gold[i].end, pred[j].end) - Math.max(gold[i].start, pred[j].start);
      if (overlap > 0) pairs.push([overlap, i, j]);
    }
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set();
  const usedP = new Set();
  const matched = [];
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    matched.push([gold[i], pred[j]]);
  }
  return {
    matched,
    missed: gold.filter((_, i) => !usedG.has(i)),
    spurious: pred.filter((_, j) => !usedP.has(j)),
  };
}

const GROUPS = [
  ['DATE/TIME', ['DATE', 'TIME']],
  ['DATE', ['DATE']],
  ['TIME', ['TIME']],
  ['DURATION', ['DURATION']],
  ['SET', ['SET']],
  ['all', ['DATE', 'TIME', 'DURATION', 'SET']],
];

function score(system) {
  const totals = Object.fromEntries(GROUPS.map(([name]) => [name, { tp: 0, fp: 0, fn: 0, correct: 0 }]));
  const errors = { missed: [], spurious: [], wrongValue: [] };
  for (const doc of docs) {
    const published = doc.published ? doc.published.slice(0, 10) : null;
    const predicted = system(doc.text, published);
    for (const [name, types] of GROUPS) {
      const gold = doc.timexes.filter((t) => types.includes(t.type));
      const pred = predicted.filter((t) => types.includes(t.type));
      const { matched, missed, spurious } = match(gold, pred);
      const t = totals[name];
      t.tp += matched.length;
      t.fp += spurious.length;
      t.fn += missed.length;
      for (const [g, p] of matched) if (normaliseValue(g.value) === normaliseValue(p.value)) t.correct++;
      if (name === 'DATE/TIME' || name === 'DURATION' || name === 'SET') {
        const ctx = (x) =>
          `${doc.text.slice(Math.max(0, x.start - 40), x.start)}[${x.text ?? doc.text.slice(x.start, x.end)}]${doc.text.slice(x.end, x.end + 25)}`.replace(
            /\s+/g,
            ' ',
          );
        for (const g of missed) errors.missed.push(`${name} ${published} gold ${g.value}: ${ctx(g)}`);
        for (const p of spurious) errors.spurious.push(`${name} ${published} ${p.type} ${p.value}: ${ctx(p)}`);
        for (const [g, p] of matched)
          if (normaliseValue(g.value) !== normaliseValue(p.value))
            errors.wrongValue.push(
              `${name} ${published} gold ${g.value}${g.mod ? `/${g.mod}` : ''} got ${p.value}: ${ctx(g)} ~ "${p.text ?? doc.text.slice(p.start, p.end)}"`,
            );
      }
    }
  }
  return { totals, errors };
}

/** Per-sentence speed on the dev texts (split at sentence ends). */
function speed(system) {
  const sentences = [];
  for (const doc of docs)
    for (const s of doc.text.split(/(?<=[.!?]["'”’]?)\s+(?=[A-Z"'“‘])|\n+/))
      if (s.trim()) sentences.push([s, doc.published ? doc.published.slice(0, 10) : null]);
  for (const [s, p] of sentences.slice(0, 200)) system(s, p);
  let runs = 0;
  const begin = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 1.5e9) {
    for (const [s, p] of sentences) system(s, p);
    runs++;
    elapsed = Number(process.hrtime.bigint() - begin);
  }
  const per = elapsed / 1e6 / (runs * sentences.length);
  return { sentences: sentences.length, msPerSentence: per, perSecond: 1000 / per };
}

const systems = [
  ['briefing dates', findDates],
  ['chrono-node alone', chronoDates],
];

const rows = [];
const results = {};
for (const [name, system] of systems) {
  const { totals, errors } = score(system);
  results[name] = { totals, errors, speed: speed(system) };
  for (const [group] of GROUPS) {
    const t = totals[group];
    const { p, r, f } = prf(t.tp, t.fp, t.fn);
    rows.push([name, group, t.tp + t.fn, t.tp, t.fp, t.fn, fmt(p), fmt(r), fmt(f), fmt(t.tp ? t.correct / t.tp : 0)]);
  }
}

const headers = ['system', 'types', 'gold', 'matched', 'FP', 'FN', 'P', 'R', 'F1', 'value acc'];
const scoreTable = table(headers, rows);
const speedTable = table(
  ['system', 'sentences', 'ms / sentence', 'sentences / s'],
  systems.map(([name]) => {
    const s = results[name].speed;
    return [name, s.sentences, fmt(s.msPerSentence, 4), Math.round(s.perSecond)];
  }),
);
console.log(scoreTable);
console.log();
console.log(speedTable);

if (showErrors) {
  const { errors } = results['briefing dates'];
  for (const [kind, list] of Object.entries(errors)) {
    console.log(`\n## ${kind} (${list.length})`);
    const step = Math.max(1, Math.floor(list.length / errorLimit));
    list
      .filter((_, i) => i % step === 0)
      .slice(0, errorLimit)
      .forEach((line) => console.log(`- ${line}`));
  }
}

const gold = docs.reduce((n, d) => n + d.timexes.length, 0);
writeSection(
  'quality.md',
  'dates',
  `## Dates (temporal expressions)

\`scripts/eval/dates.mjs\` on the TempEval-3 newswire dev set (${docs.length} documents, ${gold} gold TIMEX3),
each document resolved against its creation date. Spans match when they overlap (one-to-one); value accuracy is
the share of matched expressions whose TimeML value equals the gold value. chrono-node alone is scored as DATE
(TIME when it knows the hour) at its certain precision.

${scoreTable}

Speed on the same texts split into sentences (one core):

${speedTable}
`,
);
