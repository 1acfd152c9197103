// Checks that the seed article comes out as specified. Prints ok/FAIL per check; exit code 1 on any failure.
// Usage: npx tsx scripts/eval/seed.mjs
import { readFileSync } from 'node:fs';
import { requireData, sharedData } from '../lib/report.mjs';
import { analyze } from '../../electron/core/analysis/analyze';

const textPath = requireData(sharedData('seed', 'seed-article.txt'), 'seed article');
const meta = JSON.parse(readFileSync(sharedData('seed', 'seed-article.meta.json'), 'utf8'));
const text = readFileSync(textPath, 'utf8');
const result = analyze({ id: 'seed', text, published: meta.published });
const events = result.events.filter((e) => !e.negated && !e.hypothetical);
const between = (s, t) => events.filter((e) => e.source === s && e.target === t);
const west = (t) => t === 'WEST' || t === 'NATO';

const checks = [
  ['Russia -> South Korea cooperative', between('RUS', 'KOR').some((e) => e.polarity === 'cooperative')],
  [
    'Russia -> South Korea criticism (blamed)',
    between('RUS', 'KOR').some((e) => e.polarity === 'conflictual' && /blamed/.test(e.sentence)),
  ],
  [
    'Russia -> Japan conflictual and conditional',
    between('RUS', 'JPN').some((e) => e.polarity === 'conflictual' && e.conditional),
  ],
  ['Russia -> USA conflictual', between('RUS', 'USA').some((e) => e.polarity === 'conflictual')],
  [
    'Russia -> the West/NATO conflictual',
    events.some((e) => e.source === 'RUS' && west(e.target) && e.polarity === 'conflictual'),
  ],
  ['Russia -> North Korea supportive', between('RUS', 'PRK').some((e) => e.polarity === 'cooperative')],
  [
    "North Korea -> USA only as Putin's claim",
    between('PRK', 'USA').length > 0 && between('PRK', 'USA').every((e) => e.reported),
  ],
  ['"June 5" = 2024-06-05', result.dates.some((d) => d.text.includes('June 5') && d.value === '2024-06-05')],
  [
    '"after the spring of 2025" = open interval after spring 2025',
    result.dates.some(
      (d) => /spring of 2025/.test(d.text) && d.qualifier === 'after' && (d.earliest ?? '') >= '2025-03' && d.latest === null,
    ),
  ],
  [
    'events of the first sentence dated 2024-06-05',
    result.events.filter((e) => e.start === 0).every((e) => e.date === '2024-06-05'),
  ],
];
let failed = 0;
for (const [name, ok] of checks) {
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}
if (process.argv.includes('--events'))
  for (const e of result.events) console.log(JSON.stringify({ ...e, sentence: e.sentence.slice(0, 60) }));
process.exit(failed ? 1 : 0);
