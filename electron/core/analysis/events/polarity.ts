import type { PloverCategory, Polarity } from '../../../api/analysis';
import { verbLexicon } from '../lexicon/verbs';

/** Older category names the app still stores, read as the PLOVER root they belong to. */
const ROOT_OF: Partial<Record<PloverCategory, string>> = {
  CONCEDE: 'YIELD',
  RETREAT: 'YIELD',
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

/** A category's polarity as declared in resources/lexicon/categories.json (throws on an undeclared category). */
export function polarityOf(category: PloverCategory): Polarity {
  return verbLexicon().category(ROOT_OF[category] ?? category).polarity;
}
