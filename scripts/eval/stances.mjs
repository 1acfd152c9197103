// Directed stances pooled per topic, the way the Stances view pools events, on the Wikinews dev data, for the
// coder and the naive baseline of events.mjs in the same run; plus the seed article as one topic.
//
// Method
// - A topic is one article (the annotation covers at most 6 sentences of it). The gold stance of a directed pair
//   (source, target) in a topic is the sign of (cooperative - conflictual) gold events of that pair over the
//   topic's annotated sentences: neutral when they balance or are all neutral.
// - Predicted: each whole article is analysed as in events.mjs; an event is kept when it is counted (not negated,
//   not hypothetical), lies inside an annotated sentence (at least half of its span overlaps), joins two different
//   actors (ISO alpha-3 states or the listed organisations). The kept events are pooled per topic and pair into
//   cooperative / conflictual / neutral counts, and the pair's polarity is read with the Stances view's verdict
//   (`analysis/verdict.ts`): "cooperative..." and "conflictual..." verdicts give that polarity, "mixed" and
//   "neutral contacts only" give neutral; below 3 events the verdict is "too few events to judge", and the
//   polarity is then read from the counts by the gold's rule (the sign of cooperative - conflictual).
// - A second coder row counts events as the events store does for the Stances view (`counted` in
//   library/events-sql.ts): reported claims are left out too, and a sentence gives at most one event per pair and
//   polarity; its gold leaves reported gold events out.
// - Naive baseline (as in events.mjs): in each annotated sentence with two actors, the first named acts on the
//   second, polarity from the sign of the AFINN word score; one event per sentence, pooled the same way.
// - Scores: gold stances; found with the right polarity (the share is the goal: at least 70%); found with a wrong
//   polarity (misreadings, the goal is none); missing; spurious (a predicted pair with no gold event in the
//   topic; gold covers only the annotated sentences, and so do the predictions). Topics are split by the 0-based
//   index of the article's first appearance in the stances file: even = tuning half, odd = held-aside half.
// - Seed: the seed article is one topic (all its sentences); its expected stances are Russia -> South Korea
//   cooperative, Russia -> Japan conflictual, Russia -> USA conflictual.
// Usage: npx tsx scripts/eval/stances.mjs [--errors]   (--errors prints the tuning half's details only)
import { readFileSync } from 'node:fs';
import { fmt, prf, requireData, sharedData, table, writeSection } from '../lib/report.mjs';
import { analyze } from '../../electron/core/analysis/analyze';
import { splitSentences } from '../../electron/core/analysis/sentences';
import { verdict } from '../../electron/core/analysis/verdict';
import { counted, halfOf, HALVES, isActor, naivePair, readJsonl } from './lib/event-sets.mjs';

const showErrors = process.argv.includes('--errors');
const stancesPath = requireData(sharedData('events-dev', 'wikinews-stances.jsonl'), 'wikinews-stances dev set');
const articlesPath = requireData(sharedData('wikinews', 'articles.jsonl'), 'Wikinews articles');
const seedPath = sharedData('seed', 'seed-article.txt');
const seedMetaPath = sharedData('seed', 'seed-article.meta.json');

const keepPair = (e) => isActor(e.source) && isActor(e.target) && e.source !== e.target;

/** Inside a sentence span: at least half of the event's span overlaps it (the rule of events.mjs). */
const inside = (e, s) => Math.min(e.end, s.end) - Math.max(e.start, s.start) >= (e.end - e.start) / 2;

/** As the events store counts for the Stances view: no reported claims, one event per sentence, pair and polarity. */
function storeCounted(events) {
  const seen = new Set();
  return events
    .filter((e) => counted(e) && !e.reported)
    .sort((a, b) => Math.abs(b.intensity) - Math.abs(a.intensity))
    .filter((e) => {
      const k = `${e.start}|${e.source}>${e.target}|${e.polarity}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

/** The naive baseline's pair for one sentence (null below two actors). */
const baseline = (text, published) => naivePair(text, published, isActor);

const sign = (c) => (c.cooperative > c.conflictual ? 'cooperative' : c.conflictual > c.cooperative ? 'conflictual' : 'neutral');

/** The polarity an analyst reads off a Stances row: its verdict, or its counts when there are too few to judge. */
function readStance(c) {
  const v = verdict(c);
  if (v === 'too few events to judge') return sign(c);
  if (v.startsWith('cooperative')) return 'cooperative';
  if (v.startsWith('conflictual')) return 'conflictual';
  return 'neutral';
}

/** Events `{source, target, polarity, sentence}` -> "S>T" -> {counts, polarity, sentences, judged}. */
function pool(events, read) {
  const out = new Map();
  for (const e of events) {
    const k = `${e.source}>${e.target}`;
    const p = out.get(k) ?? { counts: { cooperative: 0, conflictual: 0, neutral: 0 }, sentences: new Set() };
    p.counts[e.polarity]++;
    p.sentences.add(e.sentence);
    out.set(k, p);
  }
  for (const p of out.values()) {
    p.polarity = read(p.counts);
    p.judged = verdict(p.counts) !== 'too few events to judge';
  }
  return out;
}

/** Topic items {id, half, gold, pred} -> counts of one half. */
function score(items) {
  const s = { topics: items.length, gold: 0, right: 0, misread: [], missing: [], spurious: [], pred: 0, judged: 0 };
  for (const it of items) {
    for (const [k, g] of it.gold) {
      s.gold++;
      const p = it.pred.get(k);
      if (!p) s.missing.push({ topic: it.id, k, g });
      else if (p.polarity === g.polarity) s.right++;
      else s.misread.push({ topic: it.id, k, g, p });
    }
    for (const [k, p] of it.pred) {
      s.pred++;
      if (p.judged) s.judged++;
      if (!it.gold.has(k)) s.spurious.push({ topic: it.id, k, p });
    }
  }
  return s;
}

const ids = (set) => [...set].sort().join(',');
const code = (m) => `${m.k} ${m.g.polarity}/${m.p.polarity}`;

// Wikinews: topics in the order of the articles' first appearance in the stances file.
const rows = readJsonl(stancesPath);
const articles = new Map(readJsonl(articlesPath).map((a) => [a.id, a]));
const byArticle = new Map();
for (const row of rows) byArticle.set(row.article, [...(byArticle.get(row.article) ?? []), row]);
const runs = { coder: [], store: [], naive: [] };
[...byArticle].forEach(([id, group], index) => {
  const half = halfOf(index);
  const article = articles.get(id);
  const result = analyze({ id, text: article.text, published: article.published });
  // Each kept event is tagged with the id of the annotated sentence it lies in.
  const within = (events) =>
    group.flatMap((row) => events.filter((e) => keepPair(e) && inside(e, row)).map((e) => ({ ...e, sentence: row.id })));
  const goldEvents = group.flatMap((row) => row.events.filter(keepPair).map((e) => ({ ...e, sentence: row.id })));
  const gold = pool(goldEvents, sign);
  const goldStored = pool(
    goldEvents.filter((e) => !e.reported),
    sign,
  );
  const naive = group.map((row) => ({ ...baseline(row.text, row.published), sentence: row.id })).filter((e) => e.source);
  runs.coder.push({ id, half, gold, pred: pool(within(result.events.filter(counted)), readStance) });
  runs.store.push({ id, half, gold: goldStored, pred: pool(within(storeCounted(result.events)), readStance) });
  runs.naive.push({ id, half, gold, pred: pool(naive, readStance) });
});

const NAMES = {
  coder: 'coder',
  store: 'coder, store counting (no reported claims)',
  naive: 'naive baseline',
};
const tableRows = [];
const misreadings = [];
for (const half of HALVES) {
  for (const [run, items] of Object.entries(runs)) {
    const s = score(items.filter((x) => x.half === half));
    const { p } = prf(s.right + s.misread.length, s.spurious.length, 0);
    tableRows.push([
      half,
      NAMES[run],
      s.topics,
      s.gold,
      `${s.right} (${fmt(s.gold ? s.right / s.gold : NaN)})`,
      s.misread.length,
      s.missing.length,
      `${s.spurious.length} of ${s.pred}`,
      fmt(p),
      s.judged,
    ]);
    if (s.misread.length) misreadings.push(`${half}, ${NAMES[run]}: ${s.misread.map(code).join('; ')}`);
    if (run === 'store' || !s.misread.length) continue;
    for (const m of s.misread)
      console.log(
        half === 'tuning'
          ? `misread [${half}, ${run}] ${code(m)}  gold in ${ids(m.g.sentences)}  pred in ${ids(m.p.sentences)}`
          : `misread [${half}, ${run}] ${code(m)}`,
      );
  }
}
const out = table(
  [
    'half',
    'reader',
    'topics',
    'gold stances',
    'right polarity (share)',
    'misread',
    'missing',
    'spurious of predicted',
    'precision',
    'judged (>= 3 events)',
  ],
  tableRows,
);
console.log(out);

if (showErrors) {
  for (const [run, items] of Object.entries(runs)) {
    if (run === 'store') continue;
    for (const it of items.filter((x) => x.half === 'tuning')) {
      const s = score([it]);
      for (const m of s.missing) console.log(`missing  [${run}] ${m.k} ${m.g.polarity}  gold in ${ids(m.g.sentences)}`);
      for (const m of s.spurious) console.log(`spurious [${run}] ${m.k} ${m.p.polarity}  pred in ${ids(m.p.sentences)}`);
    }
  }
}

// Seed: the whole article is one topic; every sentence counts (the last line is site boilerplate, with no actors).
let seedTable = 'skipped: seed article not found';
try {
  const text = readFileSync(seedPath, 'utf8');
  const { published } = JSON.parse(readFileSync(seedMetaPath, 'utf8'));
  const result = analyze({ id: 'seed', text, published });
  const tag = (events) => events.filter(keepPair).map((e) => ({ ...e, sentence: 'seed' }));
  const preds = {
    coder: pool(tag(result.events.filter(counted)), readStance),
    store: pool(tag(storeCounted(result.events)), readStance),
    naive: pool(
      splitSentences(text)
        .map((s) => ({ ...baseline(s.text, published), sentence: 'seed' }))
        .filter((e) => e.source),
      readStance,
    ),
  };
  const expected = [
    ['RUS>KOR', 'cooperative'],
    ['RUS>JPN', 'conflictual'],
    ['RUS>USA', 'conflictual'],
  ];
  const cell = (pred, k, want) => {
    const p = pred.get(k);
    if (!p) return 'missing';
    const c = `${p.counts.cooperative}/${p.counts.conflictual}/${p.counts.neutral}`;
    return `${p.polarity === want ? 'found' : `misread (${p.polarity})`}, ${c}`;
  };
  seedTable = table(
    ['expected stance', ...Object.values(NAMES)],
    expected.map(([k, want]) => [`${k} ${want}`, ...Object.keys(preds).map((run) => cell(preds[run], k, want))]),
  );
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
}
console.log(`\nSeed article (cells: outcome, cooperative/conflictual/neutral counts)\n${seedTable}`);

writeSection(
  'quality.md',
  'stances',
  `## Stances pooled per topic

\`npx tsx scripts/eval/stances.mjs\` scores directed stances the way the Stances view shows them, on the
wikinews-stances dev set and the seed article, for the coder and the naive baseline of events.mjs in the same run.

- A topic is one article; the annotation covers at most 6 of its sentences. The gold stance of a directed pair is
  the sign of its cooperative minus conflictual gold events over the topic's annotated sentences (neutral when
  they balance or are all neutral).
- Each article is analysed whole; counted events (not negated, not hypothetical) that lie inside an annotated
  sentence, between two different actors, are pooled per topic and pair. The pair's polarity is the Stances view's
  verdict (\`analysis/verdict.ts\`, imported): cooperative and conflictual verdicts give that polarity, "mixed" and
  "neutral contacts only" neutral; with fewer than 3 events ("too few events to judge") the polarity is read from
  the counts by the gold's rule. "judged" counts the predicted stances that had a verdict of their own.
- "store counting" counts as the events store does for the Stances view: reported claims left out (from the gold
  too) and one event per sentence, pair and polarity.
- Naive baseline: in each annotated sentence with two actors, the first named acts on the second, polarity from
  the AFINN word score (\`sentiment\`), pooled the same way.
- Right polarity: the share is the goal (at least 70%). Misread: a gold stance found with another polarity (the
  goal is none). Spurious: a predicted pair with no gold event in the topic (predictions, like the gold, come from
  the annotated sentences only). Topics are split by the 0-based index of the article's first appearance in the
  file: even = **tuning**, odd = **held-aside**.

${out}

Misreadings (pair, gold/predicted):${misreadings.length ? '\n\n' + misreadings.map((m) => `- ${m}`).join('\n') : ' none.'}

Seed article, one topic (cells: outcome, cooperative/conflictual/neutral counts):

${seedTable}
`,
);
