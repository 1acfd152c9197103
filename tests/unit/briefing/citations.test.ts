import { afterEach, describe, expect, it } from 'vitest';
import { Scope } from '../../../electron/api/briefing';
import {
  defaultCredibility,
  endnoteNumbers,
  quoteCredibility,
  refreshReliability,
  sourceIndex,
} from '../../../electron/core/briefing/citations';
import { eventsForScope } from '../../../electron/core/briefing/evidence';
import type { Library } from '../../../electron/core/library/open';
import { citation, doc, judgment } from './doc-fixture';
import { addFixtureArticle, fixtureLibrary, gradeOutlet, JUNE } from './fixture-library';

let lib: Library | null = null;
afterEach(() => {
  lib?.close();
  lib = null;
});

const eventOf = (l: Library, target: string, sentence: string) =>
  eventsForScope(l.db, Scope.parse({ country: 'RUS', counterparts: [target] })).find((e) => e.sentence === sentence)!;

describe('credibility defaults from corroboration', () => {
  it('is 2 when an independent outlet reports the same pair and act in the same week', () => {
    ({ lib } = fixtureLibrary(JUNE));
    expect(defaultCredibility(lib.db, eventOf(lib, 'KOR', 'Russia thanked South Korea for its restraint.'))).toBe(2);
  });

  it('is 3 for a single source, and for a copy of the same story from another outlet', () => {
    ({ lib } = fixtureLibrary(JUNE));
    expect(defaultCredibility(lib.db, eventOf(lib, 'JPN', 'Russia refused talks with Japan.'))).toBe(3);
    const copy = fixtureLibrary([
      { ...JUNE[0]!, storyId: 7 },
      { title: 'Syndicated copy', outlet: 'Reprint Weekly', published: '2024-06-06', storyId: 7, events: [JUNE[0]!.events[0]!] },
    ]);
    try {
      expect(defaultCredibility(copy.lib.db, eventOf(copy.lib, 'KOR', 'Russia thanked South Korea for its restraint.'))).toBe(3);
    } finally {
      copy.lib.close();
    }
  });

  it('is 5 when another report has the opposite polarity for the pair in the same window', () => {
    ({ lib } = fixtureLibrary(JUNE));
    addFixtureArticle(lib, {
      title: 'A different account',
      outlet: 'Third Post',
      published: '2024-06-08',
      events: [
        {
          source: 'RUS',
          target: 'JPN',
          polarity: 'cooperative',
          date: '2024-06-07',
          sentence: 'Russia offered Japan new talks.',
        },
      ],
    });
    expect(defaultCredibility(lib.db, eventOf(lib, 'JPN', 'Russia refused talks with Japan.'))).toBe(5);
    // Months apart is not a contradiction: the January summons stays a single source.
    expect(defaultCredibility(lib.db, eventOf(lib, 'KOR', 'Russia summoned the South Korean ambassador.'))).toBe(3);
  });
});

describe('credibility of a quote', () => {
  it('is 2 when another outlet carries the same words, 3 when only one does', () => {
    let ids: number[];
    ({ lib, ids } = fixtureLibrary(JUNE));
    const words = 'We are very grateful for this.';
    expect(quoteCredibility(lib.db, ids[0]!, words)).toBe(3);
    const other = addFixtureArticle(lib, {
      title: 'Putin on Seoul',
      outlet: 'Third Post',
      published: '2024-06-07',
      events: [],
      quotes: [{ text: words, speaker: 'Vladimir Putin', actor: 'RUS' }],
    });
    expect(quoteCredibility(lib.db, ids[0]!, words)).toBe(2);
    expect(quoteCredibility(lib.db, other, words)).toBe(2);
  });
});

describe('endnotes', () => {
  it('numbers sources in order of first citation and a reused source keeps its number', () => {
    const d = doc({
      citations: [citation('c1', 1), citation('c2', 2), citation('c3', 3), citation('c4', 1), citation('c5', 5)],
      bottomLine: { text: 'Moscow courts Seoul.[^c2]', draft: false, portion: null },
      keyJudgments: [judgment('Talks will likely resume.', { citationIds: ['c3', 'c2'] })],
    });
    d.sections[2]!.markdown = 'First.[^c1] Again.[^c2] Same article, same grade.[^c4]';
    const n = endnoteNumbers(d);
    expect(Object.fromEntries(n)).toEqual({ c2: 1, c3: 2, c1: 3, c4: 3, c5: 4 });
    // A one-pager leaves the uncited source out.
    expect(endnoteNumbers(d, false).has('c5')).toBe(false);
  });

  it('gives the same article a new number when the claim is graded differently', () => {
    const d = doc({ citations: [citation('c1', 1), citation('c2', 1, { credibility: 5 })] });
    d.sections[2]!.markdown = 'A.[^c1] B.[^c2]';
    expect(Object.fromEntries(endnoteNumbers(d))).toEqual({ c1: 1, c2: 2 });
  });

  it('lists, for each source, the judgments that rest on it', () => {
    const d = doc({
      keyJudgments: [
        judgment('Talks will likely resume.', { id: 'k1', citationIds: ['c1'] }),
        judgment('Trade will likely fall.[^c2]', { id: 'k2', citationIds: [] }),
      ],
    });
    const index = sourceIndex(d);
    expect(index.map((e) => [e.articleId, e.judgments.map((k) => k.id)])).toEqual([
      [1, ['k1']],
      [2, ['k2']],
    ]);
  });

  it("takes the outlet's current grade when the briefing is read again", () => {
    ({ lib } = fixtureLibrary(JUNE));
    const d = doc({ citations: [citation('c1', 1, { reliability: 'F' })] });
    gradeOutlet(lib, 'Wire One', 'B');
    expect(refreshReliability(lib.db, d).citations[0]!.reliability).toBe('B');
  });
});
