// Printing briefings to PDF in Chromium: a one-pager and a ~20-page full briefing (two passes for the
// numbered contents), median of 5 each, next to a blank page printed by the same browser as the baseline.
// Usage: npx tsx scripts/bench/print.mjs [--runs 5]
import { cpus, loadavg } from 'node:os';
import { BriefingDoc } from '../../electron/api/briefing';
import { createChromiumPrinter } from '../../electron/core/briefing/chromium-printer';
import { renderBriefingHtml } from '../../electron/core/briefing/html';
import { readPdfLayout } from '../../electron/core/briefing/pdf-pages';
import { printBriefing } from '../../electron/core/briefing/print-briefing';
import { fmt, table, writeSection } from '../lib/report.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const printedOn = '2024-06-10';
const PARTNERS = ['KOR', 'JPN', 'USA', 'PRK', 'CHN', 'UKR', 'DEU', 'FRA'];

/** A synthetic briefing: `rows` developments, the stance table, quotes and cited text sections. */
function briefing(rows, template, paragraphs = 12, judgments = 4) {
  const citations = Array.from({ length: 40 }, (_, i) => ({
    id: `c${i + 1}`,
    articleId: i + 1,
    outlet: `Outlet ${(i % 9) + 1}`,
    title: `Report number ${i + 1} on the region`,
    published: `2024-0${(i % 6) + 1}-1${i % 10}`,
    url: `https://news.example/${i + 1}`,
    accessed: printedOn,
    localCopy: `originals/${String(i + 1).padStart(64, 'a')}`,
    reliability: 'BCF'[i % 3],
    credibility: [2, 3, 5][i % 3],
  }));
  const day = (i) => `2024-${String((i % 6) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  return BriefingDoc.parse({
    title: 'Russia: relations with its neighbours, first half of 2024',
    scope: { country: 'RUS', counterparts: PARTNERS },
    template,
    marking: { scheme: 'tlp', banner: 'TLP:AMBER', portionMarks: true },
    bottomLine: { text: 'Moscow courts Seoul while it hardens toward Tokyo and Washington.[^c1][^c2]', draft: false },
    keyJudgments: Array.from({ length: judgments }, (_, i) => ({
      id: `k${i + 1}`,
      text: `Judgment ${i + 1}: Moscow will likely keep its present course toward ${PARTNERS[i]}.`,
      likelihood: [55, 80],
      confidence: 'moderate',
      citationIds: [`c${i + 1}`, `c${i + 5}`],
    })),
    sections: [
      { id: 'bl', kind: 'bottom-line', heading: 'Bottom line' },
      { id: 'kj', kind: 'key-judgments', heading: 'Key judgments' },
      {
        id: 'dev',
        kind: 'developments',
        heading: 'Key developments',
        developments: Array.from({ length: rows }, (_, i) => ({
          date: day(i),
          text: `Development ${i + 1}: officials of both sides met, discussed trade, energy and security at length, and agreed to meet again before the end of the quarter.`,
          source: 'RUS',
          target: PARTNERS[i % PARTNERS.length],
          polarity: i % 3 ? 'cooperative' : 'conflictual',
          citationIds: [`c${(i % 40) + 1}`],
        })),
      },
      {
        id: 'st',
        kind: 'stances',
        heading: 'Stances',
        stances: PARTNERS.map((p, i) => ({
          source: 'RUS',
          target: p,
          sourceName: 'Russia',
          targetName: p,
          cooperative: 10 + i,
          conflictual: 8 - i,
          neutral: 2,
          balance: 1.5 - i / 2,
          trend: 'steady',
          events: 20,
          citationIds: [`c${i + 1}`],
        })),
      },
      {
        id: 'q',
        kind: 'quotes',
        heading: 'Notable quotes',
        quotes: Array.from({ length: 8 }, (_, i) => ({
          text: `We are interested in the development of bilateral relations, quote ${i + 1}.`,
          speaker: 'Vladimir Putin',
          citationIds: [`c${i + 10}`],
        })),
      },
      {
        id: 'an',
        kind: 'text',
        heading: 'Analysis',
        markdown: Array.from(
          { length: paragraphs },
          (_, i) => `Paragraph ${i + 1}. The relationship moved in small steps; **trade** fell while talks went on.[^c${i + 1}]`,
        ).join('\n\n'),
      },
      { id: 'ind', kind: 'indicators', heading: 'Indicators to watch', markdown: '- A visit.\n- A vote.\n- A signed agreement.' },
      { id: 'src', kind: 'sources', heading: 'Sources' },
    ],
    citations,
    timeline: Array.from({ length: 300 }, (_, i) => ({
      date: day(i),
      source: 'RUS',
      target: PARTNERS[i % PARTNERS.length],
      polarity: i % 3 ? 'cooperative' : 'conflictual',
      intensity: (i % 9) - 4,
    })),
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(fn) {
  const times = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

const printer = createChromiumPrinter();
try {
  const blank = '<!doctype html><meta charset="utf-8"><title>blank</title><p>Blank page.</p>';
  const launchStart = performance.now();
  await printer.print(blank, { paper: 'a4' });
  const launchMs = performance.now() - launchStart;

  const full = briefing(280, 'full');
  const onePager = briefing(4, 'one-pager', 0, 1);
  const baseline = await measure(() => printer.print(blank, { paper: 'a4' }));
  const single = await measure(() => printer.print(renderBriefingHtml(full, { printedOn }), { paper: 'a4' }));
  const fullRun = await measure(() => printBriefing(printer, full, { printedOn }));
  const oneRun = await measure(() => printBriefing(printer, onePager, { printedOn }));
  const singlePages = (await readPdfLayout(single.result, [])).pages;

  const rows = [
    ['blank page (baseline)', 1, 1, fmt(baseline.ms, 0), '1.0', '-'],
    ['one-pager', oneRun.result.pages, oneRun.result.passes, fmt(oneRun.ms, 0), fmt(oneRun.ms / baseline.ms, 1), '< 1,500'],
    ['full, one pass (no contents numbers)', singlePages, 1, fmt(single.ms, 0), fmt(single.ms / baseline.ms, 1), '-'],
    [
      'full, numbered contents',
      fullRun.result.pages,
      fullRun.result.passes,
      fmt(fullRun.ms, 0),
      fmt(fullRun.ms / baseline.ms, 1),
      '< 5,000',
    ],
  ];
  const out = table(['document', 'pages', 'passes', 'median ms', 'x blank page', 'goal ms'], rows);
  const summary =
    `Median of ${RUNS} prints each through one reused Chromium (playwright-core, ` +
    `JavaScript off), after a first print that started the browser in ${fmt(launchMs, 0)} ms. ` +
    `Each print renders the HTML, lays it out and reads the PDF back (pdf.js) to check page numbers. ` +
    `Node ${process.version}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores while measuring.`;
  console.log(out);
  console.log(summary);
  writeSection(
    'benchmarks.md',
    'print',
    `## Printing briefings\n\n\`npx tsx scripts/bench/print.mjs\`: a synthetic briefing (280 developments, 40 sources, the timeline figure) and a one-pager, printed to PDF in Chromium.\n\n${out}\n\n${summary}\n`,
  );
} finally {
  await printer.close();
}
