import type { LikelihoodScale } from '../../../electron/api/briefing';

/** A word of an estimative scale and the band of probability (percent) it stands for. */
export interface LikelihoodWord {
  word: string;
  band: [number, number];
}

/** The words the editor offers per scale, lowest first; the printed words come from the core's scales. */
export const LIKELIHOOD_WORDS: Record<LikelihoodScale, LikelihoodWord[]> = {
  ICD203: [
    { word: 'almost no chance', band: [1, 5] },
    { word: 'very unlikely', band: [5, 20] },
    { word: 'unlikely', band: [20, 45] },
    { word: 'roughly even chance', band: [45, 55] },
    { word: 'likely', band: [55, 80] },
    { word: 'very likely', band: [80, 95] },
    { word: 'almost certain', band: [95, 99] },
  ],
  PHIA: [
    { word: 'remote chance', band: [0, 5] },
    { word: 'highly unlikely', band: [10, 20] },
    { word: 'unlikely', band: [25, 35] },
    { word: 'realistic possibility', band: [40, 50] },
    { word: 'likely', band: [55, 75] },
    { word: 'highly likely', band: [80, 90] },
    { word: 'almost certain', band: [95, 100] },
  ],
  Kent: [
    { word: 'impossible', band: [0, 0] },
    { word: 'almost certainly not', band: [2, 12] },
    { word: 'probably not', band: [20, 40] },
    { word: 'chances about even', band: [40, 60] },
    { word: 'probable', band: [63, 87] },
    { word: 'almost certain', band: [87, 99] },
    { word: 'certain', band: [100, 100] },
  ],
};

export const SCALE_NAMES: Record<LikelihoodScale, string> = {
  ICD203: 'ICD 203 (US)',
  PHIA: 'PHIA yardstick (UK)',
  Kent: "Kent's words",
};

const mid = ([lo, hi]: readonly [number, number]) => (lo + hi) / 2;

/**
 * The index of the word a stored band reads as on a scale: the word whose band holds the band's middle
 * (the closer middle when two touch), else the nearest word. So a band set on one scale still shows a
 * sensible word after the analyst switches scales.
 */
export function wordIndexFor(scale: LikelihoodScale, band: readonly [number, number]): number {
  const m = mid(band);
  const words = LIKELIHOOD_WORDS[scale];
  let best = 0;
  let bestScore = Infinity;
  words.forEach((w, i) => {
    const [lo, hi] = w.band;
    const outside = m < lo ? lo - m : m > hi ? m - hi : 0;
    const score = outside * 1000 + Math.abs(mid(w.band) - m);
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

export function bandLabel([lo, hi]: readonly [number, number]): string {
  return lo === hi ? `${lo}%` : `${lo}–${hi}%`;
}
