import type { Event } from '../../electron/api/analysis';
import { addArticle } from '../../electron/core/library/articles';
import { storeAnalysis } from '../../electron/core/library/analysis';
import type { Db } from '../../electron/core/library/open';

/** A machine event with defaults; offsets point at a sentence the test's article text need not contain. */
export function machineEvent(over: Partial<Event> = {}): Event {
  return {
    source: 'RUS',
    target: 'KOR',
    category: 'SUPPORT',
    polarity: 'cooperative',
    intensity: 3,
    modality: 'verbal',
    sentence: 'Russia praised South Korea.',
    start: 0,
    end: 27,
    date: '2024-03-05',
    speaker: null,
    negated: false,
    conditional: false,
    hypothetical: false,
    reported: false,
    ...over,
  };
}

let serial = 0;

/** Store an article with the given machine events as its analysis; returns the article id. */
export function articleWithEvents(db: Db, events: Event[], published: string | null = '2024-03-05'): number {
  const id = addArticle(db, {
    title: `Article ${++serial}`,
    text: events.map((e) => e.sentence).join(' '),
    contentHash: `hash-${serial}-${Math.random()}`,
    published,
  });
  storeAnalysis(db, id, { id, mentions: [], quotes: [], dates: [], events }, 'test');
  return id;
}

export type CountRow = { kind: string; bucket: string; source: string; target: string; start: string } & Record<
  'cooperative' | 'conflictual' | 'neutral' | 'intensity',
  number
>;

/** Every aggregate row, in a stable order, intensities rounded. */
export function countRows(db: Db): CountRow[] {
  return (db.prepare('SELECT * FROM event_counts ORDER BY kind, bucket, source, target, start').all() as CountRow[]).map((r) => ({
    ...r,
    intensity: Math.round(r.intensity * 1000) / 1000,
  }));
}
