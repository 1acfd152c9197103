import { compileActs, compileCategories, rawFamilies, rawNouns, rawSynsets } from './verb-data';
import { AUXILIARIES, clauseWindow, WINDOWS, type VerbWords } from './verb-clause';
import {
  anchorWords,
  matchPattern,
  OBJECT_ENDING_PREPOSITIONS,
  PatternCompiler,
  type Pattern,
  type PatternMatch,
} from './verb-patterns';
import type { CodedAct, LexiconStats, VerbLexicon, VerbSense } from './verb-types';

export type { CategoryRecord, CodedAct, LexiconStats, Modality, Polarity, Quad, VerbLexicon, VerbSense } from './verb-types';

/** One verb block of the dictionary with its patterns indexed by the word each must start with. */
interface Family {
  name: string;
  code: string | null;
  reverse: string | null;
  after: Map<string, Pattern[]>;
  before: Map<string, Pattern[]>;
  always: Pattern[];
}

/** A lemma's membership of one family, with its default code (the verb's own or the family's). */
interface Membership {
  family: Family;
  code: string | null;
  /** Matched against the family's patterns (verbs of saying are not). */
  patterns: boolean;
  /** The code is the verb's own, not its family's default. */
  own: boolean;
}

/** How many words of object may stand between a verb and its particle ("handed Hong Kong back"). */
const SEPARATED_REACH = 3;
/** Prepositions that end the object before a particle could follow it (the clause window ends at conjunctions). */
const SEPARATING = OBJECT_ENDING_PREPOSITIONS;

/** A multi-word verb ("call off", "ask for") reached from its inflected head word. */
interface Phrasal {
  lemma: string;
  particles: string[];
  family: Family;
  code: string | null;
}

/**
 * More pattern words, then fewer words matched only as a plural or singular variant, then a pattern written for
 * this verb over one written for another verb of its family, then more of the clause accounted for, then the
 * earlier pattern of the dictionary.
 */
function better(a: PatternMatch, b: PatternMatch): boolean {
  if (a.pattern.score !== b.pattern.score) return a.pattern.score > b.pattern.score;
  if (a.variants !== b.variants) return a.variants < b.variants;
  if (a.own !== b.own) return a.own;
  if (a.span !== b.span) return a.span > b.span;
  return a.pattern.order < b.pattern.order;
}

function index(map: Map<string, Pattern[]>, words: string[], pattern: Pattern): void {
  for (const w of new Set(words)) {
    const list = map.get(w);
    if (list) list.push(pattern);
    else map.set(w, [pattern]);
  }
}

function compile(): VerbLexicon {
  const categories = compileCategories();
  const acts = compileActs(categories);
  const known = (code: string | null, where: string): string | null => {
    if (code !== null && !acts.has(code)) throw new Error(`lexicon: ${where} uses CAMEO code ${code}, which codes.json lacks`);
    return code;
  };
  const compiler = new PatternCompiler(rawSynsets);
  const forms = new Map<string, VerbSense>();
  /** A form's sense is the verb's own code over a family default, and any code over none. */
  const ranks = new Map<string, number>();
  const memberships = new Map<string, Membership[]>();
  const phrasals = new Map<string, Phrasal[]>();
  const phrasalHeads = new Map<string, { lemma: string; family: string }>();
  const stats: LexiconStats = { families: 0, verbs: 0, forms: 0, patterns: 0, nouns: 0 };

  for (const raw of rawFamilies) {
    const family: Family = {
      name: raw.name,
      code: known(raw.code, `family ${raw.name}`),
      reverse: known(raw.reverse ?? null, `family ${raw.name}`),
      after: new Map(),
      before: new Map(),
      always: [],
    };
    stats.families++;
    for (const rawPattern of raw.patterns) {
      const pattern = compiler.compile(rawPattern);
      known(pattern.code, `a pattern of ${raw.name}`);
      known(pattern.reverse, `a pattern of ${raw.name}`);
      const anchor = anchorWords(pattern);
      if (anchor === null) family.always.push(pattern);
      else index(anchor.before ? family.before : family.after, anchor.words, pattern);
      stats.patterns++;
    }
    for (const verb of raw.verbs) {
      const code = verb.code === undefined ? family.code : known(verb.code, `verb ${verb.lemma}`);
      stats.verbs++;
      stats.forms += verb.forms.length;
      const membership = { family, code, patterns: verb.plain !== true, own: verb.code !== undefined };
      const list = memberships.get(verb.lemma);
      if (list) list.push(membership);
      else memberships.set(verb.lemma, [membership]);
      if (!verb.lemma.includes(' ')) {
        for (const form of verb.forms) {
          const existing = ranks.get(form);
          const rank = code === null ? 0 : membership.own ? 2 : 1;
          if (existing === undefined || rank > existing) {
            forms.set(form, { lemma: verb.lemma, family: raw.name, code });
            ranks.set(form, rank);
          }
        }
        continue;
      }
      const head = verb.head ?? 0;
      const headLemma = verb.lemma.split(' ')[head]!;
      // Auxiliary heads ("is determined") are not verbs of their own.
      if (AUXILIARIES.has(headLemma)) continue;
      const seen = new Set<string>();
      for (const form of verb.forms) {
        const words = form.split(' ');
        const particles = words.slice(head + 1);
        const key = particles.join(' ');
        if (particles.length > 0 && !seen.has(key)) {
          seen.add(key);
          const entry = { lemma: verb.lemma, particles, family, code };
          const list = phrasals.get(headLemma);
          if (list) list.push(entry);
          else phrasals.set(headLemma, [entry]);
        }
        const headForm = words[head]!;
        if (!phrasalHeads.has(headForm)) phrasalHeads.set(headForm, { lemma: headLemma, family: raw.name });
      }
    }
  }

  const nouns = new Map<string, CodedAct>();
  for (const [word, code] of Object.entries(rawNouns)) {
    known(code, `noun ${word}`);
    nouns.set(word, { ...acts.get(code)!, matched: 1 });
    stats.nouns++;
  }

  const verbWords: VerbWords = { isLemma: (word) => memberships.has(word) };
  let call = 0;
  const best = (
    family: Family,
    lemma: string,
    after: string[],
    before: string[] | null,
    current: PatternMatch | null,
    own: string | null = null,
  ): PatternMatch | null => {
    let top = current;
    const ownPolarity = own === null ? null : acts.get(own)!.polarity;
    const consider = (pattern: Pattern): void => {
      if (pattern.seen === call) return;
      pattern.seen = call;
      // a verb keeps the polarity of its own or its block's code against phrases written for other verbs of the
      // block ("took part" is cooperation, "seized parts of Iraq" is not), and none of them makes it a plain statement
      // ("denied the presence of" is a denial, "rejected the presence of" still a rejection)
      const used = pattern.code ?? pattern.reverse;
      // ("pressed on" is pressing's phrase: a phrase of prepositions alone that would change the verb's category belongs
      // to the verbs it was written for; "demanded a deal on" is no "press on")
      if (
        pattern.prepositionsOnly &&
        own !== null &&
        used !== null &&
        pattern.by !== null &&
        !pattern.by.has(lemma) &&
        acts.get(used)!.category !== acts.get(own)!.category
      )
        return;
      if (ownPolarity !== null && used !== null && pattern.by !== null && !pattern.by.has(lemma)) {
        const polarity = acts.get(used)!.polarity;
        if (polarity !== ownPolarity && ownPolarity !== 'neutral') return;
      }
      const m = matchPattern(pattern, lemma, after, before);
      if (m === null) return;
      if (top === null || better(m, top)) top = m;
    };
    for (const w of after) for (const p of family.after.get(w) ?? []) consider(p);
    if (before !== null) for (const w of before) for (const p of family.before.get(w) ?? []) consider(p);
    for (const p of family.always) consider(p);
    return top;
  };

  const fromMatch = (m: PatternMatch, extra: number): CodedAct | null => {
    const { code, reverse, compound } = m.pattern;
    const used = code ?? reverse;
    if (used === null) return null;
    return {
      ...acts.get(used)!,
      matched: m.pattern.words + extra,
      span: m.span + extra,
      reverse: code === null ? null : reverse,
      inverted: code === null,
      compound,
    };
  };

  const fromDefault = (code: string | null, family: Family): CodedAct | null => {
    if (code === null) return null;
    return { ...acts.get(code)!, reverse: code === family.code ? family.reverse : null };
  };

  const lexicon: VerbLexicon = {
    lookup(form) {
      const key = form.toLowerCase();
      const sense = forms.get(key);
      if (sense) return sense;
      const head = phrasalHeads.get(key);
      return head ? { lemma: head.lemma, family: head.family, code: null } : null;
    },

    code(lemma, afterWords, beforeWords) {
      const key = lemma.toLowerCase();
      const after = clauseWindow(afterWords, false, WINDOWS.after, verbWords);
      const before = beforeWords === undefined ? null : clauseWindow(beforeWords, true, WINDOWS.before);
      // A multi-word verb whose particles follow the head ("called off the talks") is coded as that verb.
      let phrasal: { entry: Phrasal; rest: string[] } | null = null;
      for (const entry of phrasals.get(key) ?? []) {
        const n = entry.particles.length;
        if (n > after.length || (phrasal !== null && n <= phrasal.entry.particles.length)) continue;
        let k = 0;
        while (k < n && after[k] === entry.particles[k]) k++;
        if (k === n) phrasal = { entry, rest: after.slice(n) };
      }
      const asPhrasal = (found: { entry: Phrasal; rest: string[] }, extra: number): CodedAct | null => {
        call++;
        const m = best(found.entry.family, found.entry.lemma, found.rest, before, null, found.entry.code);
        if (m !== null) return fromMatch(m, extra);
        const act = fromDefault(found.entry.code, found.entry.family);
        return act === null ? null : { ...act, matched: extra, span: extra };
      };
      if (phrasal !== null) return asPhrasal(phrasal, phrasal.entry.particles.length);
      // a particle after a short object ("handed Hong Kong back to China"), when the verb alone codes nothing: the
      // multi-word verb, with the object kept for its phrases
      const separated = (): CodedAct | null => {
        for (const entry of phrasals.get(key) ?? []) {
          if (entry.particles.length !== 1) continue;
          const k = after.slice(1, SEPARATED_REACH + 1).indexOf(entry.particles[0]!) + 1;
          if (k > 0 && after.slice(0, k).every((w) => !SEPARATING.has(w)))
            return asPhrasal({ entry, rest: [...after.slice(0, k), ...after.slice(k + 1)] }, 0);
        }
        return null;
      };
      const members = memberships.get(key);
      if (!members) return separated();
      call++;
      let top: PatternMatch | null = null;
      // the code the verb has without phrases: its own, else its block's default
      const own = (members.find((m) => m.own && m.code !== null) ?? members.find((m) => m.code !== null))?.code ?? null;
      for (const m of members) if (m.patterns) top = best(m.family, key, after, before, top, own);
      if (top !== null) return fromMatch(top, 0);
      const primary = members.find((m) => m.own && m.code !== null) ?? members.find((m) => m.code !== null) ?? members[0]!;
      return fromDefault(primary.code, primary.family) ?? separated();
    },

    noun(word) {
      return nouns.get(word.toLowerCase()) ?? null;
    },

    inPatterns(word) {
      return compiler.words.has(word);
    },

    act(code) {
      const act = acts.get(code);
      if (!act) throw new Error(`lexicon: unknown CAMEO code ${code}`);
      return act;
    },

    category(name) {
      const record = categories.get(name);
      if (!record) throw new Error(`lexicon: undeclared event category ${name}`);
      return record;
    },

    categories() {
      return [...categories.values()];
    },

    stats() {
      return { ...stats };
    },
  };
  return lexicon;
}

let cached: VerbLexicon | null = null;

/** The verb lexicon from resources/lexicon, compiled on first use. */
export function verbLexicon(): VerbLexicon {
  cached ??= compile();
  return cached;
}
