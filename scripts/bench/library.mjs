// A library of 100,000 generated articles and 300,000 events over 150 actors and 10 years, then the views that
// read it: SQL in this process beside the rendered time in Chromium against the web host.
// Usage: npx tsx scripts/bench/library.mjs [--articles 100000] [--library DIR (kept; reused when it exists)]
//        [--only search (measure search alone and print it; docs/benchmarks.md is left as it is)]
/* global document, requestAnimationFrame, KeyboardEvent -- the functions given to page.evaluate run in the page */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { fmt, repoRoot, table, writeSection } from '../lib/report.mjs';
import { actorName } from '../../electron/core/analysis/gazetteer';
import { startHost } from '../../electron/host/server';
import { ACTORS, EVENTS_PER_ARTICLE, FIRST_YEAR, generate, pick, YEARS } from './lib/synthetic-library.mjs';

const { values } = parseArgs({
  options: { articles: { type: 'string' }, library: { type: 'string' }, only: { type: 'string' } },
});
if (values.only !== undefined && values.only !== 'search') {
  console.error(`--only takes "search", not ${JSON.stringify(values.only)}`);
  process.exit(1);
}
const SEARCH_ONLY = values.only === 'search';
const ARTICLES = Number(values.articles ?? 100_000);
const rendererDir = resolve(repoRoot, 'dist/renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.log('skipped: the renderer is not built (run npm run build first)');
  process.exit(0);
}
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.log(`skipped: no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);
  process.exit(0);
}

// ---------- measuring ----------

const pct = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const median = (xs) => pct(xs, 0.5);

async function timeCall(services, verb, payload, runs = 5) {
  const times = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const res = await services.dispatch(verb, payload);
    times.push(performance.now() - t);
    if (!res.ok) throw new Error(`${verb}: ${res.error.message}`);
    value = res.value;
  }
  return { ms: median(times), value };
}

function timeSql(db, sql, params = {}, runs = 5) {
  const s = db.prepare(sql);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    s.all(params);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Resident memory of the renderer processes of the browser launched with `marker`, from /proc. */
function rendererRssMb(marker) {
  const children = new Map();
  let browserPid = null;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes(marker) && !cmd.includes('--type=')) browserPid = pid;
      const ppid = /PPid:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      if (ppid) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we looked
    }
  }
  let kb = 0;
  let renderers = 0;
  const visit = (pid) => {
    for (const child of children.get(pid) ?? []) {
      try {
        if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--type=renderer')) {
          // Proportional set size: private memory plus a fair share of what is shared with other processes.
          kb += Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${child}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
          renderers++;
        }
      } catch {
        // gone
      }
      visit(child);
    }
  };
  if (browserPid) visit(browserPid);
  return { mb: kb / 1024, renderers };
}

async function measureBrowser(host, topActors) {
  const marker = `--briefing-bench=${process.pid}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      marker,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const out = {};
  try {
    await page.goto(host.url);
    await page.getByRole('searchbox', { name: 'Search articles' }).waitFor();

    // Search: submit a query, then wait for hits that highlight it.
    const words = ['pipeline', 'railway', 'grain', 'fishing', 'dam', 'visa', 'airspace', 'vaccine', 'port', 'satellite'];
    const search = [];
    for (let round = 0; round < 3; round++) {
      for (const word of words) {
        const q =
          round === 0
            ? word
            : round === 1
              ? `${word} ${pick(['sanctions', 'talks', 'aid'])}`
              : `${actorName(pick(topActors))} ${word}`;
        await page.evaluate(async () => {
          const input = document.querySelector('input[type="search"]');
          input.value = '';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.form.requestSubmit();
          await new Promise((resolve) => {
            const check = () => (document.querySelector('[data-testid="search-hit"]') ? requestAnimationFrame(check) : resolve());
            check();
          });
        });
        search.push(
          await page.evaluate(
            async ([query, marker]) => {
              const input = document.querySelector('input[type="search"]');
              const shown = () => {
                const hit = document.querySelector('[data-testid="search-hit"]');
                return !!hit && [...hit.querySelectorAll('mark')].some((m) => m.textContent.toLowerCase().startsWith(marker));
              };
              input.value = query;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              const t0 = performance.now();
              input.form.requestSubmit();
              await new Promise((resolve) => {
                const check = () => (shown() ? resolve() : requestAnimationFrame(check));
                check();
              });
              await new Promise((r) => requestAnimationFrame(() => r()));
              return performance.now() - t0;
            },
            [q, word],
          ),
        );
      }
    }
    console.log(`search times (ms): ${search.map((t) => t.toFixed(0)).join(' ')}`);
    out.searchP95 = pct(search, 0.95);
    out.searchMedian = median(search);
    if (SEARCH_ONLY) return out;
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
    await page.getByRole('searchbox', { name: 'Search articles' }).press('Enter');

    // A country's stance tables: from choosing it to both tables on screen.
    await page.getByRole('button', { name: 'Stances', exact: true }).click();
    await page.getByRole('combobox', { name: 'Country' }).waitFor();
    const stance = [];
    for (const code of [...topActors.slice(0, 5), ...topActors.slice(-3)]) {
      const name = actorName(code);
      await page.getByRole('combobox', { name: 'Country' }).fill(code);
      await page.getByRole('option').first().waitFor();
      stance.push(
        await page.evaluate(async (title) => {
          const input = document.querySelector('input[role="combobox"]');
          const t0 = performance.now();
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          await new Promise((resolve) => {
            const check = () =>
              [...document.querySelectorAll('h2')].some((h) => h.textContent === `Others toward ${title}`) &&
              document.querySelector('[data-testid="stance-row"]')
                ? resolve()
                : requestAnimationFrame(check);
            check();
          });
          await new Promise((r) => requestAnimationFrame(() => r()));
          return performance.now() - t0;
        }, name),
      );
    }
    console.log(`stance times (ms): ${stance.map((t) => t.toFixed(0)).join(' ')}`);
    out.stanceMedian = median(stance);
    out.stanceMax = Math.max(...stance);

    // Timeline: first render from the click, then panning frames over the full range.
    const first = await page.evaluate(async () => {
      const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent.includes('Timeline'));
      const t0 = performance.now();
      button.click();
      await new Promise((resolve) => {
        const check = () => {
          const canvas = document.querySelector('[data-testid="timeline-canvas"]');
          return canvas &&
            canvas.dataset.frameMs &&
            !/Loading/i.test(document.querySelector('[data-testid="timeline-status"]')?.textContent ?? '')
            ? resolve()
            : requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - t0;
    });
    out.timelineFirst = first;
    const hasTimeline = await page.locator('[data-testid="timeline"]').count();
    if (hasTimeline) {
      await page.locator('[data-testid="timeline"]').focus();
      const pan = await page.evaluate(async () => {
        const el = document.querySelector('[data-testid="timeline"]');
        const canvas = document.querySelector('[data-testid="timeline-canvas"]');
        const frames = [];
        const draws = [];
        let last = performance.now();
        const t0 = last;
        let key = 'ArrowRight';
        await new Promise((resolve) => {
          const tick = (now) => {
            frames.push(now - last);
            last = now;
            draws.push(Number(canvas.dataset.frameMs ?? 0));
            if (frames.length % 60 === 0) key = key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
            el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
            if (now - t0 < 3000) requestAnimationFrame(tick);
            else resolve();
          };
          requestAnimationFrame(tick);
        });
        const elapsed = performance.now() - t0;
        return {
          fps: (frames.length / elapsed) * 1000,
          drawMax: Math.max(...draws),
          drawMean: draws.reduce((a, b) => a + b, 0) / draws.length,
        };
      });
      Object.assign(out, { panFps: pan.fps, drawMax: pan.drawMax, drawMean: pan.drawMean });
    }

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    out.jsHeapMb = metric('JSHeapUsedSize') / 2 ** 20;
    const rss = rendererRssMb(marker);
    out.rendererRssMb = rss.mb;
    out.renderers = rss.renderers;
  } finally {
    await browser.close();
  }
  return out;
}

// ---------- run ----------

const keep = values.library ? resolve(values.library) : null;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'briefing-bench-library-'));
let gen = null;
if (!keep || !existsSync(join(dir, 'library.sqlite'))) {
  console.log(
    `generating ${ARTICLES} articles, ${ARTICLES * EVENTS_PER_ARTICLE} events over ${ACTORS} actors and ${YEARS} years…`,
  );
  gen = generate(dir, ARTICLES);
  console.log(
    `generated in ${fmt(gen.insertS + gen.indexS + gen.countS, 1)} s (store ${fmt(gen.insertS, 1)} s, full-text index ${fmt(gen.indexS, 1)} s, counts ${fmt(gen.countS, 1)} s)`,
  );
}

const host = await startHost({ libraryDir: dir, rendererDir });
try {
  const { services } = host;
  const db = services.lib.db;
  const topActors = db
    .prepare(
      "SELECT source FROM event_counts WHERE kind = 'actor' AND bucket = 'year' GROUP BY source ORDER BY sum(cooperative + conflictual + neutral) DESC",
    )
    .pluck()
    .all();
  const top = topActors[0];
  const articles = db.prepare('SELECT count(*) FROM articles').pluck().get();
  const events = db.prepare('SELECT count(*) FROM current_events').pluck().get();
  const topEvents = db.prepare('SELECT count(*) FROM current_events WHERE source = ? OR target = ?').pluck().get(top, top);

  const sql = {
    search: await timeCall(services, 'search', { query: 'pipeline', limit: 50 }),
    stance: await timeCall(services, 'countryOverview', { actor: top, limit: 25 }),
    card: await timeCall(services, 'countryCard', { actor: top }),
    timelineYear: await timeCall(services, 'listTimeline', { lanes: 'actor', bucket: 'year' }),
    timelineMonth: await timeCall(services, 'listTimeline', { lanes: 'actor', bucket: 'month' }),
    timelinePairs: await timeCall(services, 'listTimeline', { lanes: 'pair', actors: [top], bucket: 'month' }),
    timelineItems: await timeCall(services, 'listTimeline', {
      lanes: 'actor',
      bucket: 'item',
      from: '2020-01-01',
      to: '2020-12-31',
    }),
    events: await timeCall(services, 'listEvents', { actor: top, limit: 50 }),
  };
  // Baselines in the same process: the same answers counted from the events table instead of the aggregates.
  const baseline = {
    stance:
      timeSql(
        db,
        `SELECT target, substr(date_best, 1, 7) AS month, sum(polarity = 'cooperative'), sum(polarity = 'conflictual'),
         sum(polarity = 'neutral'), sum(intensity) FROM current_events WHERE counted = 1 AND source = @a GROUP BY target, month`,
        { a: top },
      ) +
      timeSql(
        db,
        `SELECT source, substr(date_best, 1, 7) AS month, sum(polarity = 'cooperative'), sum(polarity = 'conflictual'),
         sum(polarity = 'neutral'), sum(intensity) FROM current_events WHERE counted = 1 AND target = @a GROUP BY source, month`,
        { a: top },
      ),
    stanceAgg:
      timeSql(
        db,
        `SELECT target, start, cooperative, conflictual, neutral, intensity FROM event_counts
       WHERE kind = 'pair' AND bucket = 'month' AND source = @a`,
        { a: top },
      ) +
      timeSql(
        db,
        `SELECT source, start, cooperative, conflictual, neutral, intensity FROM event_counts
       WHERE kind = 'pair' AND bucket = 'month' AND target = @a`,
        { a: top },
      ),
    timeline: timeSql(
      db,
      `SELECT source, substr(date_best, 1, 7), count(*) FROM current_events WHERE counted = 1 GROUP BY source, substr(date_best, 1, 7)`,
    ),
    timelineAgg: timeSql(
      db,
      `SELECT source, start, cooperative + conflictual + neutral FROM event_counts WHERE kind = 'actor' AND bucket = 'month'`,
    ),
    search: timeSql(db, `SELECT id FROM articles WHERE text LIKE '%pipeline%' LIMIT 50 OFFSET 0`),
  };

  const browser = await measureBrowser(host, topActors);
  if (SEARCH_ONLY) {
    console.log(
      `\nsearch over ${articles} articles: query ${fmt(sql.search.ms, 1)} ms in process; Enter to highlighted hits in Chromium p95 ${fmt(browser.searchP95, 1)} ms, median ${fmt(browser.searchMedian, 1)} ms (goal < 100)`,
    );
  } else {
    const rows = [
      [
        'search, Enter to the first 50 highlighted hits (p95)',
        fmt(sql.search.ms, 1),
        fmt(browser.searchP95, 1),
        '< 100',
        `LIKE scan ${fmt(baseline.search, 1)} ms`,
      ],
      [
        `stance tables of ${actorName(top)} (${topEvents} events; median of 8 countries in the browser)`,
        fmt(sql.stance.ms, 1),
        `${fmt(browser.stanceMedian, 1)} (max ${fmt(browser.stanceMax, 1)})`,
        '< 200',
        `counts from events ${fmt(baseline.stance, 1)} ms vs aggregates ${fmt(baseline.stanceAgg, 1)} ms (${fmt(baseline.stance / baseline.stanceAgg, 1)}x)`,
      ],
      ['country card', fmt(sql.card.ms, 1), '-', '-', ''],
      [
        'timeline first render, full range (actor lanes)',
        `${fmt(sql.timelineYear.ms, 1)} (year) / ${fmt(sql.timelineMonth.ms, 1)} (month)`,
        browser.timelineFirst !== undefined ? fmt(browser.timelineFirst, 1) : '-',
        '< 1000',
        `monthly counts from events ${fmt(baseline.timeline, 1)} ms vs aggregates ${fmt(baseline.timelineAgg, 1)} ms (${fmt(baseline.timeline / baseline.timelineAgg, 1)}x)`,
      ],
      [
        'timeline panning, keyboard, full range',
        '-',
        browser.panFps !== undefined
          ? `${fmt(browser.panFps, 1)} frames/s (draw mean ${fmt(browser.drawMean, 2)} ms, max ${fmt(browser.drawMax, 2)} ms)`
          : 'no timeline',
        '>= 50 frames/s',
        '',
      ],
      [`timeline pair lanes of ${top}, month bins`, fmt(sql.timelinePairs.ms, 1), '-', '-', ''],
      [
        `timeline single items, one year (${sql.timelineItems.value.items?.id.length ?? 0} items)`,
        fmt(sql.timelineItems.ms, 1),
        '-',
        '-',
        '',
      ],
      [`events of ${top}, first page of 50`, fmt(sql.events.ms, 1), '-', '-', ''],
      [
        'renderer memory after all of the above',
        '-',
        `${fmt(browser.rendererRssMb, 0)} MB (proportional set size of ${browser.renderers} renderer process${browser.renderers === 1 ? '' : 'es'}; JS heap ${fmt(browser.jsHeapMb, 0)} MB)`,
        '< 500 MB',
        '',
      ],
    ];
    const md = [
      '## Library at scale (`scripts/bench/library.mjs`)',
      '',
      `\`npx tsx scripts/bench/library.mjs\`. ${articles} generated articles, ${events} events over ${ACTORS} actors and ${YEARS} years (${FIRST_YEAR}-${FIRST_YEAR + YEARS - 1}), 40 outlets; text composed by the script, stored through the library's own functions in bulk transactions${gen ? ` (${fmt(gen.insertS + gen.indexS + gen.countS, 0)} s: store ${fmt(gen.insertS, 0)} s, full-text index ${fmt(gen.indexS, 0)} s, counts ${fmt(gen.countS, 1)} s; ${gen.counts} count rows)` : ''}. Query time is the verb in the web host's process (SQL plus shaping, median of 5); rendered time is measured in headless Chromium (no GPU, shared 2-core machine: frame rates are indicative) from the user's action to the result on screen, through HTTP.`,
      '',
      table(['what', 'query ms (in process)', 'rendered ms (Chromium)', 'goal', 'baseline in the same run'], rows),
      '',
      'Search is measured from submitting the query (Enter) to the first hit highlighting it; typing schedules the same search 200 ms after the last keystroke.',
    ].join('\n');
    console.log(`\n${md}\n`);
    writeSection('benchmarks.md', 'library', md);
  }
} finally {
  await host.close();
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
