// analyze() throughput on 1,000 articles built by cycling the Wikinews articles, against wink-nlp's bare
// tokenisation of the same texts in the same run. Usage: npx tsx scripts/bench/analyze.mjs [--n 1000]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { fmt, requireData, sharedData, table, writeSection } from '../lib/report.mjs';
import { analyze } from '../../electron/core/analysis/analyze';
import { splitSentences } from '../../electron/core/analysis/sentences';
import { AnalysisQueue } from '../../electron/core/analysis-runner';
import { addArticle } from '../../electron/core/library/articles';
import { openLibrary } from '../../electron/core/library/open';

const nArg = process.argv.indexOf('--n');
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 1000;
const path = requireData(sharedData('wikinews', 'articles.jsonl'), 'Wikinews articles');
const source = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const docs = Array.from({ length: N }, (_, i) => source[i % source.length]);
const sentences = docs.reduce((a, d) => a + splitSentences(d.text).length, 0);
const chars = docs.reduce((a, d) => a + d.text.length, 0);

const pct = (xs, q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
function run(fn) {
  for (const d of docs.slice(0, 20)) fn(d);
  const times = [];
  const t0 = performance.now();
  for (const d of docs) {
    const t = performance.now();
    fn(d);
    times.push(performance.now() - t);
  }
  const total = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  return { total, median: pct(times, 0.5), p95: pct(times, 0.95) };
}

const nlp = winkNLP(model, ['sbd']);
const ours = run((d) => analyze({ id: d.id, text: d.text, published: d.published }));
const wink = run((d) => nlp.readDoc(d.text).tokens().length());
const tagger = winkNLP(model, ['sbd', 'pos']);
const tagged = run((d) => tagger.readDoc(d.text).tokens().out(tagger.its.pos).length);
// Re-analysis as the app runs it: every article of a library analysed and its results stored.
const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
const lib = openLibrary(dir);
docs.forEach((d, i) =>
  addArticle(lib.db, { title: d.title ?? `Article ${i}`, text: d.text, published: d.published, contentHash: `bench-${i}` }),
);
const t0 = performance.now();
const rerun = await new AnalysisQueue(lib).reanalyze({ all: true });
const reanalysis = (performance.now() - t0) / 1000;
lib.close();
rmSync(dir, { recursive: true, force: true });

const row = (name, r) => [name, fmt(r.total, 2), Math.round(sentences / r.total), fmt(r.median, 2), fmt(r.p95, 2)];
const out = table(
  ['run', 'total s', 'sentences/s', 'median ms/article', 'p95 ms/article'],
  [row('analyze()', ours), row('wink-nlp tokenise (sbd)', wink), row('wink-nlp tag (sbd, pos), whole texts', tagged)],
);
const summary = `${N} articles, ${sentences} sentences, ${(chars / 1e6).toFixed(2)} M characters, Node ${process.version}, one core (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores at the end of the run). analyze() / wink tokenisation time ratio: ${fmt(ours.total / wink.total, 2)}. Re-analysis of a ${rerun.done}-article library (analysis plus storing mentions, quotes, dates and events): ${fmt(reanalysis, 2)} s.`;
console.log(out);
console.log(summary);
writeSection(
  'benchmarks.md',
  'analyze',
  `## analyze()\n\n\`npx tsx scripts/bench/analyze.mjs\`. Articles are the Wikinews dev articles, cycled. Goal: >= 2,000 sentences/s, 1,000-article re-analysis under a minute. The event coder tags the parts of speech of each sentence that names an actor with wink-nlp; the third row is the cost of tagging every text whole.\n\n${out}\n\n${summary}\n`,
);
