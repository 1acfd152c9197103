import additions from '../../../../resources/lexicon/additions.json' with { type: 'json' };
import type { PloverCategory } from '../../../api/analysis';
import { PLOVER_CATEGORIES } from '../../../api/plover';
import type { CodedAct, VerbLexicon } from '../lexicon/verbs';
import type { Token } from '../syntax/tag';
import type { ActSense, Trigger } from './trigger';

/** What the trigger finder needs from the verb lexicon. */
export type ActLexicon = Pick<VerbLexicon, 'lookup' | 'code' | 'noun' | 'act'>;

/** Diplomatic cooperation (CAMEO 050) and a formal agreement (057) are done by both parties. */
const JOINT_CODES = /^(?:050|057)/;
/** Material cooperation both sides do together: cooperation in general, military (joint exercises), intelligence. */
const JOINT_COOPERATION = /^(?:060|062|064)/;
/**
 * An act both parties perform: talks, meetings, agreements, cooperation. Not one-sided ones of the same categories: an
 * invitation (026), a visit or its hosting (a counterpart code), a mediation (045, by a third party), an investment
 * or an extradition (one side's deed).
 */
const isJoint = (act: Pick<CodedAct, 'category' | 'code' | 'reverse'>) =>
  JOINT_CODES.test(act.code) ||
  ((act.reverse === null || act.reverse === act.code) &&
    !/^(?:02|045)/.test(act.code) &&
    (act.category === 'CONSULT' || act.category === 'AGREE' || JOINT_COOPERATION.test(act.code)));
/** Plain statements ("said", "noted") carry no interaction; quotes and reported speech handle them. */
const SKIPPED = new Set<string>(['STATEMENT']);
const TARGET_PREPS = ['to', 'with', 'against', 'on', 'at', 'for', 'over', 'toward', 'towards', 'into', 'upon'];
const PREPS: Partial<Record<string, string[]>> = {
  SANCTION: [...TARGET_PREPS, 'from'],
  // "withdrew from", "pulled its troops out of Armenia"
  YIELD: [...TARGET_PREPS, 'from', 'of'],
  // "expelled diplomats from Poland"
  COERCE: [...TARGET_PREPS, 'from'],
  // "mediated between Israel and Egypt"
  CONSULT: [...TARGET_PREPS, 'between'],
  // "deployed warships near Y"
  MOBILIZE: [...TARGET_PREPS, 'near'],
  // "demanded an apology from Y", "sought guarantees from Y"
  REQUEST: [...TARGET_PREPS, 'from'],
  // force used in or into a country's territory is used against it ("shelled positions in Syria")
  ASSAULT: [...TARGET_PREPS, 'in', 'inside', 'into', 'near'],
};
/** How far after a verb its phrase patterns may reach, in words. */
const PHRASE_REACH = 8;
/** Words of a verb's phrase that can belong to the trigger ("stepped up", "called off"); a noun phrase or preposition after them may hold the target. */
const PHRASE_WORD = new Set(['PART', 'ADV', 'NOUN', 'ADJ']);
/** Words that may stand between a verb and the head noun of its object ("launched a major air strike"). */
const OBJECT_WORD = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART', 'ADV']);
/** What can follow a finite verb: its object or a preposition ("mediated between", "helped the", "freed two"). */
const VERB_OBJECT_START = new Set(['ADP', 'DET', 'PROPN', 'PRON', 'NUM']);
/** A verb form mis-tagged as a plural noun sits between a name and the start of a noun phrase ("Brazil sanctions Venezuelan officials"). */
const PHRASE_START = new Set(['DET', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/** Verbs whose object noun names the act ("gave a grant", "held talks", "imposed sanctions"), declared in the lexicon data. */
const LIGHT_VERBS: ReadonlySet<string> = new Set(additions.lightVerbs);
/** Verbs that make more of an act ("stepped up its attacks", "expanded cooperation"): coded by the act their object names. */
const INTENSIFIERS: ReadonlySet<string> = new Set(additions.intensifierVerbs);
/** Verbs of wanting or planning: with "to" and a verb straight after, the subject states its own intent. */
const INTENT_VERBS: ReadonlySet<string> = new Set(additions.intentVerbs);
/** Verb families whose act both sides perform (exchange, swap, trade). */
const RECIPROCAL: ReadonlySet<string> = new Set(additions.reciprocalFamilies);
/** Nouns of intent before an infinitive ("readiness to help Y"): the intent is coded like that of an intent verb. */
const INTENT_NOUNS: ReadonlySet<string> = new Set(additions.intentNouns);
/** Nouns for another party's proposal ("a call from Y", "the offer by Y"): its author answers to words about it. */
const PROPOSAL_NOUNS: ReadonlySet<string> = new Set(additions.proposalNouns);
const APPEAL = '020';
/** Particles of a phrasal verb ("turned down", "called off"). */
const PARTICLES = new Set(['down', 'off', 'up', 'out', 'back', 'aside']);
const REJECTION = '120';
/** Verbs that say nothing of their own before an infinitive ("failed to", "managed to"). */
const EMPTY_BEFORE_INFINITIVE: ReadonlySet<string> = new Set(additions.emptyBeforeInfinitive);
/** Verbs of receiving: what is received from another is that other's act. */
const RECEIVING: ReadonlySet<string> = new Set(additions.receivingVerbs);
/** Codes a receiving verb takes by itself (hosting a visitor), which say nothing about what was received. */
const RECEIVING_DEFAULTS = new Set(['043']);
/** Head nouns that only hold the act a noun before them names ("an aid package", "a sanctions bill"). */
const CONTAINERS = new Set([
  'package',
  'packages',
  'programme',
  'program',
  'deal',
  'plan',
  'plans',
  'bill',
  'effort',
  'efforts',
  'measure',
  'measures',
  'scheme',
  'initiative',
  'campaign',
  'mission',
  'operation',
  'regime',
  'process',
  'round',
  'offer',
]);
/** A stated intent is coded by the act intended: to cooperate (CAMEO 030) or to harm (CAMEO 130, a threat). */
const INTENT_CODES = { cooperative: '030', conflictual: '130' } as const;

const isCategory = (c: string): c is PloverCategory => (PLOVER_CATEGORIES as readonly string[]).includes(c);

function senseOf(act: CodedAct, noun: boolean): ActSense | null {
  if (SKIPPED.has(act.category) || !isCategory(act.category)) return null;
  return {
    category: act.category,
    intensity: act.intensity,
    modality: act.modality === 'material' ? 'material' : 'verbal',
    noun,
    mutual: (noun && isJoint(act)) || act.compound || JOINT_CODES.test(act.code),
    joint: !noun && JOINT_CODES.test(act.code),
    inverted: act.inverted,
    // "received an invitation from X": the act comes from the one after "from"
    preps: noun
      ? [...(PREPS[act.category] ?? TARGET_PREPS), 'between']
      : act.inverted
        ? [...(PREPS[act.category] ?? TARGET_PREPS), 'from']
        : PREPS[act.category],
  };
}

/** "their planned drills", "the proposed deal": a participle after a determiner or possessive modifies a noun. */
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const modifies = (t: Token | undefined) =>
  t !== undefined &&
  ((t.pos === 'DET' && t.lower !== 'that') || t.pos === 'NUM' || (t.pos === 'PRON' && POSSESSIVE.has(t.lower)));

function isVerbSlot(tokens: Token[], i: number, lexicon: ActLexicon): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "Finland's grant to Tanzania": after a possessive, a noun
  if (t.pos === 'VERB' && (prev?.lower === "'s" || prev?.lower === '’s')) return false;
  if (t.pos === 'VERB') return !(modifies(prev) && next && (next.pos === 'NOUN' || next.pos === 'ADJ'));
  // "Egypt mediated between ...": a past form the tagger read as an adjective, between a name and what it governs
  if (t.pos === 'ADJ' && t.lower.endsWith('ed') && prev?.pos === 'PROPN' && next && VERB_OBJECT_START.has(next.pos)) return true;
  // "was encircled by": a passive participle read as an adjective
  if (t.pos === 'ADJ' && t.lower.endsWith('ed') && BE.has(prev?.lower ?? '') && next?.lower === 'by') return true;
  // "began sharing": a gerund after a verb that says nothing of its own, whatever the tagger calls it
  if (t.lower.endsWith('ing') && prev && EMPTY_BEFORE_INFINITIVE.has(lexicon.lookup(prev.lower)?.lemma ?? '')) return true;
  // "its intention to attack": after "to" and a noun of intent, a verb the tagger read as a noun
  if (t.pos === 'NOUN' && prev?.lower === 'to' && INTENT_NOUNS.has(tokens[i - 2]?.lower ?? '')) return true;
  // "retaliated by firing rounds": a gerund after a preposition
  if (t.pos === 'NOUN' && t.lower.endsWith('ing') && prev?.pos === 'ADP') return true;
  // "Japan shot down a drone": an inflected verb form the tagger read as a noun, between a name and its object
  if (t.pos === 'NOUN' && prev?.pos === 'PROPN' && next && VERB_OBJECT_START.has(next.pos)) {
    const sense = lexicon.lookup(t.lower);
    if (sense && sense.lemma !== t.lower && !t.lower.endsWith('s')) return true;
  }
  if (t.pos !== 'NOUN' || !t.lower.endsWith('s')) return false;
  if (prev?.pos !== 'PROPN' || next === undefined) return false;
  // "Sweden plans to attack": a verb before an infinitive
  return PHRASE_START.has(next.pos) || (next.lower === 'to' && tokens[i + 2]?.pos === 'VERB');
}

/** The head noun of the verb's object when it names an act ("imposed new sanctions", "held talks"). */
function objectNoun(
  tokens: Token[],
  i: number,
  lexicon: ActLexicon,
): { at: number; act: CodedAct; participation: boolean } | null {
  // "engage in talks", "enter into negotiations": taking part in the act the noun names
  const participation = tokens[i + 1]?.lower === 'in' || tokens[i + 1]?.lower === 'into';
  for (let j = i + (participation ? 2 : 1); j < tokens.length && j <= i + 6; j++) {
    const t = tokens[j];
    if (!OBJECT_WORD.has(t.pos)) return null;
    if (t.pos !== 'NOUN') continue;
    // the head of a compound is its last noun: "missile warning data" is data, "peace talks" talks; an act noun
    // before a head that only holds it ("an aid package", "a sanctions bill") names the act
    let head = j;
    while (tokens[head + 1]?.pos === 'NOUN') head++;
    for (const k of head === j ? [j] : [head, ...(CONTAINERS.has(tokens[head].lower) ? range(j, head) : [])]) {
      const act = lexicon.noun(tokens[k].lower);
      if (act && !SKIPPED.has(act.category)) return { at: k, act, participation };
    }
    if (head > j) return null;
  }
  return null;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

/**
 * "wants to help Y", "plans to expel diplomats from Y": an intent verb with the verb it governs straight after. The
 * intent is coded by what is intended (cooperation, or harm: a threat); the trigger runs to the governed verb's phrase
 * so its target is read after it, and the governed verb is not coded again.
 */
function intentAct(tokens: Token[], i: number, lexicon: ActLexicon): { sense: ActSense; last: number } | null {
  if (tokens[i + 1]?.lower !== 'to') return null;
  return intended(tokens, tokens[i + 2]?.pos === 'ADV' ? i + 3 : i + 2, lexicon);
}

/** The intent whose intended act is the verb at `j` ("to help Y"), coded by that act's polarity, or null. */
function intended(tokens: Token[], j: number, lexicon: ActLexicon): { sense: ActSense; last: number } | null {
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
  return { sense: { ...intent, mutual: governed.mutual, preps: governed.preps }, last };
}

/** "wants Y to attack": a noun phrase between the verb and "to" with a verb after it. */
function wantsOtherTo(tokens: Token[], i: number): boolean {
  for (let j = i + 2; j < tokens.length && j <= i + 5; j++) {
    if (tokens[j].lower === 'to') return tokens[j + 1]?.pos === 'VERB' && tokens[i + 1].pos !== 'PART';
    if (!OBJECT_WORD.has(tokens[j].pos) && tokens[j].pos !== 'PROPN') return false;
  }
  return false;
}

/** "readiness to help Y", "its intention to attack Y": the index of the intent noun before the verb at `i`, or -1. */
function intentNounBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.lower !== 'to') return -1;
  return INTENT_NOUNS.has(tokens[k - 1]?.lower ?? '') ? k - 1 : -1;
}

/** Forms of "be" before a passive participle. */
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/**
 * "Tanks were sent to Ukraine": a passive's subject is the verb's object, so the verb's phrases are matched on it
 * when the words after the verb code nothing.
 */
function passiveCode(tokens: Token[], i: number, lemma: string, after: string[], lexicon: ActLexicon): CodedAct | null {
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  if (!BE.has(tokens[k]?.lower ?? '')) return null;
  const subject: string[] = [];
  for (let j = k - 1; j >= 0 && subject.length < 4 && OBJECT_WORD.has(tokens[j].pos); j--) subject.unshift(tokens[j].lower);
  return subject.length ? lexicon.code(lemma, [...subject, ...after]) : null;
}

/** The head of the verb's object is a proposal noun ("the US offer of talks", "Peru's request"). */
function proposalObject(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j];
    if (PROPOSAL_NOUNS.has(t.lower) && t.pos === 'NOUN') return true;
    if (j === i + 1 && PARTICLES.has(t.lower)) continue;
    if (!OBJECT_WORD.has(t.pos) && t.lower !== "'s" && t.lower !== '’s') return false;
  }
  return false;
}

/** The verb's object is a proposal noun with its author after it ("a call from", "the offer by", "the resolution of"). */
function proposalAuthor(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j];
    if (PROPOSAL_NOUNS.has(t.lower) && t.pos === 'NOUN') return /^(?:from|by|of)$/.test(tokens[j + 1]?.lower ?? '');
    if (j === i + 1 && PARTICLES.has(t.lower)) continue;
    if (!OBJECT_WORD.has(t.pos)) return false;
  }
  return false;
}

/** The counterpart role of the verb spelt like an act noun ("visit": the host's act), as the lexicon codes the verb. */
function verbReverse(lexicon: ActLexicon, t: Token): boolean {
  const sense = lexicon.lookup(t.lower) ?? lexicon.lookup(t.lemma);
  return sense !== null && Boolean(lexicon.code(sense.lemma, [])?.reverse);
}

/** "X is covered by the ban", "X was hit by new sanctions", "subject to the embargo": the index of the participle, or -1. */
function coveredBy(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'PRON')) j--;
  const prep = tokens[j];
  const head = tokens[j - 1];
  if (!prep || !head) return -1;
  if (prep.lower === 'by' && head.pos === 'VERB' && /(?:ed|en|t)$/.test(head.lower)) return j - 1;
  if (prep.lower === 'to' && head.lower === 'subject') return j - 1;
  return -1;
}

/**
 * Act words of one sentence from the verb lexicon: every verb the tagger finds, coded by its phrase (the most
 * specific pattern over the words after it), a verb whose own code says nothing more specific than its object
 * noun hands over to that noun ("held talks with", "launched an attack on"), and event nouns on their own.
 */
export function lexiconTriggers(tokens: Token[], lexicon: ActLexicon): Trigger[] {
  const out: Trigger[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (used.has(i) || !isVerbSlot(tokens, i, lexicon)) continue;
    const sense = lexicon.lookup(t.lower) ?? (t.lemma !== t.lower ? lexicon.lookup(t.lemma) : null);
    if (!sense) continue;
    // a phrase stops before a stated intent ("announced its readiness to ..."): the intended act is coded on its own
    let reach = Math.min(tokens.length, i + 1 + PHRASE_REACH);
    for (let k = i + 1; k < reach; k++) if (INTENT_NOUNS.has(tokens[k].lower) && tokens[k + 1]?.lower === 'to') reach = k;
    const after = tokens.slice(i + 1, reach).map((x) => x.lower);
    const before = tokens.slice(Math.max(0, i - 3), i).map((x) => x.lower);
    used.add(i);
    // "failed to condemn", "began sharing": the verb after is the act (negated after "fail"); the one before is none
    const nextWord = tokens[i + 1];
    if (EMPTY_BEFORE_INFINITIVE.has(sense.lemma) && (nextWord?.lower === 'to' || nextWord?.lower.endsWith('ing'))) continue;
    const noun = intentNounBefore(tokens, i);
    const intent = INTENT_VERBS.has(sense.lemma)
      ? intentAct(tokens, i, lexicon)
      : noun >= 0
        ? intended(tokens, i, lexicon)
        : null;
    if (intent) {
      const first = noun >= 0 ? noun : i;
      for (let j = i + 1; j <= intent.last; j++) used.add(j);
      const end = tokens[intent.last].end;
      const text = tokens
        .slice(first, intent.last + 1)
        .map((x) => x.text)
        .join(' ');
      out.push({ sense: intent.sense, start: tokens[first].start, end, text });
      continue;
    }
    let coded = lexicon.code(sense.lemma, after, before) ?? passiveCode(tokens, i, sense.lemma, after, lexicon);
    // "wanted guarantees from Y", "sought help from Y": wanting something of another is asking it (CAMEO 020);
    // so is wanting another to act ("wants Y to attack Z": the request goes to Y, whatever Y is to do)
    if (INTENT_VERBS.has(sense.lemma) && coded && (after.slice(0, 6).includes('from') || wantsOtherTo(tokens, i)))
      coded = lexicon.act(APPEAL);
    const object = objectNoun(tokens, i, lexicon);
    const verb = coded ? senseOf(coded, false) : null;
    const acted = object ? senseOf(object.act, false) : null;
    // "received a loan from Y", "got weapons from Y": the one after "from" does the act, to the subject
    const from = RECEIVING.has(sense.lemma) ? after.slice(0, 7).indexOf('from') : -1;
    const received = from >= 0 ? (acted ?? (coded && !RECEIVING_DEFAULTS.has(coded.code) ? verb : null)) : null;
    if (received) {
      const last = object && object.at <= i + 1 + from ? object.at : i;
      for (let j = i + 1; j <= last; j++) used.add(j);
      const text = last > i ? `${t.text} … ${tokens[last].text}` : t.text;
      const preps = [...(received.preps ?? TARGET_PREPS), 'from'];
      out.push({
        sense: { ...received, inverted: true, mutual: false, joint: false, preps },
        start: t.start,
        end: tokens[last].end,
        text,
      });
      continue;
    }
    if (object && acted) {
      // "gave Kenya a grant": a name between verb and noun is the indirect object, the act's target
      const indirect = tokens.slice(i + 1, object.at).some((x) => x.pos === 'PROPN');
      const end = indirect ? t.end : tokens[object.at].end;
      const text = `${t.text} … ${tokens[object.at].text}`;
      // a promise of a cooperative act ("pledged aid to", "offered support") is coded as that act, once
      const promise = coded?.category === 'AGREE' && object.act.polarity === 'cooperative';
      const light = LIGHT_VERBS.has(sense.lemma) || INTENSIFIERS.has(sense.lemma);
      if ((light || object.participation || promise) && (!coded || coded.matched === 0)) {
        used.add(object.at);
        // "began a mediation between Peru and Ecuador": the parties of the act are its targets; "held talks with Y":
        // a joint act is done by both
        const joint = isJoint(object.act);
        const preps = [...(acted.preps ?? TARGET_PREPS), 'of', 'between'];
        out.push({ sense: { ...acted, mutual: acted.mutual || joint, joint, preps }, start: t.start, end, text });
        continue;
      }
      // stopping a cooperative act by deed ("blocked aid to", "abandoned talks"): the noun stays and the linker reads
      // the reduction; a verb with no code of its own leaves the noun to stand alone
      // (a phrase pattern that covers the noun, "give permission", has coded the pair already)
      const phrase = coded !== null && coded.matched > 0 && coded.span > 0;
      const stopping =
        !phrase &&
        object.act.polarity === 'cooperative' &&
        (!coded || (coded.modality === 'material' && (coded.polarity !== 'cooperative' || coded.category === 'YIELD')));
      if (stopping || !verb || !coded) continue;
      if (phrase || coded.modality === 'material' || coded.category === object.act.category) {
        // a material act on an act noun changes that act, and "signed an agreement" is one act: one event, the verb's,
        // reaching the noun's target ("ended its embargo on Cuba")
        used.add(object.at);
        // words about another's act ("rejected a request from Y") answer its author
        const author = coded.modality === 'verbal' && coded.category !== object.act.category ? ['by', 'from'] : [];
        const preps = [...(verb.preps ?? TARGET_PREPS), 'of', 'between', ...author];
        const joint = isJoint(coded) && isJoint(object.act);
        out.push({ sense: { ...verb, mutual: verb.mutual || joint, joint, preps }, start: t.start, end, text });
        continue;
      }
      // words about an act ("rejected a request from Y", "welcomed the offer by Y"): the act's author is the target;
      // the act noun keeps its own event
      const preps = [...(verb.preps ?? TARGET_PREPS), 'by', 'from', 'of', 'between'];
      out.push({ sense: { ...verb, preps }, start: t.start, end, text });
      continue;
    }
    if (!verb || !coded) continue;
    // "dismissed the US offer of talks": disapproving of another's proposal is rejecting it (CAMEO 12)
    if (verb.category === 'ACCUSE' && proposalObject(tokens, i)) {
      const reject = senseOf(lexicon.act(REJECTION), false);
      if (reject) {
        out.push({
          sense: { ...reject, preps: [...TARGET_PREPS, 'from', 'by', 'of'] },
          start: t.start,
          end: t.end,
          text: t.text,
        });
        continue;
      }
    }
    // "rejected a call from Y", "accepted the offer by Y": words about another's proposal answer its author
    const proposal = coded.modality === 'verbal' && proposalAuthor(tokens, i);
    let s = proposal ? { ...verb, preps: [...(verb.preps ?? TARGET_PREPS), 'from', 'by', 'of'] } : verb;
    // "X and Y exchanged ambassadors", "X swapped prisoners with Y": both sides do it
    if (RECIPROCAL.has(sense.family)) s = { ...s, mutual: true, joint: true };
    // the phrase's own words ("called for sanctions") belong to the trigger, so targets are looked for after them
    let end = t.end;
    for (let j = i + 1; j <= i + coded.span && j < tokens.length; j++) {
      used.add(j);
      if (!PHRASE_WORD.has(tokens[j].pos)) break;
      end = tokens[j].end;
    }
    out.push({ sense: s, start: t.start, end, text: t.text });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const afterPossessive = tokens[i - 1]?.lower === "'s" || tokens[i - 1]?.lower === '’s';
    if (used.has(i) || !(t.pos === 'NOUN' || (i === 0 && t.pos === 'PROPN') || (t.pos === 'VERB' && afterPossessive))) continue;
    // a noun modifying a later head is no act of its own ("missile warning data"), unless the head only holds it
    const next = tokens[i + 1];
    if (next?.pos === 'NOUN' && !CONTAINERS.has(next.lower) && !lexicon.noun(next.lower)) continue;
    const act = lexicon.noun(t.lower);
    const s = act ? senseOf(act, true) : null;
    if (!s) continue;
    // "talks between X and Y", "our deals with Y" name both parties of a joint act; an act with a counterpart role
    // ("X's visit to Y", hosted by Y) goes one way
    s.mutual = s.mutual === true && !act?.reverse && !verbReverse(lexicon, t);
    const cover = act?.polarity === 'conflictual' && s.modality === 'material' ? coveredBy(tokens, i) : -1;
    if (cover >= 0)
      out.push({ sense: { ...s, noun: false, coverage: true }, start: tokens[cover].start, end: t.end, text: t.text });
    else out.push({ sense: s, start: t.start, end: t.end, text: t.text });
  }
  return out.sort((a, b) => a.start - b.start);
}
