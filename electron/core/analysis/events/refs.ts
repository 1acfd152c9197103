import type { Mention } from '../../../api/analysis';
import { TITLE_WORDS } from '../actors-words';

/** An actor reference in a sentence: a mention, or a pronoun resolved to an actor. */
export interface Ref {
  actor: string;
  start: number;
  end: number;
  text: string;
  kind: Mention['kind'] | 'pronoun';
  /** The person's name when the reference is (or resolves to) a person. */
  person: string | null;
  /** The preposition governing the reference ("to", "with", "in"), or null for a bare noun phrase. */
  prep: string | null;
  possessive: boolean;
}

const PREPOSITIONS = new Set([
  'to',
  'with',
  'against',
  'on',
  'at',
  'of',
  'for',
  'from',
  'in',
  'into',
  'by',
  'between',
  'over',
  'toward',
  'towards',
  'across',
  'inside',
  'within',
  'near',
  'around',
  'off',
  'through',
  'throughout',
  'via',
  'upon',
  'about',
  'among',
  'like',
  'than',
  'as',
  'after',
  'before',
  'during',
  'since',
  'under',
  'outside',
  'beyond',
  'along',
  'amid',
]);
const SKIPPED = new Set(['the', 'a', 'an', 'neighboring', 'neighbouring', 'both', 'all', 'its', 'their', 'fellow', 'nearby']);

/** Nouns after a country name that show it names a market, company, team, currency or culture. */
const NOT_STATE_NOUN = new RegExp(
  '^(?:index|indices|indexes|stocks?|shares|markets?|nikkei|dax|ftse|cac|bovespa|hang seng|dollars?|yen|euros?|' +
    'pounds?|yuan|rupees?|airlines?|airways|air force base|company|companies|firms?|carmakers?|automakers?|' +
    'automobile|suppliers?|teams?|operations|jobs|stadium|flag|new year|league|cup|olympics|games|university|' +
    'activists?|students?|investors?|consumers?|customers?|banks?|workers?|refugees?|migrants?|nationals|' +
    'citizens|people|men|women|girls|boys|players?|fans|protesters?|demonstrators?|store|itunes|volcano(?:es)?|earthquakes?|quakes?|storms?|floods?|' +
    'wildfires?|hurricanes?|typhoons?|cyclones?|droughts?|weather|heatwaves?)\\b',
  'i',
);
const MODIFIER =
  /^(?:[A-Z0-9][\w.&-]*|national|state-owned|leading|main|benchmark|biggest|largest|top|major|domestic|local|own|anti-[\w-]+|pro-[\w-]+)$/;

/** "the economy minister", "the trade ministry": an office named after its field is a state organ. */
const OFFICE_AFTER = /^[\w-]+\s+(?:minister|ministry|ministers|secretary|department|commissioner|chief|czar|tsar)\b/i;

function namesNonState(after: string): boolean {
  let rest = after.replace(/^(?:'s|’s)?[\s-]+/, '');
  for (let skipped = 0; skipped <= 2; skipped++) {
    if (NOT_STATE_NOUN.test(rest) && !OFFICE_AFTER.test(rest)) return true;
    const word = /^(\S+)\s+/.exec(rest);
    if (!word || !MODIFIER.test(word[1])) return false;
    rest = rest.slice(word[0].length);
  }
  return false;
}
const AFTER_ACTOR_PLACE = /^\s*,?\s*(?:[A-Z][\w.]+\s*){0,2},\s*(?:based|located)\b/;

const PERSON_KINDS = new Set(['person']);

export function isPersonRef(r: Ref): boolean {
  return PERSON_KINDS.has(r.kind) || r.person !== null;
}

/** Words of quantity before a partitive "of" ("dozens of", "some of", "two of"). */
const QUANTITY =
  /^(?:dozens|hundreds|thousands|millions|scores|tens|some|many|several|most|all|few|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/** A title right before a person's name: "Iranian Supreme Leader", "Foreign Minister", "his Saudi counterpart". */
const TITLE_BEFORE_NAME = (() => {
  // (a title word may be capitalised or not; the words before it only when capitalised: "Iranian", "Saudi")
  const either = (words: string) =>
    words
      .split('|')
      .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
      .join('|');
  const modifiers = either('supreme|prime|foreign|defence|defense|deputy|vice|top|chief|senior|crown|his|her|their');
  const titles = either(
    'leader|president|premier|minister|king|queen|emir|prince|chancellor|secretary|counterpart|envoy|ambassador|ayatollah|sheikh|councilor|councillor|commander|general|governor|speaker|spokesman|spokeswoman|spokesperson|adviser|advisor',
  );
  // ("President of Chile Gabriel Boric": a title may name its state after "of")
  return new RegExp(
    `(?:\\p{Lu}[\\p{L}-]*\\s+|(?:${modifiers})\\s+){0,3}(?:${titles})\\s+(?:of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){1,3})?$`,
    'u',
  );
})();

/**
 * The preposition before a person's title: "a note to Peruvian President Ana Ruiz" is addressed "to" him.
 * (Not "of" or "for": "a spokesman for President X", "the government of Prime Minister Y" name whom an organ serves.)
 */
function titledPrep(text: string, start: number): string | null {
  const title = TITLE_BEFORE_NAME.exec(text.slice(Math.max(0, start - 60), start));
  const prep = title ? precedingWord(text, start - title[0].length) : null;
  // (a title that names its state after "of" governs the name whatever stands before it)
  if (title && /\sof\s/.test(title[0]) && prep !== 'of' && prep !== 'for') return prep;
  return prep !== null && prep !== 'of' && prep !== 'for' ? prep : precedingWord(text, start);
}

/** "met her counterpart in Quito": the post of a counterpart, right before the name. */
const COUNTERPART_IN = /\bcounterparts?\s+in\s+$/i;

function precedingWord(text: string, start: number): string | null {
  // ("met her counterpart in Quito": the state a counterpart is posted in is the counterpart's, governed
  // like the counterpart)
  const post = COUNTERPART_IN.exec(text.slice(Math.max(0, start - 30), start));
  if (post) return precedingWord(text, start - post[0].length + post[0].search(/\S/));
  // a preposition governs across neither punctuation nor a number ("In 1979, Egypt and Israel signed ...")
  const before = text
    .slice(Math.max(0, start - 60), start)
    .toLowerCase()
    .replace(/^[^]*[,;:.!?()“”"]/, '');
  const words = before.match(/[a-z0-9’'-]+/g) ?? [];
  let adjectives = 0;
  for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i--) {
    const w = words[i];
    if (SKIPPED.has(w)) continue;
    if (w === 'to' && (words[i - 1] === 'due' || words[i - 1] === 'owing')) return null;
    // "close to the Chilean shore", "next to the border": a place near, not a direction
    if (w === 'to' && (words[i - 1] === 'close' || words[i - 1] === 'next')) return 'near';
    // "called in the Peruvian ambassador": the particle of a phrasal verb governs no name
    if (w === 'in' && /^call(?:s|ed|ing)?$/.test(words[i - 1] ?? '')) return null;
    // "banned dozens of Chinese apps": the "of" of a quantity governs nothing, the phrase is the verb's own
    if (w === 'of' && QUANTITY.test(words[i - 1] ?? '')) return null;
    if (PREPOSITIONS.has(w)) return w;
    // "from military-ruled Myanmar", "into southern Iraq": look past one modifier for the preposition
    if (adjectives++ === 0 && /^[a-z]+-[a-z]+$|^(?:northern|southern|eastern|western|central|neighbou?ring)$/.test(w)) continue;
    return null;
  }
  return null;
}

/** The resolved name behind a person mention ("he", "the President"), when the mention finder gives one. */
function nameOf(m: Mention): string | null {
  const person = (m as Mention & { person?: unknown }).person;
  return typeof person === 'string' && person ? person : null;
}

/** "India's Tata", "Russia's Gazprom": a possessive before a name the gazetteer does not know names a firm or a body. */
const POSSESSED_NAME = /^(?:'s|’s)\s+(\p{Lu}[\p{L}&.-]*)/u;

const RULER_TITLES = new Set([
  'sultan',
  'emir',
  'sheikh',
  'shah',
  'ayatollah',
  'tsar',
  'czar',
  'grand',
  'supreme',
  'mr',
  'mrs',
  'ms',
  'dr',
  'general',
  'gen',
  'admiral',
  'marshal',
]);

/** "Libya's Moamer Kadhafi": a given name and a surname after the possessive, a person of that state. */
const POSSESSED_PERSON =
  /^(?:'s|’s)\s+(\p{Lu}[\p{L}.-]*)\s+(?:(?:al|el|bin|ben|ibn|abu|de|da|van|von)[-\s])?(\p{Lu}[\p{L}’'-]*)(?!\s+\p{Lu})/u;
/** Head words of a firm's or a body's name ("Tata Motors", "Muslim Brotherhood"): never a person's surname. */
const BODY_WORDS =
  /^(?:Group|Motors?|Air(?:lines|ways)?|Bank|Corp(?:oration)?|Industries|Electronics|Energ(?:y|ies)|Steel|Oil|Petroleum|Holdings|Telecom|Railways?|Mining|Gas|Power|International|Chemicals?|Pharmaceuticals?|Foods?|Securities|Capital|Media|Television|Radio|News|Times|Post|Agency|University|Institute|Party|Front|Army|Navy|Council|Court|Movement|Brotherhood|League|Union|Guards?|Forces?|Ministry|Parliament|Assembly|Congress|Senate|Commission|Committee|Authority|Fund|Company|Systems|Technologies|Aerospace|Shipping|Lines|Exchange|Cup|Open|Grand)$/;

/** "China's Belt and Road plan", "Japan's Indo-Pacific Strategy": a named policy of the state is still the state's. */
const POLICY_HEAD =
  /^(?:'s|’s)\s+(?:(?:\p{Lu}[\p{L}-]*|and|of|the)\s+){1,5}(?:[Pp]lan|[Ii]nitiative|[Pp]roject|[Pp]rogram(?:me)?|[Pp]olicy|[Ss]trategy|[Ss]cheme|[Dd]octrine|[Pp]roposal|[Oo]ffensive|[Oo]peration)s?\b/u;

function possessesUnknownName(text: string, m: Mention, starts: ReadonlySet<number>, person: PossessedPerson | null): boolean {
  const name = POSSESSED_NAME.exec(text.slice(m.end, m.end + 40));
  if (!name || TITLE_WORDS.has(name[1].toLowerCase()) || RULER_TITLES.has(name[1].toLowerCase())) return false;
  // ("Thailand's Wednesday decision": a day or a month is no name)
  if (CALENDAR_WORD.test(name[1])) return false;
  // ("a visit to China's Xi'an": after a preposition of place, what a state owns is a place of it)
  if (PLACE_PREPS.has(precedingWord(text, m.start) ?? '')) return false;
  if (POLICY_HEAD.test(text.slice(m.end, m.end + 80))) return false;
  return !starts.has(m.end + name[0].length - name[1].length) && person === null;
}

const PLACE_PREPS = new Set(['to', 'in', 'into', 'at', 'from', 'near', 'across', 'toward', 'towards']);
const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

interface PossessedPerson {
  name: string;
  end: number;
}

/** The name of a person the gazetteer does not know, owned by the state mention `m` ("Libya's Moamer Kadhafi"). */
function possessedPerson(text: string, m: Mention): PossessedPerson | null {
  const person = POSSESSED_PERSON.exec(text.slice(m.end, m.end + 40));
  if (!person || BODY_WORDS.test(person[1]) || BODY_WORDS.test(person[2])) return null;
  const at = person[0].indexOf(person[1]);
  return { name: person[0].slice(at), end: m.end + person[0].length };
}

const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
/** "his Jordanian counterpart", "its Russian partner": the owner's pronoun is not the actor; the demonym's head is. */
function ownsNamedHead(text: string, word: string, end: number, refs: { start: number }[]): boolean {
  if (!OWNER_PRONOUNS.has(word)) return false;
  const gap = /^\s+/.exec(text.slice(end, end + 3));
  return gap !== null && refs.some((r) => r.start === end + gap[0].length);
}

const SPONSORED = /^-(?:backed|brokered|sponsored|supported|funded|financed|armed|trained|made|built|based|born|owned)\b/i;

/** "Bolivia's former president Evo Morales": an office no longer held, before the person who held it. */
const FORMER_TITLE = /^(?:'s|’s)\s+(?:former|ex-|exiled|ousted|deposed|jailed|late)\s*(?:[\w-]+\s+){0,3}$/i;

/** The state owns a person out of office, who is the party, not the state ("granted asylum to Bolivia's former ..."). */
function ownsFormerHolder(text: string, m: Mention, mentions: Mention[]): boolean {
  const next = mentions.find((x) => x.start >= m.end);
  return next !== undefined && next.start - m.end <= 50 && FORMER_TITLE.test(text.slice(m.end, next.start));
}

/** Mentions that may name a state actor here (not a market, company, team or currency). */
export function mentionRefs(text: string, mentions: Mention[]): Ref[] {
  const refs: Ref[] = [];
  const starts = new Set(mentions.map((m) => m.start));
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + 60);
    const person = possessedPerson(text, m);
    if (
      m.end <= datelineEnd(text, m.start) ||
      rulesOwner(text, m, mentions) ||
      // ("the former Soviet republic of Georgia": the union it once belonged to only describes it)
      (/\bformer\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && FORMER_MEMBER_AFTER.test(after)) ||
      ownsNamedHead(text, m.text.toLowerCase(), m.end, mentions) ||
      namesNonState(after) ||
      AFTER_ACTOR_PLACE.test(after) ||
      /(?:anti|pro)-$/i.test(text.slice(m.start - 5, m.start)) ||
      // "the U.N.-backed government", "Iran-funded militias": the name modifies what it backs, it does not act
      SPONSORED.test(after) ||
      possessesUnknownName(text, m, starts, person) ||
      ownsFormerHolder(text, m, mentions)
    )
      continue;
    // the state and the person it owns are one party, that person ("signed a treaty with Libya's Moamer Kadhafi")
    const owned = m.kind === 'country' && !starts.has(m.end + 3) ? person : null;
    refs.push({
      actor: m.actor,
      start: m.start,
      end: owned?.end ?? m.end,
      text: owned ? text.slice(m.start, owned.end) : m.text,
      kind: owned ? 'person' : m.kind,
      person: owned?.name ?? (m.kind === 'person' ? (nameOf(m) ?? m.text) : null),
      prep: m.kind === 'person' ? titledPrep(text, m.start) : precedingWord(text, m.start),
      // (so is a possessive pronoun the mention finder resolved: "his visit")
      possessive:
        !owned && (/^(?:'s|’s|’|')(?!\w)/.test(after) || m.kind === 'demonym' || /^(?:his|her|its|their)$/i.test(m.text)),
    });
  }
  return refs.sort((a, b) => a.start - b.start);
}

const FORMER_MEMBER_AFTER = /^\s+(?:republics?|states?|countries|country|nations?|satellites?)\b/i;

/** A government named by its ruling group after its state: "Afghanistan's Taliban government" is Afghanistan's. */
const RULING_AFTER = /^\s+(?:government|administration|authorities|regime|rulers|leadership|cabinet)\b/i;
function rulesOwner(text: string, m: Mention, mentions: Mention[]): boolean {
  if (m.kind !== 'nonstate' || !RULING_AFTER.test(text.slice(m.end, m.end + 20))) return false;
  const owner = mentions.findLast((x) => x.end <= m.start);
  return owner?.kind === 'country' && /^(?:'s|’s)\s+$/.test(text.slice(owner.end, m.start));
}

/**
 * A wire dateline at the start of a line: where the story was filed, not who acts in it ("LONDON - ",
 * "ISLAMABAD/KABUL (Reuters) -", "TEHRAN, Dec. 29 (Xinhua) --", "Tokyo, July 4 (Jiji Press)--").
 */
const DATELINE =
  /^(?:[A-Z][A-Z.'’ -]+[A-Z.](?:\/[A-Z][A-Z.'’ -]+[A-Z.])*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}|,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?(?:\s+|\s*\([^()\n]{1,40}\)\s*)|[A-Z][\w.'’ -]{1,30}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([^()\n]{1,40}\)\s*)(?:-{1,2}|[–—])\s*/;

/** The end of the dateline on the line that holds `at`, or -1. */
function datelineEnd(text: string, at: number): number {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  const match = DATELINE.exec(text.slice(line, line + 120));
  return match ? line + match[0].length : -1;
}

/** A verb of saying right before a pronoun, which opens the words it reports: "said it", "announced that it". */
const SAID_BEFORE =
  /\b(?:said|says|announced|stated|declared|added|warned|insisted|argued|claimed)\s+(?:(?:today|yesterday|(?:on\s+)?\w+day)\s+)?(?:that\s+)?$/i;
/** From a relative clause's head to the main verb after it: ", which has long stayed neutral in the war, ". */
const RELATIVE_TO_VERB = /^\s*,\s*(?:which|who|whose)\s[^;:“”"()]{1,120}?,\s*(?:\w+ly\s+)?$/;
/** From an apposition's head to the verb after it: ", the largest creditor of Sri Lanka, ". */
const APPOSED_TO_VERB = /^\s*,[^,;:“”"()]{1,60},\s*(?:\w+ly\s+)?$/;

/**
 * The last of `candidates` that heads an apposition running up to the verb at `verbAt` ("China, Sri Lanka's largest
 * creditor, said").
 */
export function apposedHead(text: string, candidates: Ref[], verbAt: number): Ref | undefined {
  return candidates.findLast(
    (h) =>
      (verbAt - h.end <= 70 && APPOSED_TO_VERB.test(text.slice(h.end, verbAt))) ||
      (verbAt - h.end <= 140 && RELATIVE_TO_VERB.test(text.slice(h.end, verbAt))),
  );
}

export interface Discourse {
  lastPerson: Ref | null;
  lastThing: Ref | null;
  /** The last group of two or more states named together ("Morocco and Israel"), for "they". */
  lastGroup?: Ref[] | null;
  /** The states named in earlier sentences, the latest first, for "the emirate", "the kingdom". */
  recentStates?: Ref[];
}

/** "'s" right after `end`: the stand-in owns what follows ("the kingdom's ports"). */
const possessiveAt = (text: string, end: number) => /^['’]s\b/.test(text.slice(end, end + 3));

/** A reference that stands in for an actor named elsewhere: a pronoun or a descriptor. */
function standIn(text: string, actor: string, start: number, end: number, person: string | null, possessive: boolean): Ref {
  return {
    actor,
    start,
    end,
    text: text.slice(start, end),
    kind: 'pronoun',
    person,
    prep: precedingWord(text, start),
    possessive,
  };
}

/** A state named by what it is ("the emirate", "the kingdom", "the island nation"), not by its name. */
const DESCRIPTOR_RE =
  /\b(?:the|his|her|their)\s+(?:((?:(?:north|south|east|west|south-?east|north-?east|central|northern|southern|eastern|western)\s+)?(?:island|gulf|asian|african|european|arab|balkan|baltic|caribbean|himalayan|nordic|andean|pacific|american))\s+)?(country|kingdom|emirate|island|republic|nation|state|city-state|sultanate|monarchy)\b(?!\s+of\s+(?!\w+ing\b)|\s+(?:media|department|television|broadcaster|news|agency|visit|dinner|banquet)\b)/gi;
/** "its (smaller Balkan) neighbour": one state next to the subject, not "its neighbours". */
const NEIGHBOUR_RE = /\b(?:its|their)\s+(?:[a-z]+\s+){0,2}(?:\p{Lu}[\p{L}-]*\s+)?neighbou?r\b(?!s)/giu;
/** Two states named by what they are or by who acts for them: "the two countries", "both sides", "the two leaders". */
const PAIR_RE =
  /\b(?:the\s+two|both)\s+(?:(?!and\b|of\b)[a-z-]+\s+){0,2}?(?:countries|nations|sides|neighbou?rs|governments|states|capitals|rivals|allies|leaders|presidents|(?:(?:prime|foreign|defen[cs]e)\s+)?ministers|armies|militaries|navies|forces|delegations)\b/gi;
/**
 * The words between a subject and a pair that is the object of its verb: a verb or two, no clause break but a relative
 * clause on the subject ("Brazil, which mediated the accord between the two countries, urged both ...").
 */
const PAIR_AS_OBJECT =
  /^\s*(?:,\s*(?:which|who)\s+(?:[^,;]*,\s*)?)?(?:(?:has|have|had|also|again|on\s+\w+day)\s+)*(?!said\b|says\b|say\b)(?:[a-z]+(?:ed|s)|met|sent|told|held|gave|made)(?:(?:\s+(?!(?:after|before|since|when|while|because|as|in|of|for|at|by)\b)[\w-]+){0,4}?\s+(?:on|with|to|against|between|from))?\s+$/;
/** Descriptors that fit any state: with a state named before them in the sentence they are too uncertain to read. */
const GENERIC_DESCRIPTOR = new Set(['country', 'nation', 'republic', 'state']);
/** Between a speaker and its verb of saying, the speaker's own words: "'s finance minister", "'s government". */
/** From a speaker's state to the verb: "", "'s foreign minister", "’s Foreign Minister Rosa Quispe". */
const SPEAKER_GAP = /^(?:(?:'s|’s)?(?:\s+[a-z]+){0,3}(?:\s+\p{Lu}[\p{L}-]*){0,4})?\s*$/u;

/**
 * "... Turkey said it would send troops to the emirate": a descriptor stands for the latest state of earlier
 * sentences that the sentence has not named before it.
 */
export function descriptorRefs(text: string, from: number, to: number, refs: Ref[], discourse: Discourse): Ref[] {
  const out: Ref[] = [];
  const recent = discourse.recentStates ?? [];
  const slice = text.slice(from, to);
  // "the two countries traded accusations": the two states named last, in this sentence or before it
  PAIR_RE.lastIndex = 0;
  for (let m = PAIR_RE.exec(slice); m; m = PAIR_RE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (refs.some((r) => r.start < end && r.end > start)) continue;
    let named = [...refs.filter((r) => r.end <= start && r.kind !== 'nonstate')].reverse();
    // "the US and China urged both nations to ...", "Washington imposed sanctions on both countries": the subject of
    // the verb the pair is the object of is not one of the pair
    const subject = new Set<string>();
    if (named.length && named[0].prep === null && PAIR_AS_OBJECT.test(text.slice(named[0].end, start))) {
      let k = 1;
      while (k < named.length && /^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(text.slice(named[k].end, named[k - 1].start))) k++;
      for (const r of named.slice(0, k)) subject.add(r.actor);
      named = named.slice(k);
    }
    const pair: Ref[] = [];
    for (const r of [...named, ...recent])
      if (pair.length < 2 && !subject.has(r.actor) && !pair.some((x) => x.actor === r.actor)) pair.push(r);
    if (pair.length === 2)
      for (const r of pair.reverse())
        out.push(standIn(text, r.actor, start, end, null, /^['’]s?\b/.test(text.slice(end, end + 2))));
  }
  // "blocking talks with its smaller neighbour": a neighbour of the subject is the latest other state named
  NEIGHBOUR_RE.lastIndex = 0;
  for (let m = NEIGHBOUR_RE.exec(slice); m; m = NEIGHBOUR_RE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (refs.some((r) => r.start < end && r.end > start)) continue;
    const before = refs.filter((r) => r.end <= start && r.kind !== 'pronoun' && r.kind !== 'nonstate');
    const owner = before.find((r) => r.prep === null);
    const other = [...before].reverse().find((r) => r.actor !== owner?.actor && !isPersonRef(r));
    if (owner && other) out.push(standIn(text, other.actor, start, end, null, possessiveAt(text, end)));
  }
  DESCRIPTOR_RE.lastIndex = 0;
  for (let m = DESCRIPTOR_RE.exec(slice); m; m = DESCRIPTOR_RE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (refs.some((r) => r.start < end && r.end > start)) continue;
    // "Ghana's finance minister said the country had reached a deal": the subject of words a state's speaker reports
    // is the speaker's state
    const said = SAID_BEFORE.exec(text.slice(from, start));
    const speaker = said ? refs.findLast((r) => r.end <= from + said.index && r.start >= from) : undefined;
    if (
      !m[1] &&
      GENERIC_DESCRIPTOR.has(m[2].toLowerCase()) &&
      speaker &&
      speaker.kind !== 'pronoun' &&
      speaker.kind !== 'nonstate' &&
      SPEAKER_GAP.test(text.slice(speaker.end, from + said!.index))
    ) {
      out.push(standIn(text, speaker.actor, start, end, null, possessiveAt(text, end)));
      continue;
    }
    if (!recent.length && !m[1]) continue;
    // (a state named inside an apposition on the subject may be the one described: "China, Sri Lanka's largest
    // creditor, said it respected the island's choices")
    const before = refs.filter((r) => r.end <= start);
    const apposed = before.filter((r) => r.kind !== 'pronoun' && insideApposition(text, refs, r));
    const named = new Set(before.filter((r) => !apposed.includes(r)).map((r) => r.actor));
    // "Iran's president said the country would ...": a plain descriptor after a named state may be that state
    if (!m[1] && GENERIC_DESCRIPTOR.has(m[2].toLowerCase()) && named.size) continue;
    // a bare "the state" names a state only with a qualifier ("the Gulf state")
    if (!m[1] && m[2].toLowerCase() === 'state') continue;
    // ("broke off relations with Bahrain after accusing the Gulf state of ...": a qualified descriptor may take up a state the
    // sentence named after its subject)
    const subject = before.find((r) => r.kind !== 'pronoun' && r.prep === null);
    const sameSentence = m[1]
      ? before.findLast((r) => r.kind !== 'pronoun' && r.kind !== 'nonstate' && r.actor !== subject?.actor && r.prep !== null)
      : undefined;
    // ("the Algerian president's office said the North African nation would ...": with no other state named, the
    // speaker's own)
    const own =
      m[1] && speaker && speaker.kind !== 'pronoun' && speaker.kind !== 'nonstate' && [...named].every((a) => a === speaker.actor)
        ? speaker
        : undefined;
    const antecedent =
      apposed.findLast((r) => !named.has(r.actor)) ?? recent.find((r) => !named.has(r.actor)) ?? sameSentence ?? own;
    if (!antecedent) continue;
    out.push(standIn(text, antecedent.actor, start, end, null, possessiveAt(text, end)));
  }
  return out;
}

/** `r` stands inside an apposition set off by commas right after another name ("China, Sri Lanka's largest creditor,"). */
function insideApposition(text: string, refs: Ref[], r: Ref): boolean {
  const head = refs.findLast((h) => h.end <= r.start);
  return (
    head !== undefined &&
    /^\s*,[^,;]{0,40}$/.test(text.slice(head.end, r.start)) &&
    /^[^,;]{0,40},/.test(text.slice(r.end, r.end + 41))
  );
}

/** The rest of a closing attribution after its owner: " justice ministry said.", " foreign minister told reporters". */
const CLOSING_SAID = /^\s+(?:[\w-]+\s+){1,3}(?:said|says|told|announced|added|reported)\b[^,;]*$/i;
/** From a subject to an object pronoun after its one verb: " accused ", " has warned ". */
const OBJECT_IT_GAP = /^\s+(?:(?:has|have|had|also|then|\w+ly)\s+)*(?!said\b|says\b|that\b)[a-z]+(?:ed|s)\s+$/;
const PRONOUN_RE = /\b(he|she|his|her|him|it|its|we|our|us|they|their|them)\b/gi;
const PLURAL = new Set(['they', 'their', 'them']);

/** Two or more non-person actors joined by "and" or commas before `at` in refs (text order), the last such group. */
export function groupBefore(text: string, refs: Ref[], at: number): Ref[] | null {
  const before = refs.filter((r) => r.end <= at && r.kind !== 'pronoun' && !isPersonRef(r));
  for (let i = before.length - 1; i > 0; i--) {
    const group = [before[i]];
    for (let j = i - 1; j >= 0; j--) {
      const gap = text.slice(before[j].end, group[0].start).replace(/(?:'s|’s)/g, '');
      if (!/^\s*(?:,|,?\s*and|&)\s*(?:the\s+)?$/i.test(gap)) break;
      group.unshift(before[j]);
    }
    if (group.length > 1 && new Set(group.map((r) => r.actor)).size > 1) return group;
  }
  return null;
}

/**
 * Pronoun references in one sentence: he/she resolve to the last person, it/its to the last
 * non-person actor, we/our/us to the speaker of the enclosing speech (given per offset).
 */
/** The earlier "it" a second "it" continues, when the nearest name would be the object of its own verb. */
function chainedIt(text: string, earlier: Ref[], refs: Ref[], out: Ref[], end: number): Ref | undefined {
  const nearest = [...earlier].reverse().find((r) => !isPersonRef(r) && r.kind !== 'pronoun');
  if (!nearest || !refs.some((r) => r.start > end && r.start < end + 40 && r.actor === nearest.actor)) return undefined;
  return [...out].reverse().find((r) => /^it$/i.test(text.slice(r.start, r.end)));
}

/** A noun of what two sides hold together, after "their": "their talks", "their meeting", "their dispute". */
const JOINT_AFTER_THEIR =
  /^\s+(?:\w+\s+)?(?:talks|meeting|meetings|summit|negotiations|discussions|conversation|call|dispute|relations|ties)\b/i;

/** "Boric thanked Arce ahead of their talks": the last two states named in the sentence hold what "their" names. */
function twoParties(text: string, earlier: Ref[], from: number, end: number): Ref[] | null {
  if (!JOINT_AFTER_THEIR.test(text.slice(end, end + 40))) return null;
  const parties: Ref[] = [];
  for (const r of [...earlier].reverse()) {
    if (r.start < from || r.kind === 'pronoun' || parties.some((p) => p.actor === r.actor)) continue;
    parties.unshift(r);
    if (parties.length === 2) return parties;
  }
  return null;
}

/** What stands before a clause's subject: the sentence's start or a word that opens a clause ("While the"). */
const CLAUSE_SUBJECT_BEFORE =
  /(?:^\s*|\b(?:while|although|though|whereas|as|since|because|when|after|before|if|once)\s+)(?:the\s+)?$/i;

export function pronounRefs(
  text: string,
  from: number,
  to: number,
  refs: Ref[],
  discourse: Discourse,
  speakerAt: (offset: number) => Ref | null,
): Ref[] {
  const out: Ref[] = [];
  const slice = text.slice(from, to);
  PRONOUN_RE.lastIndex = 0;
  for (let m = PRONOUN_RE.exec(slice); m; m = PRONOUN_RE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (refs.some((r) => r.start <= start && r.end >= end)) continue;
    const word = m[0].toLowerCase();
    if (ownsNamedHead(text, word, end, refs)) continue;
    const earlier = refs.filter((r) => r.end <= start);
    // "Morocco and Israel said they would cooperate": "they" stands for the group, one reference per member
    if (PLURAL.has(word)) {
      // "Saudi officials said they ...": with no group before it, the body of people just named
      const body = [...earlier].reverse().find((r) => r.kind === 'institution' && /s$/i.test(r.text));
      const group =
        groupBefore(text, refs, start) ??
        (body ? [body] : null) ??
        twoParties(text, earlier, from, end) ??
        discourse.lastGroup ??
        null;
      for (const member of group ?? []) out.push(standIn(text, member.actor, start, end, null, word === 'their'));
      continue;
    }
    const personal = word === 'he' || word === 'she' || word === 'his' || word === 'her' || word === 'him';
    // "China, Sri Lanka's largest creditor, said it ...": "it" opening the reported words is the head of the subject,
    // not a name inside its apposition
    const said = word === 'it' ? SAID_BEFORE.exec(text.slice(Math.max(0, start - 30), start)) : null;
    const verbAt = said ? Math.max(0, start - 30) + said.index : -1;
    const apposed = said
      ? apposedHead(
          text,
          earlier.filter((h) => h.kind !== 'pronoun' && !isPersonRef(h)),
          verbAt,
        )
      : undefined;
    // "Norway will not extradite him to Russia, its justice ministry said": an owner in a closing attribution is the
    // subject of the words it closes
    const closing =
      (word === 'its' || word === 'their') &&
      /,\s*$/.test(text.slice(Math.max(0, start - 3), start)) &&
      CLOSING_SAID.test(text.slice(end, end + 60))
        ? earlier.find((r) => r.prep === null && r.kind !== 'pronoun' && !isPersonRef(r))
        : undefined;
    // "Chile said it had sent migrants back to Peru after it accused Lima ...": a second "it" continues the
    // first when the nearest name would be the object of its own verb
    const chained = word === 'it' && !said ? chainedIt(text, earlier, refs, out, end) : undefined;
    // "Although Peru trades with Bolivia, it accused ...": an "it" opening the main clause
    // after a comma continues a clause subject before it, not a name inside a prepositional phrase
    const thing = (r: Ref) => !isPersonRef(r) && r.kind !== 'pronoun';
    const nearest = [...earlier].reverse().find(thing);
    const mainClause =
      word === 'it' && !said && nearest?.prep && /,\s*$/.test(text.slice(Math.max(from, start - 3), start))
        ? [...earlier].reverse().find((r) => thing(r) && r.prep === null && CLAUSE_SUBJECT_BEFORE.test(text.slice(from, r.start)))
        : undefined;
    // "... as Lima accused it of ...": an object "it" right after its clause's verb is not that verb's subject (that
    // would be "itself"), but the state named before it
    const objectOf =
      word === 'it' && !said && nearest && !nearest.possessive && OBJECT_IT_GAP.test(text.slice(nearest.end, start))
        ? [...earlier].reverse().find((r) => thing(r) && r.actor !== nearest.actor)
        : undefined;
    const head = closing ?? apposed ?? chained ?? mainClause ?? objectOf;
    const antecedent =
      word === 'we' || word === 'our' || word === 'us'
        ? speakerAt(start)
        : head
          ? head
          : personal
            ? ([...earlier].reverse().find(isPersonRef) ?? discourse.lastPerson)
            : ([...earlier].reverse().find((r) => !isPersonRef(r) && r.kind !== 'pronoun') ?? discourse.lastThing);
    if (!antecedent) continue;
    const possessive = word === 'its' || word === 'our' || word === 'his' || word === 'her';
    out.push(standIn(text, antecedent.actor, start, end, personal ? antecedent.person : null, possessive));
  }
  return out;
}
