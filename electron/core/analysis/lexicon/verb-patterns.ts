import { WINDOWS } from './verb-clause';
import type { RawElement, RawPattern } from './verb-data';

/**
 * PETRARCH-style phrase patterns compiled for plain word sequences. A pattern's elements are found in order
 * after the verb (or before it), each after a short gap of other words (determiners, adjectives, names),
 * within the verb's clause: a clause ends at punctuation or at a word that starts another clause.
 */

/** A word of a pattern with its number variants (`exact` is the word as written), or a synonym set. */
type Unit = { words: ReadonlySet<string>; phrases: readonly (readonly string[])[]; exact: string | null };

type Element =
  | { kind: 'noun'; units: Unit[]; weight: number }
  | { kind: 'prep'; prep: string; np: Element | null; weight: number }
  | { kind: 'slot'; weight: 0 };

export interface Pattern {
  pre: Element[];
  post: Element[];
  code: string | null;
  reverse: string | null;
  compound: boolean;
  /** The verbs of its family the pattern was written for, or null. */
  by: ReadonlySet<string> | null;
  /** Position in the dictionary: the earlier of two equally specific patterns wins. */
  order: number;
  /** Pattern words: the `matched` figure of a match. */
  words: number;
  /** Ranks matches: pattern words, a preposition without its noun counting half. */
  score: number;
  /** Words that may stand between the verb and the first element after it. */
  firstGap: number;
  /** Every element is a bare preposition ("press on"): a phrase of its own verbs only. */
  prepositionsOnly: boolean;
  seen: number;
}

export interface PatternMatch {
  pattern: Pattern;
  span: number;
  /** Words matched through a number variant rather than as written. */
  variants: number;
  /** The pattern was written for the verb being coded, not for another verb of its family. */
  own: boolean;
}

/** Words skipped before the first element after the verb, and between later elements. */
const FIRST_GAP = 5;
const GAP = 4;
/** Words between a preposition and its noun ("for [the] [much-needed] aid"). */
const NP_GAP = 3;
/** How many more words a phrase a slot stands for may take than one. */
const SLOT_PHRASE = 4;
/** Words a particle that opens a pattern may stand after the verb ("called [the] [talks] off", not "fired a missile into the sea off"). */
const PARTICLE_GAP = 2;
/** Particles of a phrasal verb ("turned down", "called off", "chased away"). */
export const PARTICLES: ReadonlySet<string> = new Set(['down', 'off', 'up', 'out', 'back', 'aside', 'away']);
/** Particles that may open a pattern: those, and "over" ("handed over"). */
const OPENING_PARTICLES = new Set([...PARTICLES, 'over']);
/** The commonest prepositions: each ends a verb's object. */
export const OBJECT_ENDING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to',
  'with',
  'from',
  'for',
  'on',
  'in',
  'at',
  'by',
  'of',
]);
/** Prepositions: words no noun phrase starts with. */
const SLOT_NEVER_OPENS = new Set([...OBJECT_ENDING_PREPOSITIONS, 'into', 'against', 'over', 'between']);
/** How far before the verb the last pre-verb element may end ("troops [have] [been] [rushed]"). */
const BEFORE_TAIL = 4;

/** Plural as the build forms it; pattern words also match their plural and, for plurals, the singular. */
function plural(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (word.endsWith('s') || word.endsWith('x') || word.endsWith('z') || word.endsWith('ch') || word.endsWith('sh')) {
    return word + 'es';
  }
  if (last === 121 && word.length > 1 && !'aeiou'.includes(word[word.length - 2]!)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

function wordForms(word: string): Set<string> {
  const forms = new Set([word, plural(word)]);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) forms.add(word.slice(0, -1));
  if (word.endsWith('ies')) forms.add(word.slice(0, -3) + 'y');
  return forms;
}

/** A bare preposition element ("on"; not a particle of a phrasal verb, "back", "off"). */
function isBarePreposition(e: Element): boolean {
  if (e.kind === 'prep') return e.np === null && !OPENING_PARTICLES.has(e.prep);
  if (e.kind !== 'noun' || e.units.length !== 1) return false;
  const unit = e.units[0]!;
  return (
    unit.phrases.length === 0 && unit.exact !== null && SLOT_NEVER_OPENS.has(unit.exact) && !OPENING_PARTICLES.has(unit.exact)
  );
}

/** A pattern whose first element after the verb is a particle ("fire off", "call off"). */
function opensWithParticle(post: readonly Element[]): boolean {
  const first = post[0];
  if (first?.kind !== 'noun') return false;
  const unit = first.units[0]!;
  return unit.phrases.length === 0 && unit.exact !== null && OPENING_PARTICLES.has(unit.exact);
}

export class PatternCompiler {
  readonly #sets = new Map<string, Unit>();
  #order = 0;
  /** Every word the compiled patterns use, as written or through a synonym set. */
  readonly words = new Set<string>();

  constructor(synsets: Record<string, string[]>) {
    for (const [name, phrases] of Object.entries(synsets)) {
      const words = new Set<string>();
      const multi: string[][] = [];
      for (const phrase of phrases) {
        if (phrase.includes(' ')) multi.push(phrase.split(' '));
        else words.add(phrase);
      }
      this.#sets.set(name, { words, phrases: multi, exact: null });
    }
  }

  compile(raw: RawPattern): Pattern {
    const pre = (raw.pre ?? []).map((e) => this.#element(e));
    const post = raw.post.map((e) => this.#element(e));
    let words = 0;
    let bare = 0;
    for (const e of [...pre, ...post]) {
      words += e.weight;
      if (e.kind === 'prep' && e.np === null) bare++;
    }
    return {
      pre,
      post,
      code: raw.code,
      reverse: raw.reverse ?? null,
      compound: raw.compound === true,
      by: raw.by ? new Set(raw.by) : null,
      order: this.#order++,
      words,
      score: 2 * words - bare,
      firstGap: opensWithParticle(post) ? PARTICLE_GAP : FIRST_GAP,
      prepositionsOnly: [...pre, ...post].every(isBarePreposition),
      seen: 0,
    };
  }

  #unit(term: string): Unit {
    if (term.startsWith('&')) {
      const set = this.#sets.get(term.slice(1));
      if (!set) throw new Error(`lexicon verbs.json: pattern uses undefined synonym set ${term}`);
      for (const w of [...set.words, ...set.phrases.flat()]) this.words.add(w);
      return set;
    }
    const words = wordForms(term);
    for (const w of words) this.words.add(w);
    return { words, phrases: [], exact: term };
  }

  #element(raw: RawElement): Element {
    if (typeof raw === 'string') {
      if (raw === '+' || raw === '$' || raw === '^') return { kind: 'slot', weight: 0 };
      return { kind: 'noun', units: [this.#unit(raw)], weight: 1 };
    }
    if (Array.isArray(raw)) {
      const units = raw.map((t) => this.#unit(t as string));
      return { kind: 'noun', units, weight: units.length };
    }
    const np = raw.np === null ? null : this.#element(raw.np);
    return { kind: 'prep', prep: raw.p, np, weight: 1 + (np?.weight ?? 0) };
  }
}

/** Words that may start a match of the element, for the index of candidate patterns. */
export function anchorWords(pattern: Pattern): { words: string[]; before: boolean } | null {
  const first = (elements: Element[]): string[] | null => {
    for (const e of elements) {
      if (e.kind === 'prep') return [e.prep];
      if (e.kind === 'noun') {
        const u = e.units[0]!;
        return [...u.words, ...u.phrases.map((p) => p[0]!)];
      }
    }
    return null;
  };
  const post = first(pattern.post);
  if (post) return { words: post, before: false };
  const pre = first(pattern.pre);
  return pre ? { words: pre, before: true } : null;
}

/** Words matched only through a number variant ("sanction" for "sanctions") in the match being tried. */
let variants = 0;

/** Length of a unit's match at `at`, or 0. */
function matchUnit(unit: Unit, words: readonly string[], at: number): number {
  const w = words[at];
  if (w === undefined) return 0;
  if (unit.words.has(w)) {
    if (unit.exact !== null && w !== unit.exact) variants++;
    return 1;
  }
  for (const phrase of unit.phrases) {
    let k = 0;
    while (k < phrase.length && words[at + k] === phrase[k]) k++;
    if (k === phrase.length) return k;
  }
  return 0;
}

/** End of the element's match starting exactly at `at`, or -1. */
function matchElement(e: Element, words: readonly string[], at: number): number {
  if (at >= words.length) return -1;
  if (e.kind === 'slot') return at + 1;
  if (e.kind === 'prep') {
    if (words[at] !== e.prep) return -1;
    if (e.np === null) return at + 1;
    const saved = variants;
    for (let g = 0; g <= NP_GAP; g++) {
      variants = saved;
      const end = matchElement(e.np, words, at + 1 + g);
      if (end >= 0) return end;
    }
    return -1;
  }
  // A braced phrase: its words in order, at most one other word between two of them.
  let pos = at;
  for (let u = 0; u < e.units.length; u++) {
    let len = matchUnit(e.units[u]!, words, pos);
    if (len === 0 && u > 0) {
      len = matchUnit(e.units[u]!, words, pos + 1);
      if (len > 0) pos++;
    }
    if (len === 0) return -1;
    pos += len;
  }
  return pos;
}

/**
 * The word a caller puts for each later word of a proper name ("Jorge [Rojas]"): a name counts as one word of a gap,
 * so "declared Chilean ambassador Jorge Rojas persona non grata" is as near as "declared the ambassador ...".
 */
export const NAME_PART = '~';

/** Where an element may start after `from` past a gap of at most `gap` words (a name's later words not counted). */
function gapStarts(words: readonly string[], from: number, gap: number): number[] {
  const out: number[] = [];
  for (let at = from; at < words.length && out.length <= gap; at++) if (at === from || words[at] !== NAME_PART) out.push(at);
  return out;
}

/** End of the whole sequence matched from `from`, the first element within `firstGap` words; -1 if none. */
function matchSequence(
  elements: readonly Element[],
  index: number,
  words: readonly string[],
  from: number,
  firstGap: number,
): number {
  if (index === elements.length) return from;
  const e = elements[index]!;
  const saved = variants;
  for (const at of gapStarts(words, from, firstGap)) {
    // a slot stands for a noun phrase of the verb's own, not one inside a prepositional phrase ("returned from a
    // visit to" fills no "return ^ to")
    if (e.kind === 'slot' && SLOT_NEVER_OPENS.has(words[at]!)) break;
    variants = saved;
    const end = matchElement(e, words, at);
    if (end < 0) continue;
    // (a slot stands for a whole phrase: "returned a tooth of the hero Patrice Lumumba to")
    const rest = matchSequence(elements, index + 1, words, end, e.kind === 'slot' ? GAP + SLOT_PHRASE : GAP);
    if (rest >= 0) return rest;
  }
  variants = saved;
  return -1;
}

function matchBefore(elements: readonly Element[], words: readonly string[]): boolean {
  const saved = variants;
  for (let start = Math.max(0, words.length - WINDOWS.before); start < words.length; start++) {
    variants = saved;
    const end = matchSequence(elements, 0, words, start, 0);
    if (end >= 0 && words.length - end <= BEFORE_TAIL) return true;
  }
  variants = saved;
  return false;
}

/** Tries one pattern against the clause windows after and before the verb. */
export function matchPattern(
  pattern: Pattern,
  lemma: string,
  after: readonly string[],
  before: readonly string[] | null,
): PatternMatch | null {
  variants = 0;
  // a pattern that makes a phrase no event ("fight fires") says so only for the verbs it was written for, not for
  // every verb of its block ("attacked Russia with drones" stays an attack)
  if (pattern.code === null && pattern.reverse === null && pattern.by !== null && !pattern.by.has(lemma)) return null;
  // a bare preposition ("welcomed Y to +": hosting) is a use of the verbs the pattern was written for, too loose to
  // code the block's other verbs ("praised Y for its aid to Z")
  const bare =
    pattern.pre.length === 0 && pattern.post.length === 1 && pattern.post[0]!.kind === 'prep' && pattern.post[0]!.np === null;
  if (bare && pattern.by !== null && !pattern.by.has(lemma)) return null;
  if (pattern.pre.length > 0 && (before === null || !matchBefore(pattern.pre, before))) return null;
  let span = 0;
  if (pattern.post.length > 0) {
    span = matchSequence(pattern.post, 0, after, 0, pattern.firstGap);
    if (span < 0) return null;
  }
  return { pattern, span, variants, own: pattern.by?.has(lemma) === true };
}
