import { describe, expect, it } from 'vitest';
import { SCALES, termFor } from '../../../electron/core/briefing/scales';
import { bandLabel, LIKELIHOOD_WORDS, wordIndexFor } from '../../../renderer/components/briefing/likelihood';

const wordFor = (scale: 'ICD203' | 'PHIA' | 'Kent', band: [number, number]) =>
  LIKELIHOOD_WORDS[scale][wordIndexFor(scale, band)]!.word;

describe('likelihood picker', () => {
  it('shows the word whose band a stored band falls in', () => {
    expect(wordFor('ICD203', [55, 80])).toBe('likely');
    expect(wordFor('ICD203', [5, 20])).toBe('very unlikely');
    expect(wordFor('ICD203', [95, 99])).toBe('almost certain');
  });

  it('keeps a sensible word when the briefing switches scales', () => {
    expect(wordFor('PHIA', [55, 80])).toBe('likely');
    expect(wordFor('Kent', [55, 80])).toBe('probable');
    expect(wordFor('PHIA', [20, 45])).toBe('unlikely');
    // 37 falls in the gap between PHIA's "unlikely" (25-35) and "realistic possibility" (40-50): nearest wins.
    expect(wordFor('PHIA', [30, 44])).toBe('unlikely');
    expect(wordFor('Kent', [45, 55])).toBe('chances about even');
  });

  it('offers every scale lowest first, each word once', () => {
    for (const words of Object.values(LIKELIHOOD_WORDS)) {
      const mids = words.map((w) => (w.band[0] + w.band[1]) / 2);
      expect(mids).toEqual([...mids].sort((a, b) => a - b));
      expect(new Set(words.map((w) => w.word)).size).toBe(words.length);
    }
  });

  it('labels bands in percent', () => {
    expect(bandLabel([55, 80])).toBe('55–80%');
    expect(bandLabel([100, 100])).toBe('100%');
  });

  it('offers exactly the words and bands the core prints, and reads a band as the same word', () => {
    for (const scale of ['ICD203', 'PHIA', 'Kent'] as const) {
      expect(LIKELIHOOD_WORDS[scale]).toEqual(SCALES[scale].terms.map((t) => ({ word: t.term, band: [t.lo, t.hi] })));
      for (const band of [
        [1, 5],
        [20, 45],
        [55, 80],
        [63, 87],
        [80, 95],
        [95, 99],
        [40, 60],
      ] as Array<[number, number]>)
        expect(wordFor(scale, band), `${scale} ${band.join('-')}`).toBe(termFor(scale, band).term);
    }
  });
});
