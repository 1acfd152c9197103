// Throughput of sentence splitting + actor mentions + quotes over the Wikinews dev articles, cycled, and the
// gazetteer's load time and heap. Usage: npx tsx scripts/bench/actors.mjs [--rounds 10]
// (node --expose-gc makes the heap figure exact; without it the heap is read without a collection first).
import { readFileSync } from 'node:fs';
import { fmt, requireData, sharedData, table, writeSection } from '../lib/report.mjs';
import { splitSentences } from '../../electron/core/analysis/sentences';

const heapNow = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};
const heapBefore = heapNow();
const loadStart = performance.now();
const { findMentions } = await import('../../electron/core/analysis/mentions');
const { gazetteerStats } = await import('../../electron/core/analysis/gazetteer');
findMentions('Syrian rebels attacked Turkish troops.', '2016-03-01');
const loadMs = performance.now() - loadStart;
const heapMb = (heapNow() - heapBefore) / 1e6;
const { findQuotes } = await import('../../electron/core/analysis/quotes');

const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 10;
const path = requireData(sharedData('wikinews', 'articles.jsonl'), 'Wikinews articles');
const docs = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const sentencesPerRound = docs.reduce((n, d) => n + splitSentences(d.text).length, 0);

function time(fn) {
  for (const d of docs) fn(d);
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const d of docs) fn(d);
  return (performance.now() - t0) / 1000;
}

const stages = [
  ['splitSentences', (d) => splitSentences(d.text)],
  ['findMentions', (d) => findMentions(d.text, d.published)],
  [
    'splitSentences + findMentions + findQuotes',
    (d) => {
      splitSentences(d.text);
      findQuotes(d.text, findMentions(d.text, d.published), d.published);
    },
  ],
];
const total = sentencesPerRound * ROUNDS;
const rows = stages.map(([name, fn]) => {
  const seconds = time(fn);
  return [name, fmt(seconds, 2), Math.round(total / seconds), fmt((seconds * 1000) / total, 4)];
});
const out = table(['stage', 'total s', 'sentences/s', 'ms/sentence'], rows);
const articleMs = (rows[1][1] * 1000) / (docs.length * ROUNDS);
const stats = gazetteerStats();
const summary = `${docs.length} articles x ${ROUNDS} rounds = ${total} sentences, Node ${process.version}, one core. Goal: >= 2,000 sentences/s for the whole analysis. findMentions: ${fmt(articleMs, 3)} ms per article.\n\nGazetteer load (module import, tries built, first call): ${Math.round(loadMs)} ms, heap ${fmt(heapMb, 1)} MB${globalThis.gc ? '' : ' (without --expose-gc)'}, for ${stats.names} phrases, ${stats.persons} persons, ${stats.countries} countries.`;
console.log(out);
console.log(summary);
writeSection(
  'benchmarks.md',
  'actors',
  `## Actors and quotes\n\n\`npx tsx scripts/bench/actors.mjs\`.\n\n${out}\n\n${summary}\n`,
);
