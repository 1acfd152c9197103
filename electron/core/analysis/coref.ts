import { ROLE_NOUNS, SENTENCE_OPENERS, SPEECH_VERBS } from './actors-words';
import { findPerson } from './gazetteer';
import { rolePhraseAt, type ScanContext } from './actors-context';
import type { ActorMention } from './mentions';
import { isCapitalized, type Token } from './actors-tokens';

/** Someone a later pronoun or title can point back to; actor null = a person the gazetteer does not know. */
interface Referent {
  actor: string | null;
  text?: string;
  person?: string;
  role?: string;
  female: boolean | null;
  sentence: number;
  token: number;
  subject: boolean;
}

const WINDOW = 3;
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our']);
// Last words of capitalised names that are organisations, places or events rather than people.
const NOT_PERSON_ENDINGS = new Set(
  `forum fair station council agency ministry university company bank group party association organization organisation institute
  center centre committee conference summit airlines airline airport street square hall house park times post news force army navy
  court church fund exchange index games cup league olympics festival day war act treaty agreement accord island islands city state
  province region river sea ocean mountains valley bay coast gulf canal bridge tower building hotel hospital school college academy
  foundation trust service services network media press television radio magazine journal review report program programme project
  initiative campaign movement front alliance union federation commission authority office department board corporation inc ltd co
  club team fc motors energy oil gas airways railways systems technologies labs studios records books`.split(/\s+/),
);
const TITLE_WINDOW = 5;
const PREPOSITIONS = new Set(['between', 'with', 'to', 'by', 'for', 'of', 'and', 'against', 'from', 'than', 'on', 'about', 'as']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'miss']);
const PRONOUNS = new Set(['he', 'his', 'him', 'she', 'her']);

function firstTokenAt(tokens: Token[], offset: number, from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < offset) k++;
  return k;
}

/** People the gazetteer does not know: "Ahmed Mohamed, a student", "Mr Clement", "Baird said"; later their surname alone. */
function unknownPeople(ctx: ScanContext, covered: Uint8Array): Referent[] {
  const { tokens } = ctx;
  const found: Referent[] = [];
  const surnames = new Set<string>();
  const isName = (t: Token | undefined): t is Token => t !== undefined && isCapitalized(t.text) && /^\p{L}{2,}$/u.test(t.text);
  const lower = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}/u.test(t.text);
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k] || !isName(tokens[k])) continue;
    let e = k;
    while (e < tokens.length && e - k < 4 && !covered[e] && isName(tokens[e])) e++;
    let b = k;
    while (b < e && SENTENCE_OPENERS.has(tokens[b]!.key)) b++;
    const next = tokens[e];
    const prev = tokens[b - 1];
    const length = e - b;
    const atStart = ctx.sentenceStart[ctx.sentenceOf[b] ?? 0] === b;
    const nameLike = length > 0 && !ctx.lowercase.has(tokens[b]!.key) && !NOT_PERSON_ENDINGS.has(tokens[e - 1]!.key);
    const honorific = HONORIFICS.has(prev?.key ?? '') || (prev?.text === '.' && HONORIFICS.has(tokens[b - 2]?.key ?? ''));
    const speaks = SPEECH_VERBS.has(next?.key ?? '');
    const fullName = length >= 2 && length <= 3 && nameLike && !ARTICLES.has(prev?.key ?? '') && !isName(next);
    const known = length === 1 && surnames.has(tokens[b]!.key);
    const subject = length === 1 && nameLike && (speaks || (atStart && lower(next)));
    if (length > 0 && (honorific || fullName || known || subject || (length >= 2 && speaks))) {
      if (length >= 2) surnames.add(tokens[e - 1]!.key);
      const female = ['ms', 'mrs', 'miss'].includes(prev?.key ?? '') || ['ms', 'mrs', 'miss'].includes(tokens[b - 2]?.key ?? '');
      found.push({ actor: null, female: female ? true : null, sentence: ctx.sentenceOf[b]!, token: b, subject: true });
    }
    k = e;
  }
  return found;
}

/** A comma closes a clause between the sentence subject at `from` and the pronoun at `to`. */
/** Whether the name opening at `from` ends at most three words before `to`, with no clause opening between. */
function subjectRightBefore(tokens: Token[], from: number, to: number): boolean {
  let j = from + 1;
  while (j < to && (/^\p{Lu}/u.test(tokens[j]!.text) || tokens[j]!.text === '-')) j++;
  return to - j <= 3 && !tokens.slice(j, to).some((t) => /^(?:and|but|that|who|which|after|before|when)$/i.test(t.text));
}

function ownClauseBefore(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i]!.text === ',') return true;
  return false;
}

function genderFits(ref: Referent, female: boolean): boolean {
  return ref.female === null || ref.female === female;
}

/**
 * Adds mentions for pronouns (he, his, him, she, her) and titles ("the president") that point back to a person
 * mentioned before, in the same or one of the previous sentences. No antecedent, no mention.
 */
export function resolveReferences(ctx: ScanContext, mentions: ActorMention[]): ActorMention[] {
  const { tokens, sentenceOf } = ctx;
  const covered = new Uint8Array(tokens.length);
  const mentionAt = new Map<number, ActorMention>();
  let cursor = 0;
  for (const m of mentions) {
    const first = firstTokenAt(tokens, m.start, cursor);
    cursor = first;
    mentionAt.set(first, m);
    for (let k = first; k < tokens.length && tokens[k]!.start < m.end; k++) covered[k] = 1;
  }
  const unknown = new Map<number, Referent>();
  for (const r of unknownPeople(ctx, covered)) unknown.set(r.token, r);

  const referents: Referent[] = [];
  const added: ActorMention[] = [];
  const subjectOf = new Map<number, Referent>();
  const addReferent = (r: Referent): void => {
    const prev = tokens[r.token - 1];
    r.subject = !subjectOf.has(r.sentence) && !(prev && PREPOSITIONS.has(prev.key));
    if (r.subject) subjectOf.set(r.sentence, r);
    referents.push(r);
  };
  const topic = (sentence: number, female: boolean): Referent | null => {
    for (let s = sentence - 1; s >= sentence - WINDOW && s >= 0; s--) {
      const r = subjectOf.get(s);
      if (r && genderFits(r, female)) return r;
    }
    return null;
  };

  for (let k = 0; k < tokens.length; k++) {
    const sentence = sentenceOf[k]!;
    const m = mentionAt.get(k);
    if (m) {
      // A person out of office is someone a pronoun can point to, but not a state actor: no mention for it.
      if (m.kind === 'nonstate' && m.person) addReferent({ actor: null, female: null, sentence, token: k, subject: false });
      if (m.kind === 'person') {
        const person = m.person ? findPerson(m.person) : null;
        addReferent({
          actor: m.actor,
          text: m.antecedent ?? m.text,
          person: m.person,
          role: m.role,
          female: person ? person.female : null,
          sentence,
          token: k,
          subject: false,
        });
      }
      continue;
    }
    const u = unknown.get(k);
    if (u) {
      addReferent(u);
      continue;
    }
    if (covered[k]) continue;
    const token = tokens[k]!;
    const pronoun = PRONOUNS.has(token.key);
    let target: Referent | null = null;
    let end = k + 1;
    if (pronoun && /^\p{L}+$/u.test(token.text)) {
      const female = token.key === 'she' || token.key === 'her';
      const own = subjectOf.get(sentence);
      if (token.key === 'him') {
        let subject: Referent | null = null;
        for (let r = referents.length - 1; r >= 0 && !target; r--) {
          const ref = referents[r]!;
          if (ref.sentence < sentence - WINDOW) break;
          // (not the subject of the verb right before it, "Sunak called him a tyrant"; the subject of the sentence
          // may be meant when "him" sits in a clause of its own, "After Putin ordered the invasion, Johnson called him")
          // (counted from the end of its name: "Pedro Pablo Kuczynski, warmly thanked him")
          const clauseSubject = ref.sentence === sentence && (k - ref.token <= 3 || subjectRightBefore(tokens, ref.token, k));
          if (clauseSubject) subject ??= ref;
          // (nor a title apposed to that subject: "the Peruvian leader, Pedro Castillo, criticised him")
          const apposed = subject !== null && ref !== subject && ref.actor === subject.actor && subject.token - ref.token <= 6;
          if (!clauseSubject && !apposed && (ref !== own || ownClauseBefore(tokens, ref.token, k)) && genderFits(ref, false))
            target = ref;
        }
      } else {
        target = own && genderFits(own, female) ? own : topic(sentence, female);
      }
    } else if (token.key === 'the') {
      const role = rolePhraseAt(tokens, k + 1);
      if (role && tokens[k + 1 + role.length]?.key !== 'of') {
        end = k + 1 + role.length;
        const fits = ROLE_NOUNS[role.role] ?? [];
        for (let r = referents.length - 1; r >= 0 && !target; r--) {
          const ref = referents[r]!;
          if (ref.sentence < sentence - TITLE_WINDOW) break;
          if (ref.actor && ref.role && fits.includes(ref.role)) target = ref;
        }
        if (!target) end = k + 1;
      }
    }
    if (!target || !target.actor) continue;
    const start = token.start;
    const stop = tokens[end - 1]!.end;
    const mention: ActorMention = {
      text: ctx.text.slice(start, stop),
      start,
      end: stop,
      actor: target.actor,
      kind: 'person',
      resolved: true,
    };
    if (target.person) mention.person = target.person;
    if (target.role) mention.role = target.role;
    if (target.text) mention.antecedent = target.text;
    added.push(mention);
    addReferent({ ...target, sentence, token: k, subject: false });
    k = end - 1;
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
