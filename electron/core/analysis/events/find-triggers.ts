import { verbLexicon } from '../lexicon/verbs';
import type { Token } from '../syntax/tag';
import { lexiconTriggers } from './lexicon-triggers';
import type { Trigger } from './trigger';

/** The act words of one sentence's tokens, with offsets into the article text. */
export function sentenceTriggers(tokens: Token[]): Trigger[] {
  return lexiconTriggers(tokens, verbLexicon());
}
