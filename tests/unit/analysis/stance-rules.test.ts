import { afterEach, describe, expect, it } from 'vitest';
import { eventKey } from '../../../electron/core/analysis/corrections';
import { monthlySlope, pairStances } from '../../../electron/core/analysis/pair-stances';
import { monthlySeries, type CounterpartMonth } from '../../../electron/core/analysis/stance-table';
import { verdict } from '../../../electron/core/analysis/verdict';
import { openLibrary, type Library } from '../../../electron/core/library/open';
import { articleWithEvents, machineEvent } from '../../helpers/events';
import { tempDir } from '../../helpers/tmp';

const month = (m: string, cooperative: number, conflictual = 0, intensity = cooperative - conflictual): CounterpartMonth => ({
  counterpart: 'KOR',
  month: m,
  cooperative,
  conflictual,
  neutral: 0,
  intensity,
});

describe('verdict rule', () => {
  it('says nothing about fewer than three events', () => {
    expect(verdict({ cooperative: 2, conflictual: 0, neutral: 0 })).toBe('too few events to judge');
  });
  it('grades by the cooperative share of cooperative and conflictual events', () => {
    expect(verdict({ cooperative: 8, conflictual: 2, neutral: 5 })).toBe('cooperative');
    expect(verdict({ cooperative: 7, conflictual: 3, neutral: 0 })).toBe('cooperative, with reservations');
    expect(verdict({ cooperative: 5, conflictual: 5, neutral: 0 })).toBe('mixed');
    expect(verdict({ cooperative: 3, conflictual: 7, neutral: 0 })).toBe('conflictual, with openings');
    expect(verdict({ cooperative: 1, conflictual: 9, neutral: 0 })).toBe('conflictual');
    expect(verdict({ cooperative: 0, conflictual: 0, neutral: 4 })).toBe('neutral contacts only');
  });
});

describe('trend series', () => {
  it('claims no trend with fewer than three months of data', () => {
    expect(monthlySeries([month('2024-01', 5), month('2024-06', 2)])).toBeNull();
    expect(monthlySeries([month('2024-01', 5), month('', 4), month('2024-02', 1)])).toBeNull();
  });
  it('fills the months between the first and last with zeros', () => {
    const s = monthlySeries([month('2023-11', 1), month('2024-01', 2, 1), month('2024-02', 1)])!;
    expect(s.months).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(s.cooperative).toEqual([1, 0, 2, 1]);
    expect(s.meanIntensity).toEqual([1, null, 1 / 3, 1]);
  });
  it('sees a worsening relation as a negative slope', () => {
    const rows = [month('2024-01', 3, 0, 9), month('2024-02', 1, 1, 0), month('2024-03', 0, 2, -8)].map((m) => ({
      ...m,
      source: 'RUS',
      target: 'KOR',
    }));
    expect(monthlySlope(rows)).toBeLessThan(-1);
  });
});

describe('pair stances', () => {
  let lib: Library | null = null;
  afterEach(() => {
    lib?.close();
    lib = null;
  });

  it('leave out reported claims and negated acts, and keep to the window', () => {
    lib = openLibrary(tempDir());
    articleWithEvents(lib.db, [
      machineEvent({ date: '2024-01-05' }),
      machineEvent({ date: '2024-02-05', polarity: 'conflictual', category: 'ACCUSE', intensity: -4, start: 30, end: 40 }),
      machineEvent({ source: 'PRK', target: 'USA', reported: true, speaker: 'Putin', start: 41, end: 50 }),
      machineEvent({ target: 'JPN', negated: true, start: 51, end: 60 }),
    ]);
    const all = pairStances(lib.db, {});
    expect(all.map((s) => `${s.source}>${s.target}:${s.total}`)).toEqual(['RUS>KOR:2']);
    expect(all[0]!.evidence[0]!.category).toBe('ACCUSE');
    const feb = pairStances(lib.db, { from: '2024-02-01', to: '2024-02-29' });
    expect(feb[0]!.counts).toEqual({ cooperative: 0, conflictual: 1, neutral: 0 });
  });

  it('key events by where, who, to whom and what', () => {
    expect(eventKey({ articleId: 4, start: 10, end: 20, source: 'RUS', target: 'KOR', category: 'AID' })).toBe(
      '4:10-20:RUS>KOR:AID',
    );
  });
});
