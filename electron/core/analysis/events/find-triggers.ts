import { findTriggers } from '../lexicon/compile';
import type { Token } from '../syntax/tag';
import type { Trigger } from './trigger';

/** "their support", "the attack": a verb form after a determiner is a noun, and its actors are not subject and object. */
const DETERMINER = /\b(?:the|a|an|their|its|his|her|our|my|your|this|these|those)\s+$/i;

/** The act words of sentence [from, to), with offsets into the article text. */
export function sentenceTriggers(text: string, from: number, to: number, tokens: Token[]): Trigger[] {
  void tokens;
  const out: Trigger[] = [];
  for (const t of findTriggers(text.slice(from, to))) {
    if (!t.entry.noun && DETERMINER.test(text.slice(Math.max(from, from + t.start - 12), from + t.start))) continue;
    out.push({ sense: t.entry, start: t.start + from, end: t.end + from, text: t.text });
  }
  return out;
}
