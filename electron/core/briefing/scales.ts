import type { LikelihoodScale } from '../../api/briefing';

/**
 * Estimative-language scales: each word with the band of probability (percent) it stands for. A judgment stores a
 * band; the printed word is the scale's term whose band contains the band's midpoint.
 */

export interface ScaleTerm {
  /** The printed term. */
  term: string;
  /** Other spellings that mean this term in running text. */
  variants: string[];
  lo: number;
  hi: number;
}

export interface ScaleDefinition {
  id: LikelihoodScale;
  name: string;
  terms: ScaleTerm[];
}

const t = (term: string, lo: number, hi: number, variants: string[] = []): ScaleTerm => ({ term, lo, hi, variants });

export const SCALES: Record<LikelihoodScale, ScaleDefinition> = {
  ICD203: {
    id: 'ICD203',
    name: 'ICD 203',
    terms: [
      t('almost no chance', 1, 5, ['remote']),
      t('very unlikely', 5, 20, ['highly improbable']),
      t('unlikely', 20, 45, ['improbable', 'improbably']),
      t('roughly even chance', 45, 55, ['roughly even odds']),
      t('likely', 55, 80, ['probable', 'probably']),
      t('very likely', 80, 95, ['highly probable']),
      t('almost certain', 95, 99, ['almost certainly', 'nearly certain']),
    ],
  },
  PHIA: {
    id: 'PHIA',
    name: 'PHIA probability yardstick',
    terms: [
      t('remote chance', 0, 5),
      t('highly unlikely', 10, 20),
      t('unlikely', 25, 35),
      t('realistic possibility', 40, 50),
      t('likely', 55, 75, ['probably', 'probable']),
      t('highly likely', 80, 90),
      t('almost certain', 95, 100, ['almost certainly']),
    ],
  },
  Kent: {
    id: 'Kent',
    name: "Kent's words of estimative probability",
    terms: [
      t('impossible', 0, 0),
      t('almost certainly not', 2, 12),
      t('probably not', 20, 40),
      t('chances about even', 40, 60),
      t('probable', 63, 87, ['probably']),
      t('almost certain', 87, 99, ['almost certainly']),
      t('certain', 100, 100),
    ],
  },
};

const midpoint = ([lo, hi]: readonly [number, number]) => (lo + hi) / 2;

/** The term of `scale` that a band reads as: the one whose band holds the midpoint, else the nearest. */
export function termFor(scale: LikelihoodScale, band: readonly [number, number]): ScaleTerm {
  const mid = midpoint(band);
  const terms = SCALES[scale].terms;
  const holding = terms.filter((x) => mid >= x.lo && mid <= x.hi);
  if (holding.length)
    return holding.reduce((a, b) => (Math.abs(midpoint([a.lo, a.hi]) - mid) <= Math.abs(midpoint([b.lo, b.hi]) - mid) ? a : b));
  const distance = (x: ScaleTerm) => Math.min(Math.abs(x.lo - mid), Math.abs(x.hi - mid));
  return terms.reduce((a, b) => (distance(a) <= distance(b) ? a : b));
}

/** The band a term names on its scale, e.g. ('ICD203', 'likely') -> [55, 80]. */
export function bandFor(scale: LikelihoodScale, term: string): [number, number] | null {
  const found = SCALES[scale].terms.find((x) => x.term === term);
  return found ? [found.lo, found.hi] : null;
}

/** Whether two bands overlap (touching ends count). */
export const bandsOverlap = (a: readonly [number, number], b: readonly [number, number]) => a[0] <= b[1] && b[0] <= a[1];

export interface FoundTerm {
  scale: LikelihoodScale;
  term: ScaleTerm;
  /** The words as written. */
  text: string;
  index: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every scale term found in the text, longest match first so "very unlikely" is not also read as "unlikely".
 * A phrase shared by several scales (e.g. "likely") is reported once per scale that has it.
 */
export function findTerms(text: string): FoundTerm[] {
  const lower = text.toLowerCase();
  const phrases: Array<{ phrase: string; scale: LikelihoodScale; term: ScaleTerm }> = [];
  for (const scale of Object.values(SCALES))
    for (const term of scale.terms)
      for (const phrase of [term.term, ...term.variants]) phrases.push({ phrase, scale: scale.id, term });
  phrases.sort((a, b) => b.phrase.length - a.phrase.length);
  const taken: Array<[number, number]> = [];
  const found: FoundTerm[] = [];
  const byPhrase = new Map<string, typeof phrases>();
  for (const p of phrases) byPhrase.set(p.phrase, [...(byPhrase.get(p.phrase) ?? []), p]);
  for (const [phrase, entries] of byPhrase) {
    const re = new RegExp(`\\b${escape(phrase)}\\b`, 'g');
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      const span: [number, number] = [m.index, m.index + phrase.length];
      if (taken.some(([s, e]) => span[0] < e && s < span[1])) continue;
      taken.push(span);
      for (const entry of entries)
        found.push({ scale: entry.scale, term: entry.term, text: text.slice(span[0], span[1]), index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export const CONFIDENCE_PHRASES = [
  'high confidence',
  'moderate confidence',
  'medium confidence',
  'low confidence',
  'highly confident',
  'fairly confident',
  'we are confident',
  'confidence is high',
  'confidence is moderate',
  'confidence is low',
  'with confidence',
];

/** Confidence wording in the text, e.g. "high confidence". */
export function findConfidence(text: string): string[] {
  const lower = text.toLowerCase();
  return CONFIDENCE_PHRASES.filter((p) => new RegExp(`\\b${escape(p)}\\b`).test(lower));
}

/** The scale's terms for the estimative-language box, with their bands as printed. */
export function scaleLegend(scale: LikelihoodScale): Array<{ term: string; band: string }> {
  return SCALES[scale].terms.map((x) => ({
    term: x.term,
    band:
      x.lo === x.hi
        ? `${x.lo}%`
        : scale === 'PHIA' && x.lo === 0
          ? `≤${x.hi}%`
          : scale === 'PHIA' && x.hi === 100
            ? `≥${x.lo}%`
            : `${x.lo}–${x.hi}%`,
  }));
}
