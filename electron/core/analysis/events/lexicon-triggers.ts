import type { CodedAct } from '../lexicon/verbs';
import { NAME_PART } from '../lexicon/verb-patterns';
import type { Token } from '../syntax/tag';
import type { ActSense, Trigger } from './trigger';
import { DAYS_AND_MONTHS, NOT_A_FIRST_NAME, TITLE_WORDS } from '../actors-words';
import {
  type ActLexicon,
  isJoint,
  SKIPPED,
  TARGET_PREPS,
  PHRASE_REACH,
  NOMINALIZATIONS,
  PHRASE_WORD,
  OBJECT_WORD,
  VERB_OBJECT_START,
  PHRASE_START,
  LIGHT_VERBS,
  PARTICIPATION_VERBS,
  OFFERING_VERBS,
  INTENSIFIERS,
  INTENT_VERBS,
  PROMISING_VERBS,
  RECIPROCAL,
  jointCooperation,
  MUTUAL_NOUNS,
  INTENT_NOUNS,
  APPEAL,
  REJECTION,
  RESPONSE_VERBS,
  EMPTY_BEFORE_INFINITIVE,
  RECEIVING,
  RECEIVING_DEFAULTS,
  PERFORMATIVE_VERBS,
  PARTICLES,
  CONTAINERS,
  senseOf,
  isPossessive,
  CHARGE_NOUNS,
} from './act-words';
import {
  BE,
  intentAct,
  intended,
  wantsOtherTo,
  intentNounBefore,
  passiveCode,
  proposalObject,
  proposalAuthor,
} from './trigger-phrases';

export type { ActLexicon } from './act-words';

const HAVE = new Set(['has', 'have', 'had']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);
const GRADING = new Set(['most', 'least', 'more', 'less', 'highly', 'widely', 'best', 'well']);
/** "their planned drills", "the proposed deal": a participle after a determiner or possessive modifies a noun. */
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const modifies = (t: Token | undefined) =>
  t !== undefined &&
  ((t.pos === 'DET' && t.lower !== 'that') || t.pos === 'NUM' || (t.pos === 'PRON' && POSSESSIVE.has(t.lower)));

const VERB_PREFIXES: ReadonlySet<string> = new Set([
  're',
  'co',
  'pre',
  'un',
  'de',
  'counter',
  'over',
  'under',
  'out',
  'mis',
  'test',
  'fast',
]);

/**
 * Whether the noun at `h` ends a short subject noun phrase: up to three nouns opened by a name, a possessive, a
 * determiner or a number ("Japanese destroyer", "China's coast guard", "the border police").
 */
function shortSubjectHead(tokens: Token[], h: number): boolean {
  let j = h;
  while (j > h - 3 && tokens[j]?.pos === 'NOUN') j--;
  if (j === h) return false;
  const opener = tokens[j];
  return opener?.pos === 'PROPN' || modifies(opener) || isPossessive(opener);
}

function isVerbSlot(tokens: Token[], i: number, lexicon: ActLexicon): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "Finland's grant to Tanzania": after a possessive, a noun; so is the head of a compound ("its missile launch")
  if (t.pos === 'VERB' && (isPossessive(prev) || compoundVerb(tokens, i))) return false;
  // "the newly-signed pact", "US-led forces": a participle joined to the word before it by a hyphen is an adjective
  // (not after a prefix of the verb's own: "re-signed", "co-sponsored")
  if (
    prev?.text === '-' &&
    prev.start === tokens[i - 2]?.end &&
    t.start === prev.end &&
    !VERB_PREFIXES.has(tokens[i - 2]?.lower ?? '') &&
    // (a gerund so joined is a compound noun wherever it stands: "allied tank-killing in Peru")
    (next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.pos === 'ADJ' || t.lower.endsWith('ing'))
  )
    return false;
  // "the most visited capitals": a participle graded by an adverb before a noun modifies it
  if (t.pos === 'VERB' && GRADING.has(prev?.lower ?? '') && next?.pos === 'NOUN') return false;
  // ("the captured Indian pilot": a name and a noun after the participle are the noun phrase it modifies)
  const modified =
    next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ' || (next.pos === 'PROPN' && tokens[i + 2]?.pos === 'NOUN'));
  if (t.pos === 'VERB') return !(modifies(prev) && modified);
  // "Egypt mediated between ...": a past form the tagger read as an adjective, between a name and what it governs
  // (or after the head noun of a short subject: "Chinese warships encircled Taiwan")
  const subjectHead = prev?.pos === 'PROPN' || (prev?.pos === 'NOUN' && tokens[i - 2]?.pos === 'PROPN' && next?.lower !== 'by');
  if (t.pos === 'ADJ' && t.lower.endsWith('ed') && subjectHead && next && VERB_OBJECT_START.has(next.pos)) return true;
  // ("Oman mediated indirect talks between ...": so is one before a noun phrase, when no other verb follows to make it
  // a modifier of that phrase)
  if (
    t.pos === 'ADJ' &&
    t.lower.endsWith('ed') &&
    prev?.pos === 'PROPN' &&
    (next?.pos === 'NOUN' || next?.pos === 'ADJ') &&
    !tokens.slice(i + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')
  )
    return true;
  // "was encircled by": a passive participle read as an adjective
  if (t.pos === 'ADJ' && t.lower.endsWith('ed') && BE.has(prev?.lower ?? '') && next?.lower === 'by') return true;
  // "began sharing": a gerund after a verb that says nothing of its own, whatever the tagger calls it
  if (t.lower.endsWith('ing') && prev && EMPTY_BEFORE_INFINITIVE.has(lexicon.lookup(prev.lower)?.lemma ?? '')) return true;
  // "its intention to attack": after "to" and a noun of intent, a verb the tagger read as a noun
  if (t.pos === 'NOUN' && prev?.lower === 'to' && INTENT_NOUNS.has(tokens[i - 2]?.lower ?? '')) return true;
  // "has long accused", "had repeatedly warned": a past form after an auxiliary of the perfect, read as a noun
  const perfect =
    HAVE.has(prev?.lower ?? '') || (HAVE.has(tokens[i - 2]?.lower ?? '') && (prev?.pos === 'ADV' || prev?.pos === 'ADJ'));
  // (an irregular one too, "had shot down"; not a noun like "had talks")
  if ((t.pos === 'NOUN' || t.pos === 'ADJ') && perfect) {
    const sense = lexicon.lookup(t.lower);
    if (sense && (/(?:ed|en)$/.test(t.lower) || (sense.lemma !== t.lower && !t.lower.endsWith('s')))) return true;
  }
  // "will likely meet", "could soon strike": after a modal (and an adverb), a verb the tagger read as a noun
  const modal = MODALS.has(prev?.lower ?? '') || (MODALS.has(tokens[i - 2]?.lower ?? '') && /ly$/.test(prev?.lower ?? ''));
  if (t.pos === 'NOUN' && modal && lexicon.lookup(t.lower) !== null) return true;
  // "retaliated by firing rounds": a gerund after a preposition
  if (t.pos === 'NOUN' && t.lower.endsWith('ing') && prev?.pos === 'ADP') return true;
  // a regular past form before a particle: "chased away", "drove off"
  const pastBeforeParticle = t.lower.endsWith('ed') && PARTICLES.has(next?.lower ?? '');
  // "Japan shot down a drone": an inflected verb form the tagger read as a noun, between a name and its object
  // ("the ASEAN meeting in Jakarta": after a determiner the name modifies a noun)
  if (
    t.pos === 'NOUN' &&
    prev?.pos === 'PROPN' &&
    next &&
    (VERB_OBJECT_START.has(next.pos) || pastBeforeParticle) &&
    !modifies(tokens[i - 2])
  ) {
    const sense = lexicon.lookup(t.lower);
    if (sense && sense.lemma !== t.lower && !t.lower.endsWith('s')) return true;
  }
  // "Chile and Peru demand a binding deal": the base form after two names joined by "and", before its object or
  // preposition, is their verb in the present
  if (
    t.pos === 'NOUN' &&
    prev?.pos === 'PROPN' &&
    tokens[i - 2]?.lower === 'and' &&
    tokens[i - 3]?.pos === 'PROPN' &&
    (next?.pos === 'DET' || next?.pos === 'ADP') &&
    lexicon.lookup(t.lower)?.lemma === t.lower
  )
    return true;
  // "the Japanese destroyer shot down a drone": a past form after the head of a short subject noun phrase
  // (a regular past form before its object noun too, "Peruvian forces neutralised rebels", and one before its
  // particle after any noun, "the coast guard chased away ...")
  if (
    t.pos === 'NOUN' &&
    prev?.pos === 'NOUN' &&
    ((shortSubjectHead(tokens, i - 1) &&
      (next?.pos === 'ADP' || next?.pos === 'DET' || (next?.pos === 'NOUN' && t.lower.endsWith('ed')))) ||
      pastBeforeParticle) &&
    !/(?:s|ing)$/.test(t.lower)
  ) {
    const sense = lexicon.lookup(t.lower);
    if (sense && sense.lemma !== t.lower) return true;
  }
  // "Sudan's army chief accused the UAE": a past form after a title the tagger read as an adjective
  if (
    t.pos === 'NOUN' &&
    t.lower.endsWith('ed') &&
    prev?.pos === 'ADJ' &&
    tokens[i - 2]?.pos === 'NOUN' &&
    (next?.pos === 'DET' || next?.pos === 'PROPN') &&
    lexicon.lookup(t.lower) !== null
  )
    return true;
  if (t.pos !== 'NOUN' || !t.lower.endsWith('s')) return false;
  if (prev?.pos !== 'PROPN' || next === undefined) return false;
  // ("called on NATO allies to station troops": a name after a preposition or a determiner opens a noun phrase)
  if (tokens[i - 2]?.pos === 'ADP' || tokens[i - 2]?.pos === 'DET') return false;
  // "Sweden plans to attack": a verb before an infinitive
  return PHRASE_START.has(next.pos) || (next.lower === 'to' && tokens[i + 2]?.pos === 'VERB');
}

const DENIAL = '016';
const COOPERATION = '060';
const JOINTLY = new Set(['jointly', 'together']);
const MILITARY_COOPERATION = '062';

/** "military support", "financial support": support that is material is aid of that kind (CAMEO 072, 071, 073). */
const MATERIAL_SUPPORT: Record<string, string> = {
  military: '072',
  air: '072',
  naval: '072',
  logistical: '072',
  logistic: '072',
  financial: '071',
  economic: '071',
  budget: '071',
  budgetary: '071',
  humanitarian: '073',
  medical: '073',
};

/** Verbs that give something a name ("described ... as"), and the names that are criticism. */
/** "what Manila called", "what officials described as": a free relative of one to three words before the verb at `i`. */
function freeRelativeBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) if (tokens[k].lower === 'what') return true;
  return false;
}

const NOUN_MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM']);
/** "a force called the ...", "a group called ...": a past participle of naming right after an indefinite noun, before a name. */
function namingParticiple(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.pos !== 'NOUN' || !/ed$/.test(tokens[i].lower)) return false;
  // the noun is an indefinite one ("an alliance called", "a new body called"), not a subject ("the ministry called")
  const lead = tokens.slice(Math.max(0, i - 6), i - 1);
  const article = lead.findIndex((x) => x.lower === 'a' || x.lower === 'an');
  // (only its modifiers between: "a spokesman for the ministry called" is a subject)
  if (article < 0 || lead.slice(article + 1).some((x) => !NOUN_MODIFIER_TAGS.has(x.pos))) return false;
  const next = tokens[i + 1]?.lower === 'the' ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && /^\p{Lu}/u.test(next.text);
}

/** "left its troops near the border exposed": an object left in a state, named before any punctuation. */
const LEFT_STATE = /^(?:vulnerable|exposed|open|unable|stranded|homeless|isolated|defenceless|defenseless|dead|injured|wounded)$/;
function leftIn(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
    if (tokens[k].pos === 'PUNCT') return false;
    if (LEFT_STATE.test(tokens[k].lower)) return true;
  }
  return false;
}

/** Hostile words another says: an accusation, a demand, a threat. */
const hostileWords = (act: CodedAct | null): boolean =>
  act !== null && act.modality === 'verbal' && act.polarity === 'conflictual' && act.category !== 'REJECT';

/** A hostile measure whose author is named with it: "sanctions by Washington", "American tariffs", "Chile's embargo". */
function authoredMeasure(tokens: Token[], k: number, act: CodedAct | null): boolean {
  if (act === null || (act.category !== 'SANCTION' && act.category !== 'COERCE')) return false;
  const after = tokens[k + 1]?.lower;
  const before = tokens[k - 1];
  return after === 'by' || after === 'from' || (before !== undefined && (namesState(before) || isPossessive(before)));
}

/** CAMEO 050, diplomatic cooperation: standing by a state against a measure aimed at it. */
const BACKING = '050';
const AIMED_PREPS = new Set(['against', 'on']);

/** A hostile measure named with the state it is aimed at and no author: "sanctions against Russia". */
function measureAimed(tokens: Token[], k: number, act: CodedAct | null): boolean {
  if (act === null || (act.category !== 'SANCTION' && act.category !== 'COERCE')) return false;
  return AIMED_PREPS.has(tokens[k + 1]?.lower ?? '') && !authoredMeasure(tokens, k, act);
}

/** What one declines to do when one says nothing: "refused to comment". */
const WITHHELD_WORDS = new Set([
  'say',
  'comment',
  'confirm',
  'disclose',
  'elaborate',
  'specify',
  'reveal',
  'answer',
  'speculate',
  'discuss',
]);

const LABELLING = new Set(['describe', 'call', 'brand', 'label', 'term', 'dub', 'characterize', 'characterise', 'denounce']);
const WRONG_LABEL =
  /^(?:provocation|provocative|hostile|illegal|unlawful|unacceptable|aggression|escalation|irresponsible|reckless|dangerous|violation|breach|interference|terrorism|terrorist|genocide|blackmail|piracy|invasion|occupation|regrettable|deplorable|unjustified|unjustifiable|unwarranted|outrageous|absurd|shameful|disproportionate|unfriendly|baseless|groundless|destabili[sz]ing|counterproductive|inappropriate|mistake|threat|menace|aggressor|murderer|killer|criminal|dictator|tyrant|thug|liar|fascist|warmonger|puppet|pariah|enemy|foe|adversary|saboteur|troublemaker|affront|insult|inconceivable|unsafe|unprofessional|aggressive|coercive|illegitimate|hypocritical|bullying|sham|farce|disgraceful|unreasonable|unjust|unfair|discriminatory|hegemonic|imperialist|barbaric|brutal|heinous|despicable|malicious|offensive|insulting|fabricated|slanderous|meddling)$/;
const CRITICISM = '111';
/** Verbs by which a state's organ adopts a deed: what they approve is done. */
const APPROVING = new Set(['approve', 'authorize', 'authorise']);
/** Adjectives of a stance taken toward the one named after "of": criticism (CAMEO 111) or praise (CAMEO 051). */
const STANCE_OF: Record<string, string> = { critical: CRITICISM, supportive: '051' };
const DIRECT_LABEL = new Set(['call', 'term', 'dub', 'label', 'brand']);

/**
 * "... as a provocation" within twelve words after the verb at `i`, before any punctuation; after "call", also
 * "called the decision an act of aggression" (no "to", "on" or "for" before it: those make a call of another kind).
 */
function labelledWrong(tokens: Token[], i: number): boolean {
  // (verbs that take the label right after their object: "called / termed / dubbed Y a mistake")
  const call = DIRECT_LABEL.has(tokens[i].lemma) || [...DIRECT_LABEL].some((v) => tokens[i].lower.startsWith(v));
  for (let j = i + 1; j < tokens.length && j <= i + 12; j++) {
    // (a label may stand in quotes: 'called the tariffs "an affront"')
    if (/^["“”‘’']$/.test(tokens[j].text)) continue;
    if (tokens[j].pos === 'PUNCT') return false;
    if (call && /^(?:to|on|for|with|upon)$/.test(tokens[j].lower)) return false;
    // ("called Y an act of aggression", "called Y its main enemy")
    // ("called the deployment the greatest threat": "the" opening a second noun phrase after the object's noun)
    const secondThe = tokens[j].lower === 'the' && j > i + 2 && /^(?:NOUN|PROPN)$/.test(tokens[j - 1].pos);
    const opensLabel = /^(?:an?|his|her|its|their)$/.test(tokens[j].lower) || (j > i + 1 && isPossessive(tokens[j])) || secondThe;
    if (call && opensLabel && tokens.slice(j + 1, j + 4).some((t) => WRONG_LABEL.test(t.lower))) return true;
    // ("called the Peruvian step regrettable": a label right after the object's noun)
    // (also in quotes: 'called the Peruvian manoeuvre "unsafe"')
    const before = /^["“‘]$/.test(tokens[j - 1].text) && j > i + 2 ? tokens[j - 2] : tokens[j - 1];
    if (call && j > i + 1 && before.pos === 'NOUN' && WRONG_LABEL.test(tokens[j].lower)) return true;
    if (tokens[j].lower !== 'as') continue;
    for (let k = j + 1; k < tokens.length && k <= j + 4; k++) if (WRONG_LABEL.test(tokens[k].lower)) return true;
    return false;
  }
  return false;
}

/** The aid code of "air support", "financial support" within a few words after the verb at `i`, or null. */
function materialSupport(tokens: Token[], i: number): string | null {
  for (let j = i + 2; j < tokens.length && j <= i + 6; j++)
    if (tokens[j].lower === 'support') return MATERIAL_SUPPORT[tokens[j - 1].lower] ?? null;
  return null;
}

/** "joint drills", "joint patrols": a show of force done together is military cooperation between the parties. */
function jointly(tokens: Token[], k: number, lexicon: ActLexicon, act: CodedAct | null): CodedAct | null {
  // "handed a formal protest to", "a protest note": a state's protest in words is a disapproval, not a demonstration
  if (act?.category === 'PROTEST' && diplomaticProtest(tokens, k)) return lexicon.act(DISAPPROVAL);
  if (act?.category === 'SUPPORT') {
    const kind = MATERIAL_SUPPORT[tokens[k - 1]?.lower ?? ''];
    return kind ? lexicon.act(kind) : act;
  }
  // ("launched joint air operations with Y": a military operation done jointly is cooperation, as a drill is)
  const operation = act?.category === 'ASSAULT' && /^operations?$/.test(tokens[k]?.lower ?? '');
  if (act?.category !== 'MOBILIZE' && !operation) return act;
  if (jointBefore(tokens, k)) return lexicon.act(MILITARY_COOPERATION);
  // ("staged drills with Y": a show of force held with a partner is held jointly)
  // (not with its own forces: "drills with its troops")
  if (
    act.category === 'MOBILIZE' &&
    DRILL_NOUN.test(tokens[k]?.lower ?? '') &&
    tokens[k + 1]?.lower === 'with' &&
    !OWN_WORDS.has(tokens[k + 2]?.lower ?? '')
  )
    return lexicon.act(MILITARY_COOPERATION);
  return act;
}

const QUOTE_MARK = /^["“”'‘’]$/;
const CLAIM_NOUN = /^claims?$/;

/** "that" right after a claim, or after its author ("claims by Mogadishu that", "claims from the Kremlin that"). */
function claimThat(tokens: Token[], j: number): boolean {
  if (tokens[j]?.lower === 'that') return true;
  if (tokens[j]?.lower !== 'by' && tokens[j]?.lower !== 'from') return false;
  for (let k = j + 1; k < tokens.length && k <= j + 5; k++) {
    if (tokens[k].lower === 'that') return true;
    if (tokens[k].pos !== 'PROPN' && tokens[k].pos !== 'DET' && tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'NOUN') return false;
  }
  return false;
}
/** Verbs of telling another what to do. */
const DIRECTIVE_VERBS: ReadonlySet<string> = new Set(['tell', 'instruct']);
/** Reducing diplomatic relations (CAMEO 161), as expelling diplomats is coded. */
const EXPULSION_OF_ENVOYS = '161';
const ENVOY_WORD = /^(?:ambassadors?|envoys?|diplomats?|charg[ée]s?|consuls?|attach[ée]s?)$/;
const LEAVING_WORD = /^(?:leave|depart|quit|exit)$/;

/** "told the Chilean envoy to go home": an envoy between the verb at `i` and "to", and a verb of leaving after it. */
function envoySentAway(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    if (tokens[j].lower !== 'to' || !ENVOY_WORD.test(tokens[j - 1].lower)) continue;
    // (past the post's own state: "the envoy to Lima to depart")
    let k = j + 1;
    if (tokens[k]?.pos === 'PROPN') {
      while (tokens[k]?.pos === 'PROPN') k++;
      if (tokens[k]?.lower !== 'to') return false;
      k++;
    }
    return LEAVING_WORD.test(tokens[k]?.lower ?? '');
  }
  return false;
}

/** "joint" among the (at most three) modifiers before the noun at `k`: "joint naval drills", "joint military operation". */
function jointBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3 && (tokens[j].pos === 'ADJ' || tokens[j].pos === 'NOUN'); j--)
    if (tokens[j].lower === 'joint') return true;
  return false;
}

/** Demonstrating military power (CAMEO 150). */
const SHOW_OF_FORCE = '150';
const WATERS = /^(?:waters|seas?|coast|coasts|coastline|shores?|gulf|strait)$/;

/** "sent warships to (the) waters off": "to" within the phrase at `i`, then a sea or a coast. */
function sentToWaters(tokens: Token[], i: number, span: number): boolean {
  for (let j = i + 1; j <= i + span + 1 && j < tokens.length; j++) {
    if (tokens[j].lower !== 'to') continue;
    const k = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
    return WATERS.test(tokens[k]?.lower ?? '');
  }
  return false;
}

const HYPHENED_PREFIX = /^(?:re|co)-[a-z]{3,}$/;
const OWN_WORDS = new Set(['its', 'their', 'his', 'her', 'our', 'own']);
const DRILL_NOUN = /^(?:drills?|exercises?|manoeuvres?|maneuvers?|wargames?|patrols?)$/;

/** CAMEO 110, disapproval. */
const DISAPPROVAL = '110';
const DIPLOMATIC_WORDS = /^(?:formal|formally|strong|strongly|official|diplomatic|written|stern|worded)$/;
function diplomaticProtest(tokens: Token[], k: number): boolean {
  if (/^notes?$/.test(tokens[k + 1]?.lower ?? '')) return true;
  // ("a note of protest", "a letter of protest")
  if (tokens[k - 1]?.lower === 'of' && DOCUMENT_NOUN.test(tokens[k - 2]?.lower ?? '')) return true;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (DIPLOMATIC_WORDS.test(tokens[j].lower)) return true;
  return false;
}

/** A name or a demonym ("China", "Indian"): a word that may name a state. */
const namesState = (t: Token) => t.pos === 'PROPN' || (t.pos === 'ADJ' && /^\p{Lu}/u.test(t.text));

/** The verb's object has a state as its owner before its head ("Indian allegations", "China's claims"). */
function ownedObject(tokens: Token[], i: number): boolean {
  const from = afterTime(tokens, i + 1) - 1;
  for (let j = from + 1; j < tokens.length && j <= from + 4; j++) {
    const t = tokens[j];
    if (namesState(t)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return authoredObject(tokens, i);
  }
  return false;
}

/** "rejected a statement by Guyana", "dismissed the claims from Kyiv": the verb's object names its author after it. */
function authoredObject(tokens: Token[], i: number): boolean {
  let j = i + 1;
  while (
    j < tokens.length &&
    j <= i + 6 &&
    (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || QUOTE_MARK.test(tokens[j].text))
  )
    j++;
  if (tokens[j]?.pos !== 'NOUN') return false;
  // ("a peace plan put forward by Y", "the draft tabled by Y": a compound head, and the participle that authors it)
  if (tokens[j + 1]?.pos === 'NOUN') j++;
  if (tokens[j + 1]?.lower === 'put' && tokens[j + 2]?.lower === 'forward') j += 2;
  else if (AUTHORING.has(tokens[j + 1]?.lower ?? '')) j++;
  if (!/^(?:by|from)$/.test(tokens[j + 1]?.lower ?? '')) return false;
  const k = tokens[j + 2]?.lower === 'the' ? j + 3 : j + 2;
  return tokens[k] !== undefined && namesState(tokens[k]);
}

const CHARGE_NOUN = new RegExp(`^${CHARGE_NOUNS}$`);

/** ", a charge Tehran denied": the verb at `i` closes an apposition that names a charge, after a short subject. */
function chargeApposedBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if (tokens[j].text !== ',') continue;
    const k = /^(?:an?|the)$/.test(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    return k < i && CHARGE_NOUN.test(tokens[k].lower);
  }
  return false;
}

/** "the accusations", "these allegations": a charge already made, right after the verb at `i`. */
function definiteCharge(tokens: Token[], i: number): boolean {
  const from = afterTime(tokens, i + 1);
  const det = tokens[from]?.lower ?? '';
  const noun = tokens[from + 1]?.lower ?? '';
  // ("rejected accusations of ...": charges in the plural with no determiner are known ones too)
  if (/^(?:accusations|allegations|charges)$/.test(det)) return true;
  return /^(?:the|these|those|such)$/.test(det) && /^(?:accusations?|allegations?|claims?|charges?|reports?)$/.test(noun);
}

/**
 * The noun at `k` modifies a head after it that names an act of its own ("missile launch", "border closure"); not
 * a head that only holds it or names who does it ("an aid package", "police officers").
 */
function modifierAt(tokens: Token[], k: number, lexicon: ActLexicon): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t?.pos !== 'NOUN' || !next || CONTAINERS.has(next.lower)) return false;
  return compoundVerb(tokens, k + 1) || (next.pos === 'NOUN' && lexicon.noun(next.lower) !== null);
}

/** Participles that name a proposal's author after it: "proposed by", "tabled by". */
const AUTHORING = new Set(['proposed', 'drafted', 'tabled', 'submitted', 'presented', 'floated', 'offered', 'made', 'issued']);
/** A plan given up before its intent noun: "backed down from", "abandoned its", "dropped the". */
const GIVEN_UP =
  /\b(?:back(?:ed|s|ing)?\s+(?:down|away)\s+from|abandon\w*|dropp(?:ed|ing)|drops?|shelv\w*|scrap\w*|ditch\w*|walk(?:ed|s)?\s+back|g[ai]ve\s+up|giving\s+up)\s+(?:(?:the|its|their|his|her|a)\s+)?$/;
/** CAMEO 080, yielding: a hostile plan given up. */
const CONCESSION = '080';
/** Verbs whose declared refusal rejects what another did or claims ("will not accept", "would never recognise"). */
const NOT_ACCEPTING = new Set(['accept', 'recognize', 'recognise', 'acknowledge']);
const NEGATION_BEFORE = new Set(['not', 'never', "n't"]);
/** A refusal declared, not a state described: "will not accept", "would never recognise" ("has not recognised" is none). */
const REFUSING_MODALS = new Set(['will', 'would', 'shall', 'wo', 'can', 'ca', 'could']);
/** CAMEO 057, signing a formal agreement: the act a treaty, pact or accord names. */
const FORMAL_AGREEMENT = '057';
const CALL_NOUN = /^calls?$/;
/** A word that opens a time after "on" or "in": a weekday, a month or a day's number. */
const timeWord = (word: string) => DAYS_AND_MONTHS.has(word) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(word);
/** Past a time said between a verb and its object ("dismissed on Tuesday Chile's charges", "rejected Monday the ..."). */
function afterTime(tokens: Token[], k: number): number {
  let j = tokens[k]?.lower === 'on' && timeWord(tokens[k + 1]?.lower ?? '') ? k + 1 : k;
  if (!DAYS_AND_MONTHS.has(tokens[j]?.lower ?? '') && !/^(?:yesterday|today)$/.test(tokens[j]?.lower ?? '')) return k;
  j++;
  while (j < tokens.length && timeWord(tokens[j].lower)) j++;
  return j;
}
/** Act nouns that after "in" say why another act was done ("in protest"). */
const MANNER_NOUNS: ReadonlySet<string> = new Set(['protest', 'retaliation', 'reprisal']);
const CALL_MEDIUM = /^(?:phone|telephone|video|conference)$/;
/** Making and hosting a visit (CAMEO 042, 043). */
const VISIT_CODES = new Set(['042', '043']);
/** People a state sends, who may be welcomed somewhere ("welcomed Iran's delegation to Baghdad"). */
const ENVOY_NOUNS =
  /^(?:delegations?|delegates|leaders?|president|premier|ministers?|envoys?|ambassadors?|officials|team|troops|soldiers|guests?|king|queen|prince|chancellor|monarch|head)$/;

/** Between the verb at `i` and the word at `end`: a possessive and the thing it owns ("Syria's return"), no envoy. */
function ownedThingBefore(tokens: Token[], i: number, end: number): boolean {
  for (let j = i + 2; j < end && j < tokens.length; j++)
    if (tokens[j].pos === 'NOUN' && isPossessive(tokens[j - 1]) && !ENVOY_NOUNS.test(tokens[j].lower)) return true;
  return false;
}

/** People named by the work they do, after a noun that says what work ("aid workers", "peace activists"). */
const WORKERS = /^(?:workers?|activists?|campaigners?|volunteers?|staff|staffers|personnel|groups?|agenc(?:y|ies)|experts?)$/;

/** The noun at `k` modifies a head after it that names people by their work. */
function workersAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.pos === 'NOUN' && WORKERS.test(tokens[k + 1]?.lower ?? '');
}

/** Verbs that put a measure or a status in place: "imposed", "granted". */
const IMPOSING: ReadonlySet<string> = new Set([
  'impose',
  'reimpose',
  'levy',
  'slap',
  'place',
  'put',
  'grant',
  'accord',
  'extend',
]);
/** Verbs that end or take back what a relative clause after their object tells was begun. */
const TAKING_BACK =
  /^(?:lift|scrap|paus|suspend|end|remov|withdr[ae]w|revok|eas|waiv|cut|reduc|drop|repeal|cancel|halt|rescind|strip)/;

const modifier = (t: Token | undefined) => t !== undefined && (t.pos === 'ADV' || modifies(t));

/**
 * "scrapped the tariffs it had imposed on Y", "withdrew the status it had granted to Y": the verb at `i`, after a
 * pronoun subject, closes the object phrase of an earlier verb that takes back what it tells of.
 */
function imposedObjectBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV')) k--;
  if (!/^(?:it|he|she|they|we)$/.test(tokens[k]?.lower ?? '')) return false;
  k--;
  if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.pos !== 'NOUN') return false;
  for (let j = k - 1; j >= 0 && j > k - 11; j--) {
    const t = tokens[j];
    // (past a participle that modifies the object: "the most favoured nation status")
    if (t.pos === 'VERB' && !TAKING_BACK.test(t.lower) && /ed$/.test(t.lower) && modifier(tokens[j - 1])) continue;
    if (t.pos === 'VERB') return TAKING_BACK.test(t.lower);
    if (t.pos === 'PUNCT' && !/^[%’'‘]$/.test(t.text)) return false;
  }
  return false;
}

/** "North Korea's latest missile launch as ...": a bare verb form after a singular noun of a noun phrase is its head. */
function compoundVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const noun = tokens[k - 1];
  const lead = tokens[k - 2];
  return (
    t?.pos === 'VERB' &&
    t.lower === t.lemma &&
    noun?.pos === 'NOUN' &&
    !noun.lower.endsWith('s') &&
    lead !== undefined &&
    (lead.pos === 'ADJ' || lead.pos === 'DET' || isPossessive(lead))
  );
}

/** "pre-Columbian and Mayan artifacts", "rescue teams and relief supplies": "and" inside one noun phrase, no clause. */
/**
 * A later word of a proper name of two or more capitalised words ("Jorge Rojas"; no title or other word a phrase
 * pattern may use: "UAE Ambassador", "High Commissioner").
 */
function namePart(tokens: Token[], k: number, lexicon: ActLexicon): boolean {
  const [prev, t] = [tokens[k - 1], tokens[k]];
  const named = (x: Token) =>
    x.pos === 'PROPN' &&
    /^[A-Z]/.test(x.text) &&
    !TITLE_WORDS.has(x.lower) &&
    !NOT_A_FIRST_NAME.has(x.lower) &&
    !lexicon.inPatterns(x.lower);
  return prev !== undefined && named(prev) && named(t);
}

function joinsWords(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.lower !== 'and' && t.lower !== 'or') return false;
  const words = (x: Token | undefined) => x !== undefined && (x.pos === 'ADJ' || x.pos === 'NOUN' || x.pos === 'PROPN');
  // "71 aircraft and nine ships": a number may lead the second noun phrase
  const next = tokens[k + 1]?.pos === 'NUM' ? k + 2 : k + 1;
  const verbAfter = tokens[next + 1]?.pos === 'VERB' || tokens[next + 1]?.pos === 'AUX';
  return words(tokens[k - 1]) && words(tokens[next]) && !verbAfter;
}

/** "invited Y to visit", "to attend the summit": the infinitive after the invited party is a meeting. */
function invitedToCome(tokens: Token[], i: number, lexicon: ActLexicon): boolean {
  const to = tokens.findIndex((t, k) => k > i && t.lower === 'to');
  const verb = tokens[to + 1];
  if (!verb) return false;
  const lemma = lexicon.lookup(verb.lower)?.lemma ?? verb.lemma;
  return COMING.has(lemma) || lexicon.code(lemma, [])?.category === 'CONSULT';
}
/** Verbs of coming to a meeting that the dictionary does not code as one. */
const COMING: ReadonlySet<string> = new Set(['come', 'join', 'take', 'participate', 'be']);

/** "on Britain to resume talks": a "to" and a verb within a few words of `j`. */
function appealedTo(tokens: Token[], j: number, lexicon: ActLexicon): boolean {
  for (let k = j; k < j + 6 && k < tokens.length; k++) if (tokens[k].lower === 'to') return infinitiveAt(tokens, k + 1, lexicon);
  return false;
}

/** A verb after "to" ("readiness to help"), not a noun phrase ("commitment to Taiwan's defence"). */
function infinitiveAt(tokens: Token[], j: number, lexicon: ActLexicon): boolean {
  const t = tokens[j]?.pos === 'ADV' ? tokens[j + 1] : tokens[j];
  return t !== undefined && (t.pos === 'VERB' || (t.pos === 'NOUN' && lexicon.lookup(t.lower) !== null));
}

/** Currency words and signs with a country's prefix ("US$", "A$", "HK$"). */
const CURRENCY_WORD = /^(?:dollars?|euros?|pounds?|yuan|yen|rupees?|roubles?|rubles?|pesos?|francs?|[a-z]{1,3}[$€£¥])$/;
/** Aid in general (CAMEO 070). */
const AID = '070';
/** An amount opens the object at `j`: "25,000 tonnes of", "$2 billion", "two million doses of" (past a determiner). */
function amountAt(tokens: Token[], j: number): boolean {
  if (/^(?:a|an|the|some|about|nearly|over|more|than|up|to)$/.test(tokens[j]?.lower ?? '')) return amountAt(tokens, j + 1);
  const t = tokens[j];
  // (a share is no amount given: "30 percent of its imports")
  if (tokens.slice(j + 1, j + 3).some((x) => /^(?:percent|per|%)$/.test(x.lower))) return false;
  return t !== undefined && (t.pos === 'NUM' || t.pos === 'SYM' || CURRENCY_WORD.test(t.lower) || t.text === '$');
}

/** The head noun of the verb's object when it names an act ("imposed new sanctions", "held talks"). */
/** Documents named by what they hold: "a note of protest", "a letter of complaint", "a message of support". */
const DOCUMENT_NOUN = /^(?:notes?|letters?|messages?|words?|expressions?|gestures?|declarations?)$/;

const MODIFIER_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

function objectNoun(
  tokens: Token[],
  i: number,
  lexicon: ActLexicon,
): { at: number; act: CodedAct; participation: boolean } | null {
  // ("condemned in the strongest terms the attack": a manner adjunct before the object is no part of it)
  const manner = mannerAdjunctEnd(tokens, i + 1);
  // "engage in talks", "enter into negotiations": taking part in the act the noun names
  const participation = manner < 0 && (tokens[i + 1]?.lower === 'in' || tokens[i + 1]?.lower === 'into');
  const first = manner >= 0 ? manner : i + (participation ? 2 : 1);
  let reach = first + 5;
  for (let j = first; j < tokens.length && j <= reach; j++) {
    const t = tokens[j];
    // ('rejected "ludicrous" accusations': quotation marks around a modifier are no end of the object)
    if (QUOTE_MARK.test(t.text) || t.pos === 'SYM') continue;
    // ("a Saudi-led boycott", "a US-brokered truce": a participle after a hyphen is a modifier of the noun)
    if (t.text === '-' && tokens[j + 1]?.pos === 'VERB' && /ed$/.test(tokens[j + 1].lower)) {
      j++;
      reach++;
      continue;
    }
    // ("announced $16 billion in tariffs", "pledged 2 million euros of aid": an amount of the act's noun)
    if (
      (t.lower === 'in' || t.lower === 'of') &&
      (tokens[j - 1]?.pos === 'NUM' || CURRENCY_WORD.test(tokens[j - 1]?.lower ?? ''))
    ) {
      reach = j + 4;
      continue;
    }
    // ("suspended its trade and energy agreements", "military, economic and cultural cooperation": modifiers joined in a
    // list before the head)
    if (
      (t.lower === 'and' || t.lower === 'or' || t.text === ',') &&
      MODIFIER_POS.has(tokens[j - 1]?.pos ?? '') &&
      MODIFIER_POS.has(tokens[j + 1]?.pos ?? '')
    ) {
      reach = Math.max(reach, j + 4);
      continue;
    }
    // ("handed Peru's ambassador in Lima a note": the post of an envoy named as the indirect object)
    if (t.lower === 'in' && j > first && ENVOY_WORD.test(tokens[j - 1]?.lower ?? '') && tokens[j + 1]?.pos === 'PROPN') {
      reach += 2;
      j++;
      continue;
    }
    // ("handed Georgia's envoy a note": the possessive ending of an indirect object)
    if (t.pos === 'PART' && isPossessive(t)) continue;
    // ("a sharply worded protest note": a participle after an adverb, before the noun, is a modifier)
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && tokens[j - 1]?.pos === 'ADV' && MODIFIER_POS.has(tokens[j + 1]?.pos ?? '')) {
      reach++;
      continue;
    }
    if (!OBJECT_WORD.has(t.pos)) return null;
    if (t.pos !== 'NOUN') continue;
    // the head of a compound is its last noun: "missile warning data" is data, "peace talks" talks; an act noun
    // before a head that only holds it ("an aid package", "a sanctions bill") names the act
    let head = j;
    while (tokens[head + 1]?.pos === 'NOUN') head++;
    for (const k of head === j ? [j] : [head, ...(CONTAINERS.has(tokens[head].lower) ? range(j, head) : [])]) {
      const act = jointly(tokens, k, lexicon, lexicon.noun(tokens[k].lower)) ?? nominalAct(tokens, k, lexicon);
      if (act && !SKIPPED.has(act.category)) return { at: k, act, participation };
    }
    // ("a letter of protest handed to Y", "a message of support"): a document holds the act named after "of"
    if (DOCUMENT_NOUN.test(tokens[head].lower) && tokens[head + 1]?.lower === 'of') {
      j = head + 1;
      reach = j + 4;
      continue;
    }
    if (head > j) return null;
  }
  return null;
}

/**
 * "in the strongest (possible) terms", "in no uncertain terms" opening at `j`: the index of the token after it (and
 * after a closing quotation mark), or -1.
 */
function mannerAdjunctEnd(tokens: Token[], j: number): number {
  if (QUOTE_MARK.test(tokens[j]?.text ?? '')) j++;
  if (tokens[j]?.lower !== 'in') return -1;
  let k = j + 1;
  if (tokens[k]?.lower === 'the' && /^[a-z]+est$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
  else if (tokens[k]?.lower === 'no' && tokens[k + 1]?.lower === 'uncertain') k += 2;
  else return -1;
  if (tokens[k]?.lower === 'possible') k++;
  if (tokens[k]?.lower !== 'terms') return -1;
  return QUOTE_MARK.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

/**
 * "the severance of its ties with Y", "the recall of its envoy to Y": a noun named after a verb,
 * with the verb's object after "of", is the act that verb codes with that object (a phrase of the verb must match: the
 * noun alone, "the withdrawal", says too little).
 */
function nominalAct(tokens: Token[], i: number, lexicon: ActLexicon): CodedAct | null {
  if (tokens[i + 1]?.lower !== 'of') return null;
  // (a gerund is named after its own verb: "the severing of ties")
  const lemma =
    NOMINALIZATIONS.get(tokens[i].lower) ?? (tokens[i].lower.endsWith('ing') ? lexicon.lookup(tokens[i].lower)?.lemma : null);
  if (!lemma) return null;
  const object = tokens.slice(i + 2, i + 2 + PHRASE_REACH).map((x) => x.lower);
  const coded = lexicon.code(lemma, object);
  return coded && coded.matched > 0 && coded.polarity !== 'neutral' ? coded : null;
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

/** "under (increasing) pressure", "under attack": the noun at `i` follows "under" and its modifiers. */
function underBefore(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j].pos === 'ADJ' || tokens[j].lower.endsWith('ing'))) j--;
  return tokens[j]?.lower === 'under';
}

/**
 * Act words of one sentence from the verb lexicon: every verb the tagger finds, coded by its phrase (the most
 * specific pattern over the words after it), a verb whose own code says nothing more specific than its object
 * noun hands over to that noun ("held talks with", "launched an attack on"), and event nouns on their own.
 */
/** CAMEO 130, a threat not specified: an answer vowed to another's hostile deed. */
const THREAT = '130';
const VOWING = new Set([...PROMISING_VERBS, 'threaten', 'warn', 'swear']);
const FUTURE_MODALS = new Set(['will', 'would', 'shall', "'ll", '’ll']);
const ANSWERED_PREPS = new Set(['to', 'against', 'for']);

const HOSTILE_ANSWERS = /^(?:retaliation|reprisals?|countermeasures|counter-measures)$/;
const ANSWER_NOUNS = /^(?:response|responses|answer|reply|reaction)$/;
/** What makes an answer a hostile one: "a tough response", "a strong reply". */
const HARSH = /^(?:tough|harsh|strong|firm|severe|decisive|resolute|swift|robust|forceful|crushing|fitting|military)$/;

/**
 * The index of an answer noun heading the object of the vowing verb at `i`, hostile by itself ("retaliation") or by
 * its adjective ("a “tough” response"), or -1.
 */
function promisedAnswer(tokens: Token[], i: number): number {
  let harsh = false;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const x = tokens[k];
    if (HOSTILE_ANSWERS.test(x.lower) || (harsh && ANSWER_NOUNS.test(x.lower))) return k;
    if (HARSH.test(x.lower)) harsh = true;
    else if (!(QUOTE_MARK.test(x.text) || x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'ADV')) return -1;
  }
  return -1;
}

/**
 * "vowed to respond to Chilean raids", "will retaliate for the attacks": an answer still to come to a hostile deed is a
 * threat to whoever did it (the deed's owner after "to", "against" or "for").
 */
function vowedResponse(tokens: Token[], i: number, lexicon: ActLexicon): ActSense | null {
  const t = tokens[i];
  if (!RESPONSE_VERBS.has(t.lemma) && !RESPONSE_VERBS.has(t.lower)) return null;
  const prev = tokens[i - 1]?.lower ?? '';
  const vowed = (prev === 'to' && VOWING.has(tokens[i - 2]?.lemma ?? '')) || FUTURE_MODALS.has(prev);
  if (!vowed || !ANSWERED_PREPS.has(tokens[i + 1]?.lower ?? '')) return null;
  for (let k = i + 2; k < tokens.length && k <= i + 7 && tokens[k].pos !== 'PUNCT'; k++) {
    const deed = tokens[k].pos === 'NOUN' ? lexicon.noun(tokens[k].lower) : null;
    if (deed?.polarity === 'conflictual') {
      const threat = senseOf(lexicon.act(THREAT), false);
      return threat ? { ...threat, preps: [...ANSWERED_PREPS], answers: true } : null;
    }
  }
  return null;
}

export function lexiconTriggers(tokens: Token[], lexicon: ActLexicon): Trigger[] {
  const out: Trigger[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "was critical of Y's decision", "with Washington critical of": a stance an adjective states toward the one after "of"
    const stance = STANCE_OF[t.lower];
    if (stance && tokens[i + 1]?.lower === 'of' && !used.has(i)) {
      const s = senseOf(lexicon.act(stance), false);
      if (s) out.push({ sense: { ...s, preps: ['of'] }, start: t.start, end: t.end, text: t.text });
      continue;
    }
    if (used.has(i) || !isVerbSlot(tokens, i, lexicon)) continue;
    // ("under increasing pressure": a participle after "under" describes the noun it precedes)
    if (tokens[i - 1]?.lower === 'under' && t.lower.endsWith('ing')) continue;
    // ("re-opened": a prefix spelt with a hyphen is the verb spelt without, whose phrases the dictionary lists)
    const unhyphened = HYPHENED_PREFIX.test(t.lower) ? lexicon.lookup(t.lower.replace('-', '')) : null;
    const sense = unhyphened ?? lexicon.lookup(t.lower) ?? (t.lemma !== t.lower ? lexicon.lookup(t.lemma) : null);
    // "X and Y are jointly developing a jet": a verb done jointly is cooperation, whatever the verb codes alone
    // ("a bridge the two states built jointly", "a road constructed jointly by Y and Z": so is one done jointly in the passive)
    const withJointly =
      JOINTLY.has(tokens[i - 1]?.lower ?? '') || (JOINTLY.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'by');
    const joint = withJointly ? senseOf(lexicon.act(COOPERATION), false) : null;
    if (
      joint &&
      (!sense ||
        !lexicon.code(
          sense.lemma,
          tokens.slice(i + 1, i + 1 + PHRASE_REACH).map((x) => x.lower),
        ))
    ) {
      used.add(i);
      const start = JOINTLY.has(tokens[i - 1]?.lower ?? '') ? tokens[i - 1].start : t.start;
      out.push({ sense: { ...joint, mutual: true, joint: true }, start, end: t.end, text: t.text });
      continue;
    }
    const response = vowedResponse(tokens, i, lexicon);
    if (response) {
      used.add(i);
      out.push({ sense: response, start: t.start, end: t.end, text: t.text });
      continue;
    }
    // "promised a tough response", "vowed retaliation": an answer promised is a threat to the one it answers
    const answer = VOWING.has(t.lemma) ? promisedAnswer(tokens, i) : -1;
    const threat = answer >= 0 ? senseOf(lexicon.act(THREAT), false) : null;
    if (threat) {
      used.add(i);
      used.add(answer);
      out.push({
        sense: { ...threat, preps: [...ANSWERED_PREPS], answers: true },
        start: t.start,
        end: tokens[answer].end,
        text: `${t.text} … ${tokens[answer].text}`,
      });
      continue;
    }
    if (!sense) continue;
    // "the islands, claimed by Peru,": what is claimed by a state is its claim, no charge against the thing
    if (sense.lemma === 'claim' && tokens[i + 1]?.lower === 'by') continue;
    // a phrase stops before a stated intent ("announced its readiness to ..."): the intended act is coded on its own
    let reach = Math.min(tokens.length, i + 1 + PHRASE_REACH);
    for (let k = i + 1; k < reach; k++)
      if (INTENT_NOUNS.has(tokens[k].lower) && tokens[k + 1]?.lower === 'to' && infinitiveAt(tokens, k + 2, lexicon))
        reach = k + 1;
    const after = tokens
      .slice(i + 1, reach)
      .map((x, k) => (joinsWords(tokens, i + 1 + k) ? '&' : k > 0 && namePart(tokens, i + 1 + k, lexicon) ? NAME_PART : x.lower));
    const before = tokens.slice(Math.max(0, i - 3), i).map((x) => x.lower);
    used.add(i);
    // "failed to condemn", "began sharing": the verb after is the act (negated after "fail"); the one before is none
    const nextWord = tokens[i + 1];
    // ("gearing up to recognise": past its particle)
    const infinitiveNext = nextWord?.lower === 'up' && tokens[i + 2]?.lower === 'to' ? tokens[i + 2] : nextWord;
    if (EMPTY_BEFORE_INFINITIVE.has(sense.lemma) && (infinitiveNext?.lower === 'to' || nextWord?.lower.endsWith('ing'))) continue;
    // "refused to say whether ...", "declined to comment on ...": a refusal to speak rejects no one
    if (
      (sense.lemma === 'refuse' || sense.lemma === 'decline') &&
      nextWord?.lower === 'to' &&
      WITHHELD_WORDS.has(tokens[i + 2]?.lower ?? '')
    )
      continue;
    // "according to officials" names a source; it accords nothing
    if (t.lower === 'according' && nextWord?.lower === 'to') continue;
    // "scrapped the tariffs it had imposed on Y": a relative clause that tells how the object of an act already read
    // came about is background to that act, no new one
    if (IMPOSING.has(sense.lemma) && imposedObjectBefore(tokens, i)) continue;
    // "over what Manila called the dangerous manoeuvres of ...": a label in a free relative names the thing, no act
    if (LABELLING.has(sense.lemma) && freeRelativeBefore(tokens, i)) continue;
    // "a bloc called the Andean Trade Council": a participle after a common noun gives the thing its name
    if (LABELLING.has(sense.lemma) && namingParticiple(tokens, i)) continue;
    // "leaving it vulnerable", "left them exposed": a state a thing is left in, no departure
    if (
      sense.lemma === 'leave' &&
      ((/^(?:it|them|him|her|us|many|millions|thousands)$/.test(nextWord?.lower ?? '') && tokens[i + 2]?.pos === 'ADJ') ||
        leftIn(tokens, i))
    )
      continue;
    // "Chilean allies Peru and Bolivia": the plural noun before the names, not the verb "ally"
    if (t.lower === 'allies' && nextWord?.lower !== 'with' && !/^(?:itself|themselves)$/.test(nextWord?.lower ?? '')) continue;
    // "found itself in a standoff", "found that ...", "found no evidence": the past of "find", not founding
    if (t.lower === 'found' && /^(?:itself|themselves|himself|herself|that|no|nothing)$/.test(nextWord?.lower ?? '')) continue;
    // "a railway linking the capital with the port": a thing that connects places, not a state that links anything
    if (
      (sense.lemma === 'link' || sense.lemma === 'connect') &&
      t.lower.endsWith('ing') &&
      tokens[i - 1]?.pos === 'NOUN' &&
      !/^\p{Lu}/u.test(tokens[i - 1].text)
    )
      continue;
    const noun = intentNounBefore(tokens, i);
    // "is expected to sign": a passive of wanting is others' expectation, not the subject's intent
    const passiveIntent = BE.has(tokens[i - 1]?.lower ?? '') && /(?:ed|en)$/.test(t.lower);
    const intentVerb = INTENT_VERBS.has(sense.lemma);
    const intent =
      intentVerb && !passiveIntent
        ? intentAct(tokens, i, lexicon)
        : !intentVerb && noun >= 0
          ? intended(tokens, i, lexicon)
          : null;
    if (intent) {
      // "backed down from plans to annex ...", "dropped its plan to join ...": an intent given up is a concession when
      // it was hostile, a rejection when it was helpful; its act word runs from the verb that gives it up, which is no
      // act of its own
      const lead = noun >= 0 ? tokens.slice(Math.max(0, noun - 6), noun) : [];
      const leadWords = lead.map((x) => x.lower).join(' ') + ' ';
      const givenUp = GIVEN_UP.exec(leadWords);
      let first = noun >= 0 ? noun : i;
      const retreat = givenUp ? senseOf(lexicon.act(intent.sense.category === 'THREATEN' ? CONCESSION : REJECTION), false) : null;
      if (givenUp && retreat) {
        intent.sense = { ...retreat, preps: intent.sense.preps, mutual: false };
        first = noun - lead.length + leadWords.slice(0, givenUp.index).split(' ').filter(Boolean).length;
        while (out.length && out[out.length - 1].start >= tokens[first].start) out.pop();
      }
      for (let j = i + 1; j <= intent.last; j++) used.add(j);
      const end = tokens[intent.last].end;
      const text = tokens
        .slice(first, intent.last + 1)
        .map((x) => x.text)
        .join(' ');
      out.push({ sense: intent.sense, start: tokens[first].start, end, text });
      continue;
    }
    // "refused to attack": an infinitive straight after the verb is a verb phrase of its own, coded by its own verb;
    // the first verb's phrases ("deny ... attack") do not read into it
    const infinitive = tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB';
    const active = lexicon.code(sense.lemma, infinitive ? ['to'] : after, before);
    // a passive is coded by its subject as the object ("the ambassador was summoned"), when the verb's phrases after
    // it say nothing more than the verb alone
    const passiveAct = !active || active.matched === 0 ? passiveCode(tokens, i, sense.lemma, after, lexicon) : null;
    let coded = passiveAct && passiveAct.matched > 0 ? { ...passiveAct, span: 0 } : (active ?? passiveAct);
    // "would never accept Beijing's claims": accepting with no phrase of its own codes nothing, but refusing to accept
    // another's act or claim is a rejection (the structure then reads it as not negated)
    if (
      (!coded || coded.matched === 0) &&
      NOT_ACCEPTING.has(sense.lemma) &&
      NEGATION_BEFORE.has(tokens[i - 1]?.lower ?? '') &&
      REFUSING_MODALS.has(tokens[i - 2]?.lower ?? '')
    )
      coded = lexicon.act(REJECTION);
    // "rejected Indian allegations", "dismissed the American report": denying what another state said or did
    // rejects that state, not only the charge (CAMEO 016 is a denial with no other party)
    // (so does denying "the accusations" another made earlier in the text: the answer is aimed at its author)
    // (and so does denying a charge named in an apposition before the verb: "..., a charge Tehran denied")
    const denial = coded?.code.startsWith(DENIAL) || (sense.lemma === 'deny' && !coded);
    if (denial && (ownedObject(tokens, i) || definiteCharge(tokens, i) || chargeApposedBefore(tokens, i)))
      coded = lexicon.act(REJECTION);
    // "slammed the missile launch": a phrase that ends on the modifier of a compound names the wrong thing; the
    // verb's own code stands
    // so does one that ends on the modifier of people named by their work ("released the aid worker")
    if (
      coded &&
      coded.matched > 0 &&
      coded.span > 0 &&
      (modifierAt(tokens, i + coded.span, lexicon) || workersAt(tokens, i + coded.span))
    )
      coded = lexicon.code(sense.lemma, []);
    // "deployed warships to waters off Y": forces (military aid or cooperation by the phrase) sent to a sea or a coast
    // are a show of force there, not given to anyone
    if (coded && coded.matched > 0 && /^(?:0332|062|07[04])/.test(coded.code) && sentToWaters(tokens, i, coded.span))
      coded = lexicon.act(SHOW_OF_FORCE);
    // "kicked off joint air maneuvers": a show of force the phrase names, done jointly, is military cooperation
    // (done with a partner named, it is both parties' act: "launched joint operations with Y")
    let doneJointly = false;
    if (coded && (coded.category === 'MOBILIZE' || coded.category === 'ASSAULT') && coded.span > 0) {
      const joint = jointly(tokens, i + coded.span, lexicon, coded);
      doneJointly = joint !== null && joint !== coded;
      if (joint && doneJointly) coded = { ...coded, ...joint, span: coded.span, matched: coded.matched };
    }
    // "welcomed Syria's return to the League": a bare preposition after an owned act noun belongs to that noun, not
    // to the verb's "welcome ... to" (hosting)
    if (
      coded &&
      VISIT_CODES.has(coded.code) &&
      coded.matched === 1 &&
      tokens[i + coded.span]?.pos === 'ADP' &&
      ownedThingBefore(tokens, i, i + coded.span)
    )
      coded = lexicon.code(sense.lemma, []);
    // "called Biden on Friday": a bare preposition that opens a time is none of the verb's phrase ("called on")
    // (a phrase of a noun is none: "pumped $2 billion into")
    if (
      coded &&
      coded.matched === 1 &&
      tokens[i + coded.span]?.pos === 'ADP' &&
      timeWord(tokens[i + coded.span + 1]?.lower ?? '')
    )
      coded = lexicon.code(sense.lemma, []);
    // "described Britain's military exercises near the Falklands as a provocation": a label given after a long object
    if (LABELLING.has(sense.lemma) && (!coded || coded.matched === 0) && labelledWrong(tokens, i)) coded = lexicon.act(CRITICISM);
    // "provided Damascus with air support": a phrase of support that names material support is aid
    if (coded?.category === 'SUPPORT' && !RECEIVING.has(sense.lemma)) {
      const kind = materialSupport(tokens, i);
      if (kind) coded = lexicon.act(kind);
    }
    // "wanted guarantees from Y", "sought help from Y": wanting something of another is asking it (CAMEO 020);
    // so is wanting another to act ("wants Y to attack Z": the request goes to Y, whatever Y is to do)
    if (
      INTENT_VERBS.has(sense.lemma) &&
      coded &&
      (after.slice(0, 6).includes('from') || (!PROMISING_VERBS.has(sense.lemma) && wantsOtherTo(tokens, i)))
    )
      coded = lexicon.act(APPEAL);
    // "invited the UK to resume negotiations": inviting another to act, not to come, is asking it to (CAMEO 020)
    if (sense.family === 'INVITE' && coded?.matched === 0 && wantsOtherTo(tokens, i) && !invitedToCome(tokens, i, lexicon))
      coded = lexicon.act(APPEAL);
    // "told Y to withdraw": telling another to act is asking it to (CAMEO 020)
    const directive = DIRECTIVE_VERBS.has(sense.lemma) && wantsOtherTo(tokens, i);
    if (directive) coded = lexicon.act(APPEAL);
    // "told the Chilean envoy to go", "asked the envoy to depart": an envoy asked to go is expelled (an order,
    // coded as coercion already, stays one)
    if (coded && (directive || coded.category === 'REQUEST') && envoySentAway(tokens, i))
      coded = lexicon.act(EXPULSION_OF_ENVOYS);
    const object = objectNoun(tokens, i, lexicon);
    const verb = coded ? senseOf(coded, false) : null;
    const acted = object ? senseOf(object.act, false) : null;
    // "received a loan from Y", "got weapons from Y": the one after "from" does the act, to the subject
    const from = RECEIVING.has(sense.lemma) ? after.slice(0, 9).indexOf('from') : -1;
    // ("received 9,000 barrels of fuel from Y", "got $2 billion from Y": an amount of goods or money given is aid)
    const amount = from > 0 && !acted && amountAt(tokens, i + 1) ? senseOf(lexicon.act(AID), false) : null;
    const received = from >= 0 ? (acted ?? amount ?? (coded && !RECEIVING_DEFAULTS.has(coded.code) ? verb : null)) : null;
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
      // (so is a name or demonym owning the noun, "dismissed a French proposal": the act's author)
      // (not for a verb of taking part: "joined a Brazilian-led embargo on Y" is the embargo of its leader, and the joiner's)
      const joining = PARTICIPATION_VERBS.has(sense.lemma);
      // ("signed a Brazilian-drafted accord with Y": a name before a hyphen and a participle only qualifies the noun)
      const between = range(i + 1, object.at).filter((k) => namesState(tokens[k]));
      const named = between.some((k) => !(tokens[k + 1]?.text === '-' && tokens[k + 2]?.pos === 'VERB'));
      const indirect = named && !joining;
      const end = indirect ? t.end : tokens[object.at].end;
      const text = `${t.text} … ${tokens[object.at].text}`;
      // a promise of a cooperative act ("pledged aid to", "offered support") is coded as that act, once
      const promise = coded?.category === 'AGREE' && object.act.polarity === 'cooperative';
      // "traded threats", "exchanged insults": what two sides trade is the act each does to the other
      const light = LIGHT_VERBS.has(sense.lemma) || INTENSIFIERS.has(sense.lemma) || RECIPROCAL.has(sense.family);
      // "slapped tariffs on", "hit Y with sanctions": a verb of violence done with a measure is the measure
      const measure = coded?.category === 'ASSAULT' && object.act.category !== 'ASSAULT' && object.act.polarity === 'conflictual';
      // "approved new tariffs on Y", "authorised strikes in Y": a deed approved is done; the act noun is
      // read on its own, with the subject as its doer
      if (APPROVING.has(sense.lemma) && object.act.modality === 'material' && (!coded || coded.matched === 0)) continue;
      // ("announced a deal between Chile and Bolivia": a joint act announced between two others is theirs; the noun
      // stands alone)
      if (PERFORMATIVE_VERBS.has(sense.lemma) && isJoint(object.act) && tokens[object.at + 1]?.lower === 'between') continue;
      if ((light || measure || object.participation || joining || promise) && (!coded || coded.matched === 0)) {
        if (!(joining && between.length)) used.add(object.at);
        // "began a mediation between Peru and Ecuador": the parties of the act are its targets; "held talks with Y":
        // a joint act is done by both
        // "traded accusations", "exchanged fire": a reciprocal verb makes any act both sides'
        // ("offered nuclear cooperation to Y": an offer is the offerer's alone, whatever it offers)
        // ("signed a truce": an act noun both sides do makes the light verb's act both sides')
        const joint =
          !OFFERING_VERBS.has(sense.lemma) &&
          (isJoint(object.act) ||
            RECIPROCAL.has(sense.family) ||
            (MUTUAL_NOUNS.has(tokens[object.at].lower) && !object.participation));
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
      // "rejected sanctions against Russia": refusing a hostile measure aimed at a state stands by that state
      if (coded.category === 'REJECT' && measureAimed(tokens, object.at, object.act)) {
        const backing = senseOf(lexicon.act(BACKING), false);
        if (backing) {
          used.add(object.at);
          out.push({ sense: { ...backing, preps: [...AIMED_PREPS] }, start: t.start, end, text });
          continue;
        }
      }
      if (phrase || coded.modality === 'material' || coded.category === object.act.category) {
        // a material act on an act noun changes that act, and "signed an agreement" is one act: one event, the verb's,
        // reaching the noun's target ("ended its embargo on Cuba")
        // (hostile words a rejection answers stay another's act: "rejected Chilean demands", "brushed aside Peru's
        // accusations")
        // (so does a measure another is named imposing: "rejected sanctions by Washington", "rejected US tariffs")
        // (and so do demands one meets or heeds: "met Turkey's demands")
        const answered = coded.category === 'REJECT' || (coded.category === 'YIELD' && object.act.category === 'REQUEST');
        if (!(answered && (hostileWords(object.act) || authoredMeasure(tokens, object.at, object.act)))) used.add(object.at);
        // words about another's act ("rejected a request from Y") answer its author
        // (so does a deed that stops a meeting: "cancelled a visit by the US secretary")
        const author =
          coded.modality === 'verbal' && coded.category !== object.act.category
            ? ['by', 'from']
            : object.act.modality === 'verbal' && object.act.polarity === 'cooperative'
              ? ['by']
              : [];
        const preps = [...(verb.preps ?? TARGET_PREPS), 'of', 'between', ...author];
        const joint =
          !OFFERING_VERBS.has(sense.lemma) &&
          ((isJoint(coded) && isJoint(object.act)) ||
            RECIPROCAL.has(sense.family) ||
            (MUTUAL_NOUNS.has(tokens[object.at].lower) && coded.polarity === object.act.polarity));
        out.push({ sense: { ...verb, mutual: verb.mutual || joint, joint, preps }, start: t.start, end, text });
        continue;
      }
      // "ordered a blockade of Cuba", "announced new strikes": ordering or announcing a deed is doing it; the act noun
      // is read on its own, with the subject as its doer
      if (PERFORMATIVE_VERBS.has(sense.lemma) && object.act.modality === 'material') continue;
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
    const proposal =
      coded.modality === 'verbal' && (proposalAuthor(tokens, i) || (coded.category === 'REJECT' && authoredObject(tokens, i)));
    // ("stood by Peru": a phrase whose own preposition is "by" takes its party there, in the active voice)
    const byPhrase = coded.matched > 0 && coded.span >= 1 && tokens[i + 1]?.lower === 'by' && !BE.has(tokens[i - 1]?.lower ?? '');
    let s = proposal
      ? { ...verb, preps: [...(verb.preps ?? TARGET_PREPS), 'from', 'by', 'of'] }
      : byPhrase
        ? { ...verb, preps: [...(verb.preps ?? TARGET_PREPS), 'by'] }
        : verb;
    // "X and Y exchanged ambassadors", "X swapped prisoners with Y": both sides do it
    // "X and Y established diplomatic relations", "upgraded ties with Y": a relation is held by both
    // (a relation wanted or sought is the wanting side's wish: "wanted good relations with Algiers")
    if (RECIPROCAL.has(sense.family) || doneJointly || (jointCooperation(coded, after) && !INTENT_VERBS.has(sense.lemma)))
      s = { ...s, mutual: true, joint: true };
    // the phrase's own words ("called for sanctions") belong to the trigger, so targets are looked for after them
    // (an act noun the phrase spans, "walked out of the talks", is the phrase's, not an act of its own)
    let end = t.end;
    let open = true;
    for (let j = i + 1; j <= i + coded.span && j < tokens.length; j++) {
      if (open || tokens[j].pos === 'NOUN') used.add(j);
      // (not over a name: "ordered French troops to leave" keeps France to be found as the object)
      // (a phrase done to the subject spans its own preposition: "came under pressure" from Y)
      // (and a particle the tagger reads as a preposition: "chased off" a boat)
      const word =
        PHRASE_WORD.has(tokens[j].pos) ||
        (j === i + 1 && PARTICLES.has(tokens[j].lower)) ||
        (coded.inverted && tokens[j].pos === 'ADP' && j < i + coded.span);
      if (open && word && !namesState(tokens[j])) end = tokens[j].end;
      else open = false;
    }
    out.push({ sense: s, start: t.start, end, text: t.text });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const afterPossessive = isPossessive(tokens[i - 1]);
    // (a named agreement is one too: "suspended the Indus Waters Treaty with Pakistan")
    const namedAgreement = t.pos === 'PROPN' && lexicon.noun(t.lower)?.code === FORMAL_AGREEMENT;
    if (
      used.has(i) ||
      !(t.pos === 'NOUN' || (i === 0 && t.pos === 'PROPN') || namedAgreement || (t.pos === 'VERB' && afterPossessive))
    )
      continue;
    // "summoned the envoy in protest at ...", "in retaliation for ...": the reason for the verb's act, not one of its own
    if (tokens[i - 1]?.lower === 'in' && MANNER_NOUNS.has(t.lower)) continue;
    // a noun modifying a later head is no act of its own ("missile warning data"), unless the head only holds it
    const next = tokens[i + 1];
    if (next?.pos === 'NOUN' && !CONTAINERS.has(next.lower) && !lexicon.noun(next.lower)) continue;
    // a call is an appeal only "on" someone to act ("its call on Britain to resume talks"),
    // and a phone call with someone is a consultation ("held a phone call with Putin", "during a call with Y")
    const call = !CALL_NOUN.test(t.lower)
      ? null
      : tokens[i + 1]?.lower === 'on' && appealedTo(tokens, i + 2, lexicon)
        ? lexicon.act(APPEAL)
        : CALL_MEDIUM.test(tokens[i - 1]?.lower ?? '') || tokens[i + 1]?.lower === 'with'
          ? lexicon.noun('talks')
          : null;
    // ("spoke by phone with Y", "by telephone to Y": the medium of a conversation names it)
    // ("Chile and Peru spoke by phone": two who talked by phone talked to each other)
    const byPhone =
      /^(?:phone|telephone|videolink)$/.test(t.lower) &&
      tokens[i - 1]?.lower === 'by' &&
      (/^(?:with|to)$/.test(next?.lower ?? '') || /^(?:spoke|spoken|talked|conferred)$/.test(tokens[i - 2]?.lower ?? ''));
    // ("a phone conversation with Y": so does the conversation itself)
    const conversation = /^conversations?$/.test(t.lower) && next?.lower === 'with';
    // ("a joint naval operation with Y": an operation done jointly is military cooperation, as a drill is)
    const jointOperation = /^operations?$/.test(t.lower) && jointBefore(tokens, i);
    // ("denied claims by Y that it was meddling": a claim that another did something is a charge, like an accusation;
    // a claim to a territory is none)
    const charge = CLAIM_NOUN.test(t.lower) && claimThat(tokens, i + 1) ? lexicon.noun('accusations') : null;
    const act =
      call ??
      charge ??
      (byPhone || conversation ? lexicon.noun('talks') : null) ??
      (jointOperation ? lexicon.act(MILITARY_COOPERATION) : null) ??
      jointly(tokens, i, lexicon, lexicon.noun(t.lower)) ??
      nominalAct(tokens, i, lexicon);
    const s = act ? senseOf(act, true) : null;
    if (!s) continue;
    // "talks between X and Y", "our deals with Y" name both parties of a joint act; an act with a counterpart role
    // ("X's visit to Y", hosted by Y) goes one way
    s.mutual = (s.mutual === true && !act?.reverse && !verbReverse(lexicon, t)) || MUTUAL_NOUNS.has(t.lower);
    const cover = act?.polarity === 'conflictual' && s.modality === 'material' ? coveredBy(tokens, i) : -1;
    // "Rwanda came under pressure from donors": what a subject is under is done to it, by the one "from" it
    if (act?.polarity === 'conflictual' && underBefore(tokens, i))
      out.push({
        sense: { ...s, noun: false, inverted: true, mutual: false, joint: false, preps: ['from'] },
        start: t.start,
        end: t.end,
        text: t.text,
      });
    else if (cover >= 0)
      out.push({ sense: { ...s, noun: false, coverage: true }, start: tokens[cover].start, end: t.end, text: t.text });
    // (with no party after it, the talk is the verb's, done among its subjects)
    else if (byPhone && !/^(?:with|to)$/.test(next?.lower ?? '')) {
      const verb = tokens[i - 2];
      out.push({ sense: { ...s, noun: false, mutual: true }, start: verb.start, end: t.end, text: `${verb.text} … ${t.text}` });
    } else out.push({ sense: s, start: t.start, end: t.end, text: t.text });
  }
  return out.sort((a, b) => a.start - b.start);
}
