// Actor recognition recall on the dev sentences (Wikinews stances, PETR-2 validation) and the seed-article checks
// for mentions and quotes. Usage: npx tsx scripts/eval/actors.mjs
import { readFileSync } from 'node:fs';
import { fmt, requireData, sharedData, table, writeSection } from '../lib/report.mjs';
import { findMentions } from '../../electron/core/analysis/mentions';
import { findQuotes } from '../../electron/core/analysis/quotes';
import { splitSentences } from '../../electron/core/analysis/sentences';

const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const CAMEO_TO_ISO = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM', ROM: 'ROU' };

function score(name, items) {
  let gold = 0;
  let found = 0;
  const missed = new Map();
  for (const { actors, mentions } of items) {
    const have = new Set(mentions.map((m) => m.actor));
    for (const a of actors) {
      gold++;
      if (have.has(a)) found++;
      else missed.set(a, (missed.get(a) ?? 0) + 1);
    }
  }
  const top = [...missed]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([a, n]) => `${a} ${n}`)
    .join(', ');
  return [name, items.length, gold, found, fmt(gold ? found / gold : 0), top || '-'];
}

const stancesPath = requireData(sharedData('events-dev', 'wikinews-stances.jsonl'), 'Wikinews stance sentences');
const articles = new Map(readJsonl(sharedData('wikinews', 'articles.jsonl')).map((a) => [a.id, a]));
const byArticle = new Map();
const stanceItems = [];
let sameSentence = 0;
let stanceRows = 0;
const candidates = [];
for (const row of readJsonl(stancesPath)) {
  const article = articles.get(row.article);
  if (!article) continue;
  if (!byArticle.has(row.article)) byArticle.set(row.article, findMentions(article.text, article.published));
  stanceRows++;
  if (splitSentences(article.text).some((x) => x.start === row.start && x.end === row.end)) sameSentence++;
  const mentions = byArticle.get(row.article).filter((m) => m.start < row.end && m.end > row.start);
  const actors = new Set(row.events.flatMap((e) => [e.source, e.target]));
  if (actors.size > 0) stanceItems.push({ actors, mentions });
  candidates.push(new Set(mentions.map((m) => m.actor)).size >= 2);
}

const petrItems = [];
for (const row of readJsonl(requireData(sharedData('events-dev', 'petr2-validation.jsonl'), 'PETR-2 sentences'))) {
  const codes = new Set();
  for (const e of row.expected ?? []) {
    for (const c of [e.source_country, e.target_country]) {
      const iso = CAMEO_TO_ISO[c] ?? c;
      if (/^[A-Z]{3}$/.test(iso ?? '') && iso !== 'IGO' && iso !== '---') codes.add(iso);
    }
  }
  if (codes.size > 0) petrItems.push({ actors: codes, mentions: findMentions(row.text, row.published ?? null) });
}

const seedText = readFileSync(sharedData('seed', 'seed-article.txt'), 'utf8');
const seedMentions = findMentions(seedText, '2024-06-06');
const seedQuotes = findQuotes(seedText, seedMentions, '2024-06-06');
const seedActors = new Set(seedMentions.map((m) => m.actor));
const direct = seedQuotes.filter((q) => q.kind === 'direct');
const seedChecks = [
  [
    'actors RUS, KOR, JPN, USA, PRK, UKR and NATO or WEST found',
    ['RUS', 'KOR', 'JPN', 'USA', 'PRK', 'UKR'].every((a) => seedActors.has(a)) &&
      (seedActors.has('NATO') || seedActors.has('WEST')),
  ],
  [
    'Putin, Moscow/Kremlin or Russian map to RUS',
    seedMentions.some((m) => m.person === 'Vladimir Putin') &&
      seedMentions.some((m) => m.kind === 'demonym' && m.actor === 'RUS'),
  ],
  [
    'every direct quote has speaker Vladimir Putin / RUS',
    direct.length >= 8 && direct.every((q) => q.speaker === 'Vladimir Putin' && q.actor === 'RUS'),
  ],
  ['no direct quote for the scare quote', !direct.some((q) => /several candidates/.test(q.text))],
];

const rows = [
  score('Wikinews stance sentences: event actors found', stanceItems),
  score('PETR-2 sentences: coded countries found', petrItems),
];
const out = table(['set', 'sentences', 'gold actors', 'found', 'recall', 'missed (top)'], rows);
const cand = `Wikinews stance sentences where at least two distinct actors are found: ${candidates.filter(Boolean).length} of ${candidates.length} (each was selected for naming two).`;
const boundaries = `Sentence splitter: ${sameSentence} of ${stanceRows} annotated sentences reproduced with identical offsets.`;
const seed = seedChecks.map(([name, ok]) => `- ${ok ? 'ok' : 'FAIL'}: ${name}`).join('\n');
console.log(out);
console.log(cand);
console.log(boundaries);
console.log(seed);
writeSection(
  'quality.md',
  'actors',
  `## Actors (mentions and quotes)\n\n\`npx tsx scripts/eval/actors.mjs\`. Recall of the actors that the gold events name, counted among the mentions found inside each sentence (pronouns and titles resolved from the article count).\n\n${out}\n\n${cand}\n\n${boundaries}\n\nSeed article (${direct.length} direct and ${seedQuotes.length - direct.length} indirect quotes):\n\n${seed}\n`,
);
process.exit(seedChecks.every(([, ok]) => ok) ? 0 : 1);
