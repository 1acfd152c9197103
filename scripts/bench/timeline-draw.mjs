// Frame cost of the timeline canvas in Chromium: the app's drawing code (renderer/components/timeline) bundled
// with esbuild and run on synthetic events over ten years and twelve lanes. Measures one frame (draw calls plus
// the raster they cause, forced with getImageData) while panning, in the modes the app uses, against drawing each
// event as a plain circle with its own path and fill, without date ranges, in the same page.
// The drawing code of an earlier commit (--before, default the one before the batched single-event drawing) runs
// in the same page, so the single-event rows show the change against the earlier code measured in the same moments.
// Usage: npx tsx scripts/bench/timeline-draw.mjs [--events 50000] [--frames 60] [--before REF]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';
import { fmt, repoRoot, table, writeSection } from '../lib/report.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EVENTS = arg('events', 50_000);
const FRAMES = arg('frames', 60);
const bi = process.argv.indexOf('--before');
const BEFORE = bi > 0 ? process.argv[bi + 1] : '12397a8';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.log(`skipped: no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);
  process.exit(0);
}

// Runs in the page: builds the columns the app would receive, then times frames.
const entry = `
import { binColumns, itemColumns } from './renderer/components/timeline/columns';
import { bucketStart, dayToIso, isoToDay } from './renderer/components/timeline/dates';
import { drawFrame } from './renderer/components/timeline/draw';
import { drawFrame as drawBefore } from 'before:draw';
import { heightFor, itemRadius, itemY, plotLeft, plotWidth } from './renderer/components/timeline/layout';
import { chooseBucket, fitView, panBy, span, toX } from './renderer/components/timeline/scale';

const theme = {
  panel: '#ffffff', stripe: '#f1f3f6', ink: '#1b2330', muted: '#6a7383', line: '#e5e7eb', lineStrong: '#cfd4dc',
  accent: '#1f5fa8', brush: '#e6eef8', polarity: ['#1d6b3a', '#8a93a3', '#a3261d'], font: 'sans-serif',
};
const POL = ['cooperative', 'neutral', 'conflictual'];

function events(n, lanes, first, last) {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
  const items = { id: [], lane: [], earliest: [], latest: [], best: [], polarity: [], intensity: [] };
  for (let i = 0; i < n; i++) {
    const best = first + Math.floor(rnd() * (last - first));
    const vague = rnd() < 0.2;
    const lo = vague ? bucketStart(best, 'month') : best;
    items.id.push(i + 1);
    items.lane.push(Math.floor(rnd() ** 1.5 * lanes));
    items.earliest.push(dayToIso(lo));
    items.latest.push(dayToIso(vague ? lo + 29 : best));
    items.best.push(dayToIso(best));
    items.polarity.push(POL[Math.floor(rnd() * 3)]);
    items.intensity.push(Math.round((rnd() * 20 - 10) * 10) / 10);
  }
  return items;
}

function binsOf(items, bucket) {
  const m = new Map();
  for (let i = 0; i < items.id.length; i++) {
    const key = items.lane[i] + '|' + dayToIso(bucketStart(isoToDay(items.best[i]), bucket));
    const c = m.get(key) ?? { cooperative: 0, neutral: 0, conflictual: 0 };
    c[items.polarity[i]]++;
    m.set(key, c);
  }
  const out = { lane: [], start: [], cooperative: [], conflictual: [], neutral: [] };
  for (const [key, c] of m) {
    const [lane, start] = key.split('|');
    out.lane.push(Number(lane));
    out.start.push(start);
    out.cooperative.push(c.cooperative);
    out.conflictual.push(c.conflictual);
    out.neutral.push(c.neutral);
  }
  return out;
}

/** Each event with its own path and fill: the baseline the batched drawing is compared with. */
function drawEachAlone(ctx, f) {
  ctx.fillStyle = theme.panel;
  ctx.fillRect(0, 0, f.layout.width, f.layout.height);
  const it = f.items;
  const w = plotWidth(f.layout);
  let drawn = 0;
  for (let i = 0; i < it.length; i++) {
    if (it.best[i] < f.view.start || it.best[i] > f.view.end) continue;
    drawn++;
    ctx.fillStyle = theme.polarity[it.polarity[i]];
    ctx.beginPath();
    ctx.arc(plotLeft() + toX(f.view, w, it.best[i]), itemY(it.lane[i], it.id[i]), itemRadius(it.intensity[i]), 0, Math.PI * 2);
    ctx.fill();
  }
  return drawn;
}

globalThis.runBench = ({ n, frames, width, dpr, before: BEFORE_REF }) => {
  const lanes = 12;
  const first = isoToDay('2015-01-01');
  const last = isoToDay('2025-01-01');
  const raw = events(n, lanes, first, last);
  const t0 = performance.now();
  const items = itemColumns(raw);
  const columnsMs = performance.now() - t0;
  const full = fitView(first, last);
  const layout = { width, height: heightFor(lanes), lanes };
  const canvas = document.createElement('canvas');
  canvas.width = width * dpr;
  canvas.height = layout.height * dpr;
  document.body.append(canvas);
  const ctx = canvas.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  const labels = Array.from({ length: lanes }, (_, i) => 'Country ' + i + ' → Country ' + (i + 1));
  const undated = new Uint32Array(lanes).fill(3);

  function measure(view, mode, draw = drawFrame) {
    const bucket = chooseBucket(view, plotWidth(layout));
    const bins = mode === 'bins' ? binColumns(binsOf(raw, bucket), bucket) : null;
    const frame = { layout, view, labels, bins, items: mode === 'items' ? items : null, undated, brush: null,
      focused: -1, selected: -1, focusedBin: -1, focusedLane: -1, theme };
    const times = [];
    let marks = 0;
    for (let k = 0; k < frames + 5; k++) {
      frame.view = panBy(view, (span(view) * k) / (frames * 4));
      const s = performance.now();
      marks = draw(ctx, frame);
      ctx.getImageData(0, 0, 1, 1);
      if (k >= 5) times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    let inView = 0;
    for (let i = 0; i < items.length; i++) if (items.best[i] >= view.start && items.best[i] <= view.end) inView++;
    return { inView, marks, bucket: mode === 'bins' ? bucket : 'item', mean: times.reduce((a, b) => a + b, 0) / times.length,
      p95: times[Math.floor(times.length * 0.95)], min: times[0], median: times[Math.floor(times.length / 2)] };
  }

  const month = { start: isoToDay('2020-01-01'), end: isoToDay('2020-02-01') };
  const fewDays = month.end - month.start;
  // A window holding about 2,500 events: the most the app draws one by one (ITEM_LIMIT).
  const five = { start: first, end: first + (last - first) * (2500 / n) };
  return {
    columnsMs,
    rows: [
      ['all ' + n + ' events in range, binned (what the app draws)', measure(full, 'bins')],
      ['all ' + n + ' events in range, one mark each, as the app would draw them (squares above 4,000)', measure(full, 'items')],
      ['all ' + n + ' events in range, a circle each, one path and fill per event, no date ranges (baseline)', measure(full, 'items', drawEachAlone)],
      ['about 2,500 events in view, as the app draws them (circles and date ranges)', measure(five, 'items')],
      ['about 2,500 events in view, the drawing code of ' + BEFORE_REF + ' (before)', measure(five, 'items', drawBefore)],
      ['about 2,500 events in view, circles only, no date ranges (baseline)', measure(five, 'items', drawEachAlone)],
      ['one month in view (' + fewDays + ' days), single events', measure(month, 'items')],
    ],
  };
};
`;

const timelineDir = join(repoRoot, 'renderer/components/timeline');
const beforeSource = execFileSync('git', ['show', `${BEFORE}:renderer/components/timeline/draw.ts`], {
  cwd: repoRoot,
  encoding: 'utf8',
});
const beforePlugin = {
  name: 'before-draw',
  setup(b) {
    b.onResolve({ filter: /^before:draw$/ }, () => ({ path: 'before-draw.ts', namespace: 'before' }));
    b.onLoad({ filter: /.*/, namespace: 'before' }, () => ({
      contents: beforeSource,
      loader: 'ts',
      resolveDir: timelineDir,
    }));
  },
};
const bundle = await build({
  stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' },
  plugins: [beforePlugin],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
});
const code = bundle.outputFiles[0].text;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
await page.addScriptTag({ content: code });
const result = await page.evaluate((opts) => globalThis.runBench(opts), {
  n: EVENTS,
  frames: FRAMES,
  width: 1200,
  dpr: 1,
  before: BEFORE,
});
const version = browser.version();
await browser.close();

const baselineFull = result.rows[2][1].median;
const baselineFive = result.rows[5][1].median;
const ratio = (i) => {
  const base = i <= 2 ? baselineFull : i <= 5 ? baselineFive : null;
  return base ? `${fmt(base / result.rows[i][1].median, 1)}x` : '-';
};
const rows = result.rows.map(([name, r], i) => [
  name,
  r.inView,
  r.bucket,
  r.marks,
  fmt(r.min, 2),
  fmt(r.median, 2),
  fmt(r.p95, 2),
  i === 2 || i === 5 ? 'baseline' : ratio(i),
]);
const out = table(
  ['frame', 'events in view', 'bucket', 'marks drawn', 'best ms', 'median ms', 'p95 ms', 'faster than baseline (median)'],
  rows,
);
const summary =
  `${EVENTS} synthetic events over 10 years and 12 lanes (a fifth with month-long date ranges), a 1200 x ${
    30 + 12 * 46 + 8
  } px canvas at devicePixelRatio 1, ${FRAMES} panning frames each; one frame = the draw calls plus the raster they cause ` +
  `(forced with getImageData); best = the fastest frame, what a frame costs when the machine is not busy with other work. Headless Chromium ${version} without a GPU (software raster), so absolute times are indicative. ` +
  `Filling the typed arrays from the API's parallel arrays took ${fmt(result.columnsMs, 1)} ms for ${EVENTS} events. Goal: a frame under 16 ms at 50,000 events in range, and for the about 2,500 single events the app draws one by one. ` +
  `Single-event frame now against the drawing code of ${BEFORE} in this run: median ${fmt(
    result.rows[4][1].median / result.rows[3][1].median,
    1,
  )}x faster, best ${fmt(result.rows[4][1].min / result.rows[3][1].min, 1)}x.`;
console.log(out);
console.log(summary);
writeSection(
  'benchmarks.md',
  'timeline-draw',
  `## Timeline frames (\`scripts/bench/timeline-draw.mjs\`)\n\n\`npx tsx scripts/bench/timeline-draw.mjs\`.\n\n${out}\n\n${summary}\n`,
);
