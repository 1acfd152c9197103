// What the trigger finder knows about act words: the lexicon's declared word classes (light verbs, intent verbs and
// nouns, proposal nouns, receiving verbs ...), the prepositions each category takes, and the sense of a coded act.
import additions from '../../../../resources/lexicon/additions.json' with { type: 'json' };
import type { PloverCategory } from '../../../api/analysis';
import { PLOVER_CATEGORIES } from '../../../api/plover';
import type { CodedAct, VerbLexicon } from '../lexicon/verbs';
import type { Token } from '../syntax/tag';
import type { ActSense } from './trigger';

/** What the trigger finder needs from the verb lexicon. */
export type ActLexicon = Pick<VerbLexicon, 'lookup' | 'code' | 'noun' | 'act' | 'inPatterns'>;

/** Diplomatic cooperation (CAMEO 050) and a formal agreement (057) are done by both parties. */
const JOINT_CODES = /^(?:050|057)/;
/**
 * A verb coded as a formal agreement is a joint act; one coded as diplomatic cooperation only by its own code
 * ("cooperate", "normalize") or over a relation ("established ties"), not when a phrase of another verb reads so
 * ("reaffirmed its commitment to Y" is the subject's own stand).
 */
const VERB_JOINT_CODES = /^057/;
/** Material cooperation both sides do together: cooperation in general, military (joint exercises), intelligence. */
const JOINT_COOPERATION = /^(?:060|062|064)/;
/**
 * An act both parties perform: talks, meetings, agreements, cooperation. Not one-sided ones of the same categories: an
 * invitation (026), a visit or its hosting (a counterpart code), a mediation or an offer to mediate (045, 039: by a
 * third party, "hosted talks between Y and Z"), an investment or an extradition (one side's deed).
 */
export const isJoint = (act: Pick<CodedAct, 'category' | 'code' | 'reverse'>) =>
  JOINT_CODES.test(act.code) ||
  ((act.reverse === null || act.reverse === act.code) &&
    !/^(?:02|039|04[235])/.test(act.code) &&
    (act.category === 'CONSULT' || act.category === 'AGREE' || JOINT_COOPERATION.test(act.code)));
/** Plain statements ("said", "noted") carry no interaction; quotes and reported speech handle them. */
export const SKIPPED = new Set<string>(['STATEMENT']);
/** Nouns that name words as a charge: ", a charge Y denied", "rejected the allegations". */
export const CHARGE_NOUNS = String.raw`(?:charges?|claims?|accusations?|allegations?)`;
export const TARGET_PREPS = ['to', 'with', 'against', 'on', 'at', 'for', 'over', 'toward', 'towards', 'into', 'upon'];
/** A cooperative act is done "at" a place ("signed the treaty at the White House"), never to one. */
const VENUE_FREE = TARGET_PREPS.filter((p) => p !== 'at');
export const PREPS: Partial<Record<string, string[]>> = {
  AGREE: VENUE_FREE,
  SUPPORT: VENUE_FREE,
  COOPERATE: VENUE_FREE,
  AID: VENUE_FREE,
  SANCTION: [...TARGET_PREPS, 'from'],
  // "withdrew from", "pulled its troops out of Armenia"
  YIELD: [...TARGET_PREPS, 'from', 'of'],
  // "expelled diplomats from Chile"
  COERCE: [...TARGET_PREPS, 'from'],
  // "mediated between Israel and Egypt"
  CONSULT: [...VENUE_FREE, 'between'],
  // "deployed warships near Y", "drills around Taiwan"
  MOBILIZE: [...TARGET_PREPS, 'near', 'around', 'along', 'off'],
  // "demanded an apology from Y", "sought guarantees from Y"
  REQUEST: [...TARGET_PREPS, 'from'],
  // force used in or into a country's territory or off its coast is used against it ("shelled positions in Syria",
  // "across Ukraine", "into the sea off Japan")
  ASSAULT: [...TARGET_PREPS, 'in', 'inside', 'into', 'near', 'off', 'across', 'throughout', 'along'],
};
/** How far after a verb its phrase patterns may reach, in words. */
export const PHRASE_REACH = 12;
/** Words of a verb's phrase that can belong to the trigger ("stepped up", "called off"); a noun phrase or preposition after them may hold the target. */
export const PHRASE_WORD = new Set(['PART', 'ADV', 'NOUN', 'ADJ']);
/** Words that may stand between a verb and the head noun of its object ("launched a major air strike"). */
export const OBJECT_WORD = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART', 'ADV']);
/** What can follow a finite verb: its object or a preposition ("mediated between", "helped the", "freed two"). */
export const VERB_OBJECT_START = new Set(['ADP', 'DET', 'PROPN', 'PRON', 'NUM']);
/** A verb form mis-tagged as a plural noun sits between a name and the start of a noun phrase ("Brazil sanctions Venezuelan officials"). */
export const PHRASE_START = new Set(['DET', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/** Verbs whose object noun names the act ("gave a grant", "held talks", "imposed sanctions"), declared in the lexicon data. */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(additions.lightVerbs);
/** Verbs that make more of an act ("stepped up its attacks", "expanded cooperation"): coded by the act their object names. */
export const INTENSIFIERS: ReadonlySet<string> = new Set(additions.intensifierVerbs);
/** Verbs of wanting or planning: with "to" and a verb straight after, the subject states its own intent. */
export const INTENT_VERBS: ReadonlySet<string> = new Set(additions.intentVerbs);
/** Intent verbs whose object is what is given ("pledged 300 million dollars to rebuild"): no party asked to act. */
export const PROMISING_VERBS: ReadonlySet<string> = new Set(additions.promisingVerbs);
/** Verbs that put an act forward for another to take up: a joint act they name is one-sided until taken up. */
export const OFFERING_VERBS: ReadonlySet<string> = new Set(additions.offeringVerbs);
/** Verb families whose act both sides perform (exchange, swap, trade). */
export const RECIPROCAL: ReadonlySet<string> = new Set(additions.reciprocalFamilies);
/** Act nouns both sides do to each other ("a clash between X and Y"). */
export const MUTUAL_NOUNS: ReadonlySet<string> = new Set(additions.mutualNouns);
/** Objects that make a cooperative act a relation both sides hold ("established diplomatic relations", "upgraded ties"). */
const RELATION_NOUNS: ReadonlySet<string> = new Set(additions.relationNouns);
/** Nouns of acts named after their verb ("severance" of "sever"): "the severance of ties with Y" is coded as "sever ties with Y". */
export const NOMINALIZATIONS: ReadonlyMap<string, string> = new Map(Object.entries(additions.nominalizations));
/** Verbs whose object deed is done by saying so ("ordered a blockade", "announced sanctions", "declared war"). */
export const PERFORMATIVE_VERBS: ReadonlySet<string> = new Set(['order', 'announce', 'declare', 'proclaim']);
/** CAMEO code prefixes of acts a state does within its own polity ("held elections"): never between two subjects. */
const OWN_POLITY_CODES: readonly string[] = additions.ownPolityCodes;
/** A verb's diplomatic cooperation that both sides do: its own code, or a phrase over a relation noun. */
export const jointCooperation = (act: CodedAct, after: readonly string[]): boolean =>
  act.polarity === 'cooperative' &&
  ((/^050/.test(act.code) && act.matched === 0) || after.slice(0, Math.max(act.span, 4)).some((w) => RELATION_NOUNS.has(w)));
/** Nouns of intent before an infinitive ("readiness to help Y"): the intent is coded like that of an intent verb. */
export const INTENT_NOUNS: ReadonlySet<string> = new Set(additions.intentNouns);
/** Nouns for another party's proposal ("a call from Y", "the offer by Y"): its author answers to words about it. */
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set(additions.proposalNouns);
export const APPEAL = '020';
/** Particles of a phrasal verb, as the pattern matcher knows them. */
export { PARTICLES } from '../lexicon/verb-patterns';
export const REJECTION = '120';
/** Verbs that say nothing of their own before an infinitive ("failed to", "managed to"). */
export const EMPTY_BEFORE_INFINITIVE: ReadonlySet<string> = new Set(additions.emptyBeforeInfinitive);
/** Verbs of answering a deed ("respond", "retaliate"): vowed or still to come, an answer to a hostile deed is a threat. */
export const RESPONSE_VERBS: ReadonlySet<string> = new Set(additions.responseVerbs);
/** Verbs of taking part ("joined the sanctions against Y", "joined a boycott of Y"): the subject does the act their object names. */
export const PARTICIPATION_VERBS: ReadonlySet<string> = new Set(additions.participationVerbs);
/** Verbs whose object is what is talked about, not a party ("discussed Syria"). */
export const TOPIC_VERBS: ReadonlySet<string> = new Set(additions.topicVerbs);
/** Verbs of receiving: what is received from another is that other's act. */
export const RECEIVING: ReadonlySet<string> = new Set(additions.receivingVerbs);
/** Codes a receiving verb takes by itself (hosting a visitor), which say nothing about what was received. */
export const RECEIVING_DEFAULTS = new Set(['043']);
/** Head nouns that only hold the act a noun before them names ("an aid package", "a sanctions bill"). */
export const CONTAINERS = new Set([
  'note',
  'notes',
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
export const INTENT_CODES = { cooperative: '030', conflictual: '130' } as const;

/** The possessive ending "'s". */
export const isPossessive = (t: Token | undefined) => t?.lower === "'s" || t?.lower === '’s';

const isCategory = (c: string): c is PloverCategory => (PLOVER_CATEGORIES as readonly string[]).includes(c);

/** Military help or peacekeeping, promised or given: the state it is "in" is the one helped ("troop deployments in Libya"). */
const STATIONED_CODES = /^(?:033[24]|07[24])/;
/** People expelled or deported "to" a state are sent there: the state they are sent to is no target. */
const SENT_AWAY_CODES = /^174/;

export function senseOf(act: CodedAct, noun: boolean): ActSense | null {
  if (SKIPPED.has(act.category) || !isCategory(act.category)) return null;
  const preps = noun
    ? [...(PREPS[act.category] ?? TARGET_PREPS), 'between']
    : act.inverted
      ? [...(PREPS[act.category] ?? TARGET_PREPS), 'from']
      : PREPS[act.category];
  const reach = SENT_AWAY_CODES.test(act.code) ? (preps ?? TARGET_PREPS).filter((p) => p !== 'to') : preps;
  return {
    category: act.category,
    intensity: act.intensity,
    modality: act.modality === 'material' ? 'material' : 'verbal',
    noun,
    mutual: (noun && isJoint(act)) || act.compound || VERB_JOINT_CODES.test(act.code),
    joint: !noun && VERB_JOINT_CODES.test(act.code),
    inverted: act.inverted,
    ownPolity: OWN_POLITY_CODES.some((prefix) => act.code.startsWith(prefix)),
    // "received an invitation from X": the act comes from the one after "from"
    preps: STATIONED_CODES.test(act.code) ? [...(reach ?? TARGET_PREPS), 'in'] : reach,
    stationed: STATIONED_CODES.test(act.code),
  };
}
