// What the event evaluations share: reading the dev sets, the tuning/held-aside split, which codes are actors,
// which events count, and the naive first-acts-on-second baseline.
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import Sentiment from 'sentiment';
import { findMentions } from '../../../electron/core/analysis/mentions';

export const readJsonl = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** Rows split by their 0-based index: even = tuning (read while writing rules), odd = held-aside (only scored). */
export const HALVES = ['tuning', 'held-aside'];
export const halfOf = (index) => HALVES[index % 2];

const ORGS = new Set(['NATO', 'EU', 'UN', 'IAEA', 'OPEC', 'WTO', 'ASEAN', 'AU', 'WEST']);
/** A state: an ISO 3166 alpha-3 code (plus Kosovo), not a sector, region or organisation code such as IGO, WHO or ICC. */
export const isCountry = (c) => c === 'XKX' || (/^[A-Z]{3}$/.test(c) && countries.isValid(c));
/** A state or one of the organisations the wikinews-stances annotation codes. */
export const isActor = (c) => isCountry(c) || ORGS.has(c);

/**
 * The country an actor code belongs to, as PETR2's \`source_country\` reads it: the code itself for a state, the
 * first three letters for a country's sector code (SYRREB, UKROPP, USAELI), null otherwise.
 */
export const countryOf = (c) => (isCountry(c) ? c : /^[A-Z]{4,}$/.test(c) && isCountry(c.slice(0, 3)) ? c.slice(0, 3) : null);

/** Counted acts: neither negated nor hypothetical. */
export const counted = (e) => !e.negated && !e.hypothetical;

const sentiment = new Sentiment();

/** The naive baseline: the first two distinct actors named (first acts on second) and the AFINN sign, or null. */
export function naivePair(text, published, keep, as = (c) => c) {
  const actors = [];
  for (const m of findMentions(text, published)) {
    const actor = keep(m.actor) ? as(m.actor) : null;
    if (actor && !actors.includes(actor)) actors.push(actor);
  }
  if (actors.length < 2) return null;
  const s = sentiment.analyze(text).score;
  return { source: actors[0], target: actors[1], polarity: s > 0 ? 'cooperative' : s < 0 ? 'conflictual' : 'neutral' };
}
