import { describe, expect, it } from 'vitest';
import { Mention } from '../../../electron/api/analysis';
import { actorName, gazetteerStats, gazetteerVersion } from '../../../electron/core/analysis/gazetteer';
import { findMentions } from '../../../electron/core/analysis/mentions';

const actorsOf = (text: string, date: string | null = '2024-06-06'): string[] => findMentions(text, date).map((m) => m.actor);

describe('gazetteer', () => {
  it('names actors by code', () => {
    expect(actorName('RUS')).toBe('Russia');
    expect(actorName('KOR')).toBe('South Korea');
    expect(actorName('USA')).toBe('United States');
    expect(actorName('NATO')).toBe('NATO');
    expect(actorName('WEST')).toBe('the West');
  });

  it('is versioned and dated', () => {
    expect(gazetteerVersion.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(gazetteerVersion.currentTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('covers every UN member and common non-members', () => {
    const stats = gazetteerStats();
    expect(stats.countries).toBeGreaterThanOrEqual(193);
    expect(stats.persons).toBeGreaterThan(300);
    for (const [name, code] of [
      ['Taiwan', 'TWN'],
      ['Kosovo', 'XKX'],
      ['Palestine', 'PSE'],
      ['the Vatican', 'VAT'],
      ['Western Sahara', 'ESH'],
      ['Eswatini', 'SWZ'],
      ['Tuvalu', 'TUV'],
      ['Côte d\u2019Ivoire', 'CIV'],
      ['Timor-Leste', 'TLS'],
      ['North Macedonia', 'MKD'],
    ]) {
      expect(actorsOf(`Officials from ${name} arrived.`), name).toEqual([code]);
    }
  });

  it('knows short forms, demonyms and seats of power', () => {
    expect(actorsOf('The UAE, the DPRK, the ROK, the PRC and Britain met.')).toEqual(['ARE', 'PRK', 'KOR', 'CHN', 'GBR']);
    expect(actorsOf('North Korean and South Korean negotiators met American and British diplomats.')).toEqual([
      'PRK',
      'KOR',
      'USA',
      'GBR',
    ]);
    expect(actorsOf('The Kremlin, the Pentagon, Downing Street, the Elysee and Kiev reacted.')).toEqual([
      'RUS',
      'USA',
      'GBR',
      'FRA',
      'UKR',
    ]);
    expect(actorsOf('The State Department and the White House were told by Pyongyang.')).toEqual(['USA', 'USA', 'PRK']);
  });

  it('maps historical states to documented codes', () => {
    expect(actorsOf('The Soviet Union and West Germany signed a treaty.', '1970-08-12')).toEqual(['SUN', 'DEU']);
    expect(actorName('SUN')).toBe('Soviet Union');
  });

  it('knows organisations and blocs', () => {
    expect(actorsOf('The European Commission and the Security Council answered NATO, ASEAN, the G7 and OPEC.')).toEqual([
      'EU',
      'UN',
      'NATO',
      'ASEAN',
      'G7',
      'OPEC',
    ]);
    expect(actorsOf('The Warsaw Pact crushed the Prague Spring.')).toEqual(['WPACT']);
    expect(actorsOf('The IAEA, the WTO, the African Union, BRICS, the SCO and the G20 and the West.')).toEqual([
      'IAEA',
      'WTO',
      'AU',
      'BRICS',
      'SCO',
      'G20',
      'WEST',
    ]);
  });

  it('produces mentions that validate against the API schema', () => {
    for (const m of findMentions('Putin told Seoul that Russian forces would stay. He said so again.', '2024-06-06')) {
      expect(Mention.safeParse(m).success).toBe(true);
    }
  });
});
