import { describe, expect, it } from 'vitest';
import { applyCorrections, eventKey, summarizeStances, type StoredEvent } from '../../../electron/core/analysis/stances';

function ev(over: Partial<StoredEvent>): StoredEvent {
  const e: StoredEvent = {
    articleId: 'a1',
    eventId: '',
    source: 'RUS',
    target: 'KOR',
    category: 'SUPPORT',
    polarity: 'cooperative',
    intensity: 3.4,
    modality: 'verbal',
    sentence: 'x',
    start: 0,
    end: 10,
    date: '2024-01-10',
    speaker: null,
    negated: false,
    conditional: false,
    hypothetical: false,
    reported: false,
    ...over,
  };
  return { ...e, eventId: eventKey(e) };
}

describe('summarizeStances', () => {
  const events = [
    ev({ date: '2024-01-05', intensity: 4 }),
    ev({ date: '2024-02-05', start: 20, end: 30, category: 'ACCUSE', polarity: 'conflictual', intensity: -2 }),
    ev({ date: '2024-03-05', start: 40, end: 50, category: 'THREATEN', polarity: 'conflictual', intensity: -6 }),
    ev({ date: '2024-03-06', start: 60, end: 70, negated: true, intensity: 8 }),
    ev({ source: 'KOR', target: 'RUS', date: '2024-01-07' }),
  ];

  it('summarises each direction separately, without negated acts', () => {
    const stances = summarizeStances(events);
    const ruKo = stances.find((s) => s.source === 'RUS' && s.target === 'KOR');
    expect(ruKo?.counts).toEqual({ cooperative: 1, conflictual: 2, neutral: 0 });
    expect(ruKo?.meanIntensity).toBeCloseTo(-4 / 3);
    expect(stances.find((s) => s.source === 'KOR')?.total).toBe(1);
  });

  it('sees a worsening relation as a falling trend and puts the strongest act first', () => {
    const ruKo = summarizeStances(events).find((s) => s.source === 'RUS')!;
    expect(ruKo.trend).toBe('falling');
    expect(ruKo.evidence[0].category).toBe('THREATEN');
  });

  it('leaves out claims reported by a third party unless asked', () => {
    const claim = ev({ source: 'PRK', target: 'USA', reported: true, speaker: 'Putin' });
    expect(summarizeStances([claim])).toEqual([]);
    expect(summarizeStances([claim], { includeReported: true })[0].total).toBe(1);
  });

  it('restricts the summary to a time window', () => {
    const ruKo = summarizeStances(events, { from: '2024-02-01', to: '2024-02-29' }).find((s) => s.source === 'RUS')!;
    expect(ruKo.total).toBe(1);
    expect(ruKo.trend).toBe('steady');
  });
});

describe('applyCorrections', () => {
  it('applies corrections by stable key, so they survive re-analysis', () => {
    const first = [ev({}), ev({ start: 20, end: 30, target: 'JPN' })];
    const reanalysed = first.map((e) => ({ ...e }));
    const corrections = [
      { kind: 'polarity' as const, eventKey: eventKey(first[0]), polarity: 'conflictual' as const },
      { kind: 'reject' as const, eventKey: eventKey(first[1]) },
      { kind: 'add' as const, event: ev({ start: 90, end: 99, target: 'USA' }) },
    ];
    const out = applyCorrections(reanalysed, corrections);
    expect(out.map((e) => e.target)).toEqual(['KOR', 'USA']);
    expect(out[0]).toMatchObject({ polarity: 'conflictual', intensity: -3.4 });
  });

  it('corrects every machine event that shares a key', () => {
    const twins = [ev({ reported: true }), ev({})];
    const out = applyCorrections(twins, [{ kind: 'target', eventKey: eventKey(twins[0]), target: 'JPN' }]);
    expect(out.map((e) => e.target)).toEqual(['JPN', 'JPN']);
  });

  it('moves an event to a corrected target', () => {
    const out = applyCorrections([ev({})], [{ kind: 'target', eventKey: eventKey(ev({})), target: 'PRK' }]);
    expect(out[0].target).toBe('PRK');
  });
});

describe('stance counts', () => {
  it('counts one sentence once per pair and polarity, keeping its strongest event as evidence', () => {
    const base = {
      articleId: 1,
      source: 'RUS',
      target: 'KOR',
      polarity: 'cooperative' as const,
      modality: 'verbal' as const,
      sentence: 'Putin praised Seoul and pledged closer cooperation.',
      start: 0,
      end: 52,
      date: '2024-06-05',
      speaker: null,
      negated: false,
      conditional: false,
      hypothetical: false,
      reported: false,
    };
    const [stance] = summarizeStances([
      { ...base, eventId: 'a', category: 'SUPPORT', intensity: 3.4 },
      { ...base, eventId: 'b', category: 'COOPERATE', intensity: 5 },
      {
        ...base,
        eventId: 'c',
        category: 'ACCUSE',
        polarity: 'conflictual',
        intensity: -2,
        start: 60,
        end: 90,
        sentence: 'He blamed Seoul for problems.',
      },
    ]);
    expect(stance!.counts).toEqual({ cooperative: 1, conflictual: 1, neutral: 0 });
    expect(stance!.evidence.map((e) => e.eventId)).toEqual(['b', 'c']);
  });
});
