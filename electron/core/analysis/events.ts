import type { Event, Mention, Quote, TemporalExpression } from '../../api/analysis';
import { answerTargets, latestDeedDoers, type ActHistory } from './events/answers';
import { ellipticalMentions } from './events/ellipsis';
import { sentenceTriggers } from './events/find-triggers';
import { verbWordEnd } from './events/trigger';
import { linkActs, type Act, type LinkMemory } from './events/link';
import {
  DEFAULT_PREPS,
  governingPrep,
  helpsAgainst,
  CHANNEL_IN,
  ARMED_GROUP,
  namedBesideTheAct,
  OWN_SUBJECT_CLAUSE,
  PURPOSE_PARTICIPLE_IN_GAP,
  words,
} from './events/roles';
import { descriptorRefs, groupBefore, isPersonRef, mentionRefs, pronounRefs, type Discourse, type Ref } from './events/refs';
import { obligations } from './events/obligation';
import { polarityOf } from './events/polarity';
import { quoteFrames, speechFrames, type Frame } from './events/speech';
import { tagText } from './syntax/tag';

/** Bumped whenever the event coder reads text differently, so libraries re-analyse their articles. */
export const EVENT_CODER_VERSION = '18';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

export interface EventInput {
  text: string;
  sentences: SentenceSpan[];
  mentions: Mention[];
  quotes?: Quote[];
  dates?: TemporalExpression[];
  published?: string | null;
}

const ACCUSE_INTENSITY = -2;
/** "... because the US violated the deal": the speaker blames whoever did the hostile act. */
const CAUSE =
  /\b(?:because(?: of)?|due to|owing to|as a result of|blam\w*|fault|(?:a |in )?(?:response|reaction|retaliation|answer) (?:to|for))\s+(?:the\s+)?$/i;
/** Reporting verbs that make what they report a charge against its doer. */
const ALLEGATION = /^(?:claim|alleg|accus|charg|argu|insist)/i;
/** Acts that two subjects with no other party do with each other ("X and Y signed", "X and Y met", "X and Y clashed"). */
const JOINT = new Set(['AGREE', 'CONSULT', 'COOPERATE', 'FIGHT', 'ASSAULT']);
/** Verbs of going somewhere: two subjects travelling are two visits, not a meeting of the two. */
/** Verbs of a third party's help between others: co-mediators do not act on each other. */
const THIRD_PARTY = /^(?:mediat|broker|facilitat)\w*/i;
const TRAVEL = /^(?:arriv|travel|fl[eiy]|visit|head|land|go|went)/i;

/** The date an event in [start, end) happened: the sentence's own date, else the publication date. */
export function sentenceDate(dates: TemporalExpression[], start: number, end: number, published: string | null): string | null {
  const inside = dates.filter(
    (d) =>
      d.start >= start && d.end <= end && d.type === 'DATE' && d.precision !== 'vague' && (d.earliest || /^\d{4}/.test(d.value)),
  );
  const own = inside.find((d) => d.precision === 'day') ?? inside[0];
  if (own) return own.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(own.value) ? own.value : (own.earliest ?? own.value);
  return published ? published.slice(0, 10) : null;
}

/** What every event of one sentence shares: the evidence span and its date. */
type EventBase = Pick<Event, 'sentence' | 'start' | 'end' | 'date'>;

function clamp(x: number): number {
  return Math.max(-10, Math.min(10, x));
}

/** Words of an economic measure: sanctions, tariffs, duties, embargoes, bans, blacklists, freezes. */
const MEASURE_WORD = /\b(?:sanction|tariff|dut(?:y|ies)|embargo|ban|blacklist|freez|froze|levies|levy|boycott)/i;

/** A measure aimed at a country's firms, banks or producers is aimed at that country ("sanctions on Russian banks"). */
function measureTarget(act: Act, t: Ref, base: EventBase): Ref {
  if (t.kind !== 'nonstate' || (act.category !== 'SANCTION' && act.category !== 'COERCE')) return t;
  const firms = /^([A-Z]{3})BUS$/.exec(t.actor);
  // (the measure's words from the act word on: "hit Australian producers with tariffs")
  const words = base.sentence.slice(act.trigger.start - base.start, Math.max(act.trigger.end, t.end) - base.start + 30);
  return firms && MEASURE_WORD.test(words) ? { ...t, actor: firms[1]!, kind: 'demonym' } : t;
}

/** Acts done to people and craft as such: force, coercion, and their end ("released 20 Peruvian fishermen"). */
const ON_PEOPLE: ReadonlySet<string> = new Set(['COERCE', 'ASSAULT', 'YIELD']);
/** A country's people by trade or standing: civilians, fishermen and farmers, workers, students, journalists, refugees. */
const PEOPLE_OF = /^([A-Z]{3})(?:CVL|PPL|AGR|LAB|EDU|MED|HLH|REF)$/;

/** Craft a country's firms or people sail or fly: "seized a Chilean tanker", "impounded Peruvian trawlers". */
const CRAFT =
  /^[\p{L}-]+\s+(?:[\w-]+\s+)?(?:tankers?|ships?|vessels?|boats?|trawlers?|freighters?|planes?|aircraft|airliners?)\b/iu;

/**
 * A state's force or coercion used on another country's people or craft is used on that country ("arrested 21
 * Peruvian fishermen", "seized a Chilean tanker"), and so is its end ("freed the fishermen", "ceased shelling its towns").
 */
function peopleTarget(act: Act, s: Ref, t: Ref, base: EventBase): Ref {
  if (t.kind !== 'nonstate' || s.kind === 'nonstate' || !ON_PEOPLE.has(act.category)) return t;
  const people = PEOPLE_OF.exec(t.actor)?.[1];
  const craft = /^([A-Z]{3})BUS$/.exec(t.actor)?.[1];
  const country = people ?? (craft && CRAFT.test(base.sentence.slice(t.start - base.start)) ? craft : undefined);
  return country && /^[A-Z]{3}$/.test(s.actor) ? { ...t, actor: country, kind: 'demonym' } : t;
}

function eventsOfAct(act: Act, base: EventBase): Event[] {
  const out: Event[] = [];
  const speaker = act.frame?.speaker ?? null;
  const emit = (s: Ref, to: Ref) => {
    const t = peopleTarget(act, s, measureTarget(act, to, base), base);
    if (s.actor === t.actor) return;
    // a joint act announced by one of its parties is that party's own statement, not a claim
    // (so is one of a group of speakers: "Peru, Chile and Bolivia said they would cooperate")
    const party = act.mutual || act.sources.length > 1 ? [...act.sources, ...act.targets, s, t].map((r) => r.actor) : [s.actor];
    const reported = speaker !== null && !party.includes(speaker.actor);
    out.push({
      ...base,
      source: s.actor,
      target: t.actor,
      category: act.category,
      polarity: polarityOf(act.category),
      intensity: clamp(act.intensity),
      modality: act.modality,
      speaker: act.frame?.speakerName ?? null,
      negated: act.negated,
      conditional: act.conditional,
      hypothetical: act.hypothetical,
      reported,
    });
  };
  // ("the Chinese and American delegations arrived": a noun of a one-sided act, or a verb of travel, names two acts,
  // none between them)
  // (so does joining a body: "Finland and Sweden applied to join the alliance"; and mediating between others: "the
  // truce brokered by Qatar and Egypt")
  const oneSided =
    act.trigger.sense.noun ||
    act.trigger.sense.ownPolity === true ||
    TRAVEL.test(act.trigger.text) ||
    THIRD_PARTY.test(act.trigger.text) ||
    (act.category === 'CONSULT' && /^join/i.test(act.trigger.text));
  const group = act.sources.length > 1 && !act.targets.length && (act.mutual || (JOINT.has(act.category) && !oneSided));
  if (group) {
    for (const s of act.sources) for (const t of act.sources) emit(s, t);
    return out;
  }
  for (const s of act.sources) {
    for (const t of act.targets) {
      emit(s, t);
      // "X met Y", "X agreed with Y": the subject is the one reported acting; a group, or a joint act named by a noun
      // ("talks between", "held talks with"), acts both ways
      if (act.mutual && (act.trigger.sense.noun || act.trigger.sense.joint)) emit(t, s);
    }
  }
  return out;
}

/** The speaker's own act behind a reported hostile act of another actor: an accusation. */
function accusation(text: string, act: Act, base: EventBase): Event[] {
  const frame = act.frame;
  if (!frame?.speaker || frame.denied || act.negated || act.hypothetical || act.conditional) return [];
  // (a demand reported is no charge: "officials said Chile urged La Paz to comply")
  if (polarityOf(act.category) !== 'conflictual' || act.category === 'REQUEST') return [];
  // the speaker's state, or its people and firms ("China said Washington was suppressing Chinese companies")
  const speakerState = frame.speaker.actor;
  const againstSpeaker = act.targets.some(
    (t) =>
      t.actor === speakerState || (t.kind === 'nonstate' && /^[A-Z]{3}$/.test(speakerState) && t.actor.startsWith(speakerState)),
  );
  // ("a response to provocations by Washington": the hostile act named as the cause, its doer after it)
  const cause = act.trigger.sense.noun && act.sources[0]?.start > act.trigger.start ? act.trigger.start : act.sources[0]?.start;
  const blamed = !act.targets.length && act.sources.length > 0 && CAUSE.test(text.slice(frame.start, cause));
  // "X alleged that Y shelled Z": an allegation of a hostile act accuses the one who did it
  const alleged = act.sources.length > 0 && ALLEGATION.test(text.slice(frame.verbStart, frame.verbStart + 12));
  if (!againstSpeaker && !blamed && !alleged) return [];
  return act.sources
    .filter((s) => s.actor !== frame.speaker?.actor)
    .map((s) => ({
      ...base,
      source: frame.speaker?.actor as string,
      target: s.actor,
      category: 'ACCUSE' as const,
      polarity: 'conflictual' as const,
      intensity: ACCUSE_INTENSITY,
      modality: 'verbal' as const,
      speaker: frame.speakerName,
      negated: false,
      conditional: false,
      hypothetical: false,
      reported: false,
    }));
}

/** "Sunak said: “our deals ...”": the person introducing a quote opened earlier in the same sentence. */
function introducer(text: string, from: number, offset: number, refs: Ref[]): Ref | null {
  const before = text.slice(from, offset);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (open < 0 || /[”]/.test(before.slice(open + 1)) || (before.slice(open + 1).match(/"/g) ?? []).length % 2) return null;
  return refs.find((r) => isPersonRef(r) && !r.prep && r.end <= from + open) ?? null;
}

/** Words between an act word and the actor read as its party when the structure names none. */
const NEAREST_REACH = 6;
const FAR_REACH = 10;
const MATERIAL_REACH = new Set(['in', 'from', 'of', 'inside', 'into']);
/** A state's own people as the object: "its citizens", "200 of its nationals". */
const OWN_PEOPLE = /^\s+(?:[\d,]+\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:citizens|nationals|people|diplomats|staff|workers)\b/i;
/**
 * A participle clause after a comma ("..., angering Somalia"): what it reaches is its own verb's, not the act's.
 * (Not words said: "countered, saying Iraq had ..." answers Iraq.)
 */
const PARTICIPLE_CLAUSE =
  /,\s*(?!including\b|according\b|saying\b|adding\b|claiming\b|arguing\b|insisting\b|noting\b)[a-z]+ing\b/i;
const CLAUSE_BREAK =
  /[;:“”"()]|,\s*and\b|\b(?:but|while|whereas|although|though|because|which|who|whom|whose|when|after|before|if|unless|since|that|during)\b/i;

/**
 * A sentence whose act word has two different actors close around it, but whose structure gave the act no source
 * or no target ("Moscow's arms sales last year to Caracas", an unparsed object): the nearest actor before the act
 * word in the same clause is its source, the nearest after it its target. Only for material or verbal acts with
 * polarity, never across a clause break, and only when the sentence yields no event otherwise.
 */
function nearestActors(text: string, acts: Act[], refs: Ref[]): Act[] {
  const out: Act[] = [];
  const named = refs.filter((r) => r.kind !== 'pronoun');
  const settled = acts.filter((a) => a.settled).map((a) => a.trigger);
  for (const act of acts) {
    if ((act.sources.length && act.targets.length) || polarityOf(act.category) === 'neutral') continue;
    // (nor for an act inside a phrase the structure settled: "sanctions" in "refused to join the sanctions against")
    if (settled.some((t) => act.trigger.start >= t.start && act.trigger.end <= t.end)) continue;
    // inside reported words, only the actors of the words themselves
    const frame = act.frame;
    const inFrame = (r: Ref) => !frame || (r.start >= frame.start && r.end <= frame.end && r !== frame.speaker);
    const t = act.trigger;
    // a few words away, or further inside one stretch with no comma
    const close = (a: number, b: number) => {
      const gap = text.slice(a, b);
      const n = words(gap);
      return (
        !CLAUSE_BREAK.test(gap) &&
        !PURPOSE_PARTICIPLE_IN_GAP.test(gap) &&
        (n <= NEAREST_REACH || (n <= FAR_REACH && !/,/.test(gap)))
      );
    };
    const before = [...named].reverse().find(
      (r) =>
        r.end <= t.start &&
        inFrame(r) &&
        close(r.end, t.start) &&
        (!governingPrep(text, named, r) || r.possessive) &&
        // ("seized a ship off Somalia and gunmen attacked": a clause with a subject of its own)
        (t.sense.noun || !OWN_SUBJECT_CLAUSE.test(text.slice(r.end, t.start))),
    );
    const sources = act.sources.length ? act.sources : before ? [before] : [];
    if (!sources.length) continue;
    const taken = new Set(sources.map((r) => r.actor));
    // words are addressed to a party, not to a place ("an inquiry into prices in the UK"); a deed reaches the people
    // and places it is done to ("relief supplies for shortages in Yemen", "expelled leaders of the party")
    const takes = (r: Ref) => {
      const prep = governingPrep(text, named, r);
      if (prep === 'against' && helpsAgainst(t)) return false;
      if (CHANNEL_IN.test(text.slice(t.end, r.start))) return false;
      return (
        prep === null ||
        (t.sense.preps ?? DEFAULT_PREPS).includes(prep) ||
        (act.modality === 'material' && MATERIAL_REACH.has(prep))
      );
    };
    // (further away, only a party the act word itself takes: "gave a speech ... at a university in Kenya" reaches no one)
    const ownPrep = (r: Ref) => {
      const prep = governingPrep(text, named, r);
      return prep === null || (t.sense.preps ?? DEFAULT_PREPS).includes(prep);
    };
    // help or arms for fighters, or people of one's own flown out, in a state: the state gets none of it
    // ("armed and trained Houthi fighters in Yemen", "airlifted its citizens out of Sudan")
    // (so does backing them in words: "backing rebels threatening Y" backs no one in Y)
    const helped = (r: Ref) =>
      polarityOf(act.category) === 'cooperative' &&
      (ARMED_GROUP.test(text.slice(t.start, r.start)) ||
        (act.category === 'AID' && OWN_PEOPLE.test(text.slice(verbWordEnd(t), r.start))));
    // ("suspending aid and Bolivia delaying a loan": a name after "and" right before a verb of its own is that verb’s
    // subject; "the arms Peru bought" still reaches Peru)
    const subjectOfNextVerb = (r: Ref) =>
      /\band\s+(?:the\s+)?$/i.test(text.slice(t.end, r.start)) &&
      (/^\s+[a-z]+ing\b/.test(text.slice(r.end, r.end + 20)) ||
        acts.some(
          (a) =>
            !a.trigger.sense.noun && a.trigger.start >= r.end && /^\s+(?:\w+ly\s+)?$/.test(text.slice(r.end, a.trigger.start)),
        ));
    const after = named.find(
      (r) =>
        r.start >= t.end &&
        inFrame(r) &&
        !taken.has(r.actor) &&
        takes(r) &&
        !helped(r) &&
        !namedBesideTheAct(text.slice(t.end, r.start), r) &&
        close(t.end, r.start) &&
        !PARTICIPLE_CLAUSE.test(text.slice(t.end, r.start)) &&
        !subjectOfNextVerb(r) &&
        (words(text.slice(t.end, r.start)) <= NEAREST_REACH || ownPrep(r)),
    );
    const targets = act.targets.length ? act.targets : after ? [after] : [];
    if (targets.length) out.push({ ...act, sources, targets });
  }
  return out;
}

/** A party's relation to the name right after it: "NATO ally Greece", "US partner Japan", "regional rival Iran". */
const RELATION_BEFORE_NAME =
  /^\s+(?:(?:close|key|major|main|longtime|long-time|fellow|founding|strategic|regional|traditional|old)\s+)?(?:ally|member|partner|neighbou?r|rival|foe|adversary|arch-?rival|arch-?enemy)\s+$/i;

/** "NATO ally Greece": the first name only says what the second is, and is no party of its own. */
function describesNext(text: string, r: Ref, next: Ref | undefined): boolean {
  return (
    next !== undefined && next.kind !== 'pronoun' && !r.possessive && RELATION_BEFORE_NAME.test(text.slice(r.end, next.start))
  );
}

/** One event per sentence, pair and act: the library's event key (corrections.ts) without the article. */
const eventKeyOf = (e: Event) => `${e.start}-${e.end}:${e.source}>${e.target}:${e.category}`;

/** A few words in quotation marks inside a clause ("received a “very warm letter” from Chile"): no break in its structure. */
const SCARE_QUOTE = /(["“])([^"“”.,;:!?\n]{1,40}?)(["”])/g;

/** The text with the marks around scare quotes blanked, offsets unchanged: the structure reads through them. */
function withoutScareQuotes(text: string): string {
  return text.replace(SCARE_QUOTE, (whole, _open: string, inner: string) =>
    words(inner) <= 3 && /^\S/.test(inner) && /\S$/.test(inner) ? ` ${inner} ` : whole,
  );
}

/** Who did what to whom, sentence by sentence. */
export function extractEvents(input: EventInput): Event[] {
  const { sentences } = input;
  const text = withoutScareQuotes(input.text);
  const published = input.published ?? null;
  const refsAll = mentionRefs(text, [...input.mentions, ...ellipticalMentions(text, input.mentions)]);
  const quoteFr = quoteFrames(input.quotes ?? [], refsAll);
  const discourse: Discourse = { lastPerson: null, lastThing: null };
  const events: Event[] = [];
  const seen = new Set<string>();
  const memory: LinkMemory = { banOwner: null };
  const history: ActHistory = { acts: [] };
  for (const s of sentences) {
    const eventsBefore = events.length;
    const inSentence = refsAll.filter((r) => r.start >= s.start && r.end <= s.end);
    const quotesHere = quoteFr.filter((f) => f.start < s.end && f.end > s.start);
    const speakerAt = (offset: number): Ref | null =>
      quotesHere.find((f) => offset >= f.start && offset < f.end)?.speaker ?? introducer(text, s.start, offset, inSentence);
    const refs = [
      ...inSentence,
      ...pronounRefs(text, s.start, s.end, inSentence, discourse, speakerAt),
      ...descriptorRefs(text, s.start, s.end, inSentence, discourse),
    ]
      .sort((a, b) => a.start - b.start)
      .filter((r, i, all) => !describesNext(text, r, all[i + 1]));
    // only sentences that name an actor are tagged
    if (refs.length) {
      const tokens = tagText(s.text, s.start);
      const frames: Frame[] = [...speechFrames(text, s.start, s.end, refs, tokens), ...quotesHere];
      const date = sentenceDate(input.dates ?? [], s.start, s.end, published);
      const base = { sentence: s.text, start: s.start, end: s.end, date };
      const triggers = sentenceTriggers(tokens);
      const acts = answerTargets(text, linkActs(text, s.start, s.end, refs, frames, triggers, memory), refs, history);
      let derived = [
        ...acts.flatMap((act) => [...eventsOfAct(act, base), ...accusation(text, act, base)]),
        ...obligations(text, frames, refs, base, (speaker) => latestDeedDoers(history, speaker)),
      ];
      if (!derived.length) derived = nearestActors(text, acts, refs).flatMap((act) => eventsOfAct(act, base));
      for (const e of derived) {
        const k = eventKeyOf(e);
        // (the first reading of an act stands: it comes from the act's own clause)
        if (seen.has(k)) continue;
        seen.add(k);
        events.push(e);
      }
    }
    const lastPerson = refs.find((r) => isPersonRef(r) && !r.prep && r.person);
    // "Moscow said ... near Kyiv. It also accused ...": "it" continues the subject, the first actor not after a preposition
    const things = inSentence.filter((r) => !isPersonRef(r));
    const lastThing = things.find((r) => r.prep === null && !r.possessive) ?? things[things.length - 1];
    const group = groupBefore(text, inSentence, s.end);
    if (group) discourse.lastGroup = group;
    if (lastPerson) discourse.lastPerson = lastPerson;
    if (lastThing) discourse.lastThing = lastThing;
    // (the parties of the sentence's events come first: "rejected the presence of Israeli troops along the Gaza
    // border. Cairo said ... the treaty between the two countries" is Egypt and Israel)
    const parties = new Set(events.slice(eventsBefore).flatMap((e) => [e.source, e.target]));
    const states = [...things]
      .reverse()
      .filter((r) => r.kind !== 'nonstate')
      .sort((a, b) => Number(parties.has(b.actor)) - Number(parties.has(a.actor)));
    discourse.recentStates = [...states, ...(discourse.recentStates ?? [])]
      .filter((r, k, all) => all.findIndex((x) => x.actor === r.actor) === k)
      .slice(0, 6);
  }
  return events;
}
