// A seeded synthetic library for benchmarks: articles with country-to-country events over 150 actors and 10
// years, stored through the library's own functions in bulk transactions (deferred indexing and counts).
import { countryRecords } from '../../../electron/core/analysis/actors-data';
import { actorName } from '../../../electron/core/analysis/gazetteer';
import { CODER_VERSION } from '../../../electron/core/analysis-runner';
import { polarityOf } from '../../../electron/core/analysis/events/polarity';
import { addArticle } from '../../../electron/core/library/articles';
import { storeAnalysis } from '../../../electron/core/library/analysis';
import { deferEventCounts, recountEvents } from '../../../electron/core/library/events-store';
import { beginDeferredIndexing, endDeferredIndexing } from '../../../electron/core/library/fts';
import { openLibrary } from '../../../electron/core/library/open';
import { ensureSource, setReliability } from '../../../electron/core/library/sources';

export const EVENTS_PER_ARTICLE = 3;
export const ACTORS = 150;
export const YEARS = 10;
export const FIRST_YEAR = 2016;

/** A small seeded generator, so every run builds the same library. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(20261201);
export const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

// The countries most in the news first, then the rest of the gazetteer's, to 150.
const FIRST = 'USA CHN RUS UKR GBR FRA DEU JPN KOR PRK IND PAK IRN ISR TUR SAU BRA EGY SYR IRQ POL ITA ESP CAN AUS MEX'.split(
  ' ',
);
const actors = [...new Set([...FIRST, ...countryRecords.map((c) => c.code)])]
  .filter((code) => /^[A-Z]{3}$/.test(code) && actorName(code) !== code)
  .slice(0, ACTORS);
// Some actors are in the news far more than others (Zipf-like weights).
const weights = actors.map((_, i) => 1 / (i + 1) ** 0.8);
const cumulative = weights.map(
  (
    (sum) => (w) =>
      (sum += w)
  )(0),
);
const totalWeight = cumulative[cumulative.length - 1];
function pickActor() {
  const x = rnd() * totalWeight;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return actors[lo];
}

const ACTS = [
  ['AGREE', 'signed an agreement with', 8],
  ['CONSULT', 'held talks with', 2.5],
  ['SUPPORT', 'praised', 3.4],
  ['COOPERATE', 'agreed to cooperate with', 5],
  ['AID', 'sent aid to', 7],
  ['CONCEDE', 'released detainees from', 7],
  ['RETREAT', 'withdrew troops from', 5],
  ['REQUEST', 'urged', 3],
  ['ACCUSE', 'accused', -2],
  ['REJECT', 'rejected a proposal from', -4],
  ['THREATEN', 'threatened', -6],
  ['PROTEST', 'protested to', -4],
  ['SANCTION', 'imposed sanctions on', -5],
  ['MOBILIZE', 'mobilised troops against', -7.2],
  ['COERCE', 'blockaded ships bound for', -7],
  ['ASSAULT', 'shelled positions held by', -9],
  ['DEMAND', 'made demands of', -5],
  ['DISAPPROVE', 'criticised', -2],
  ['INVESTIGATE', 'opened an inquiry into', -2],
  ['FIGHT', 'clashed with', -10],
];
const TOPICS = [
  'fishing rights',
  'grain exports',
  'a pipeline',
  'border crossings',
  'rare earth quotas',
  'a dam',
  'shipping lanes',
  'visa rules',
  'satellite launches',
  'power lines',
  'refugee returns',
  'a port lease',
  'vaccine supplies',
  'cyber attacks',
  'airspace',
  'a railway',
];
const SOURCES = Array.from({ length: 40 }, (_, i) => `Bench Outlet ${String(i + 1).padStart(2, '0')}`);
const iso = (d) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;
const start = Date.UTC(FIRST_YEAR, 0, 1);
const span = Date.UTC(FIRST_YEAR + YEARS, 0, 1) - start;

function composeArticle() {
  const published = new Date(start + Math.floor(rnd() * (span / DAY)) * DAY);
  const events = [];
  const mentions = [];
  const sentences = [];
  let offset = 0;
  for (let k = 0; k < EVENTS_PER_ARTICLE; k++) {
    const source = pickActor();
    let target = pickActor();
    while (target === source) target = pickActor();
    const [category, phrase, base] = pick(ACTS);
    const topic = pick(TOPICS);
    const sentence = `${actorName(source)} ${phrase} ${actorName(target)} over ${topic}.`;
    const eventDay = new Date(published.getTime() - Math.floor(rnd() * 20) * DAY);
    const flags = rnd();
    events.push({
      source,
      target,
      category,
      polarity: polarityOf(category),
      intensity: Math.max(-10, Math.min(10, base + (rnd() - 0.5))),
      modality: Math.abs(base) >= 5 ? 'material' : 'verbal',
      sentence,
      start: offset,
      end: offset + sentence.length,
      date: rnd() < 0.03 ? null : rnd() < 0.1 ? iso(eventDay).slice(0, 7) : iso(eventDay),
      speaker: null,
      negated: flags < 0.03,
      conditional: flags > 0.97,
      hypothetical: flags > 0.94 && flags <= 0.97,
      reported: flags > 0.9 && flags <= 0.94,
    });
    mentions.push(
      { text: actorName(source), start: offset, end: offset + actorName(source).length, actor: source, kind: 'country' },
      {
        text: actorName(target),
        start: offset + sentence.indexOf(actorName(target), actorName(source).length),
        end: offset + sentence.indexOf(actorName(target), actorName(source).length) + actorName(target).length,
        actor: target,
        kind: 'country',
      },
    );
    sentences.push(sentence);
    offset += sentence.length + 1;
  }
  const [first] = events;
  return {
    title: `${actorName(first.source)} and ${actorName(first.target)} at odds over ${pick(TOPICS)}`,
    text: sentences.join(' '),
    published: iso(published),
    events,
    mentions,
  };
}

/** Build `articles` generated articles into the library folder `dir`; times of each phase in seconds. */
export function generate(dir, articles) {
  const lib = openLibrary(dir);
  const db = lib.db;
  const t0 = performance.now();
  const sourceIds = SOURCES.map((name) => {
    const id = ensureSource(db, { name });
    setReliability(db, id, pick(['A', 'B', 'C', 'D', 'E', 'F']));
    return id;
  });
  let serial = 0;
  beginDeferredIndexing(db);
  deferEventCounts(db);
  const batch = db.transaction((n) => {
    for (let i = 0; i < n; i++) {
      const a = composeArticle();
      const id = addArticle(db, {
        title: a.title,
        text: a.text,
        published: a.published,
        publishedPrecision: 'day',
        publishedSource: 'generated',
        sourceId: pick(sourceIds),
        contentHash: `bench-${++serial}`,
        format: 'txt',
      });
      storeAnalysis(db, id, { id, mentions: a.mentions, quotes: [], dates: [], events: a.events }, CODER_VERSION);
    }
  });
  for (let done = 0; done < articles; done += 1000) {
    batch(Math.min(1000, articles - done));
    if (done % 20_000 === 0) process.stdout.write(`  ${done} articles\r`);
  }
  const tInsert = performance.now();
  endDeferredIndexing(db);
  const tIndex = performance.now();
  recountEvents(db);
  const tCount = performance.now();
  db.pragma('optimize');
  const events = db.prepare('SELECT count(*) FROM current_events').pluck().get();
  const counts = db.prepare('SELECT count(*) FROM event_counts').pluck().get();
  lib.close();
  return {
    events,
    counts,
    insertS: (tInsert - t0) / 1000,
    indexS: (tIndex - tInsert) / 1000,
    countS: (tCount - tIndex) / 1000,
  };
}
