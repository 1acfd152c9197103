import type { Event } from '../../../electron/api/analysis';
import { CODER_VERSION } from '../../../electron/core/analysis-runner';
import { storeAnalysis } from '../../../electron/core/library/analysis';
import { addArticle } from '../../../electron/core/library/articles';
import { openLibrary, type Library } from '../../../electron/core/library/open';
import { ensureSource, setReliability } from '../../../electron/core/library/sources';
import { tempDir } from '../../helpers/tmp';

/** A small library written for briefing tests: articles from named outlets with hand-coded events and quotes. */

export interface FixtureEvent {
  source: string;
  target: string;
  category?: Event['category'];
  polarity: Event['polarity'];
  intensity?: number;
  date: string | null;
  sentence: string;
  negated?: boolean;
  reported?: boolean;
}

export interface FixtureArticle {
  title: string;
  outlet: string;
  published: string;
  storyId?: number;
  events: FixtureEvent[];
  quotes?: Array<{ text: string; speaker: string; actor: string }>;
}

let hashes = 0;

export function addFixtureArticle(lib: Library, a: FixtureArticle): number {
  const sentences = a.events.map((e) => e.sentence);
  const quoteLines = (a.quotes ?? []).map((q) => `${q.speaker} said, “${q.text}”`);
  // One paragraph per event sentence; each quote joins the paragraph of the event before it.
  const paragraphs = sentences.map((s, i) => (quoteLines[i] ? `${s} ${quoteLines[i]}` : s));
  for (let i = sentences.length; i < quoteLines.length; i++) paragraphs.push(quoteLines[i]!);
  const text = paragraphs.join('\n');
  const sourceId = ensureSource(lib.db, { name: a.outlet });
  const id = addArticle(lib.db, {
    title: a.title,
    sourceId,
    url: `https://example.org/${encodeURIComponent(a.title)}`,
    published: a.published,
    publishedPrecision: 'day',
    text,
    contentHash: `fixture-${++hashes}-${a.title}`,
    storyId: a.storyId ?? null,
    originalSha256: `${'a'.repeat(60)}${String(hashes).padStart(4, '0')}`,
  });
  const events: Event[] = a.events.map((e) => {
    const start = text.indexOf(e.sentence);
    return {
      source: e.source,
      target: e.target,
      category: e.category ?? (e.polarity === 'conflictual' ? 'ACCUSE' : 'COOPERATE'),
      polarity: e.polarity,
      intensity: e.intensity ?? (e.polarity === 'conflictual' ? -4 : e.polarity === 'cooperative' ? 4 : 0),
      modality: 'verbal',
      sentence: e.sentence,
      start,
      end: start + e.sentence.length,
      date: e.date,
      speaker: null,
      negated: e.negated ?? false,
      conditional: false,
      hypothetical: false,
      reported: e.reported ?? false,
    };
  });
  const quotes = (a.quotes ?? []).map((q) => {
    const start = text.indexOf(q.text);
    return { text: q.text, start, end: start + q.text.length, speaker: q.speaker, actor: q.actor, kind: 'direct' as const };
  });
  // Stored as the current coder's, so opening the library does not re-analyse the hand-coded events away.
  storeAnalysis(lib.db, id, { id, mentions: [], quotes, dates: [], events }, CODER_VERSION);
  return id;
}

export function fixtureLibrary(articles: FixtureArticle[] = [], dir = tempDir()): { lib: Library; ids: number[] } {
  const lib = openLibrary(dir);
  const ids = articles.map((a) => addFixtureArticle(lib, a));
  return { lib, ids };
}

export function gradeOutlet(lib: Library, outlet: string, reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F'): void {
  setReliability(lib.db, ensureSource(lib.db, { name: outlet }), reliability);
}

/** Russia and its neighbours in June 2024, from three outlets. */
export const JUNE: FixtureArticle[] = [
  {
    title: 'Moscow praises Seoul',
    outlet: 'Wire One',
    published: '2024-06-06',
    events: [
      {
        source: 'RUS',
        target: 'KOR',
        polarity: 'cooperative',
        date: '2024-06-05',
        sentence: 'Russia thanked South Korea for its restraint.',
      },
      {
        source: 'RUS',
        target: 'JPN',
        polarity: 'conflictual',
        date: '2024-06-05',
        sentence: 'Russia refused talks with Japan.',
        category: 'REJECT',
      },
      {
        source: 'CHN',
        target: 'USA',
        polarity: 'conflictual',
        date: '2024-06-05',
        sentence: 'China criticised the United States.',
      },
    ],
    quotes: [{ text: 'We are very grateful for this.', speaker: 'Vladimir Putin', actor: 'RUS' }],
  },
  {
    title: 'Putin thanks South Korea',
    outlet: 'Daily Two',
    published: '2024-06-07',
    events: [
      {
        source: 'RUS',
        target: 'KOR',
        polarity: 'cooperative',
        date: '2024-06-06',
        sentence: 'Putin thanked Seoul for not arming Ukraine.',
      },
      {
        source: 'RUS',
        target: 'USA',
        polarity: 'conflictual',
        date: '2024-06-06',
        sentence: 'Putin accused the United States of escalation.',
      },
    ],
  },
  {
    title: 'Older tensions',
    outlet: 'Wire One',
    published: '2024-01-10',
    events: [
      {
        source: 'RUS',
        target: 'KOR',
        polarity: 'conflictual',
        date: '2024-01-09',
        sentence: 'Russia summoned the South Korean ambassador.',
      },
    ],
  },
];
