import type { PloverCategory } from '../../../api/analysis';
import { verbLexicon } from '../lexicon/verbs';
import { CHARGE_NOUNS, INTENT_NOUNS, PERFORMATIVE_VERBS, PROPOSAL_NOUNS, TOPIC_VERBS } from './act-words';
import { polarityOf } from './polarity';
import { isPersonRef, type Ref } from './refs';
import type { Frame } from './speech';
import {
  CHANNEL_IN,
  agentAfterBy,
  passiveSubjectTarget,
  coordinated,
  findSource,
  findTargets,
  frontedObject,
  governingPrep,
  PASSIVE_SUBJECT_STOP,
  subjectPhrase,
  withPartner,
  words,
} from './roles';
import { verbWordEnd, type Trigger } from './trigger';

/** One trigger with its source and target actors, before it becomes directed events. */
export interface Act {
  trigger: Trigger;
  sources: Ref[];
  targets: Ref[];
  /** Both directions: the sources are a group acting together, or the act is mutual with its target. */
  mutual: boolean;
  category: PloverCategory;
  intensity: number;
  modality: 'verbal' | 'material';
  negated: boolean;
  conditional: boolean;
  hypothetical: boolean;
  frame: Frame | null;
  /** The structure leaves the act without a party on purpose ("refused to join the sanctions against Russia"). */
  settled?: boolean;
}

const NEGATION =
  /\b(?:not|no|never|neither|nor|without|cannot|no longer|fail(?:s|ed|ure|ing)?\s+to|refrain(?:s|ed|ing)?\s+from|abstain(?:s|ed|ing)?\s+from)\b|n[’']t\b/i;
/** A message sent to a party, right before the name it is sent to: "a letter to", "a message to the". */
const MESSAGE_TO =
  /\b(?:letters?|messages?|notes?(?:\s+verbales?)?|warnings?|ultimatums?|statements?|appeals?|requests?|complaints?|invitations?|proposals?)\s+to\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/iu;
/** Prepositions that open a gerund clause with its own subject: "led to Chile recalling", "the risk of Peru joining". */
const GERUND_CLAUSE_PREPS = new Set(['to', 'of', 'for']);
const RECOGNISING = /^recogni[sz]/i;
/** "to" and a verb after a refusal ("declined to take"), not "to" and a noun phrase ("objected to a pact"). */
const REFUSED_INFINITIVE = /^\s+to\s+(?!(?:a|an|the|its|their|his|her|this|that|these|those|any|all|such|what)\b)[a-z]+\b/;
/** "by" and a means of travel or contact, not an agent: "by train", "by phone", "by video link". */
const BY_MEANS =
  /^\s+by\s+(?:(?:a|the)\s+)?(?:train|plane|air|sea|road|car|ship|boat|helicopter|bus|land|rail|phone|telephone|video|videolink|letter|mail|e-?mail)\b/i;
const TRIP_NOUN = /^(?:visits?|trips?|tours?|journeys?)$/i;
/** "of" and the title of the traveller named after it: "of Chinese President", "of the Saudi Crown Prince". */
const TRIP_OF_TITLED = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}$/u;
/** After a recognised name, what makes it another's territory: "as part of", "as an inalienable province of the". */
const PART_OF = /^\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:part|province|region|territory)\s+of\s+(?:the\s+)?/i;
/** What joins a denied phrase to the denier's next verb. */
const DENIAL_THEN = /^\s*(?:and|but)\s+(?:\w+ly\s+)?$/i;
const REFUSAL = /\b(?:refus\w*|declin\w*|reject\w*)\s+(?:(?:on\s+\w+day|today|yesterday|again|once\s+more)\s+)?to\b/i;
const FUTURE = /\b(?:will|shall|won[’']t|would)\b/i;
const HYPOTHETICAL =
  /\b(?:could|might|may|would|should|must|can|yet\s+to|possible|possibility|potential(?:ly)?|whether|hope|hopes|hoped|hopeful|need(?:s|ed)?\s+(?:for|to)|intention|intends?|intended|plan(?:s|ning)?(?=\s+(?:to|for)\b)|planned|planning|expected|poised|obligated|obliged|preparing|prepares|gearing|consider(?:s|ing)|weigh(?:s|ing)|mull(?:s|ing)|contemplat(?:es|ing))\b/i;
const CONDITION = /\b(?:if|unless|provided that|on condition|as long as)\b/i;
/** In reported speech "would" is the future of the original words ("announced it would free"). */
const HYPOTHETICAL_REPORTED = new RegExp(HYPOTHETICAL.source.replace('would|', ''), 'i');
/** An act someone wants, asks, urges or permits another to do has not happened. */
const REQUESTED =
  /\b(?:wants?|wanted|wanting|threat\w*|ask\w*|urg\w*|pressur\w*|persuad\w*|convinc\w*|call\w* on|permission|permit\w*|allow\w*|demand\w*|request\w*|order\w*|forc(?:e[sd]|ing))\b[^,;.]*\bto\s+(?:(?:[\w-]+\s+){0,3}|[a-z]+\s+(?:[\w-]+\s+){0,12}and\s+(?:\w+ly\s+)?)$/i;
/** The agent of an act noun after it, past a participle of doing: " by", " carried out by the", " conducted by". */
const AGENT_AFTER_NOUN =
  /^\s+(?:(?:carried\s+out|conducted|launched|staged|mounted|led|waged|imposed|ordered)\s+)?by\s+(?:the\s+)?$/i;
/** An order to the orderer's own forces, right before the act ordered: "ordered his forces to", "ordered the army to". */
const ORDERED_OWN =
  /\b(?:order\w*|instruct\w*|command\w*)\s+(?:his|her|its|their|the)\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|navy|air\s+force|soldiers|units)\s+(?:(?:on\s+)?(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?to\s+(?:\w+ly\s+)?$/i;
/** A decision signed or issued, right before the act it decides: "signed a decree to", "issued an order to". */
const DECIDED =
  /\b(?:sign\w*|issu\w*|pass\w*|enact\w*|approv\w*)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:order|decree|directive|law)\s+to\s+(?:\w+ly\s+)?$/i;
/** The trigger sits inside the if-clause itself, so the act is only supposed. */
const PROTASIS = /\b(?:if|unless)\b[^,;]*$/i;
/** "a question about whether the US would strike Iran": the trigger sits inside an indirect question. */
const INDIRECT_QUESTION = /\bwhether\b[^,;]*$/i;
/** "demanded that Y withdraw", "it is urgent that Y ...", "warned Y against sending troops": the act asked for or
 * warned against is not done. */
const DEMANDED_THAT =
  /\b(?:(?:demand\w*|insist\w*|urg\w*|ask\w*|request\w*|call\w* for|propos\w*|suggest\w*)\s+|(?:urgent|necessary|essential|imperative|vital|crucial)\b[^.;]{0,40}?\b)that\b[^,;.]*$/i;
const WARNED_AGAINST = /\b(?:against|from)\s+$/i;
/**
 * "calls for a war against Iraq", "plans for strikes", "threatened sanctions", "warned of retaliation": an act named as
 * what is called or planned for, threatened or warned of is not done.
 */
const CALLED_FOR =
  /\b(?:(?:calls?|called|calling|demands?|plans?|proposals?|push(?:es|ed|ing)?|press(?:es|ed|ing)|lobb(?:y|ies|ied|ying)|ask(?:s|ed|ing)?|pressure|appeal(?:s|ed|ing)?|pleas?|plead(?:s|ed|ing)?)\s+for|threat(?:en(?:s|ed|ing)?)?(?:\s+(?:of|with))?|warn(?:s|ed|ing)?\s+of)\s+(?:an?\s+|the\s+|new\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "air strikes in support of the government": force used for a party is help to it. */
const IN_SUPPORT =
  /^\s*(?:[\w-]+\s+){0,4}?(?:in\s+support\s+of|on\s+behalf\s+of|at\s+the\s+request\s+of)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}$/i;
const PARTICIPLE =
  /^(?:\w+ed|held|met|sent|struck|shot|fought|given|broken|frozen|hit|cut|sold|made|taken|beaten|withdrawn|lent|spoken|seized|bombed|sought|caught|kept|brought|led|paid)\b/i;
const PASSIVE = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:(?:\w+ly|also|then|later|now|again|since|first|all)\s+)?$/i;

/**
 * Where the object of `trig` ends: before a coordinated verb that follows an object of its own ("held drills and
 * criticized Japan": Japan is criticized, not drilled against). A verb sharing the object ("attacked and seized Y")
 * does not end it.
 */
function objectEnd(text: string, triggers: Trigger[], trig: Trigger, hi: number): number {
  const next = triggers.find((t) => {
    if (t.start < trig.end || t.end > hi || t.sense.noun) return false;
    const gap = text.slice(trig.end, t.start);
    // (or an infinitive of purpose after it: "met Hamas leaders in Cairo to discuss a truce with Israel"; not one
    // that completes a noun of intent, "backed a proposal to send", nor what a promise is for, "pledged money to help")
    const infinitive = /(?:^|\s)(\S+)\s+to\s+$/.exec(text.slice(trig.start, t.start));
    if (
      infinitive &&
      (trig.sense.category === 'AGREE' ||
        INTENT_NOUNS.has(infinitive[1].toLowerCase()) ||
        PROPOSAL_NOUNS.has(infinitive[1].toLowerCase()))
    )
      return false;
    if (!/(?:^|\s)(?:and|or|but|to)\s+(?:then\s+|also\s+)?$/i.test(gap)) return false;
    // the first verb has an object of its own: inside its act word ("held … drills") or before the conjunction
    return trig.text.includes('…') || words(gap) > 1;
  });
  return next ? next.start : hi;
}

/** Forces named before the state they are in: "troop deployments in", "peacekeepers in". */
const STATIONED_FORCES =
  /\b(?:troops?|soldiers|forces|peacekeep\w*|deployments?|personnel|contingents?|units|battalions?|brigades?|warships|marines)\b/i;
/** A lower-case word that can end a noun phrase, right before the end of the text. */
const COMMON_NOUN_BEFORE =
  /(?:^|\s)(?!(?:it|they|he|she|we|who|which|that|has|have|had|was|were|is|are|be|been|being|not|never|also|then|and|or|but|to)\s)[a-z][a-z-]*(?<!ly)\s+$/;
/** Words that open a clause of its own between a verb and a later actor. */
/** A relative clause on a common noun right before the verb: "rebels who tried to", "militias that want to". */
const NOUN_RELATIVE_LEAD =
  /\b[a-z]{3,}\s+(?:who|that|which)\s+(?:(?:has|have|had|was|were|is|are|also|\w+ly)\s+)*(?:[a-z]+\s+to\s+)?$/i;

/** "the militants who tried to kill ...": the verb's subject is that noun, not a state the clause names before it. */
function relativeOnNoun(text: string, refs: Ref[], lo: number, at: number): boolean {
  const m = NOUN_RELATIVE_LEAD.exec(text.slice(lo, at));
  if (!m) return false;
  const noun = lo + m.index;
  return !refs.some((r) => r.start <= noun && r.end > noun);
}

const CLAUSE_OPENING = /[,;:]|\b(?:after|before|since|when|while|as|because|if|until|and|but|that|which|who|said|says)\b/i;

/** A verb of the same clause after `trig`'s prepositional phrase, with no comma, conjunction or "to" before it. */
function clauseVerbAfter(text: string, triggers: Trigger[], trig: Trigger, hi: number): boolean {
  const next = triggers.find((t) => t.start >= trig.end && t.end <= hi);
  if (!next || next.sense.noun) return false;
  return !/[,;:()"“”]|\b(?:and|or|but|to|who|which|that|while|as|after|before|since|until|when)\b/i.test(
    text.slice(trig.end, next.start),
  );
}

/** A share of what follows: "more than 80% of", "most of", "half of". */
const SHARE_OF = String.raw`(?:(?:(?:more|less|fewer)\s+than\s+)?(?:[\w%$.,-]+\s+)?of\s+)?`;
/** A word between a verb of ending and its act noun; not one that opens an adjunct ("cut ties after accusations"). */
const GAP_WORD = String.raw`(?!(?:after|before|following|over|amid|despite|because|since|until|when|while|from|by|against|with)\b)[\w%$.-]+`;
/** Modifiers listed before an act noun: "its trade and energy", "its military, economic and cultural". */
const MODIFIER_LIST = String.raw`(?:(?:the|its|their|his|her|all)\s+)?(?:(?!(?:with|to|from|on|in|for|of|by|and|or)\b|[a-z-]+ing\b)[a-z-]+,?\s+){1,3}(?:and|or)\s+[a-z-]+\s+`;
/** "cut aid to", "blocked EU aid for": the cooperative act is being reduced or stopped. */
const REDUCTION = new RegExp(
  String.raw`\b(?:cut\w*|lift\w*|halt\w*|stop\w*|suspen[ds]\w*|terminat\w*|abandon\w*|violat\w*|br(?:eak(?:s|ing|down)?|oke(?:n)?)|cancel\w*|scrap\w*|end(?:s|ed|ing)?|freez\w*|froze|reduc\w*|block\w*|withh[eo]ld\w*|withdr[ae]w\w*|(?:walk|pull|storm)(?:s|ed|ing)?\s+out\s+of|quit(?:s|ting)?|exit(?:s|ed|ing)?|paus\w*|roll(?:s|ed|ing)?\s+back|delay\w*|revo[kc]\w*|abrogat\w*|annul\w*|renounc\w*|repudiat\w*|(?:tore|tear(?:s|ing)?)\s+up)\s+${SHARE_OF}(?:(?:${GAP_WORD}\s+){0,3}|${MODIFIER_LIST})$`,
  'i',
);
/** Ending a hostile act a state is named owning: "to end Peru's incursion", "halted Chile's offensive". */
const OWNED_ENDING =
  /\b(?:end(?:s|ed|ing)?|halt\w*|stop\w*|suspend\w*|ceas\w*|withdr[ae]w\w*)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s\s+(?:[\w-]+\s+)?$/u;
/** Relaxing a hostile measure ("eased sanctions on", "waived the tariffs"): a concession, said only of hostile acts. */
const EASING = new RegExp(
  String.raw`\b(?:eas(?:e|es|ed|ing)|waiv\w*)\s+${SHARE_OF}(?:(?:${GAP_WORD}\s+){0,3}|${MODIFIER_LIST})$`,
  'i',
);
/** "abandoned talks because the US ...": the actor blamed as the cause is the target of a hostile act. */
const CAUSAL =
  /^\s*(?:[\w-]+\s+){0,3}?(?:because(?:\s+of)?|due\s+to|in\s+response\s+to|in\s+retaliation\s+(?:for|against))\s+(?:the\s+)?$/i;
/** A finite verb group between a subject and a later name: "has taken in", "sent". */
const FINITE = /^\s+(?:(?:has|have|had|will|would)\s+)?(?:\w+ly\s+)?\w+(?:ed|en|t)\b|^\s+(?:has|have|had)\s+\w+/i;
/** From a clause's opening subject to the object of its verb: "(Peru)'s president chose (Chile)", "(Peru) hosts". */
const OPENING_VERB = /^(?:(?:'s|’s)(?:\s+[a-z-]+){1,3})?\s+(?:(?:has|have|had|will|would)\s+)?(?:\w+ly\s+)?[a-z]+\s+$/;
/** Participles of feeling ("disappointed by", "alarmed at"): the one who feels it is their subject. */
const FEELING =
  /^(?:disappointed|dismayed|angered|outraged|alarmed|troubled|frustrated|saddened|shocked|appalled|concerned|worried|pleased|delighted|encouraged|heartened|satisfied)$/i;
const FELT_ABOUT = /^\s+(?:by|with|at|over|about)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "Canada joined Britain in condemning ...": a join in an act, and the stretch before the act. */
const JOIN_VERB = /^join(?:s|ed|ing)?$/i;
const JOINED_IN_AFTER = /^\s+(?:[\w.’'-]+\s+){1,5}?in\s+\w+ing\b/i;
const JOINED_IN = /\bjoin(?:s|ed|ing)?\s+(?:[\w.’'-]+\s+){1,5}?in\s+$/i;
/** Unnamed people right after a hostile act word: "killed two soldiers", "wounded three of its citizens". */
const OWN_PEOPLE_HURT =
  /^\s+(?:at\s+least\s+)?(?:\w+\s+){0,2}?(?:soldiers|troops|servicemen|civilians|people|citizens|nationals|fishermen|officers|policemen|border guards|sailors)\b/i;
/** An act noun opening an adjunct of its clause: "under pressure", "despite objections", "with the approval". */
const ADJUNCT_NOUN =
  /\b(?:under|despite|amid|with|at|in\s+the\s+face\s+of)\s+(?:the\s+|strong\s+|heavy\s+|mounting\s+|repeated\s+|intense\s+)*$/i;
/** A fight and the side it was fought with: "in a clash with", "in fighting with the". */
const FIGHT_WITH =
  /\b(?:clash(?:es)?|fighting|battles?|skirmish(?:es)?|firefights?|gunfights?|exchanges?\s+of\s+fire)\s+with\s+(?:the\s+)?$/i;
/** Act nouns whose agent may follow after "from": hostile words ("allegations from Y") and pressure. */
const fromAgentNoun = (trig: Trigger): boolean =>
  polarityOf(trig.sense.category) === 'conflictual' && (trig.sense.modality === 'verbal' || /^pressures?\b/i.test(trig.text));
/** A diplomatic mission and the place it sits in. */
const MISSION_IN = /\b(?:embass(?:y|ies)|consulates?|missions?|legations?)\s+in\s+(?:the\s+)?$/i;
/** Verbs of fighting that take no object: "troops clashed in the valley" is no passive. */
const FOUGHT = /^(?:clash|fought|battl|skirmish|fired|retaliat|engag|exchang)/i;
const PROTESTED_AFTER = /^\s*(?:[\w-]+\s+){0,3}?after\s+(?:(?:the|a|an)\s+)?$/i;
/** Verbs of winning, which in a sports setting are results, not attacks. */
const WINNING =
  /^(?:beat|beats|beaten|beating|defeat\w*|thrash\w*|crush\w*|rout\w*|edge[ds]?|edging|trounc\w*|overpower\w*|outplay\w*)$/i;
/** Verbs of meeting an opponent, which in a sports setting are fixtures, not consultations. */
const FACING = /^(?:face[sd]?|facing|play(?:s|ed|ing)?|met|meets?|meeting|host(?:s|ed|ing)?)$/i;
const SPORT =
  /\b(?:match(?:es)?|final|semi-?finals?|quarter-?finals?|game|games|tournament|championship|cup|league|olympic\w*|qualifier|fixture|race|rugby|football|soccer|cricket|tennis|hockey|basketball|volleyball|baseball|handball|chess|marathon|medal|goals?|innings|wickets|stadium|arena|kick-?off)\b/i;
const SCORE = /^\s*\(?\d{1,2}\s*[-–:]\s*\d{1,2}\b/;
const PARTNERED = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
/** Acts that hand something over to a recipient, and acts that take something from its holder. */
const TRANSFERS = new Set(['YIELD', 'AID']);
const TAKINGS = new Set(['COERCE']);
/** Words against a deed: condemnation, protest. */
const DISAPPROVALS = new Set(['ACCUSE', 'PROTEST']);
/** Acts that hand people over to a state: extradition, a handover. */
const HANDING_OVER = new Set(['COOPERATE', 'YIELD']);
const ENVOY_ACTS = new Set(['PROTEST', 'CONSULT', 'ACCUSE']);
/** Acts that send envoys away: "expelled three diplomats of ...". */
const EXPELLING = new Set(['SANCTION', 'COERCE']);
const INTENT_TO_MEET = '036';
const PEACEKEEPING_CODE = '074';
const MILITARY_AID_CODE = '072';
const PARTICIPLE_FORM = /^(?:\w+(?:ing|ed|en)|bound|held|sent|built|made|struck|shot|sold|brought|kept|led|run|set)$/i;
/** The word before the participle is a common noun of the object, not an auxiliary, pronoun or adverb. */
const NOUN_BEFORE =
  /\s(?!(?:has|have|had|was|were|is|are|be|been|being|also|then|not|never|it|they|he|she|we|who|which|that|to|will|would|could|should|may|might|must|can|did|does|do)\s+$)[a-z][a-z-]*[a-z]\s+$/;
const WRONGDOING =
  /\b(?:(?:human\s+)?rights\s+(?:violations|abuses)|violations|abuses|repression|crackdowns?|atrocities|persecution|killings|mistreatment|treatment\s+of|coups?|takeover|power\s+grab)\b[^,;]*\bin\s+(?:the\s+)?(?:neighbou?ring\s+|[a-z]+ern\s+)?$/i;
const MANNER_AFTER = /^\s*["“‘]?in\s+(?:the\s+[a-z]+est\s+(?:possible\s+)?|no\s+uncertain\s+)terms\b["”’]?\s/i;
/** " revenge for", " retaliation over": the words between a hostile answer and the deed it answers. */
const DEED_ANSWERED = /^\s+(?:[\w-]+\s+){0,2}?(?:for|over)(?=\s)/i;
/**
 * Where a hostile deed named by a noun ends, when it opens the object of a verb before `to` ("condemned the brutal
 * killing of", "condemned … bombing"): -1 when the object names no deed.
 */
function deedNounAfter(text: string, from: number, to: number): number {
  // (past a manner adjunct: "condemned in the strongest terms the shelling of")
  const manner = MANNER_AFTER.exec(text.slice(from, to));
  if (manner) from += manner[0].length - 1;
  const object =
    /^\s+(?:(?:the|a|an|its|their|this|that|recent|latest|brutal|deadly|alleged|continued|repeated|illegal|unlawful)\s+){0,3}([a-z]+)\b/i.exec(
      text.slice(from, to),
    );
  if (!object) return -1;
  const act = verbLexicon().noun(object[1]);
  const deed = act !== null && !DISAPPROVALS.has(act.category) && act.modality === 'material' && act.polarity === 'conflictual';
  return deed ? from + object[0].length : -1;
}
/** Verbs of having another's support: "has the strong", "enjoyed the full". */
const HELD_SUPPORT = /\b(?:ha(?:s|ve|d|ving)|enjoy(?:s|ed|ing)?|retain(?:s|ed|ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** Verbs of obtaining a thing from another: "secured the", "won a", "received a $2 billion". */
const OBTAINED =
  /\b(?:secur(?:e|es|ed|ing)|w[io]n|wins|winning|obtain(?:s|ed|ing)?|clinch(?:es|ed|ing)?|receiv(?:e|es|ed|ing))\s+(?:the\s+|an?\s+)?(?:[\w$€£¥.,-]+\s+){0,4}$/i;
/** Verbs of accepting another's act or claim, whose declared refusal is a rejection. */
const ACCEPTING = /^(?:accept|recogni[sz]|acknowledg)/i;
/**
 * A refusal declared ("will not", "would never", "cannot", "does not" in the present), not a state described ("has
 * not recognised").
 */
const REFUSED_BEFORE =
  /\b(?:(?:will|would|shall|can|could|does|do)\s+(?:not|never)|won[’']t|can[’']t|cannot|wouldn[’']t|couldn[’']t|doesn[’']t|don[’']t)\s+(?:\w+ly\s+)?$/i;
/** "as food aid", "as a loan": what a thing sent or given is, named by an act noun. */
const AS_ACT_NOUN = /\bas\s+(?:an?\s+)?(?:[\w-]+\s+)?$/i;
/** Verbs of helping, which take a bare infinitive ("help end", "assist rebuild"). */
const HELPING = /^(?:help|assist)/i;
/** A participle naming who holds or runs the object: "positions held by", "bases operated by". */
const HELD_BY = /\b(?:held|controlled|occupied|manned|run|operated|owned|used)\s+by\s+(?:the\s+)?$/i;
/** An act word that is a plan or bid with its infinitive ("plan to send"). */
const INTENT_NOUN_START = new RegExp(`^(?:${[...INTENT_NOUNS].join('|')})\\s+to\\s`, 'i');
/** A plan blocked or turned down by another verb: "blocked the government's", "rejected a". */
const THWARTING = String.raw`\b(?:block\w*|halt\w*|reject\w*|suspend\w*|stopp?(?:ed|ing|s)?|thwart\w*|overturn\w*|veto\w*|froze|freez\w*|struck\s+down|oppos\w*|turn(?:ed|s)?\s+down)\s+(?:(?:the|its|a|an|their)\s+)?`;
const THWARTED = new RegExp(`${THWARTING}(?:[\\w-]+(?:'s|’s)?\\s+){0,3}$`, 'i');
/** Words blocked before they were issued, and their participle: "blocked an EU statement criticising". */
const THWARTED_WORDS = new RegExp(
  `${THWARTING}(?:[\\w-]+\\s+){0,3}?(?:statements?|resolutions?|declarations?|communiqu[eé]s?|motions?)\\s+$`,
  'i',
);
const TARGET_STOP_WORDS = /[;:]|\b(?:but|while|whereas|although|because|which|who|that)\b/i;
const SPEECH_NOUN = /\b(?:statements?|resolutions?|communiqu[eé]s?|declarations?|letters?|reports?|messages?|notes?)\s+$/i;
const PERFORMATIVE = new RegExp(`^(?:${[...PERFORMATIVE_VERBS].map((v) => v.replace(/e$/, '')).join('|')})`, 'i');
const FRAME_OBJECT = /^\s*(?:(?:the|a|an|its|their|his|her|new|further|formal|full|official)\s+){0,3}$/i;
/** A decision named as the object of a declaration, before the act decided: " the decision to", " a formal decision to". */
const DECISION_OBJECT = /^\s*(?:(?:the|a|an|its|their|his|her|formal|official|final)\s+){0,3}decision\s+to\s+$/i;
const PEACEKEEPING =
  /\bpeace-?keep\w*|\b(?:peace|stabili[sz]ation|security support) mission\b|\bU\.?N\.?-(?:backed|led|mandated)\b|\bunder an? (?:U\.?N\.?|United Nations) mandate\b/i;
const PEACEKEEPING_ACTS = new Set<PloverCategory>(['MOBILIZE', 'COOPERATE', 'AID']);
const COORDINATED_VERB = /\band\s+(?:also\s+|then\s+)?\w+(?:ed|s)\b/i;
/** Cooperative acts a cause may make another do toward the causer: a withdrawal, a help. */
const CAUSED_HELP: ReadonlySet<string> = new Set(['YIELD', 'AID']);
/** "to", or "to begin" and its kind, between a name and the verb it is the subject of: "prompting Santiago to begin withdrawing". */
const INFINITIVE_AFTER_NAME = /^\s+to\s+(?:(?:begin|start|continue|resume)\s+(?:to\s+)?)?$/i;
/** Verbs whose object was made to do what the infinitive after it says ("prompted Y to", "forced the Y to"). */
const CAUSED_TO =
  /\b(?:prompt(?:s|ed|ing)?|forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|oblig(?:e|es|ed|ing)|led|leading|caus(?:e|es|ed|ing))\s+(?:the\s+)?$/i;
/** A noun straight after a verb coordinated with the one before ("... and switched recognition"). */
const COORDINATED_OBJECT =
  /\b(?:and|but)\s+(?:also\s+|then\s+)?[a-z]+(?:ed|s)\s+(?:(?:its|their|the|a|an|full)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** What lies between a verb's party and the next verb of the same subject: a few words, then "and" or "but". */
const SAME_SUBJECT_NEXT = /^\s*(?:[\w'’-]+\s+){0,4}?,?\s*(?:and|but)\s+(?:(?:also|then|later|quickly|has|have|had)\s+)?$/i;
/** Prepositions inside what a topic verb's object is about: "discussed the future of Syria", "debated on Syria". */
/** An expulsion: "expelled", "declared persona non grata". */
const EXPELLED = /^(?:expel\w*|declared\s+(?:a\s+)?["“]?persona\s+non[\s-]grata)/i;
/** A verb of stopping right before a gerund: "stop shooting", "ceased shelling" (refraining is no stop: nothing was under way). */
const STOPPED_DEED = /\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?|end(?:s|ed|ing)?|quit(?:s|ting)?)\s+$/i;
/** Hostile measures a state can put on a condition, so that announcing them is a threat (CAMEO 13). */
const THREATENED_MEASURES: ReadonlySet<string> = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE']);
const TOPIC_PREPS: ReadonlySet<string> = new Set(['on', 'about', 'of', 'over']);
/** A name that qualifies the noun after it ("a Sudan peace deal", "a Gaza truce"): a common noun follows at once. */
const QUALIFIES_TOPIC = /^\s+(?!and\b|or\b)[a-z][a-z-]+\b/;
/** A day between a verb and its object: "dismissed on Tuesday Chile's charges" is active. */
const TIME_THEN_OBJECT =
  /^\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:the|a|an|its|their|his|her|[A-Z])/;
/** The names right before `at` when "with" opens them: "with Chile, Bolivia and Ecuador" suspending. */
function withSubject(text: string, refs: Ref[], lo: number, at: number): Ref[] {
  const out: Ref[] = [];
  let end = at;
  for (let k = refs.length - 1; k >= 0; k--) {
    const r = refs[k];
    if (r.end > end || r.start < lo) continue;
    const gap = text.slice(r.end, end);
    if (out.length ? !/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(gap) : !/^\s+$/.test(gap)) break;
    out.unshift(r);
    end = r.start;
  }
  return out.length && /\bwith\s+(?:the\s+)?$/i.test(text.slice(Math.max(lo, end - 10), end)) ? out : [];
}

/** A common noun right before a participle ("package provided by"), not an auxiliary or a clause word. */
const NOUN_RIGHT_BEFORE =
  /\b(?!(?:has|have|had|was|were|is|are|be|been|being|also|then|and|or|but|who|which|that|it|they|he|she|we|not|never|jointly|reportedly)\b)[a-z][a-z-]+\s+$/;
/** A sentence opening with a thing, then a participle: "The accords, signed by", "The deal reached by". */
const OPENING_THING = /^\s*(?:the|a|an|this|that|these|those)\s+(?:[\w-]+\s+){0,2}[a-z][\w-]*\s*,?\s*$/i;
/** Categories of a verb whose object it ends, refuses or threatens: that object is not going on. */
const ENDING_CATEGORIES = new Set<PloverCategory>(['SANCTION', 'REJECT', 'THREATEN']);
/** A few modifiers between a verb and the act noun heading its object, no preposition: " direct Russian-Ukrainian ". */
const MODIFIERS_ONLY =
  /^\s+(?:(?!(?:during|after|before|at|in|on|with|amid|for|of|to|from|by|and|or|when|while)\b)[\w-]+\s+){0,3}$/i;
/** A past verb and up to eight words of its object before an act noun: "earmarked $40 million of new". */
const GIVING_OBJECT = /\b[a-z]+ed\s+(?:(?!(?:that|which|who|and|but|after|before|when|while|to|by)\b)[\w$.,’'-]+\s+){0,8}$/;
/** The people or the work that help reaches in a state: "relief work in", "flood victims in". */
const HELPED_IN =
  /\b(?:relief|victims|survivors|refugees|displaced|efforts|reconstruction|recovery|hospitals)\s+in\s+(?:the\s+)?$/i;
/** The preposition that gives a verb's act a beneficiary, never a partner: "for Ukraine". */
const ONE_WAY_PREPS: ReadonlySet<string> = new Set(['for']);
/** The summoning of an envoy whose purpose infinitive `trig` is ("summoned the envoy to protest"). */
function summonedTo(text: string, acts: Act[], trig: Trigger, lo: number): Act | undefined {
  // (a protest an envoy is summoned to hear is made in words, whatever the verb's reading: "summoned Y's envoy to protest")
  const said = trig.sense.modality === 'verbal' || trig.sense.category === 'PROTEST';
  if (trig.sense.noun || !said || !/\bto\s+$/i.test(text.slice(lo, trig.start))) return undefined;
  const act = acts.findLast((a) => a.trigger.end <= trig.start && a.trigger.start >= lo);
  if (!act || !/^summon/i.test(act.trigger.text) || !act.sources.length || !act.targets.length) return undefined;
  // the envoy and an apposition naming them, then "to": no clause of its own in between
  return /^[^.;:!?]{0,80}$/.test(text.slice(act.trigger.end, trig.start)) &&
    !/\b(?:who|which|that|and|but|after|before|because)\b/i.test(text.slice(act.trigger.end, trig.start))
    ? act
    : undefined;
}

/** Verbal acts that credit or blame another for a deed named after "for". */
const CREDITING: ReadonlySet<string> = new Set(['SUPPORT', 'ACCUSE', 'DISAPPROVE']);

/** The act of praise or blame whose object did the deed the gerund `trig` names after "for" ("lauded Y for helping"). */
function forDeed(text: string, acts: Act[], trig: Trigger, lo: number): Act | undefined {
  if (trig.sense.noun || !/^\w+ing\b/i.test(trig.text) || !/\bfor\s+$/i.test(text.slice(lo, trig.start))) return undefined;
  const act = acts.findLast((a) => a.trigger.end <= trig.start && a.trigger.start >= lo);
  if (!act || act.trigger.sense.noun || !CREDITING.has(act.category) || !act.targets.length || !act.sources.length)
    return undefined;
  const end = Math.max(...act.targets.map((r) => r.end));
  return end <= trig.start && /^\s+for\s+$/i.test(text.slice(end, trig.start)) ? act : undefined;
}

/** The word after a joint act noun that names the parties it involves: "talks involving". */
const INVOLVING = /^\s*(?:[\w-]+\s+){0,2}?(?:involving|among)\s+/i;
/** A threat carried out, right before the act it threatened: "made good on its threat to". */
const CARRIED_OUT =
  /\b(?:follow\w*\s+through\s+(?:on|with)|carr(?:y|ied|ies|ying)\s+out|ma(?:de|ke|kes|king)\s+good\s+on|deliver\w*\s+on)\s+(?:(?:an?|the|its|their|his|her|earlier|previous|repeated|latest)\s+){0,3}threats?\s+to\s+$/i;
/** A fear right before the subject of the act feared: "is concerned (that)", "fears", "worried that". */
const FEARED =
  /\b(?:concern(?:ed|s)?|worr(?:y|ies|ied)|fear(?:s|ed|ing)?|afraid|alarmed|anxious)\s+(?:(?:that|about|over)\s+)?(?:the\s+)?$/i;
/** A visit named in a time adjunct: "during a visit", "on a visit", "at the end of a visit". */
const VISIT_ADJUNCT = /\b(?:during|on|amid|after)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)$/i;
/** A verb of keeping an act from happening, right before the act's noun: "prevent (accidental) clashes", "avert a war". */
const PREVENTED =
  /\b(?:prevent|avert|avoid|forestall|deter|stave\s+off|head\s+off|ward\s+off)(?:s|ed|ing)?\s+(?:(?:a|an|the|any|further|new|future|possible|accidental|armed|military|direct|all-out|wider)\s+){0,3}$/i;
/** A condition put by inversion right before its subject: "will be hit hard should Y strike", "were Y to attack". */
const INVERTED_CONDITION = /\b(?:should|were)\s+(?:the\s+)?$/i;
/** Plural nouns that name states or their people as a whole: no common noun a gerund qualifies. */
const STATE_PLURALS = String.raw`(?:states|countries|nations|governments|sides|leaders)`;
/** A plural common noun and a gerund that qualifies it, right before a name: " foreign forces supporting ". */
const NOUN_THEN_GERUND = new RegExp(String.raw`\b(?!${STATE_PLURALS}\b)[a-z]{3,}s\s+(?:\w+ly\s+)?[a-z]{3,}ing\s+(?:the\s+)?$`);
/** A plural common noun right before a gerund: "forces supporting", "militias attacking". */
const NOUN_RIGHT_BEFORE_GERUND = new RegExp(String.raw`\b(?!(?:${STATE_PLURALS}|is|was|has|its|this)\b)[a-z]{3,}s\s+$`);
/** Verbs of holding people: what is done to a state's people in another state is done there. */
const DETAINED = /^(?:arrest|detain|jail|imprison|held|hold|captur|abduct|kidnap)/i;
/** A perfect verb group later in the clause, after a participle that modifies its subject: "... detained in Y have returned". */
const PERFECT_LATER = /^[^,;:]*?\s(?:have|has|had)\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en)\b/i;
/** Acts of force that coordinated states may carry out together on a common object. */
const FORCE_TOGETHER: ReadonlySet<string> = new Set(['ASSAULT', 'FIGHT', 'COERCE']);
/** A noun phrase right after the verb: its direct object ("the rebels", "militant positions", "two camps"). */
const NOUN_OBJECT_AFTER =
  /^\s+(?:the|a|an|its|their|several|some|many|dozens|hundreds|\d[\d,]*|(?!(?:each|one|with|in|on|at|near|along|across|over|for|against|after|before|during|since|again|yesterday|today|late|early)\b)[a-z-]+\s+(?:positions|bases|camps|targets|strongholds|fighters|militants|rebels|insurgents|pirates|terrorists|groups?|ships?|vessels?|boats?))\b/i;
const EACH_OTHER =
  /^[^,;]*\b(?:each\s+other|one\s+another)\b|^\s+their\s+(?:(?:shared|common|mutual)\s+[\w-]+|borders?|frontiers?)\b/i;
/** "ruled out (the possibility of)" before an act; with a negation before it the act is kept open. */
const RULE_OUT = String.raw`rul(?:e|es|ed|ing)\s+out\s+(?:the\s+(?:possibility|option)\s+of\s+)?`;
const RULED_OUT = new RegExp(String.raw`\b${RULE_OUT}(?:[\w-]+\s+){0,2}$`, 'i');
const NOT_RULED_OUT = new RegExp(String.raw`\b(?:not|never|n[’']t)\s+(?:\w+\s+)?${RULE_OUT}$`, 'i');
/** CAMEO 112: accuse. */
const ACCUSATION = '112';
/** ", a charge Tehran denied": the words right before a verb that answers a charge named in an apposition. */
/** ", a claim (that was) dismissed by": a charge rebutted by the one named after "by". */
const CHARGE_PASSIVE_BEFORE = new RegExp(
  String.raw`,\s*(?:an?\s+|the\s+)?${CHARGE_NOUNS}\s+(?:(?:that|which)\s+(?:was|were|has\s+been|had\s+been)\s+)?(?:\w+ly\s+)?$`,
  'i',
);
const REBUTTED = /^(?:denied|dismissed|rejected|refuted|disputed|brushed\s+aside)\b/i;
const CHARGE_APPOSED_BEFORE = new RegExp(String.raw`,\s*(?:an?\s+|the\s+)?${CHARGE_NOUNS}\s+(?:[\w.’'-]+\s+){1,4}$`, 'i');
/** A sentence opening with an adjunct of occasion before a meeting noun: "In a phone call with", "During talks with". */
const OPENING_MEETING =
  /^\s*(?:during|in|at|after|following|ahead\s+of|on\s+the\s+sidelines\s+of)\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** An adjunct of time or occasion opening just before an act noun ("during talks", "on the sidelines of a summit"). */
const TIME_ADJUNCT =
  /\b(?:during|at|after|following|before|ahead\s+of|amid|on\s+the\s+sidelines\s+of)\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** The object of a charged act that the accuser owns: "(of shelling) its villages", "(of killing) two of its soldiers". */
const CHARGED_AT_OWN =
  /^\s+(?:(?:on|at|into|across)\s+)?(?:(?:one|two|three|four|five|several|some|many|dozens|scores|hundreds|\d+)\s+of\s+)?(?:its|their)\s/i;
/** "accused Minsk of trying to orchestrate": the charge is an attempt. */
const TRIED_GAP = /^\s*(?:[\w’'-]+\s+){0,4}?of\s+(?:trying|attempting|seeking|plotting|conspiring)\s+to\s+$/i;
const CHARGE_GAP = /^\s*(?:[\w’'-]+\s+){0,4}?(?:of|for|with)\s+$/i;
/** Verbs of thanks and praise, whose "for" names a deed of the one praised ("apologised for" names one's own). */
const PRAISING = /^(?:thank|prais|commend|congratulat|hail|laud|applaud|credit)/i;
const OWNER_BEFORE = /\b(?:its|their|his|her)\s+$/i;
/** Deeds done for the one who praises them: "thanked Peru and Bolivia for sending aid". */
const HELPING_DEEDS = new Set(['AID', 'COOPERATE']);
/** Praise given as a noun, to the ones praised, and what for: " its warm congratulations to Peru and Bolivia for ". */
const PRAISE_NOUN_GAP =
  /^\s*(?:(?:its|his|her|their)\s+)?(?:[a-z]+\s+)?(?:congratulations|thanks|gratitude|praise|appreciation)\s+to\s+(?:[\w’'.-]+\s+){1,8}?for\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:\w+ly\s+)?$/i;
const PRAISE_GAP = /^\s*(?:[\w’'-]+\s+){0,4}?for\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[\w-]+\s+){0,4}$/i;
const COORDINATED_AFTER_OBJECT = /^\s*,?\s*(?:and|or)\s+(?:(?:has|have|had|also|then)\s+)?$/i;
const ADJUNCT = /\b(?:when|while|by|after|before|in|through)\s+$/i;
/** Subordinators a gerund may follow in an adjunct of the clause: "after cutting", "without consulting". */
const GERUND_ADJUNCT = /\b(?:after|before|since|while|when|by|without|upon|despite)\s+(?:\w+ly\s+)?$/i;

/** People and organs of a state, who take part in an act themselves (not a state named as a topic). */
const isPartyRef = (r: Ref) => isPersonRef(r) || r.kind === 'institution';

/** A time or place adjunct between a verb and "to" ("agreed in 1984 to"): no object of the verb. */
const TIME_IN_GAP = /\s(?:in|on|at|during|after|before|since|last|this|next|earlier|later)\s/i;
/** A noun for the deed told before it, right before the words about it: ", a move criticised by", "a step that drew". */
const MOVE_BEFORE =
  /(?:,\s*(?:(?:but|and|yet|on|in)\s+)?|\s(?:--|[–—])\s*|\bin\s+)(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?(?:move|step|decision|measure|gesture|show|action|escalation|proposal|plan|offer|request|demand|ultimatum|idea|initiative|visit|trip|tour)\s+(?:of\s+[\w-]+\s+)?(?:(?:that|which)\s+)?(?:(?:has|have|had|was|were|is|been)\s+)*(?:\w+ly\s+)?(?:(?:drew|drawn|draws|sparked|provoked|triggered|earned)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}(?:'s|’s)\s+)?$/iu;
/** Acts each party does on its own: "their respective tests", "each held". */
const RESPECTIVE = /\b(?:their|its)\s+(?:own\s+)?respective\b|\beach\s+(?:conducted|held|carried\s+out)\b/i;
/** An order's addressee among the subject's own people: " the government to", " its navy to". */
const OWN_ORGAN_OBJECT =
  /^\s+(?:the|its|his|her|their)\s+(?:own\s+)?(?:government|cabinet|ministers?|ministry|ministries|army|military|navy|air\s+force|forces|troops|officials|police|security\s+forces|authorities|agencies)\s+to\b/i;
/** " of ", " of the " between a recall and the owner of the envoy recalled. */
const RECALLED_OF = /^(?:\s+\w+){0,1}\s+of\s+(?:the\s+)?$/i;
/** The titles of a state's envoys. */
const ENVOY_TITLES = String.raw`(?:ambassadors?|envoys?|high\s+commissioners?|heads?\s+of\s+mission|charg[eé]s?\s+d['’]affaires|diplomats?)`;
/** An envoy's title right after the state that owns it: "'s ambassador", " envoy". */
const ENVOY_AFTER = new RegExp(String.raw`^(?:\s*['’]s)?\s+(?:\w+\s+)?${ENVOY_TITLES}\b`, 'i');
/** An envoy named with the state they serve: "Chile's ambassador", "the Peruvian envoy". */
const ENVOY_TITLE = new RegExp(String.raw`\b${ENVOY_TITLES}\b`, 'i');
/** Envoys named by the mission or state they are "of": " three diplomats of the ", " the staff from the ". */
const ENVOYS_OF =
  /^\s+(?:[\w-]+\s+){0,2}(?:diplomats?|envoys?|ambassadors?|consuls?|staff|officials|attach[eé]s?)\s+(?:of|from)\s+(?:the\s+|its\s+)?$/i;
/** A regular past form opening a trigger ("criticised", not the base form "proceed"): a finite verb of its own. */
const PAST_FORM_FIRST = /^\w+(?<!e)ed\b/i;
/** A verb asking its object to act, right before the one asked: "urged", "called on the". */
const ASKED_BEFORE =
  /\b(?:urg\w*|ask\w*|call\w*\s+on|press\w*|push\w*|told|tell\w*|order\w*|invit\w*|encourag\w*|demand\w*\s+that)\s+(?:the\s+)?$/i;
/** From the one asked to a second act asked for: " to honour the accord of 2008 and ". */
const SECOND_ASKED = /^\s+to\s+[a-z]+\s+(?:[^,;.:]+?\s+)?and\s+(?:\w+ly\s+)?$/i;
/** From the end of reported words to the speaker's next verb: ", and has ". */
const SAYER_VERB_GAP = /^\s*,[”"’]?\s*(?:and|but)\s+(?:(?:has|have|had|also|then|later|\w+ly)\s+)*$/i;
/** A decision or move owned by the name before it, and "to": "'s (Wednesday) decision to". */
const DECIDED_BY = /(?:'s|’s)\s+(?:[\w-]+\s+){0,2}(?:decision|move)\s+to\s+$/i;
/** From a passive joint act to the parties that did it: " in Lima on Monday between ". */
const PASSIVE_BETWEEN = /^\s+(?:(?!(?:and|but|which|that|after|while)\b)[^.;:]){0,60}?\bbetween\s+/i;
/** A joint act named as the object, and "between" its parties: "to an agreement between", "against the talks between". */
const BETWEEN_OBJECT =
  /^\s+(?:(?:to|against|at|over|about)\s+)?(?:the|an?|its|their|this|that)?\s*(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|talks|alliance|cooperation|partnership)\s+between\s+/i;
/** A deed answered: "in retaliation for the", "hitting back at", "responded to the". */
const ANSWERED =
  /\b(?:in\s+(?:retaliation|response|reprisal|revenge|answer)\s+(?:for|to)|hit(?:s|ting)?\s+back\s+at|retaliat\w*\s+(?:against|for)|respond(?:s|ed|ing)?\s+to)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,3}$/i;
/** The actor that opens the clause at `lo`, its subject ("Poland has taken in ...", "The Kremlin accused ..."). */
const openingSubject = (text: string, refs: Ref[], lo: number) =>
  refs.find((r) => r.start >= lo && r.prep === null && /^\s*(?:the\s+)?$/i.test(text.slice(lo, r.start)));

/** A verb's phrase that takes part in a hostile act it names ("join … sanctions"). */
const joinsHostile = (triggers: Trigger[], trig: Trigger) =>
  triggers.some(
    (x) => x !== trig && x.start >= trig.start && x.end <= trig.end && polarityOf(x.sense.category) === 'conflictual',
  );

/** Verbs of helping, as a purpose of a deed: "to help", "to assist", "to support" (not one's own: "to help its fleet"). */
const HELPING_PURPOSE = /^(?:help|assist|support)\b/i;
/** From a deed's verb to an infinitive after its object ("sent jets to bomb"): the infinitive is the deed's purpose. */
const PURPOSE_GAP = /^\S+\s+(?:[\w’'-]+\s+){0,6}to\s+(?:\w+ly\s+)?$/i;

/** "Syria is covered by the ban": the owner of the ban sanctions the subject. */
function coverageAct(text: string, from: number, to: number, refs: Ref[], trig: Trigger, owner: Ref | null): Act | null {
  if (!owner) return null;
  const targets = findSource(text, refs, from, trig).filter((r) => r.actor !== owner.actor);
  if (!targets.length) return null;
  const window =
    text
      .slice(Math.max(from, trig.start - 50, targets[targets.length - 1].end), trig.start)
      .split(/\b(?:which|that|who)\b|,/i)
      .pop() ?? '';
  return {
    trigger: trig,
    sources: [owner],
    targets,
    mutual: false,
    category: trig.sense.category,
    intensity: trig.sense.intensity,
    modality: trig.sense.modality,
    negated: NEGATION.test(window),
    conditional: false,
    hypothetical: HYPOTHETICAL.test(window),
    frame: null,
  };
}

/** ", which are covered": a relative clause that leaves out the ban it speaks of. */
const ELLIPTIC_COVERED =
  /,\s*(?:which|that|who)\s+(?:is|are|was|were)\s+(?:also\s+)?(?:covered|included|targeted|affected|listed|named)\s*(?=[,.;:]|$)/gi;

/**
 * "Chile is exempt from the ban, but athletes from Peru and Bolivia, which are covered, ...": the states
 * listed just before an elliptical "which are covered" are the targets of the ban the sentence names.
 */
function ellipticCoverage(text: string, from: number, to: number, refs: Ref[], triggers: Trigger[], owner: Ref): Act | null {
  const ban = triggers.find((t) => t.sense.coverage) ?? triggers.find((t) => t.sense.noun && BAN_NOUN.test(t.text));
  if (!ban) return null;
  ELLIPTIC_COVERED.lastIndex = 0;
  const sentence = text.slice(from, to);
  for (let m = ELLIPTIC_COVERED.exec(sentence); m; m = ELLIPTIC_COVERED.exec(sentence)) {
    const at = from + m.index;
    const last = [...refs].reverse().find((r) => r.end <= at && /^\s*$/.test(text.slice(r.end, at)));
    if (!last) continue;
    // the whole list, its first member after a preposition included ("athletes from Peru, Bolivia and Chile")
    const list = [last];
    for (const r of [...refs].reverse()) {
      const head = list[list.length - 1];
      if (r.end > head.start) continue;
      if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/i.test(text.slice(r.end, head.start))) break;
      list.push(r);
    }
    const targets = list.reverse().filter((r) => r.actor !== owner.actor);
    if (!targets.length) continue;
    return {
      trigger: { ...ban, sense: { ...ban.sense, coverage: false } },
      sources: [owner],
      targets,
      mutual: false,
      category: ban.sense.category,
      intensity: ban.sense.intensity,
      modality: ban.sense.modality,
      negated: false,
      conditional: false,
      hypothetical: false,
      frame: null,
    };
  }
  return null;
}

/** What earlier sentences established: who owns "the ban". */
export interface LinkMemory {
  banOwner: Ref | null;
}

const BAN_NOUN = /\b(?:travel ban|ban|sanctions|embargo)\b/i;

/** The state behind a ban or sanctions named in the sentence ("Trump's travel ban", "US sanctions"), else the last one. */
function banOwner(text: string, from: number, to: number, refs: Ref[], memory: LinkMemory): Ref | null {
  for (const r of refs) {
    if (r.start < from || r.end > to) continue;
    if (/^(?:'s|’s)?\s+(?:\w+\s+)?(?:travel ban|ban|sanctions|embargo)\b/i.test(text.slice(r.end, r.end + 40))) {
      memory.banOwner = r;
      return r;
    }
  }
  return memory.banOwner;
}

/** Link every trigger in sentence [from, to) to its actors. */
export function linkActs(
  text: string,
  from: number,
  to: number,
  refs: Ref[],
  frames: Frame[],
  triggers: Trigger[],
  memory: LinkMemory = { banOwner: null },
): Act[] {
  const acts: Act[] = [];
  let lastSources: Ref[] = [];
  let lastFrame: Frame | null = null;
  let previousVerbEnd = -1;
  /** The verb act before this one was a deed ("sent troops"): an infinitive after it is its purpose. */
  let previousDeed = false;
  /** The verb act before this one was a promise ("pledged 300 million dollars"): an infinitive after it is promised. */
  let previousPromise = false;
  let previousVerbStart = -1;
  /** The verb act before this one ends, refuses or threatens something ("broke off", "rejected"). */
  let previousEnding = false;
  const owner = BAN_NOUN.test(text.slice(from, to)) ? banOwner(text, from, to, refs, memory) : null;
  const elliptic = owner ? ellipticCoverage(text, from, to, refs, triggers, owner) : null;
  if (elliptic) acts.push(elliptic);
  for (const trig of triggers) {
    // "Canada joined Britain in condemning ...": joining another in an act is that act, done by both
    if (JOIN_VERB.test(trig.text) && JOINED_IN_AFTER.test(text.slice(trig.end, Math.min(to, trig.end + 80)))) continue;
    // "broke off its defence cooperation pact with Y", "rejected the aid": a cooperative act named as what a
    // verb ends or refuses is no cooperation now
    if (
      trig.sense.noun &&
      previousEnding &&
      polarityOf(trig.sense.category) === 'cooperative' &&
      // (cooperation itself ended is a sanction, read with the verb)
      trig.sense.category !== 'COOPERATE' &&
      previousVerbEnd >= from &&
      MODIFIERS_ONLY.test(text.slice(previousVerbEnd, trig.start))
    )
      continue;
    if (trig.sense.coverage) {
      const act = coverageAct(text, from, to, refs, trig, owner);
      if (act) acts.push(act);
      continue;
    }
    const quoted = frames.find((f) => trig.start >= f.start && trig.end <= f.end) ?? null;
    // ('Lima "stands with Santiago," a spokesman said': a quote opened right after the subject of its verb is part
    // of the clause, not words of their own)
    const frame =
      quoted && refs.some((r) => r.start >= from && /^\s*["“]$/.test(text.slice(r.end, quoted.start))) ? null : quoted;
    const lo = frame ? Math.max(from, frame.start) : from;
    const hi = frame ? Math.min(to, frame.end) : to;
    const inside = refs.filter((r) => r.start >= trig.start && r.end <= trig.end);
    /** The first actor after the act word, inside its clause, that `fits`. */
    const refAfter = (fits: (r: Ref) => boolean) => refs.find((r) => r.start >= trig.end && r.end <= hi && fits(r));
    // right after the participle itself, not after the phrase words the trigger spans ("returned dozens of")
    const verbEnd = trig.start + trig.text.length;
    const verbWord = verbWordEnd(trig);
    // ", a move criticised by", "a show of strength that drew": a noun for the deed told before, right before the verb
    const afterMoveNoun = MOVE_BEFORE.test(text.slice(Math.max(lo, trig.start - 80), trig.start));
    // "officials accused of corruption", "soldiers killed in Y" are passive; "Iran, which Israel accused of ..." is an
    // object relative clause
    // ("travelled by train", "spoke by phone": a means after "by" is no agent)
    const byMeans = BY_MEANS.test(text.slice(verbEnd, verbEnd + 30));
    const byAfter = !byMeans && /^\s+by\b/i.test(text.slice(verbEnd, verbEnd + 4));
    const nounParticiple =
      /ed$/i.test(trig.text) &&
      byAfter &&
      NOUN_RIGHT_BEFORE.test(text.slice(lo, trig.start)) &&
      !refs.some((r) => r.end <= trig.start && /^\s*$/.test(text.slice(r.end, trig.start)));
    const reducedPassive =
      /ed$/i.test(trig.text) &&
      !byMeans &&
      (/^\s+(?:of|by)\b/i.test(text.slice(verbEnd, verbEnd + 5)) ||
        (trig.sense.category === 'ASSAULT' && !FOUGHT.test(trig.text) && /^\s+in\b/i.test(text.slice(verbEnd, verbEnd + 4)))) &&
      (refs.some(
        (r) =>
          r.end <= trig.start &&
          // ("Morocco, backed by France, rejected ...": a participle set off after a name with its agent)
          (/^\s*$/.test(text.slice(r.end, trig.start)) || (byAfter && /^\s*,\s*$/.test(text.slice(r.end, trig.start)))) &&
          !/\b(?:which|that|whom)\s+(?:the\s+)?$/i.test(text.slice(Math.max(lo, r.start - 12), r.start)),
      ) ||
        (byAfter &&
          // ("..., a move criticised by Washington")
          (afterMoveNoun ||
            // ("the third relief package provided by Chile to ...": a participle right after a common noun)
            nounParticiple ||
            // ("the accords, signed by Chile and Bolivia, ...": a joint act after a thing the sentence opens with)
            (trig.sense.mutual && OPENING_THING.test(text.slice(lo, trig.start))))));
    // "two men detained at the border met ...", "a reward for two men wanted in the bombing of ...": a participle
    // right after its noun and before a preposition, followed by the clause's own verb or inside an earlier deed's
    // object, is a passive that modifies the noun
    // (a common noun of that object too: "rescued the crew of a ship attacked off Somalia")
    const insideDeedObject = (from: number) =>
      previousDeed && previousVerbEnd >= lo && !CLAUSE_OPENING.test(text.slice(previousVerbEnd, from));
    const relativeParticiple =
      !trig.sense.noun &&
      PARTICIPLE.test(trig.text) &&
      /^\s+(?:in|at|for|over|during|on|near|off|as)\s+(?!least\b|most\b|once\b|well\b|part\b)/i.test(
        text.slice(verbEnd, verbEnd + 14),
      ) &&
      !TIME_THEN_OBJECT.test(text.slice(verbEnd, verbEnd + 40)) &&
      (refs.some(
        (r) =>
          r.end <= trig.start &&
          r.kind !== 'pronoun' &&
          // ("Bolivian officers detained in Y have returned": a demonym and the plural noun it qualifies)
          (/^\s+$/.test(text.slice(r.end, trig.start)) ||
            (r.kind === 'demonym' && /^\s+[a-z-]+s\s+$/.test(text.slice(r.end, trig.start)))) &&
          (insideDeedObject(r.start) || clauseVerbAfter(text, triggers, trig, hi) || PERFECT_LATER.test(text.slice(verbEnd, hi))),
      ) ||
        (COMMON_NOUN_BEFORE.test(text.slice(lo, trig.start)) && insideDeedObject(trig.start)));
    // "is prepared to attack": a participle stating an intent is no passive
    const stated = INTENT_NOUNS.has(trig.text.split(/\s/)[0].toLowerCase());
    // "was disappointed by the Saudi decision": a feeling the subject has about another is its own act
    const felt = FEELING.test(trig.text);
    const passive =
      !trig.sense.noun &&
      !stated &&
      !felt &&
      (reducedPassive ||
        relativeParticiple ||
        (PARTICIPLE.test(trig.text) && PASSIVE.test(text.slice(Math.max(lo, trig.start - 20), trig.start))));
    // "sent jets to bomb Y": a hostile purpose of a deed is carried out by it; a helpful one ("to help") is only intended
    // (not an actor before "to": "allowed Jordan to send police" permits Jordan's act)
    const purpose =
      previousDeed &&
      trig.sense.modality === 'material' &&
      polarityOf(trig.sense.category) === 'conflictual' &&
      PURPOSE_GAP.test(text.slice(previousVerbStart, trig.start)) &&
      !refs.some(
        (r) =>
          r.prep === null &&
          r.end <= trig.start &&
          r.start >= previousVerbStart &&
          /^\s+to\s+$/i.test(text.slice(r.end, trig.start)),
      );
    // "closed the road linking Armenia to ...", "controls on chips bound for China": a participle right after the noun
    // it modifies, inside the object of an earlier verb, has that noun as its subject, no actor
    const modifierParticiple =
      !trig.sense.noun &&
      previousVerbEnd >= lo &&
      PARTICIPLE_FORM.test(trig.text.split(/[\s…]+/)[0] ?? '') &&
      NOUN_BEFORE.test(text.slice(previousVerbEnd, trig.start)) &&
      // "released a statement criticising Y": words the subject issued say what the subject says
      !SPEECH_NOUN.test(text.slice(previousVerbEnd, trig.start)) &&
      // ("lodged a protest after a Russian plane violated ...": a clause of its own opens before the verb)
      !/\b(?:and|or|but|after|before|since|until|when|while|because|once)\b|[,;]/i.test(
        text.slice(previousVerbEnd, trig.start),
      ) &&
      !refs.some((r) => r.end <= trig.start && /^\s*$/.test(text.slice(r.end, trig.start)));
    const infinitiveSubject =
      !trig.sense.noun && !purpose
        ? refs.find((r) => r.end <= trig.start && INFINITIVE_AFTER_NAME.test(text.slice(r.end, trig.start)))
        : undefined;
    // "prompting Quito to expel", "forced Israel to withdraw": a cause that made its object act asserts the act
    const caused =
      infinitiveSubject !== undefined &&
      CAUSED_TO.test(text.slice(Math.max(lo, infinitiveSubject.start - 24), infinitiveSubject.start));
    let sources = modifierParticiple
      ? []
      : passive
        ? agentAfterBy(text, refs, hi, trig)
        : infinitiveSubject
          ? [infinitiveSubject]
          : findSource(text, refs, lo, trig);
    // the subject shared by coordinated verbs is one of the same clause: not the speaker of the words they report
    // (so is the one who denied a phrase, for the verb joined after it: "denied backing the rebels and blamed Y")
    const denier = frame
      ? null
      : frames.find((f) => f.denied && f.end <= trig.start && DENIAL_THEN.test(text.slice(f.end, trig.start)))?.speaker;
    const shared = denier ? [denier] : lastFrame === frame ? lastSources : [];
    // "attacked Iraq and took Mosul": the object of the first verb is not the subject of the second
    const object = sources.length === 1 && !trig.sense.noun && previousVerbEnd >= lo ? sources[0] : null;
    if (
      object &&
      object.start >= previousVerbEnd &&
      words(text.slice(previousVerbEnd, object.start)) <= 3 &&
      COORDINATED_AFTER_OBJECT.test(text.slice(object.end, trig.start))
    )
      sources = shared;
    // "Poland has taken in a million Ukrainian refugees and delivered tanks": with no act word for the first verb, the
    // clause's opening subject still does the second
    if (
      sources.length === 1 &&
      !trig.sense.noun &&
      !shared.length &&
      COORDINATED_AFTER_OBJECT.test(text.slice(sources[0].end, trig.start))
    ) {
      const opening = openingSubject(text, refs, lo);
      if (opening && opening.end < sources[0].start && FINITE.test(text.slice(opening.end, sources[0].start)))
        sources = coordinated(refs, opening, text, 1).filter((r) => r.end <= sources[0].start);
    }
    const lead = text.slice(lo, trig.start);
    const coordinatedVerb =
      sources.length > 0 && shared.length > 0 && COORDINATED_VERB.test(text.slice(sources[0].end, trig.end));
    const participle = /^\w+ing\b/i.test(trig.text) && /,\s*(?:\w+ly\s+)?$/.test(lead);
    // (so does a gerund after a subordinator: "closed its airspace to Moroccan planes after cutting ties with Rabat")
    const adjunctGerund = /^\w+ing\b/i.test(trig.text) && GERUND_ADJUNCT.test(lead);
    // "Iran sentenced a British national, prompting ...": a participle after a comma has the clause's subject, not a
    // name inside the object of the verb before it
    const insideObject =
      sources.length > 0 && shared.length > 0 && previousVerbEnd >= lo && sources[0].start > shared[shared.length - 1].end;
    if (
      !passive &&
      !trig.sense.noun &&
      (coordinatedVerb ||
        (participle && insideObject && shared.length > 0) ||
        (adjunctGerund && insideObject && !CLAUSE_OPENING.test(text.slice(previousVerbEnd, sources[0].start))) ||
        (!sources.length &&
          (participle || adjunctGerund || denier || /\b(?:and|to)\s+(?:\w+ly\s+)?$/i.test(lead)) &&
          !relativeOnNoun(text, refs, lo, trig.start)))
    )
      sources = shared;
    // ("Nepal's prime minister chose China for his first trip, breaking with ...": with no act word for the clause's
    // verb, its opening subject)
    if (participle && !shared.length && sources.length && !passive && !trig.sense.noun) {
      const opening = openingSubject(text, refs, lo);
      const verb = opening ? text.slice(opening.end, sources[0].start) : '';
      if (opening && opening.end < sources[0].start && (FINITE.test(verb) || OPENING_VERB.test(verb)))
        sources = coordinated(refs, opening, text, 1).filter((r) => r.end <= sources[0].start);
    }
    // "with Chile and Bolivia suspending aid": names after "with" are the subject of the gerund after them
    // (and so are names after "with" before an adjective of stance: "with Washington critical of ...")
    if (!passive && !trig.sense.noun && (/^\w+ing\b/i.test(trig.text) || /^(?:critical|supportive)$/i.test(trig.text))) {
      const absolute = withSubject(text, refs, lo, trig.start);
      if (absolute.length) sources = absolute;
      // ("led to Bolivia recalling its envoy", "the prospect of Chile joining": so is a name right before a gerund
      // that a preposition opens)
      const named = [...refs].reverse().find((r) => r.end <= trig.start && r.start >= lo);
      if (
        !absolute.length &&
        named &&
        named.kind !== 'pronoun' &&
        !named.possessive &&
        GERUND_CLAUSE_PREPS.has(named.prep ?? '') &&
        /^\s+$/.test(text.slice(named.end, trig.start)) &&
        // (not the addressee of a message the participle describes: "an ultimatum to Lima warning of")
        !MESSAGE_TO.test(text.slice(Math.max(lo, named.start - 40), named.start))
      )
        sources = coordinated(refs, named, text, -1);
    }
    // ("a road constructed jointly by Y and Z": what is done jointly in the passive is done by its agents together)
    if (trig.sense.joint && /^\s+jointly\s+by\b/i.test(text.slice(verbWord, verbWord + 14))) {
      sources = agentAfterBy(text, refs, hi, trig);
    }
    // "urged Russia to honour the accord and withdraw its troops": the second act asked for is the one asked's too
    // (a past form after "and" is the asker's own next verb: "urged Peru to stop and criticised Bolivia")
    if (!passive && !trig.sense.noun && !PAST_FORM_FIRST.test(trig.text)) {
      const asked = refs.find(
        (r) =>
          r.start >= lo &&
          r.end <= trig.start &&
          ASKED_BEFORE.test(text.slice(Math.max(lo, r.start - 30), r.start)) &&
          SECOND_ASKED.test(text.slice(r.end, trig.start)),
      );
      if (asked) sources = coordinated(refs, asked, text, 1).filter((r) => r.end <= trig.start);
    }
    if (!sources.length && !passive && /ing\b/i.test(trig.text) && ADJUNCT.test(lead))
      sources = findSource(text, refs, lo, trig, /[;“”"]/);
    if (!sources.length && !passive && !trig.sense.noun) sources = subjectPhrase(text, refs, lo, trig);
    // ("said Y was ready to help, and accused Z": a verb joined after the reported words is the speaker's own)
    if (!sources.length && !passive && !trig.sense.noun) {
      const said = frames.find(
        (f) => f.speaker && !f.denied && f.end <= trig.start && SAYER_VERB_GAP.test(text.slice(f.end, trig.start)),
      );
      if (said?.speaker) sources = [said.speaker];
    }
    // "Chile's decision to close its border": the act a state's decision or move names is that state's
    if (!sources.length && !passive && !trig.sense.noun) {
      const decided = DECIDED_BY.exec(text.slice(lo, trig.start));
      const owner = decided ? refs.find((r) => r.end === lo + decided.index && r.kind !== 'pronoun') : undefined;
      if (owner) sources = [owner];
    }
    // "Putin declared the annexation of ...", "Iran announced new strikes": the act a declaration names as its object
    // is the speaker's own ("said the attack ..." only comments on one)
    // (so is a plan it announces: "announced a plan to send troops to ...")
    // (and so is the act of a decision it announces: "announced a decision to shut its border with Y")
    if (
      !sources.length &&
      frame?.speaker &&
      PERFORMATIVE.test(text.slice(frame.verbStart, frame.verbStart + 12)) &&
      (((trig.sense.noun || INTENT_NOUN_START.test(trig.text)) && FRAME_OBJECT.test(text.slice(frame.start, trig.start))) ||
        (!trig.sense.noun && DECISION_OBJECT.test(text.slice(frame.start, trig.start))))
    )
      sources = [frame.speaker];
    // ("announced a review and announced sanctions on Y": a second declaration joined to the first is the speaker's too)
    if (
      !sources.length &&
      frame?.speaker &&
      !trig.sense.noun &&
      PERFORMATIVE.test(trig.text) &&
      PERFORMATIVE.test(text.slice(frame.verbStart, frame.verbStart + 12)) &&
      /(?:,\s*|\s)and\s+(?:also\s+)?$/i.test(text.slice(frame.start, trig.start))
    )
      sources = [frame.speaker];
    // "secured the release of four Americans", "won a loan from Japan": what another was brought to do is the other's
    // act, not the one who obtained it
    const obtainedFrom = Math.max(lo, trig.start - 30);
    // (so is support one has: "Lima has the full backing of Brasilia")
    const obtainedBy =
      trig.sense.noun && polarityOf(trig.sense.category) === 'cooperative'
        ? (OBTAINED.exec(text.slice(obtainedFrom, trig.start)) ??
          (trig.sense.category === 'SUPPORT' && /^\s+(?:of|from)\s/i.test(text.slice(trig.end, trig.end + 6))
            ? HELD_SUPPORT.exec(text.slice(obtainedFrom, trig.start))
            : null))
        : null;
    const obtained = obtainedBy !== null;
    // ("secured German aid", "received Japanese support": the state named right before the noun gives it)
    if (obtained)
      sources = sources.filter(
        (r) =>
          r.end <= trig.start &&
          r.start >= obtainedFrom + obtainedBy.index &&
          /^\s*(?:[a-z][\w-]*\s+)?$/.test(text.slice(r.end, trig.start)),
      );
    // "air strikes by Saudi Arabia on ...", "the invasion by Iraq of ...": the agent of an act noun follows it
    // (so does the one a pressure, a warning or an objection comes from, "under pressure from Washington", and the one
    // an obtained act comes from)
    let adjunct = false;
    // "followed pressure from Turkey", "denied allegations from Kinshasa": words or pressure come from the one right
    // after "from", whoever the clause's subject is; a subject named before them is the one they were aimed at
    let aimedAt: Ref[] = [];
    // (an adjunct's noun is read below: "despite objections from Y")
    if (trig.sense.noun && fromAgentNoun(trig) && !ADJUNCT_NOUN.test(text.slice(lo, trig.start))) {
      const from = refAfter((r) => r.prep === 'from' && /^\s+from\s+(?:the\s+)?$/i.test(text.slice(trig.end, r.start)));
      if (from) {
        aimedAt = sources.filter((r) => r.end <= trig.start && r.actor !== from.actor);
        sources = coordinated(refs, from, text, 1);
      }
    }
    // ("rejected sanctions by Washington": an act noun's agent named after "by" is its doer, not the clause subject)
    if (sources.length && trig.sense.noun && sources.every((r) => r.end <= trig.start)) {
      const agent = refAfter((r) => r.prep === 'by' && /^\s+by\s+(?:the\s+)?$/i.test(text.slice(trig.end, r.start)));
      if (agent && !sources.some((r) => r.actor === agent.actor)) sources = [];
    }
    if (!sources.length && trig.sense.noun) {
      const opensAdjunct = ADJUNCT_NOUN.test(text.slice(lo, trig.start));
      // ("the visit of the Chinese president to Riyadh": a trip is made by the one it is "of")
      const agentPrep =
        opensAdjunct || obtained
          ? /^\s+(?:by|from|of)\s+(?:the\s+)?$/i
          : TRIP_NOUN.test(trig.text)
            ? /^\s+(?:by|of)\s+(?:the\s+)?$/i
            : AGENT_AFTER_NOUN;
      const agent =
        refAfter((r) => r.prep !== null && agentPrep.test(text.slice(trig.end, r.start))) ??
        (TRIP_NOUN.test(trig.text) ? refAfter((r) => TRIP_OF_TITLED.test(text.slice(trig.end, r.start))) : undefined);
      if (agent) sources = [agent];
      adjunct = opensAdjunct && agent !== undefined;
    }
    // ("despite Peruvian criticism of the sale": so is one whose doer is named right before the noun, or before its
    // modifiers: "despite Lima's strong objections")
    if (
      !adjunct &&
      trig.sense.noun &&
      sources.length === 1 &&
      sources[0].end <= trig.start &&
      /^\s*(?:[a-z-]+\s+){0,2}$/.test(text.slice(sources[0].end, trig.start).replace(/^(?:'s|’s)/, '')) &&
      ADJUNCT_NOUN.test(text.slice(lo, sources[0].start))
    )
      adjunct = true;
    // "Peru has earmarked $40 million of new assistance for Chile": help named in the object of a
    // verb that codes nothing of its own (and says nothing) is given by that verb's subject
    if (
      !sources.length &&
      !obtained &&
      trig.sense.noun &&
      trig.sense.modality === 'material' &&
      polarityOf(trig.sense.category) === 'cooperative'
    ) {
      const giving = GIVING_OBJECT.exec(text.slice(lo, trig.start));
      const at = giving ? lo + giving.index : -1;
      if (giving && !triggers.some((x) => x.start === at) && !frames.some((f) => f.verbStart === at)) {
        const giver = findSource(text, refs, lo, { ...trig, start: at, end: at, sense: { ...trig.sense, noun: false } });
        if (giver.length) sources = giver;
      }
    }
    // "praised Japan during talks with Kishida": a joint act named in a time adjunct, with its partner after "with", is
    // held by the subject of the clause's verb
    // (so is any meeting or visit it names: "thanked Taiwan for its support during a visit to Taipei", "signed a treaty
    // at a summit in Tashkent")
    if (
      trig.sense.noun &&
      TIME_ADJUNCT.test(text.slice(lo, trig.start)) &&
      ((trig.sense.mutual && /^\s+with\s/i.test(text.slice(trig.end, trig.end + 6))) ||
        (!sources.length && trig.sense.category === 'CONSULT'))
    ) {
      const clause = [...acts].reverse().find((a) => !a.trigger.sense.noun && a.sources.length && !a.trigger.sense.inverted);
      if (clause) sources = clause.sources;
    }
    // "In a phone call with Peru, Chile said ...": a meeting named in an opening adjunct is held by the subject right
    // after its comma (and so is the support an opening "In support of Peru," names)
    if (
      trig.sense.noun &&
      !sources.length &&
      ((trig.sense.category === 'CONSULT' && OPENING_MEETING.test(text.slice(lo, trig.start))) ||
        (trig.sense.category === 'SUPPORT' && /^\s*in\s+$/i.test(text.slice(lo, trig.start))))
    ) {
      const comma = text.indexOf(',', trig.end);
      const subject =
        comma >= 0 && comma < hi
          ? refs.find((r) => r.start > comma && r.prep === null && words(text.slice(comma + 1, r.start)) <= 4)
          : undefined;
      if (subject && !/[,;]/.test(text.slice(comma + 1, subject.start))) sources = [subject];
    }
    // "severed ties with Taiwan and switched recognition to Beijing": the object of a coordinated verb is the shared
    // subject's act
    // (a verb that is an act word itself speaks about the noun: "and called the deal a violation")
    const coordinatedObject = trig.sense.noun ? COORDINATED_OBJECT.exec(text.slice(lo, trig.start)) : null;
    if (
      !sources.length &&
      coordinatedObject &&
      shared.length &&
      !triggers.some((t) => t !== trig && t.start >= lo + coordinatedObject.index && t.start < trig.start)
    )
      sources = shared;
    const joinedIn = !passive && /^\w+ing\b/i.test(trig.text) ? JOINED_IN.exec(text.slice(lo, trig.start)) : null;
    if (joinedIn) {
      const at = lo + joinedIn.index;
      const joiner = findSource(text, refs, lo, { ...trig, start: at, end: at, sense: { ...trig.sense, noun: false } });
      const joined = refs.filter((r) => r.start >= at && r.end <= trig.start && r.prep === null);
      if (joiner.length) sources = [...joiner, ...joined.filter((j) => !joiner.some((x) => x.actor === j.actor))];
    }
    // (an obtained act with no doer named has none)
    let settled = obtained && !sources.length;
    const exclude = new Set(sources.map((s) => s.actor));
    // "Iran said the United States had violated its airspace": inside reported words, a possessive that would make
    // the act its doer's own belongs to the speaker named before it (a speaker named after the words is no
    // antecedent: "North Korea fired missiles off its coast, the South Korean military said")
    const speaker = frame?.speaker ?? null;
    const targetRefs =
      speaker && !exclude.has(speaker.actor)
        ? refs.map((r) =>
            r.kind === 'pronoun' &&
            r.possessive &&
            r.start >= (frame?.start ?? 0) &&
            r.start >= speaker.end &&
            exclude.has(r.actor)
              ? { ...r, actor: speaker.actor }
              : r,
          )
        : refs;
    // (what a participle after a common noun reaches is named after it: "weapons supplied by Peru to Bolivia")
    let targets =
      passive && !nounParticiple
        ? findSource(text, refs, lo, { ...trig, sense: { ...trig.sense, noun: false } }, PASSIVE_SUBJECT_STOP)
        : passive
          ? []
          : findTargets(text, targetRefs, objectEnd(text, triggers, trig, hi), trig, exclude);
    // ("blamed foreign forces supporting Taiwan": a name after a common noun and the gerund that qualifies it is the
    // gerund's, not the verb's)
    if (!trig.sense.noun && targets.some((r) => NOUN_THEN_GERUND.test(text.slice(trig.end, r.start)))) {
      targets = targets.filter((r) => !NOUN_THEN_GERUND.test(text.slice(trig.end, r.start)));
      if (!targets.length) settled = true;
    }
    // "foreign forces supporting it": a gerund right after a common noun qualifies that noun, whose act it is
    if (
      !trig.sense.noun &&
      /^\w+ing\b/i.test(trig.text) &&
      NOUN_RIGHT_BEFORE_GERUND.test(text.slice(lo, trig.start)) &&
      !refs.some((r) => r.end <= trig.start && /^\s*$/.test(text.slice(r.end, trig.start)))
    ) {
      sources = [];
      settled = true;
    }
    // ("suspending aid and Bolivia freezing loans", "halted support, with Chile suspending aid": a name right
    // before a later gerund act is its subject)
    if (!passive) {
      const gerundSubjects = new Set(
        triggers
          .filter((x) => x.start > trig.end && /^\w+ing\b/i.test(x.text))
          .flatMap((x) => {
            const before = refs.findLast((r) => r.end <= x.start);
            const bare = before && before.prep === null && /^\s+$/.test(text.slice(before.end, x.start)) ? [before] : [];
            return [...withSubject(text, refs, lo, x.start), ...bare].map((r) => r.start);
          }),
      );
      targets = targets.filter((r) => !gerundSubjects.has(r.start));
    }
    // "announced the recall of Chile's ambassador to Peru": an envoy is recalled by the state they serve, from the
    // state they are posted to
    if (!sources.length && /\brecall/i.test(trig.text) && trig.sense.category === 'SANCTION') {
      const owner = refs.find(
        (r) =>
          r.start >= trig.end &&
          r.end <= hi &&
          RECALLED_OF.test(text.slice(trig.end, r.start)) &&
          (ENVOY_TITLE.test(text.slice(r.start, r.end)) ||
            ((r.possessive || r.kind === 'demonym') && ENVOY_AFTER.test(text.slice(r.end, r.end + 30)))),
      );
      const post = owner && refs.find((r) => r.start > owner.end && r.end <= hi && r.prep === 'to' && r.actor !== owner.actor);
      if (owner && post && words(text.slice(owner.end, post.start)) <= 4) {
        sources = [owner];
        targets = [post];
      }
    }
    // "summoned the Argentine envoy, Mr X, to insist that ...": what an envoy is summoned to hear is said by the one
    // who summoned them
    const summoner = summonedTo(text, acts, trig, lo);
    if (summoner) {
      sources = summoner.sources;
      targets = targets.filter((r) => !sources.some((s) => s.actor === r.actor));
      if (!targets.length) targets = summoner.targets;
    }
    // "lauded Peru for supporting Bolivia", "thanked Y for sending an envoy": the one praised or blamed for a deed did
    // it; a help with no other party named was given to the one who thanks them for it
    const creditedFor = forDeed(text, acts, trig, lo);
    if (creditedFor) {
      sources = creditedFor.targets;
      targets = targets.filter((r) => !sources.some((s) => s.actor === r.actor));
      if (!targets.length && polarityOf(trig.sense.category) === 'cooperative' && /^thank/i.test(creditedFor.trigger.text))
        targets = creditedFor.sources;
    }
    // "troop deployments in Libya": the state forces are "in" is the one helped, when forces are named before it
    // ("protect civilians in Gaza", "armed fighters in Yemen" help no state)
    if (trig.sense.stationed)
      targets = targets.filter(
        (r) => governingPrep(text, refs, r) !== 'in' || STATIONED_FORCES.test(text.slice(trig.start, r.start)),
      );
    // "were wounded in a skirmish with Cambodian troops": with no agent named, force used against a state's people
    // comes from the other side of the fight it was used in
    if (passive && !sources.length && targets.length && trig.sense.category === 'ASSAULT') {
      const foe = refAfter((r) => r.prep === 'with' && FIGHT_WITH.test(text.slice(Math.max(trig.start, r.start - 40), r.start)));
      if (foe && !targets.some((x) => x.actor === foe.actor)) sources = coordinated(refs, foe, text, 1);
    }
    // "Russian soldiers were killed in Ukraine": with no agent named, force used against a state's people in another
    // state is that state's
    // (so are a state's people arrested or detained in another state: "Chinese nationals detained in Peru")
    const heldIn = trig.sense.category === 'COERCE' && DETAINED.test(trig.text);
    if (passive && !sources.length && targets.length && (trig.sense.category === 'ASSAULT' || heldIn)) {
      const place = refAfter(
        (r) =>
          r.prep === 'in' &&
          words(text.slice(trig.end, r.start)) <= (heldIn ? 4 : 2) &&
          !targets.some((x) => x.actor === r.actor),
      );
      if (place) sources = [place];
    }
    // "Lima said Mexico's envoy is expelled", "... declared persona non grata in Lima": another state's envoy expelled,
    // with no agent named, is expelled by the state whose words report it
    // (and an envoy expelled is a cut in relations, CAMEO 161, not a deportation)
    const envoyExpelled =
      passive &&
      targets.length > 0 &&
      EXPELLED.test(text.slice(trig.start, Math.min(hi, trig.end + 24))) &&
      ENVOY_TITLE.test(text.slice(lo, trig.start));
    if (
      envoyExpelled &&
      !sources.length &&
      frame?.speaker &&
      frame.speaker.kind !== 'nonstate' &&
      !targets.some((r) => r.actor === frame.speaker?.actor)
    )
      sources = [frame.speaker];
    // "returned Hong Kong to China", "handed Crimea over to Russia": a place given up goes to the one after "to"
    // ("handed over Hong Kong": the particle is no preposition); a place taken "from" another is taken from that one
    // ("recaptured the Falklands from Argentina")
    const handover = TRANSFERS.has(trig.sense.category) ? 'to' : TAKINGS.has(trig.sense.category) ? 'from' : null;
    if (!passive && handover && targets.length && (targets[0].prep ?? 'over') === 'over') {
      const first = targets[0];
      const recipient = refAfter(
        (r) =>
          r.start > first.end &&
          r.prep === handover &&
          !exclude.has(r.actor) &&
          !TARGET_STOP_WORDS.test(text.slice(first.end, r.start)),
      );
      // (not past an infinitive: "forced Israel to withdraw from Gaza" forces Israel)
      const between = recipient ? text.slice(first.end, recipient.start) : '';
      if (
        recipient &&
        (first.kind === 'country' || first.kind === 'city') &&
        words(between) <= 3 &&
        !/\bto\s+[a-z]+\s/i.test(between)
      )
        targets = [recipient];
    }
    // "extradited two Rwandan rebel commanders to Kigali": people handed over go to the state after "to"
    if (!passive && HANDING_OVER.has(trig.sense.category) && targets.length && (targets[0].prep ?? 'over') === 'over') {
      const first = targets[0];
      const recipient = refAfter(
        (r) => r.start > first.end && r.prep === 'to' && (r.kind === 'country' || r.kind === 'capital') && !exclude.has(r.actor),
      );
      if (
        recipient &&
        (first.kind === 'nonstate' || first.kind === 'demonym') &&
        words(text.slice(first.end, recipient.start)) <= 6 &&
        !TARGET_STOP_WORDS.test(text.slice(first.end, recipient.start)) &&
        !/\bto\s+(?!the\s)[a-z]+\s/i.test(text.slice(first.end, recipient.start))
      )
        targets = [recipient];
    }
    // "Tanks were sent to Ukraine by Poland": a passive whose subject is a thing reaches its party by a preposition
    if (passive && !targets.length)
      targets = findTargets(text, refs, hi, trig, exclude).filter((r) => r.prep !== null && r.prep !== 'by');
    if (passive && !targets.length && sources.length) targets = passiveSubjectTarget(text, refs, lo, trig);
    // "discussed Libya with Trump": a state named as the object is the topic, the one "with" the partner; people and
    // organs of a state named as the object ("hosted US envoys") are the partners themselves
    if (targets.length && targets[0].prep === null && PARTNERED.has(trig.sense.category) && !isPartyRef(targets[0])) {
      const partner = withPartner(text, refs, objectEnd(text, triggers, trig, hi), targets[targets.length - 1], exclude);
      if (partner.length) targets = partner;
    }
    // "the pact between Australia, Britain and the United States": the parties of a joint act named after "between" are
    // the ones who hold it, whoever speaks of it
    if (
      (!sources.length || targets.length > 1) &&
      trig.sense.noun &&
      trig.sense.mutual &&
      /^\s*(?:[\w-]+\s+){0,3}between\b/i.test(text.slice(trig.end, trig.end + 40))
    ) {
      sources = targets;
    }
    // "talks involving Egypt, Ethiopia and Sudan": so are the parties a joint act noun is said to involve
    const involving = trig.sense.noun && trig.sense.mutual && !sources.length ? INVOLVING.exec(text.slice(trig.end, hi)) : null;
    if (involving) {
      const first = refs.find((r) => r.start >= trig.end + involving[0].length && r.end <= hi);
      if (first && /^\s*(?:the\s+)?$/i.test(text.slice(trig.end + involving[0].length, first.start))) {
        const parties = coordinated(refs, first, text, 1);
        if (new Set(parties.map((r) => r.actor)).size > 1) {
          sources = parties;
          targets = [];
        }
      }
    }
    // "the accord was signed in Lima between X and Y": a joint act done in the passive is done by the parties after
    // "between"
    if (!sources.length && passive && trig.sense.mutual) {
      const between = PASSIVE_BETWEEN.exec(text.slice(verbEnd, hi));
      const first = between ? refs.find((r) => r.start >= verbEnd + between[0].length && r.end <= hi) : undefined;
      // (past the article and the titles before a name: "between Chilean Foreign Minister Ana Soto and ...")
      const lead = first ? text.slice(verbEnd + between![0].length, first.start) : '';
      if (first && /^(?:(?:the|his|her|its)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u.test(lead)) {
        sources = coordinated(refs, first, text, 1);
        targets = [];
      }
    }
    const pair = inside.length === 2 && /^[\s-–]*$/.test(text.slice(inside[0].end, inside[1].start).replace(/(?:'s|’s)/g, ''));
    if (!targets.length && pair) targets = inside.filter((r) => !exclude.has(r.actor));
    // "accused Peru of spying and Bolivia of hiding ...": a second party charged with its own charge
    if (targets.length && /^accus/i.test(trig.text)) {
      const last = targets[targets.length - 1];
      const second = refAfter(
        (r) =>
          r.start > last.end &&
          r.kind !== 'pronoun' &&
          !exclude.has(r.actor) &&
          /\band\s+(?:the\s+)?$/i.test(text.slice(last.end, r.start)) &&
          /\bof\s/i.test(text.slice(last.end, r.start)) &&
          /^\s+of\s/i.test(text.slice(r.end, r.end + 5)),
      );
      if (second) targets = [...targets, second];
    }
    // "summoned the Iranian ambassador": the envoy's country is the target
    if (!targets.length && inside.length === 1 && ENVOY_ACTS.has(trig.sense.category) && !exclude.has(inside[0].actor))
      targets = inside;
    // ("expelled three diplomats of the Peruvian embassy": so is the state of the mission the envoys are "of")
    if (!targets.length && (ENVOY_ACTS.has(trig.sense.category) || EXPELLING.has(trig.sense.category))) {
      const mission = refAfter((r) => ENVOYS_OF.test(text.slice(trig.end, r.start)) && !exclude.has(r.actor));
      if (mission) targets = [mission];
    }
    if (
      !targets.length &&
      (trig.sense.category === 'THREATEN' || trig.sense.category === 'DEMAND' || trig.sense.category === 'REQUEST') &&
      /^\s+(?:that|of)\b/i.test(text.slice(trig.end, trig.end + 6))
    ) {
      const next = refAfter((r) => !exclude.has(r.actor));
      if (next) targets = [next];
    }
    if (!targets.length && sources.length && !passive && !trig.sense.noun)
      targets = frontedObject(text, refs, lo, sources[0].start);
    // "flew food aid to flood victims in Chile": help for the people or the efforts in a state
    // helps that state
    if (!targets.length && sources.length && trig.sense.category === 'AID') {
      const helped = refAfter(
        (r) =>
          r.prep === 'in' &&
          !exclude.has(r.actor) &&
          r.kind !== 'nonstate' &&
          HELPED_IN.test(text.slice(trig.end, r.start)) &&
          words(text.slice(trig.end, r.start)) <= 12 &&
          !TARGET_STOP_WORDS.test(text.slice(trig.end, r.start)),
      );
      if (helped) targets = [helped];
    }
    // "the president arrived in Baghdad", "the minister is visiting in Seoul": one party consulting in another state
    if (!targets.length && sources.length === 1 && !trig.sense.noun && trig.sense.category === 'CONSULT') {
      const host = refAfter((r) => r.prep === 'in' && !exclude.has(r.actor));
      if (host && words(text.slice(trig.end, host.start)) <= 2) targets = [host];
    }
    // "the Lebanese army said an Israeli strike killed two soldiers": people a state reports hurt, with no state named,
    // are its own
    if (
      !targets.length &&
      sources.length &&
      frame?.speaker &&
      !exclude.has(frame.speaker.actor) &&
      (trig.sense.category === 'ASSAULT' || trig.sense.category === 'COERCE') &&
      OWN_PEOPLE_HURT.test(text.slice(trig.end, hi)) &&
      !refs.some((r) => r.start >= trig.end && r.end <= hi && r !== frame.speaker)
    )
      targets = [frame.speaker];
    // "blocked the export under pressure from Washington", "allowed the ship to dock despite objections from India":
    // an act named in an adjunct of the clause is aimed at the clause's subject
    // (the subject of the latest verb the clause asserts, not of an infinitive after it)
    const governing = adjunct
      ? [...acts].reverse().find((a) => !a.trigger.sense.noun && !a.hypothetical && a.sources.length)
      : null;
    if (!targets.length && governing) {
      const subject = governing.sources.filter((r) => !exclude.has(r.actor));
      if (subject.length) targets = subject;
    }
    // "reopened its embassy in Damascus", "closed the consulate in Jeddah": what is done to a mission reaches the state
    // it sits in
    if (!targets.length && sources.length && !passive) {
      const host = refAfter(
        (r) =>
          r.prep === 'in' &&
          !exclude.has(r.actor) &&
          MISSION_IN.test(text.slice(trig.start, r.start)) &&
          // (not a channel the act goes through: "protested through its mission in Hanoi")
          !CHANNEL_IN.test(text.slice(trig.end, r.start)) &&
          words(text.slice(trig.end, r.start)) <= 5,
      );
      if (host) targets = [host];
    }
    // "was disappointed by the Saudi decision", "alarmed at China's moves": the feeling is about the one named after
    if (felt && !targets.length) {
      const about = refAfter((r) => !exclude.has(r.actor) && FELT_ABOUT.test(text.slice(trig.end, r.start)));
      if (about) targets = [about];
    }
    const causeOf = (): Ref[] => {
      // "protested after a US destroyer sailed through the strait": words of protest answer what came before them
      const cause = refAfter(
        (r) =>
          CAUSAL.test(text.slice(trig.end, r.start)) ||
          ((trig.sense.modality === 'verbal' || trig.sense.category === 'PROTEST') &&
            PROTESTED_AFTER.test(text.slice(trig.end, r.start))),
      );
      return cause && !exclude.has(cause.actor) ? [cause] : [];
    };
    if (!targets.length && sources.length && polarityOf(trig.sense.category) === 'conflictual') targets = causeOf();
    // "objected to a pact between Chile and Peru": words against a joint act reach the parties it names
    if (!targets.length && sources.length && !trig.sense.noun && polarityOf(trig.sense.category) === 'conflictual') {
      const between = BETWEEN_OBJECT.exec(text.slice(trig.end, hi));
      const at = between ? trig.end + between[0].length : -1;
      const first = at >= 0 ? refs.find((r) => r.start >= at && r.end <= hi && !exclude.has(r.actor)) : undefined;
      if (first && /^\s*(?:the\s+)?$/i.test(text.slice(at, first.start)))
        targets = coordinated(refs, first, text, 1).filter((r) => !exclude.has(r.actor));
    }
    // "hitting back at Chilean sanctions", "responded to the Peruvian raids by ...": a hostile deed the clause's
    // subject answers was aimed at that subject
    if (!targets.length && sources.length && trig.sense.noun && polarityOf(trig.sense.category) === 'conflictual') {
      const answered = ANSWERED.exec(text.slice(lo, trig.start));
      const clause = answered
        ? [...acts].reverse().find((a) => !a.trigger.sense.noun && a.sources.length && a.trigger.start < trig.start)
        : undefined;
      const answerer = clause?.sources ?? (answered ? [openingSubject(text, refs, lo)].filter((r) => r !== undefined) : []);
      targets = answerer.filter((r) => !sources.some((x) => x.actor === r.actor));
    }
    // "criticised human rights violations in Zimbabwe", "condemned the crackdown in Belarus": a state's wrongdoing
    // named by where it happens accuses that state
    if (!targets.length && sources.length && trig.sense.category === 'ACCUSE') {
      const place = refAfter(
        (r) =>
          r.prep === 'in' &&
          !exclude.has(r.actor) &&
          WRONGDOING.test(text.slice(trig.start, r.start)) &&
          !TARGET_STOP_WORDS.test(text.slice(trig.end, r.start)) &&
          words(text.slice(trig.end, r.start)) <= 10,
      );
      if (place) targets = [place];
    }
    // "threatened to close the strait if the United States attacked": the threat is aimed at the one the condition names
    if (!targets.length && sources.length && trig.sense.category === 'THREATEN') {
      const named = refAfter(
        (r) => !exclude.has(r.actor) && /\b(?:if|unless)\s+(?:the\s+)?$/i.test(text.slice(trig.end, r.start)),
      );
      if (named) targets = [named];
    }
    // "vowed to respond to Chilean raids", "will retaliate for the attacks by Peru": an answer is aimed at the deed's doer
    if (trig.sense.answers && !targets.length) {
      const deed = triggers.find(
        (x) => x.start > trig.end && x.sense.noun && polarityOf(x.sense.category) === 'conflictual' && x.start < hi,
      );
      const doer = deed
        ? (refs.find((r) => r.start >= trig.end && r.end <= deed.start && r.possessive) ??
          refs.find(
            (r) => r.start >= deed.end && r.end <= hi && /^\s+(?:by|from)\s+(?:the\s+)?$/i.test(text.slice(deed.end, r.start)),
          ))
        : undefined;
      // ("vowed a harsh answer after Peru seized ...": or the subject of a hostile deed in a clause after it)
      const later = deed
        ? undefined
        : triggers.find(
            (x) => x.start > trig.end && x.start < hi && !x.sense.noun && polarityOf(x.sense.category) === 'conflictual',
          );
      const subject = later ? [...refs].reverse().find((r) => r.start >= trig.end && r.end <= later.start) : undefined;
      const answered =
        subject &&
        /^\s+(?:(?:has|had|have)\s+)?$/i.test(text.slice(subject.end, later!.start)) &&
        /\b(?:after|following|when|since)\s+(?:the\s+)?$/i.test(text.slice(trig.end, subject.start))
          ? subject
          : undefined;
      const by = doer ?? answered;
      if (by && !exclude.has(by.actor)) targets = coordinated(refs, by, text, 1).filter((r) => !exclude.has(r.actor));
    }
    // "declined to take a hostile stance towards Russia": refusing what is not a cooperative act rejects no one
    // ("refused to cooperate with Peru" rejects Peru)
    if (
      targets.length &&
      trig.sense.category === 'REJECT' &&
      !trig.sense.noun &&
      REFUSED_INFINITIVE.test(text.slice(trig.end, trig.end + 24))
    ) {
      const refused = triggers.find((x) => x.start > trig.end && /^\s+to\s+(?:\w+ly\s+)?$/i.test(text.slice(trig.end, x.start)));
      if (!refused || polarityOf(refused.sense.category) !== 'cooperative') {
        targets = [];
        settled = true;
      }
    }
    // "recognises the province as part of Y": a place recognised as another's territory is no party; its owner is
    if (targets.length === 1 && RECOGNISING.test(trig.text)) {
      const part = PART_OF.exec(text.slice(targets[0].end, hi));
      const owner = part ? refs.find((r) => r.start === targets[0].end + part[0].length) : undefined;
      if (part) targets = owner && !exclude.has(owner.actor) ? [owner] : [];
    }
    // "sent a letter to Lima threatening sanctions": words a message says with no party named are addressed to
    // whom the message went
    if (!targets.length && sources.length && trig.sense.modality === 'verbal' && /^\w+ing\b/i.test(trig.text)) {
      const addressee = [...refs]
        .reverse()
        .find(
          (r) =>
            r.end <= trig.start &&
            r.start >= lo &&
            r.prep === 'to' &&
            /^\s*$/.test(text.slice(r.end, trig.start)) &&
            MESSAGE_TO.test(text.slice(Math.max(lo, r.start - 40), r.start)),
        );
      if (addressee && !exclude.has(addressee.actor)) targets = [addressee];
    }
    // "threatened to retaliate against the tariffs imposed by Chile": a threat is aimed where the act it threatens is
    if (!targets.length && sources.length && trig.sense.category === 'THREATEN' && !trig.sense.noun) {
      const threatened = triggers.find(
        (x) => x.start > trig.end && /^\s+to\s+(?:\w+ly\s+)?$/i.test(text.slice(trig.end, x.start)),
      );
      // (or would stop: "threatened to withdraw its forces from Y")
      if (threatened) targets = findTargets(text, refs, objectEnd(text, triggers, threatened, hi), threatened, exclude);
    }
    // "to help end the Israeli offensive": help with a bare infinitive helps whoever the infinitive's act serves; the
    // parties after it are the infinitive's, not the help's
    const bare = HELPING.test(trig.text) ? /^\s+([a-z]+)\s/.exec(text.slice(trig.end, hi)) : null;
    if (bare && !/(?:s|ed)$/.test(bare[1]) && verbLexicon().lookup(bare[1]) !== null) {
      targets = [];
      settled = true;
    }
    // "will send rice to North Korea as food aid": a thing the clause's subject sends or gives "as" an act noun is that
    // act, to the one it goes to
    if (
      trig.sense.noun &&
      !sources.length &&
      !targets.length &&
      AS_ACT_NOUN.test(text.slice(Math.max(lo, trig.start - 24), trig.start))
    ) {
      const subject = openingSubject(text, refs, lo);
      const recipient = [...refs].reverse().find((r) => r.start >= lo && r.end <= trig.start && r.prep === 'to');
      if (subject && recipient && subject.actor !== recipient.actor && subject.end < recipient.start) {
        sources = coordinated(refs, subject, text, 1).filter((r) => r.end <= recipient.start);
        targets = coordinated(refs, recipient, text, 1).filter(
          (r) => r.end <= trig.start && !sources.some((x) => x.actor === r.actor),
        );
      }
    }
    // "won a loan from Japan", "secured the support of France": the one who obtained it receives it
    if (obtainedBy && sources.length && !targets.length) {
      const at = obtainedFrom + obtainedBy.index;
      const verb = { ...trig, start: at, end: at, sense: { ...trig.sense, noun: false } };
      targets = findSource(text, refs, lo, verb).filter((r) => !exclude.has(r.actor));
    }
    // "shelled positions held by Moroccan troops": what the object is held or run by is the party a deed reaches
    if (!targets.length && sources.length && !passive && trig.sense.modality === 'material') {
      const holder = refAfter(
        (r) =>
          r.prep === 'by' &&
          !exclude.has(r.actor) &&
          HELD_BY.test(text.slice(trig.end, r.start)) &&
          words(text.slice(trig.end, r.start)) <= 8 &&
          !TARGET_STOP_WORDS.test(text.slice(trig.end, r.start)),
      );
      if (holder) targets = [holder];
    }
    // "vowed revenge for the killing of its general by the United States": a hostile answer to a hostile deed is
    // aimed at the deed's doer
    if (!targets.length && sources.length && polarityOf(trig.sense.category) === 'conflictual') {
      const answer = DEED_ANSWERED.exec(text.slice(verbWord, hi));
      const deedEnd = answer ? deedNounAfter(text, verbWord + answer[0].length, hi) : -1;
      const doer =
        deedEnd < 0
          ? undefined
          : refAfter(
              (r) =>
                r.start > deedEnd &&
                r.prep === 'by' &&
                !exclude.has(r.actor) &&
                words(text.slice(deedEnd, r.start)) <= 8 &&
                !TARGET_STOP_WORDS.test(text.slice(deedEnd, r.start)),
            );
      if (doer) targets = [doer];
    }
    // "met Chile and signed a trade deal", "visited Kyiv and promised aid": a verb coordinated with the one before it,
    // with its subject and no party of its own, acts on that verb's party (when both lean the same way: "recalled its
    // ambassador and called the deal a violation" is about the deal)
    const before = acts[acts.length - 1];
    if (
      !targets.length &&
      before !== undefined &&
      polarityOf(before.category) === polarityOf(trig.sense.category) &&
      !passive &&
      !trig.sense.noun &&
      !trig.sense.ownPolity &&
      !before.trigger.sense.noun &&
      before.targets.length &&
      sources.length &&
      sources.every((r) => before.sources.some((x) => x.actor === r.actor)) &&
      SAME_SUBJECT_NEXT.test(text.slice(Math.max(...before.targets.map((r) => r.end), before.trigger.end), trig.start))
    )
      targets = before.targets.filter((r) => !exclude.has(r.actor));
    // "filed a complaint with the Security Council against Israel": the body a charge is brought to is no target
    if (polarityOf(trig.sense.category) === 'conflictual' && targets.length && targets[0].prep === 'with') {
      const first = targets[0];
      const against = refAfter(
        (r) => r.start > first.end && r.prep === 'against' && !exclude.has(r.actor) && words(text.slice(first.end, r.start)) <= 8,
      );
      if (against) targets = [against];
    }
    // "condemned the invasion of Ukraine": hostile words about a hostile deed are aimed at its doer, not at the one it
    // was done to ("condemned the bombing of Gaza by Israel" reaches Israel; with no doer named, nobody)
    // (a threat or a demand about the deed stays aimed at the one it would be done to: "threatened the bombing of Y")
    if (!trig.sense.noun && DISAPPROVALS.has(trig.sense.category)) {
      // (with no patient left, the deed was done to the speaker's own: "condemned the killing of its citizens by Z")
      const patient = targets[0] as Ref | undefined;
      const deedEnd = deedNounAfter(text, verbWord, patient?.start ?? hi);
      // ("blamed the attack on Peru": what a deed is blamed "on" is its doer)
      const blamedOn =
        /^blam/i.test(trig.text) && patient !== undefined && /^\s+on\s+(?:the\s+)?$/i.test(text.slice(deedEnd, patient.start));
      const onPatient =
        deedEnd >= 0 &&
        !blamedOn &&
        (patient === undefined || /^\s+(?:of|on|against|upon)\s+(?:the\s+)?$/i.test(text.slice(deedEnd, patient.start)));
      if (onPatient && (patient !== undefined || /^\s+(?:of|on|against|upon)\s/i.test(text.slice(deedEnd, deedEnd + 9)))) {
        const from = patient?.end ?? deedEnd;
        const agent = refs.find(
          (r) =>
            r.start > from &&
            r.end <= hi &&
            (patient !== undefined
              ? /^\s+by\s+(?:the\s+)?$/i.test(text.slice(from, r.start))
              : r.prep === 'by' && words(text.slice(from, r.start)) <= 8 && !TARGET_STOP_WORDS.test(text.slice(from, r.start))),
        );
        targets = agent && !exclude.has(agent.actor) ? [agent] : [];
        settled = true;
      }
    }
    // "refused to impose sanctions on Russia": refusing a hostile act toward a state rejects no one there
    if (trig.sense.category === 'REJECT' && !trig.sense.noun && targets.length) {
      const refused = triggers.find((x) => x.start >= trig.end && /^\s+to\s+$/i.test(text.slice(trig.end, x.start)));
      // ("refused to join the sanctions against Russia": joining in a hostile act named by its object is one too)
      if (refused && (polarityOf(refused.sense.category) === 'conflictual' || joinsHostile(triggers, refused))) {
        targets = [];
        settled = true;
      }
    }
    // "stormed the Mexican embassy, prompting Mexico to suspend relations": the act a cause made another do answers
    // the one who caused it (so does a withdrawal or a help it made another give: "prompting Santiago to withdraw")
    if (
      !targets.length &&
      caused &&
      sources.length &&
      (polarityOf(trig.sense.category) === 'conflictual' || CAUSED_HELP.has(trig.sense.category))
    ) {
      const causer = lastSources.filter((r) => !exclude.has(r.actor) && r.start < (infinitiveSubject?.start ?? 0));
      if (causer.length) targets = causer;
    }
    if (sources.length && !lastSources.length) {
      lastSources = sources;
      lastFrame = frame;
    }
    const sourceEnd = sources.length && !passive ? Math.max(...sources.map((s) => s.end)) : 0;
    const rawWindow = text.slice(Math.max(lo, trig.start - 50, sourceEnd <= trig.start ? sourceEnd : 0), trig.start);
    let window = rawWindow.split(/\b(?:when|while|by|after|before|that|which|who|because)\b|,/i).pop() ?? '';
    // ("Peru's minister spoke during a visit by the Chilean president": a visit in an adjunct of the clause, with no
    // place named, is made to the clause's subject)
    // (and one with a place named and no visitor is made by that subject: "Chile's president spoke during a visit to Peru")
    if (
      trig.sense.noun &&
      sources.length + targets.length === 1 &&
      VISIT_ADJUNCT.test(text.slice(Math.max(lo, trig.start - 14), trig.end))
    ) {
      const subject = openingSubject(text, refs, lo);
      const named = [...sources, ...targets];
      if (subject && subject.start < trig.start && subject.kind !== 'nonstate' && !named.some((r) => r.actor === subject.actor)) {
        if (sources.length) targets = [subject];
        else sources = [subject];
      }
    }
    let category: PloverCategory = envoyExpelled ? 'SANCTION' : trig.sense.category;
    let intensity = trig.sense.intensity;
    let negated = NEGATION.test(window) || (frame?.denied ?? false);
    // "opened embassies in each other's capitals", "reopened their shared border": what each of a group does to the
    // other, or to what they share, is done both ways
    // "Peru and Chile discussed Bolivia": what two parties discuss is their topic; they talk to each other
    const topicTalk =
      !trig.sense.noun &&
      new Set(sources.map((r) => r.actor)).size > 1 &&
      targets.length > 0 &&
      targets.every((r) => r.prep === null || TOPIC_PREPS.has(r.prep)) &&
      TOPIC_VERBS.has(verbLexicon().lookup(trig.text.split(/\s/)[0].toLowerCase())?.lemma ?? '');
    if (topicTalk) targets = [];
    // "Egypt and Qatar held talks on a Sudan peace deal", "talks on a Yemen truce": a name that only qualifies the
    // topic of a joint act its subjects hold is no party to it
    if (
      trig.sense.mutual === true &&
      new Set(sources.map((r) => r.actor)).size > 1 &&
      targets.length > 0 &&
      targets.every((r) => r.prep !== null && TOPIC_PREPS.has(r.prep) && QUALIFIES_TOPIC.test(text.slice(r.end, hi)))
    )
      targets = [];
    // "met Lula to discuss a truce in Z": what is discussed is a topic, wherever it is
    if (
      !trig.sense.noun &&
      targets.length &&
      targets.every((r) => r.prep === 'in' || (r.prep !== null && TOPIC_PREPS.has(r.prep))) &&
      TOPIC_VERBS.has(verbLexicon().lookup(trig.text.split(/\s/)[0].toLowerCase())?.lemma ?? '')
    )
      targets = [];
    // "Chile and Peru held their respective drills": each does its own act, none to the other
    if (sources.length > 1 && !targets.length && RESPECTIVE.test(text.slice(trig.start, Math.min(hi, trig.end + 40)))) continue;
    const eachOther = sources.length > 1 && !targets.length && (topicTalk || EACH_OTHER.test(text.slice(trig.end, hi)));
    // "ratified Sweden's bid": a joint verb done to what another owns is one-sided
    // ("unveiled a package for Ukraine": what a verb does for or to another is one-sided too)
    let mutual =
      eachOther ||
      (trig.sense.mutual === true &&
        !(!trig.sense.noun && targets.length && targets.every((r) => r.possessive || ONE_WAY_PREPS.has(r.prep ?? ''))));
    // "Chile and Peru attacked the rebels": force two states use together on an object that is no state is their
    // cooperation, not a fight between them
    if (
      !trig.sense.noun &&
      !eachOther &&
      !targets.length &&
      new Set(sources.map((r) => r.actor)).size > 1 &&
      // (two states one plural pronoun may stand for are no pair named together)
      new Set(sources.map((r) => r.start)).size > 1 &&
      FORCE_TOGETHER.has(category) &&
      !FOUGHT.test(trig.text) &&
      !/^(?:clash|skirmish|battl|exchang|trad)/i.test(trig.text) &&
      NOUN_OBJECT_AFTER.test(text.slice(trig.end, hi))
    ) {
      category = 'COOPERATE';
      intensity = verbLexicon().category(category).intensity;
      mutual = true;
    }
    const cooperative = polarityOf(category) === 'cooperative';
    const before60 = text.slice(Math.max(lo, trig.start - 60), trig.start);
    // (a verb coordinated after "and" is its own: "stopped attacking Y and began talks")
    const afterAnd = !trig.sense.noun && /\b(?:and|or|but)\s+$/i.test(before60);
    const reduction =
      (trig.sense.noun || cooperative) && !afterAnd
        ? (REDUCTION.exec(before60) ??
          (trig.sense.noun && !cooperative ? (EASING.exec(before60) ?? OWNED_ENDING.exec(before60)) : null))
        : null;
    if (reduction) {
      const at = Math.max(lo, trig.start - 60) + reduction.index;
      // ("renounced its treaty with Y", "tore up the accord": the verb's own reading gives way to the ending it names)
      // (so does a noun of ending a verb has taken up: "announced the cancellation of its accord")
      const enderEnd = at + reduction[0].search(/\s/);
      const ender = acts.findIndex(
        (a) =>
          (a.trigger.start === at && !a.trigger.sense.noun && (a.trigger.text.indexOf('…') < 0 || a.trigger.end === trig.end)) ||
          (a.trigger.end === enderEnd && a.trigger.text.indexOf('…') > 0),
      );
      if (ender >= 0 && polarityOf(acts[ender].category) !== polarityOf(trig.sense.category)) acts.splice(ender, 1);
      let reducer = findSource(text, refs, lo, { ...trig, start: at, end: at, sense: { ...trig.sense, noun: false } });
      // ("Peru announced the lifting of its embargo": an end declared is the declaring speaker's)
      if (
        !reducer.length &&
        frame?.speaker &&
        PERFORMATIVE.test(text.slice(frame.verbStart, frame.verbStart + 12)) &&
        FRAME_OBJECT.test(text.slice(frame.start, at))
      )
        reducer = [frame.speaker];
      if (reducer.length) sources = reducer;
      // stopping talk is a rejection, stopping material help a sanction, ending a hostile measure a concession
      category = !cooperative ? 'YIELD' : trig.sense.modality === 'verbal' ? 'REJECT' : 'SANCTION';
      intensity = verbLexicon().category(category).intensity;
      mutual = false;
      window = text.slice(Math.max(lo, reducer.length ? reducer[reducer.length - 1].end : at - 40), trig.start);
      negated = NEGATION.test(window) || (frame?.denied ?? false);
      if (!targets.length) targets = causeOf();
    }
    // "pledged to stop firing on each other", "ceased shelling Peruvian towns": stopping a hostile deed, done or
    // promised, is yielding (CAMEO 087), and a negation before the stop is the yield's own
    const stopped =
      !trig.sense.noun && !cooperative && /^\w+ing$/i.test(trig.text.split(/\s/)[0]) ? STOPPED_DEED.exec(before60) : null;
    if (stopped) {
      category = 'YIELD';
      intensity = verbLexicon().category(category).intensity;
      negated = NEGATION.test(window.slice(0, Math.max(0, window.length - stopped[0].length)));
    }
    // "did not rule out strikes on Iran", "has not ruled out using force": a hostile act kept open is a threat; one
    // ruled out is not done
    // (a cooperative act not ruled out is only possible; one ruled out is refused)
    const ruling = text.slice(Math.max(lo, trig.start - 40), trig.start);
    const keptOpen = NOT_RULED_OUT.test(ruling);
    const ruledOut = !keptOpen && RULED_OUT.test(ruling);
    if (keptOpen) negated = false;
    if (keptOpen && polarityOf(category) === 'conflictual') {
      category = 'THREATEN';
      intensity = verbLexicon().category('THREATEN').intensity;
    } else if (ruledOut && polarityOf(category) === 'conflictual') negated = true;
    // "will meet", "will hold talks": a meeting still to come is a stated intent to meet (CAMEO 036)
    if (category === 'CONSULT' && !negated && FUTURE.test(window) && !trig.sense.noun) {
      category = 'AGREE';
      intensity = verbLexicon().act(INTENT_TO_MEET).intensity;
    }
    // "would never accept Beijing's attempts", "will not recognise Kosovo": a declared refusal to accept or recognise
    // another's act or claim is rejecting it (CAMEO 12)
    const notAccepted =
      negated &&
      !frame?.denied &&
      !ruledOut &&
      targets.length > 0 &&
      ACCEPTING.test(trig.text) &&
      REFUSED_BEFORE.test(text.slice(Math.max(lo, trig.start - 30), trig.start));
    if (notAccepted) {
      category = 'REJECT';
      intensity = verbLexicon().category('REJECT').intensity;
      negated = false;
    }
    // "said it would attack", "will strike": a hostile deed still to come is a threat (CAMEO 13)
    if (
      trig.sense.modality === 'material' &&
      !notAccepted &&
      !negated &&
      FUTURE.test(window) &&
      (!trig.sense.noun || reduction !== null) &&
      polarityOf(category) === 'conflictual'
    ) {
      category = 'THREATEN';
      intensity = verbLexicon().category('THREATEN').intensity;
    }
    // "struck Hezbollah targets in southern Lebanon": force used on a group in a state is used in that state's territory
    if (category === 'ASSAULT' && targets.length && targets.every((r) => r.kind === 'nonstate')) {
      const last = targets[targets.length - 1];
      const place = refAfter(
        (r) =>
          r.start > last.end &&
          (r.prep === 'in' || r.prep === 'inside') &&
          r.kind !== 'nonstate' &&
          !exclude.has(r.actor) &&
          words(text.slice(last.end, r.start)) <= 4,
      );
      if (place) targets = [...targets, place];
    }
    // "air strikes in Syria in support of the government": force used for a state helps it (CAMEO 07)
    if (category === 'ASSAULT' && targets.length) {
      const helped = refAfter((r) => IN_SUPPORT.test(text.slice(trig.end, r.start)));
      if (helped && targets.some((x) => x.actor === helped.actor)) {
        category = 'AID';
        intensity = verbLexicon().act(MILITARY_AID_CODE).intensity;
        targets = [helped];
      }
    }
    // troops deployed or sent on a peacekeeping mission protect, they do not threaten (CAMEO 074)
    if (PEACEKEEPING_ACTS.has(category) && PEACEKEEPING.test(text.slice(Math.max(lo, trig.start - 40), hi))) {
      category = 'AID';
      intensity = verbLexicon().act(PEACEKEEPING_CODE).intensity;
      mutual = false;
    }
    if (cooperative && ((negated && FUTURE.test(window)) || REFUSAL.test(window) || ruledOut)) {
      category = 'REJECT';
      intensity = verbLexicon().category(category).intensity;
      negated = false;
      mutual = false;
      // "refused to join the sanctions against Russia": the one a refused hostile act was aimed at is not rejected
      if (joinsHostile(triggers, trig)) {
        targets = targets.filter((r) => r.prep === null || r.prep === 'with');
        settled = true;
      }
    }
    // "Sweden defeated Korea 1 – 0", "beat China in the final": a score or a sports setting makes it a match
    if (targets.length && SCORE.test(text.slice(targets[targets.length - 1].end, hi))) continue;
    if ((category === 'ASSAULT' ? WINNING : FACING).test(trig.text) && SPORT.test(text.slice(lo, hi))) continue;
    if (trig.sense.inverted) [sources, targets] = [targets, sources];
    // ("instructed the government to ...": an order to one's own organs asks nothing of a state the order names later)
    if (category === 'REQUEST' && !targets.length && !trig.sense.noun && OWN_ORGAN_OBJECT.test(text.slice(verbWordEnd(trig), hi)))
      settled = true;
    // ("Chile and Peru received aid from donors": a giver no actor stands for leaves the receivers with no act between them)
    if (trig.sense.inverted && !sources.length && targets.length > 1) {
      targets = [];
      settled = true;
    }
    // "Vietnam rejected China's accusations", "denied allegations from Kinshasa": hostile words that the one they
    // name rejects were aimed at that one
    if (trig.sense.noun && fromAgentNoun(trig) && sources.length && !targets.length) {
      const rebuttal = acts.findLast(
        (a) =>
          !a.trigger.sense.noun &&
          (a.category === 'REJECT' || (a.category === 'YIELD' && category === 'REQUEST')) &&
          a.trigger.start < trig.start &&
          a.targets.some((r) => sources.some((x) => x.actor === r.actor)),
      );
      targets = rebuttal ? rebuttal.sources.filter((r) => !sources.some((x) => x.actor === r.actor)) : aimedAt;
      // (the words denied were said: the denial is of what they claim; so were demands met)
      if (rebuttal) negated = false;
    }
    // "..., a move criticised by Washington", "in a show of strength that drew criticism from Y": words about a deed
    // named by a noun for it answer the one whose deed the clause before told
    // (they stand outside the words of a speaker before them: "Pakistan said it would ..., a move criticised by")
    const aboutDeed = sources.length > 0 && afterMoveNoun;
    if (aboutDeed) {
      // (a deed done, not one the deed before asks for: "asked Peru to leave Bolivia -- a demand rejected by Peru")
      const deed = [...acts]
        .reverse()
        .find((a) => a.sources.length && !a.sources.some((r) => exclude.has(r.actor)) && !a.hypothetical);
      if (deed) targets = deed.sources.filter((r) => !sources.some((x) => x.actor === r.actor));
    }
    // "accused Iran of arming", "Iran, which Israel accused of arming": the one accused does the act of the charge
    // (so does the one a hostile act answers: "vowed to retaliate against Chile for shelling ...")
    // the charged act is the accuser's claim, reported as such
    const charge = acts[acts.length - 1];
    let claim: Frame | null = frame;
    const chargeGap = charge ? text.slice(charge.trigger.end, trig.start) : '';
    // "thanked China for sending doctors", "praised Kenya for its help": the one praised did the deed it is praised
    // for, to the one praising unless the deed names a target of its own
    const praised =
      (trig.sense.modality === 'material' || trig.sense.mutual === true) &&
      charge?.category === 'SUPPORT' &&
      !charge.trigger.sense.noun &&
      (/^\w+ing\b/i.test(trig.text) || trig.sense.noun === true || OWNER_BEFORE.test(chargeGap)) &&
      ((PRAISING.test(charge.trigger.text) && PRAISE_GAP.test(chargeGap)) || PRAISE_NOUN_GAP.test(chargeGap));
    if (
      charge?.targets.length &&
      (praised ||
        ((charge.category === 'ACCUSE' || (polarityOf(charge.category) === 'conflictual' && /\bfor\s+$/i.test(chargeGap))) &&
          ((/^\w+ing\b/i.test(trig.text) && CHARGE_GAP.test(chargeGap)) ||
            (charge.category === 'ACCUSE' && TRIED_GAP.test(chargeGap)))))
    ) {
      sources = charge.targets;
      targets = targets.filter((r) => !sources.some((x) => x.actor === r.actor));
      // ("accused Lima and La Paz of trying to sponsor a coup": those charged together did nothing to each other)
      if (!praised && !targets.length && sources.length > 1) sources = [];
      // (a deed two of the praised did together, other than help, was done between them: "for signing the treaty")
      if (praised && !targets.length && (sources.length < 2 || HELPING_DEEDS.has(category))) targets = charge.sources;
      // "accused Armenia of shelling its villages": a force the accuser says hit "its" own things hit the accuser
      if (
        !praised &&
        !targets.length &&
        trig.sense.modality === 'material' &&
        polarityOf(category) === 'conflictual' &&
        CHARGED_AT_OWN.test(text.slice(trig.end, Math.min(hi, trig.end + 40)))
      )
        targets = charge.sources;
      const accuser = charge.sources[0] ?? null;
      claim = frame ?? {
        start: trig.start,
        end: hi,
        speaker: accuser,
        speakerName: accuser ? (accuser.person ?? accuser.text) : null,
        denied: false,
        verbStart: charge.trigger.start,
      };
    }
    // "promised to cooperate with Y", "agreed to send troops": the infinitive is the content of the first act
    const infinitive = text.slice(previousVerbEnd, trig.start);
    const complement =
      previousVerbEnd >= 0 &&
      !purpose &&
      (/^\s*to\s+(?:\w+ly\s+)?$/i.test(infinitive) ||
        (trig.sense.noun === true &&
          /^\s*to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\s)\w+\s+(?:[\w-]+\s+){0,3}$/i.test(infinitive)));
    // "pledged 300 million dollars to help Y": what the promised thing is for is not done yet (an object before "to",
    // not a time: "agreed in 1984 to return")
    const promiseGap = previousPromise && previousVerbEnd >= lo ? text.slice(previousVerbStart, trig.start) : '';
    // (so is an act noun in the object of an intent: "its readiness to keep hosting direct talks")
    const promised =
      (!trig.sense.noun && PURPOSE_GAP.test(promiseGap) && !TIME_IN_GAP.test(promiseGap)) ||
      (trig.sense.noun === true && promiseGap !== '' && MODIFIERS_ONLY.test(text.slice(previousVerbEnd, trig.start)));
    // "troops entered Y to help local forces": a show of force or an entry done to help is help to the state it is in
    if (
      !trig.sense.noun &&
      previousDeed &&
      HELPING_PURPOSE.test(trig.text) &&
      !/^\s+(?:its|their|his|her|our)\b/i.test(text.slice(verbWordEnd(trig), verbWordEnd(trig) + 8)) &&
      PURPOSE_GAP.test(text.slice(previousVerbStart, trig.start))
    ) {
      const deed = acts[acts.length - 1];
      if (
        deed &&
        !deed.trigger.sense.noun &&
        deed.trigger.start === previousVerbStart &&
        (deed.category === 'MOBILIZE' || deed.category === 'COERCE') &&
        deed.targets.length
      )
        acts[acts.length - 1] = { ...deed, category: 'AID', intensity: verbLexicon().category('AID').intensity };
    }
    if (!trig.sense.noun) {
      previousVerbEnd = trig.end;
      previousDeed = trig.sense.modality === 'material';
      previousPromise = trig.sense.category === 'AGREE' && trig.sense.modality === 'verbal';
      previousVerbStart = trig.start;
      previousEnding = ENDING_CATEGORIES.has(trig.sense.category);
    }
    // "accused Y of ..., a claim dismissed by Y as ...": so does a charge rebutted in a passive after it
    if (passive && sources.length && REBUTTED.test(trig.text) && CHARGE_PASSIVE_BEFORE.test(text.slice(lo, trig.start))) {
      const charge = [...acts]
        .reverse()
        .find((a) => a.category === 'ACCUSE' && a.sources.some((r) => !sources.some((x) => x.actor === r.actor)));
      if (charge) {
        category = 'REJECT';
        intensity = verbLexicon().category('REJECT').intensity;
        targets = charge.sources.filter((r) => !sources.some((x) => x.actor === r.actor));
      }
    }
    let chargedBy: Ref | null = null;
    // "accused Y of ..., a charge Y denied": the rejection answers the one who made the charge
    if (category === 'REJECT' && !targets.length && CHARGE_APPOSED_BEFORE.test(text.slice(lo, trig.start))) {
      const other = (r: Ref) => !sources.some((x) => x.actor === r.actor);
      const charge = [...acts].reverse().find((a) => a.category === 'ACCUSE' && a.sources.some(other));
      // (or the one whose words made it: "Helsinki says Moscow is sending migrants, a charge the Kremlin denied")
      const said = frames.findLast((f) => f.verbStart >= lo && f.verbStart < trig.start && f.speaker && !f.denied)?.speaker;
      if (charge) targets = charge.sources.filter(other);
      else if (said && other(said)) {
        targets = [said];
        chargedBy = said;
      }
    }
    const sentence = text.slice(lo, hi);
    // "would attack Chile if Chile moved troops": a threat on a condition is made, whatever the "would"
    const onCondition = /\b(?:if|unless)\b/i.test(text.slice(trig.end, hi));
    const conditionalThreat = category === 'THREATEN' && /\bwould\b/i.test(window) && onCondition;
    // ("said it would cut aid if Y did not stop": a hostile measure its doer puts on a condition is a threat of it)
    const ownWords = !frame?.speaker || sources.some((r) => r.actor === frame.speaker?.actor);
    const threatOfMeasure =
      !conditionalThreat &&
      onCondition &&
      ownWords &&
      !negated &&
      THREATENED_MEASURES.has(category) &&
      /\b(?:would|will)\b/i.test(window);
    if (threatOfMeasure) {
      category = 'THREATEN';
      intensity = verbLexicon().category(category).intensity;
      mutual = false;
    }
    // (with no target named, a threat is made to the subject of its condition: "cut aid unless La Paz withdrew")
    if ((threatOfMeasure || conditionalThreat) && !targets.length) {
      const at = trig.end + text.slice(trig.end, hi).search(/\b(?:if|unless)\b/i);
      const held = refs.find(
        (r) => r.start > at && r.end <= hi && r.kind !== 'nonstate' && !sources.some((x) => x.actor === r.actor),
      );
      if (held && /^\s*(?:if|unless)\s+(?:the\s+)?$/i.test(text.slice(at, held.start))) targets = [held];
    }
    acts.push({
      trigger: trig,
      sources,
      targets,
      mutual,
      category,
      intensity,
      modality: notAccepted ? 'verbal' : trig.sense.modality,
      negated,
      conditional: CONDITION.test(sentence),
      // an adjunct act ("despite objections from Y") is as asserted as the verb it qualifies, which is asserted
      hypothetical:
        !governing &&
        !summoner &&
        ((keptOpen && cooperative) ||
          // ("officials are concerned Chile will strike", "fears that Y could attack": an act feared is not done)
          (sources.length > 0 && FEARED.test(text.slice(lo, sources[0].start))) ||
          (sources.length > 0 && INVERTED_CONDITION.test(text.slice(lo, sources[0].start))) ||
          // ("to prevent clashes between X and Y", "averting a war": an act kept from happening is not done)
          (trig.sense.noun && PREVENTED.test(text.slice(Math.max(lo, trig.start - 50), trig.start))) ||
          (infinitiveSubject !== undefined && !caused) ||
          (complement && category !== 'REJECT') ||
          promised ||
          (!purpose &&
            !caused &&
            REQUESTED.test(text.slice(lo, trig.start)) &&
            // ("followed through on its threat to impose tariffs": a threat carried out is done)
            !CARRIED_OUT.test(text.slice(lo, trig.start)) &&
            // (a past form after "and" is the asker's own next verb, done: "urged Y to stop and criticised Z")
            !(/\band\s+(?:\w+ly\s+)?$/i.test(text.slice(lo, trig.start)) && PAST_FORM_FIRST.test(trig.text)) &&
            !ORDERED_OWN.test(text.slice(lo, trig.start)) &&
            !DECIDED.test(text.slice(lo, trig.start))) ||
          DEMANDED_THAT.test(text.slice(lo, trig.start)) ||
          (INTENT_NOUN_START.test(trig.text) && THWARTED.test(text.slice(Math.max(lo, trig.start - 50), trig.start))) ||
          (/^\w+ing\b/i.test(trig.text) && THWARTED_WORDS.test(text.slice(Math.max(lo, trig.start - 70), trig.start))) ||
          (/^\w+ing\b/i.test(trig.text) && WARNED_AGAINST.test(text.slice(lo, trig.start))) ||
          (trig.sense.noun === true && CALLED_FOR.test(text.slice(Math.max(lo, trig.start - 60), trig.start))) ||
          (category !== 'REJECT' &&
            !conditionalThreat &&
            !threatOfMeasure &&
            (frame ? HYPOTHETICAL_REPORTED : HYPOTHETICAL).test(window)) ||
          PROTASIS.test(text.slice(lo, trig.start)) ||
          INDIRECT_QUESTION.test(text.slice(lo, trig.start))),
      frame: aboutDeed ? null : claim,
      settled,
    });
    // (the words it answers were then a charge against the one rejecting it)
    if (chargedBy) {
      const accusation = verbLexicon().act(ACCUSATION);
      acts.push({
        ...acts[acts.length - 1],
        sources: [chargedBy],
        targets: sources,
        category: 'ACCUSE',
        intensity: accusation.intensity,
        modality: accusation.modality,
        frame: null,
      });
    }
  }
  return sharedByEllipsis(
    text,
    to,
    refs,
    mediatedAccord(
      measuresOnCritic(text, withAgreedParty(text, withoutInstruments(text, withOpeningParticiple(text, from, acts)))),
    ),
  );
}

/** ", as has the Philippines.", ", as did Japan and Korea.": an auxiliary closing the sentence repeats its act. */
const AS_HAS = /,\s*as\s+(?:has|have|had|did|does|do)\s+(?:also\s+)?(?:the\s+)?$/i;
const ELLIPSIS_REST = /^\s*(?:(?:,|,?\s*and)\s*(?:the\s+)?)?$/i;

/**
 * "Chile has accused Bolivian boats of ..., as has Peru": the states after the closing auxiliary do what
 * the sentence's subject does.
 */
function sharedByEllipsis(text: string, to: number, refs: Ref[], acts: Act[]): Act[] {
  const end = text.slice(0, to).replace(/[\s.!?”"]+$/, '').length;
  const added: Ref[] = [];
  for (let k = refs.length - 1; k >= 0; k--) {
    const r = refs[k];
    if (r.end > end || r.kind === 'pronoun') continue;
    const after = text.slice(r.end, added.length ? added[0].start : end);
    if (!(added.length ? ELLIPSIS_REST : /^\s*$/).test(after)) break;
    added.unshift(r);
    if (AS_HAS.test(text.slice(Math.max(0, r.start - 30), r.start))) {
      const main = acts.find((a) => a.sources.length && !a.frame && a.trigger.end <= r.start);
      if (!main) return acts;
      const same = (a: Act) => a.sources.length === main.sources.length && a.sources.every((x, i) => x === main.sources[i]);
      return acts.map((a) =>
        same(a) && a.trigger.end <= r.start
          ? { ...a, sources: [...a.sources, ...added.filter((x) => !a.targets.some((t) => t.actor === x.actor))] }
          : a,
      );
    }
  }
  return acts;
}

/** A participle of bringing an act about: "brokered", "mediated", "facilitated". */
const BROUGHT_ABOUT = /^(?:brokered|mediated|facilitated)\b/i;

/**
 * "X and Y signed a deal brokered by Z", "X signed a deal with Y brokered by Z": the one who brokered a joint act
 * consults each of its parties.
 */
function mediatedAccord(acts: Act[]): Act[] {
  return acts.map((act, k) => {
    if (act.targets.length || !act.sources.length || act.trigger.sense.noun || !BROUGHT_ABOUT.test(act.trigger.text)) return act;
    const accord = acts[k - 1];
    if (!accord || !accord.mutual || accord.negated || accord.hypothetical) return act;
    const parties = [...accord.sources, ...accord.targets].filter((r) => !act.sources.some((x) => x.actor === r.actor));
    if (parties.length < 2) return act;
    return parties.length ? { ...act, targets: parties } : act;
  });
}

/** Measures a critic can be the object of: sanctions, embargoes, restrictions, tariffs, pressure. */
const MEASURE_NOUN =
  /^(?:sanctions?|embargo(?:e?s)?|restrictions?|controls|tariffs?|curbs?|pressure|bans?|boycotts?|blockades?)$/i;

/**
 * "Cuba railed against the United States' trade embargo", "Iran condemned US sanctions": a measure a state denounces,
 * with no target of its own, is aimed at the one denouncing it.
 */
function measuresOnCritic(text: string, acts: Act[]): Act[] {
  return acts.map((act) => {
    if (!act.trigger.sense.noun || !MEASURE_NOUN.test(act.trigger.text) || !act.sources.length || act.targets.length) return act;
    if (act.negated || act.hypothetical) return act;
    const critic = acts.findLast(
      (v) =>
        !v.trigger.sense.noun &&
        (DISAPPROVALS.has(v.category) || v.category === 'REJECT') &&
        // (the verb's own word: "rejected … sanctions" spans the measure it rejects)
        verbWordEnd(v.trigger) <= act.trigger.start &&
        v.sources.length > 0 &&
        !v.negated &&
        !v.hypothetical &&
        !/[;.:]/.test(text.slice(verbWordEnd(v.trigger), act.trigger.start)) &&
        words(text.slice(verbWordEnd(v.trigger), act.trigger.start)) <= 8,
    );
    if (!critic || critic.sources.some((r) => act.sources.some((x) => x.actor === r.actor))) return act;
    return { ...act, targets: critic.sources };
  });
}

/**
 * "Visiting Tokyo, Blinken praised Japan": a participle opening the sentence has the subject of the clause after its
 * comma.
 */
function withOpeningParticiple(text: string, lo: number, acts: Act[]): Act[] {
  const first = acts[0];
  if (!first || first.sources.length || first.trigger.sense.noun || !/^\w+ing\b/i.test(first.trigger.text)) return acts;
  if (text.slice(lo, first.trigger.start).trim() !== '') return acts;
  const comma = text.indexOf(',', first.trigger.end);
  const main = acts.find((a) => a !== first && !a.trigger.sense.noun && a.trigger.start > comma && a.sources.length);
  if (comma < 0 || !main || main.sources.some((r) => r.start < comma)) return acts;
  const sources = main.sources;
  const targets = first.targets.filter((r) => !sources.some((x) => x.actor === r.actor));
  return [{ ...first, sources, targets }, ...acts.slice(1)];
}

/**
 * "sent jets to bomb Y": a cooperative-sounding deed done for a hostile purpose is the hostile act's means, not
 * cooperation with its target.
 */
function withoutInstruments(text: string, acts: Act[]): Act[] {
  return acts.filter((act, k) => {
    if (act.modality !== 'material' || act.trigger.sense.noun || polarityOf(act.category) !== 'cooperative') return true;
    const next = acts[k + 1];
    return !(
      next &&
      polarityOf(next.category) === 'conflictual' &&
      next.modality === 'material' &&
      next.targets.length > 0 &&
      next.targets.every((t) => act.targets.length === 0 || act.targets.some((a) => a.actor === t.actor)) &&
      PURPOSE_GAP.test(text.slice(act.trigger.start, next.trigger.start))
    );
  });
}

/**
 * "Syria agreed to withdraw its troops from Lebanon": an agreement with no party of its own is made with the party of
 * the helpful act agreed to (which itself is only promised).
 */
function withAgreedParty(text: string, acts: Act[]): Act[] {
  return acts.map((act, k) => {
    const next = acts[k + 1];
    if (
      act.category !== 'AGREE' ||
      act.trigger.sense.noun ||
      act.targets.length ||
      !act.sources.length ||
      act.negated ||
      act.hypothetical ||
      !next?.targets.length ||
      polarityOf(next.category) !== 'cooperative' ||
      !/^\s+to\s+$/i.test(text.slice(act.trigger.end, next.trigger.start))
    )
      return act;
    const targets = next.targets.filter((t) => !act.sources.some((s) => s.actor === t.actor));
    return targets.length ? { ...act, targets } : act;
  });
}
