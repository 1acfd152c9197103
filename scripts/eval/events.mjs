// Who-did-what-to-whom quality: pair precision/recall/F1, source/target accuracy and polarity accuracy
// on the wikinews-stances and PETR2 dev sets, for the engine and a naive baseline in the same run.
// Usage: npx tsx scripts/eval/events.mjs [--errors]
import { readFileSync } from 'node:fs';
import Sentiment from 'sentiment';
import { fmt, prf, requireData, sharedData, table, writeSection } from '../lib/report.mjs';
import { analyze } from '../../electron/core/analysis/analyze';
import { findMentions } from '../../electron/core/analysis/mentions';

const showErrors = process.argv.includes('--errors');
const readJsonl = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const stancesPath = requireData(sharedData('events-dev', 'wikinews-stances.jsonl'), 'wikinews-stances dev set');
const petrPath = requireData(sharedData('events-dev', 'petr2-validation.jsonl'), 'PETR2 validation set');
const articlesPath = requireData(sharedData('wikinews', 'articles.jsonl'), 'Wikinews articles');

const ORGS = new Set(['NATO', 'EU', 'UN', 'IAEA', 'OPEC', 'WTO', 'ASEAN', 'AU', 'WEST']);
const PETR_FIX = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', ROM: 'ROU' };
const sentiment = new Sentiment();
const counted = (e) => !e.negated && !e.hypothetical;

/** Predicted (source, target) -> polarity, strongest event per pair. */
function pairMap(events, keep) {
  const out = new Map();
  for (const e of events) {
    if (!keep(e.source) || !keep(e.target) || e.source === e.target) continue;
    const k = `${e.source}>${e.target}`;
    const prev = out.get(k);
    if (!prev || Math.abs(e.intensity) > Math.abs(prev.intensity)) out.set(k, e);
  }
  return new Map([...out].map(([k, e]) => [k, e.polarity]));
}

function baseline(text, published, keep) {
  const actors = [];
  for (const m of findMentions(text, published)) if (keep(m.actor) && !actors.includes(m.actor)) actors.push(m.actor);
  if (actors.length < 2) return new Map();
  const score = sentiment.analyze(text).score;
  return new Map([[`${actors[0]}>${actors[1]}`, score > 0 ? 'cooperative' : score < 0 ? 'conflictual' : 'neutral']]);
}

function score(items) {
  let tp = 0,
    fp = 0,
    fn = 0,
    goldN = 0,
    srcOk = 0,
    tgtOk = 0,
    polOk = 0;
  for (const { gold, pred } of items) {
    const predSources = new Set([...pred.keys()].map((k) => k.split('>')[0]));
    const predTargets = new Set([...pred.keys()].map((k) => k.split('>')[1]));
    for (const [k, pol] of gold) {
      goldN++;
      const [s, t] = k.split('>');
      if (predSources.has(s)) srcOk++;
      if (predTargets.has(t)) tgtOk++;
      if (pred.has(k)) {
        tp++;
        if (pred.get(k) === pol) polOk++;
      } else fn++;
    }
    for (const k of pred.keys()) if (!gold.has(k)) fp++;
  }
  const { p, r, f } = prf(tp, fp, fn);
  return { p, r, f, src: goldN ? srcOk / goldN : 0, tgt: goldN ? tgtOk / goldN : 0, pol: tp ? polOk / tp : 0, tp, fp, fn };
}

function printErrors(name, items) {
  for (const it of items) {
    const g = [...it.gold]
      .map(([k, p]) => `${k}:${p[0]}`)
      .sort()
      .join(' ');
    const p = [...it.pred]
      .map(([k, q]) => `${k}:${q[0]}`)
      .sort()
      .join(' ');
    if (g === p) continue;
    console.log(`[${name}] ${it.id}\n  gold: ${g || '-'}\n  pred: ${p || '-'}\n  ${it.text.slice(0, 300)}`);
  }
}

// wikinews-stances: analyse whole articles (quotes, pronouns and "the South" need the article context)
// and keep the events of the sentence that lies inside each annotated span.
const stanceRows = readJsonl(stancesPath);
const articles = new Map(readJsonl(articlesPath).map((a) => [a.id, a]));
const isActor = (c) => /^[A-Z]{3}$/.test(c) || ORGS.has(c);
const byArticle = new Map();
for (const row of stanceRows) byArticle.set(row.article, [...(byArticle.get(row.article) ?? []), row]);
const wikiOurs = [];
const wikiBase = [];
for (const [id, rows] of byArticle) {
  const article = articles.get(id);
  const result = analyze({ id, text: article.text, published: article.published });
  for (const row of rows) {
    const inside = result.events.filter(
      (e) => counted(e) && Math.min(e.end, row.end) - Math.max(e.start, row.start) >= (e.end - e.start) / 2,
    );
    const gold = new Map(row.events.map((e) => [`${e.source}>${e.target}`, e.polarity]));
    wikiOurs.push({ id: row.id, text: row.text, gold, pred: pairMap(inside, isActor) });
    wikiBase.push({ id: row.id, text: row.text, gold, pred: baseline(row.text, row.published, isActor) });
  }
}

// PETR2: single sentences with their own date; countries only.
const isCountry = (c) =>
  /^[A-Z]{3}$/.test(c) &&
  ![
    'IGO',
    'IMG',
    'NGO',
    'MNC',
    'REB',
    'GOV',
    'MIL',
    'COP',
    'JUD',
    'LEG',
    'OPP',
    'CVL',
    'BUS',
    'EDU',
    'MED',
    'REF',
    'UAF',
    'SPY',
    'CRM',
    'PTY',
    'ELI',
    'HLH',
    'LAB',
    'AGR',
    'RAD',
    'SET',
    'MOD',
    'WST',
    'AFR',
    'EUR',
    'ASA',
    'MEA',
    'NAF',
    'SAF',
    'CAS',
    'SAS',
    'SEA',
    'EAF',
    'WAF',
    'CAF',
    'BLK',
    'CAU',
    'SCN',
    'LAM',
    'CRB',
    'NMR',
    'PGS',
    'BAL',
    'BAG',
    'SAM',
    'CAM',
    'EIN',
    'WEST',
  ].includes(c);
const petrOurs = [];
const petrBase = [];
for (const row of readJsonl(petrPath)) {
  if (!row.text) continue;
  const gold = new Map();
  for (const e of row.expected) {
    if (e.noevents) continue;
    const s = PETR_FIX[e.source_country] ?? e.source_country;
    const t = PETR_FIX[e.target_country] ?? e.target_country;
    if (isCountry(s) && isCountry(t) && s !== t) gold.set(`${s}>${t}`, e.polarity);
  }
  const result = analyze({ id: row.id, text: row.text, published: row.published });
  petrOurs.push({ id: row.id, text: row.text, gold, pred: pairMap(result.events.filter(counted), isCountry) });
  petrBase.push({ id: row.id, text: row.text, gold, pred: baseline(row.text, row.published, isCountry) });
}

const rows = [];
for (const [set, ours, base] of [
  ['wikinews-stances', wikiOurs, wikiBase],
  ['petr2-validation', petrOurs, petrBase],
]) {
  for (const [who, items] of [
    ['engine', ours],
    ['baseline', base],
  ]) {
    const s = score(items);
    rows.push([
      set,
      who,
      items.length,
      `${s.tp}/${s.fp}/${s.fn}`,
      fmt(s.p),
      fmt(s.r),
      fmt(s.f),
      fmt(s.src),
      fmt(s.tgt),
      fmt(s.pol),
    ]);
  }
}
const out = table(
  ['set', 'coder', 'sentences', 'tp/fp/fn', 'pair P', 'pair R', 'pair F1', 'source acc', 'target acc', 'polarity acc'],
  rows,
);
console.log(out);
if (showErrors) {
  printErrors('wikinews', wikiOurs);
  printErrors('petr2', petrOurs);
}
writeSection(
  'quality.md',
  'events',
  `## Events (who did what to whom)\n\n\`npx tsx scripts/eval/events.mjs\`. Pairs are directed (source, target) sets per sentence; negated and hypothetical acts are not counted; polarity accuracy is over matched pairs. wikinews-stances: each article is analysed whole and the events of each annotated sentence are kept (quotes, pronouns and speakers need the article). PETR2: each sentence alone with its date, countries only. Source (target) accuracy: share of gold events whose source (target) is among the predicted sources (targets) of the sentence. Baseline: first country = source, second = target, AFINN sign (\`sentiment\`) = polarity. \`--errors\` prints every sentence where the pairs differ.\n\n${out}\n\nPETR2's gold follows PETRARCH's own rules: it codes venues as targets ("meet in Zurich" -> CHE), private groups by nationality (activists, rebels, a court's defendants) and many constructed rule tests; the engine follows the annotation guideline of wikinews-stances (places, companies and private people are not actors, wishes and requests are not acts), which costs recall there.\n`,
);
