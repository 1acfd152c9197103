// Verb constructions the trigger finder reads before coding a verb: stated intents ("wants to help", "its readiness
// to attack"), wanting another to act, a passive coded on its subject, and proposals with their authors.
import type { CodedAct } from '../lexicon/verbs';
import type { Token } from '../syntax/tag';
import type { ActSense } from './trigger';
import {
  type ActLexicon,
  PHRASE_REACH,
  PHRASE_WORD,
  OBJECT_WORD,
  INTENT_NOUNS,
  PROPOSAL_NOUNS,
  PARTICLES,
  INTENT_CODES,
  senseOf,
  isPossessive,
  TARGET_PREPS,
} from './act-words';

/** Forms of "be" before a passive participle. */
export const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/**
 * "wants to help Y", "plans to expel diplomats from Y": an intent verb with the verb it governs straight after. The
 * intent is coded by what is intended (cooperation, or harm: a threat); the trigger runs to the governed verb's phrase
 * so its target is read after it, and the governed verb is not coded again.
 */
export function intentAct(tokens: Token[], i: number, lexicon: ActLexicon): { sense: ActSense; last: number } | null {
  if (tokens[i + 1]?.lower !== 'to') return null;
  return intended(tokens, tokens[i + 2]?.pos === 'ADV' ? i + 3 : i + 2, lexicon);
}

/** The intent whose intended act is the verb at `j` ("to help Y"), coded by that act's polarity, or null. */
export function intended(tokens: Token[], j: number, lexicon: ActLexicon): { sense: ActSense; last: number } | null {
  const inner = tokens[j];
  if (!inner || (inner.pos !== 'VERB' && !(inner.pos === 'NOUN' && tokens[j - 1]?.lower === 'to'))) return null;
  const sense = lexicon.lookup(inner.lower) ?? lexicon.lookup(inner.lemma);
  if (!sense) return null;
  const after = tokens.slice(j + 1, j + 1 + PHRASE_REACH).map((x) => x.lower);
  const coded = lexicon.code(
    sense.lemma,
    after,
    tokens.slice(Math.max(0, j - 3), j).map((x) => x.lower),
  );
  if (!coded || coded.polarity === 'neutral') return null;
  const governed = senseOf(coded, false);
  const intent = senseOf(lexicon.act(INTENT_CODES[coded.polarity]), false);
  if (!governed || !intent) return null;
  let last = j;
  for (let k = j + 1; k <= j + coded.span && k < tokens.length && PHRASE_WORD.has(tokens[k].pos); k++) last = k;
  // "offered to host talks between Rwanda and Congo": the parties of an act noun the phrase ends on are its targets
  const between = last > j && tokens[last + 1]?.lower === 'between' ? ['between'] : [];
  return { sense: { ...intent, mutual: governed.mutual, preps: [...(governed.preps ?? TARGET_PREPS), ...between] }, last };
}

/** "wants Y to attack": a noun phrase between the verb and "to" with a verb after it. */
export function wantsOtherTo(tokens: Token[], i: number): boolean {
  let reach = i + 5;
  for (let j = i + 2; j < tokens.length && j <= reach; j++) {
    // ("asked the envoy to Lima to depart": "to" before a name is a preposition of the noun phrase)
    if (tokens[j].lower === 'to' && tokens[j + 1]?.pos === 'PROPN' && tokens[j - 1]?.pos === 'NOUN') {
      const at = j;
      while (tokens[j + 1]?.pos === 'PROPN') j++;
      reach += j - at + 1;
      continue;
    }
    if (tokens[j].lower === 'to') return tokens[j + 1]?.pos === 'VERB' && tokens[i + 1].pos !== 'PART';
    if (!OBJECT_WORD.has(tokens[j].pos) && tokens[j].pos !== 'PROPN') return false;
  }
  return false;
}

const ASPECT_VERBS: ReadonlySet<string> = new Set(['continue', 'keep', 'start', 'begin', 'stop']);

/** "readiness to help Y", "its intention to attack Y": the index of the intent noun before the verb at `i`, or -1. */
export function intentNounBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  // ("its readiness to continue supplying gas": a verb of going on says nothing of its own)
  if (ASPECT_VERBS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower.endsWith('ing')) k--;
  if (tokens[k]?.lower !== 'to') return -1;
  return INTENT_NOUNS.has(tokens[k - 1]?.lower ?? '') ? k - 1 : -1;
}

/**
 * "Tanks were sent to Ukraine": a passive's subject is the verb's object, so the verb's phrases are matched on it
 * when the words after the verb code nothing.
 */
export function passiveCode(tokens: Token[], i: number, lemma: string, after: string[], lexicon: ActLexicon): CodedAct | null {
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  if (!BE.has(tokens[k]?.lower ?? '')) return null;
  const subject: string[] = [];
  // "the Chinese ambassador to Australia was summoned": past one preposition to the head the phrase is about
  let crossed = false;
  for (let j = k - 1; j >= 0 && subject.length < 4; j--) {
    if (!crossed && tokens[j].pos === 'ADP' && subject.length) {
      crossed = true;
      subject.length = 0;
      continue;
    }
    if (!OBJECT_WORD.has(tokens[j].pos)) break;
    subject.unshift(tokens[j].lower);
  }
  return subject.length ? lexicon.code(lemma, [...subject, ...after]) : null;
}

/** The head of the verb's object is a proposal noun ("the US offer of talks", "Peru's request"). */
export function proposalObject(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j];
    if (PROPOSAL_NOUNS.has(t.lower) && t.pos === 'NOUN') return true;
    if (j === i + 1 && PARTICLES.has(t.lower)) continue;
    if (!OBJECT_WORD.has(t.pos) && !isPossessive(t)) return false;
  }
  return false;
}

/** The verb's object is a proposal noun with its author after it ("a call from", "the offer by", "the resolution of"). */
export function proposalAuthor(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j];
    if (PROPOSAL_NOUNS.has(t.lower) && t.pos === 'NOUN') return /^(?:from|by|of)$/.test(tokens[j + 1]?.lower ?? '');
    if (j === i + 1 && PARTICLES.has(t.lower)) continue;
    if (!OBJECT_WORD.has(t.pos)) return false;
  }
  return false;
}
