import { afterEach, describe, expect, it } from 'vitest';
import { Scope } from '../../../electron/api/briefing';
import { draftBriefing, ScopeError } from '../../../electron/core/briefing/draft';
import { eventsForScope } from '../../../electron/core/briefing/evidence';
import type { Library } from '../../../electron/core/library/open';
import { fixtureLibrary, JUNE } from './fixture-library';

let lib: Library | null = null;
afterEach(() => {
  lib?.close();
  lib = null;
});

const scope = (s: Record<string, unknown>) => Scope.parse(s);

describe('drafting a briefing from a scope', () => {
  it('reads only the events between the country and its counterparts inside the window', () => {
    ({ lib } = fixtureLibrary(JUNE));
    const events = eventsForScope(lib.db, scope({ country: 'rus', counterparts: ['KOR'], from: '2024-06-01', to: '2024-06-30' }));
    expect(events.map((e) => e.sentence).sort()).toEqual([
      'Putin thanked Seoul for not arming Ukraine.',
      'Russia thanked South Korea for its restraint.',
    ]);
    const all = eventsForScope(lib.db, scope({ country: 'RUS' }));
    expect(all.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['RUS>JPN', 'RUS>KOR', 'RUS>KOR', 'RUS>KOR', 'RUS>USA']);
  });

  it('narrows to hand-picked articles', () => {
    let ids: number[];
    ({ lib, ids } = fixtureLibrary(JUNE));
    const events = eventsForScope(lib.db, scope({ country: 'RUS', articleIds: [ids[1]] }));
    expect(new Set(events.map((e) => e.articleId))).toEqual(new Set([ids[1]]));
  });

  it('drafts a dated developments table, the stance table, quotes with speakers and a cited draft bottom line', () => {
    ({ lib } = fixtureLibrary(JUNE));
    const doc = draftBriefing(lib.db, scope({ country: 'RUS', from: '2024-06-01' }), { today: '2024-06-10' });
    expect(doc.title).toContain('Russia');
    expect(doc.bottomLine.draft).toBe(true);
    expect(doc.bottomLine.text).toMatch(/cooperative toward South Korea/);
    expect(doc.bottomLine.text).toMatch(/\[\^c\d+\]/);

    const developments = doc.sections.find((s) => s.kind === 'developments')!.developments!;
    expect(developments.map((r) => r.date)).toEqual([...developments.map((r) => r.date)].sort());
    expect(developments.every((r) => r.source === 'RUS' || r.target === 'RUS')).toBe(true);
    expect(developments.some((r) => r.text.includes('ambassador'))).toBe(false);
    for (const r of developments) {
      const c = doc.citations.find((x) => x.id === r.citationIds[0])!;
      expect(c.eventKey).toMatch(/>/);
    }

    const stances = doc.sections.find((s) => s.kind === 'stances')!.stances!;
    expect(stances.map((s) => s.targetName)).toEqual(expect.arrayContaining(['South Korea', 'Japan', 'United States']));
    expect(stances.find((s) => s.target === 'KOR')).toMatchObject({ cooperative: 2, conflictual: 0, events: 2 });

    const quotes = doc.sections.find((s) => s.kind === 'quotes')!.quotes!;
    expect(quotes).toEqual([expect.objectContaining({ text: 'We are very grateful for this.', speaker: 'Vladimir Putin' })]);
    expect(doc.sections.find((s) => s.kind === 'indicators')!.markdown).toMatch(/Replace with/);
    expect(doc.citations.every((c) => c.accessed === '2024-06-10' && c.localCopy?.startsWith('originals/'))).toBe(true);
  });

  it('leaves out negated and reported acts from the developments', () => {
    ({ lib } = fixtureLibrary([
      {
        title: 'Denials',
        outlet: 'Wire One',
        published: '2024-06-06',
        events: [
          {
            source: 'RUS',
            target: 'NATO',
            polarity: 'conflictual',
            date: '2024-06-06',
            sentence: 'Russia denied plans to attack NATO.',
            negated: true,
          },
          {
            source: 'RUS',
            target: 'JPN',
            polarity: 'conflictual',
            date: '2024-06-06',
            sentence: 'Russia rejected talks with Japan.',
          },
        ],
      },
    ]));
    const doc = draftBriefing(lib.db, scope({ country: 'RUS' }));
    const rows = doc.sections.find((s) => s.kind === 'developments')!.developments!;
    expect(rows.map((r) => r.target)).toEqual(['JPN']);
  });

  it('says why when the scope holds nothing, and when the code is not a country it knows', () => {
    ({ lib } = fixtureLibrary(JUNE));
    expect(() => draftBriefing(lib!.db, scope({ country: 'RUS', counterparts: ['BRA'] }))).toThrow(ScopeError);
    expect(() => draftBriefing(lib!.db, scope({ country: 'RUS', counterparts: ['BRA'] }))).toThrow(
      /No events involve Russia with Brazil/,
    );
    expect(() => draftBriefing(lib!.db, scope({ country: 'QQQQ' }))).toThrow(/not a country or organisation code/);
  });
});

describe('the drafted bottom line', () => {
  it("speaks of others' conduct toward the country when the scope holds nothing of its own", () => {
    ({ lib } = fixtureLibrary(JUNE));
    const doc = draftBriefing(lib.db, Scope.parse({ country: 'USA' }));
    expect(doc.bottomLine.text).toMatch(
      /^China was conflictual toward United States \(1 event\)\[\^c1\]\. Russia was conflictual toward United States \(1 event\)\[\^c2\]\.$/,
    );
  });
});
