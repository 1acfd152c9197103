import { DAYS_AND_MONTHS, INSTITUTION_NOUNS, MARKET_WORDS, NOT_A_FIRST_NAME, ROLE_NOUNS, TITLE_WORDS } from './actors-words';
import { matchAt, type GazetteerMatch } from './gazetteer';
import { splitSentences } from './sentences';
import { isCapitalized, tokenize, type Token } from './actors-tokens';

/** The text being scanned for actors, tokenised once, with what the context rules need to know about it. */
export interface ScanContext {
  text: string;
  tokens: Token[];
  /** Sentence index of every token. */
  sentenceOf: Int32Array;
  /** Token index where each sentence starts. */
  sentenceStart: number[];
  titleCase: boolean[];
  /** Words that occur in lower case somewhere in the text: common words rather than names. */
  lowercase: Set<string>;
  published: string | null;
  /** False for text in another language: English-only readings (a surname alone, agent nouns) are skipped. */
  english: boolean;
}

function buildPhraseIndex(phrases: string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = tokenize(p).map((t) => t.key);
    const list = index.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    index.set(words[0]!, list);
  }
  return index;
}

export const INSTITUTIONS = buildPhraseIndex(INSTITUTION_NOUNS);
const ROLES = buildPhraseIndex(Object.keys(ROLE_NOUNS));

/** Longest phrase from `index` starting at token i; returns the token count. */
export function phraseAt(index: Map<string, string[][]>, tokens: Token[], i: number): { words: string[]; length: number } | null {
  const candidates = index.get(tokens[i]?.key ?? '');
  if (!candidates) return null;
  for (const words of candidates) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[i + k]?.key === words[k];
    if (ok) return { words, length: words.length };
  }
  return null;
}

export function rolePhraseAt(tokens: Token[], i: number): { role: string; length: number } | null {
  const hit = phraseAt(ROLES, tokens, i);
  return hit ? { role: hit.words.join(' '), length: hit.length } : null;
}

export function adjacent(tokens: Token[], text: string, a: number, b: number): boolean {
  const gap = text.slice(tokens[a]!.end, tokens[b]!.start);
  return gap.length <= 1 && !gap.includes('\n');
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && /^[\p{L}]/u.test(token.text);
}

function startsActorMatch(tokens: Token[], i: number): boolean {
  const m = matchAt(tokens, i);
  return m !== null && m.entries.some((e) => e.kind !== 'none' && e.surname !== 'auto' && e.surname !== 'dated');
}

/** A capitalised word right before the match that makes it part of a personal name (Michael Jordan, Valeska Paris). */
export function precededByName(ctx: ScanContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!isWord(prev) || !isCapitalized(prev.text) || !adjacent(ctx.tokens, ctx.text, i - 1, i)) return false;
  if (NOT_A_FIRST_NAME.has(prev.key) || DAYS_AND_MONTHS.has(prev.key) || startsActorMatch(ctx.tokens, i - 1)) return false;
  return ctx.sentenceStart[ctx.sentenceOf[i - 1]!] !== i - 1 || !ctx.lowercase.has(prev.key);
}

/** A capitalised word right after the match that makes it part of a company, team or venue name (Korea Zinc). */
export function followedByName(ctx: ScanContext, end: number): boolean {
  const next = ctx.tokens[end];
  if (!isWord(next) || !isCapitalized(next.text) || !adjacent(ctx.tokens, ctx.text, end - 1, end)) return false;
  // a model with a number ("Turkish F-16", "Russian Su-35") is made by the state's side, not a name it is part of
  const model = (k: number) => ctx.tokens[k]?.text === '-' && /^\d/.test(ctx.tokens[k + 1]?.text ?? '');
  if (/\d/.test(next.text) || model(end + 1)) return false;
  return !TITLE_WORDS.has(next.key) && !DAYS_AND_MONTHS.has(next.key) && !startsActorMatch(ctx.tokens, end);
}

/** Market words that are verbs too: "Turkey won a loan", "Israel pounds Gaza", "Japan and China exchange envoys". */
const VERB_LIKE_MARKET = new Set(['won', 'pound', 'pounds', 'share', 'shares', 'exchange', 'bond']);
const MARKET_NEXT =
  /^(?:fell|fall|falls|rose|rise|rises|slid|slide|slips?|hit|gain|gains|lost|lose|loses|rall(?:y|ies)|jump|jumps|surge|surges|tumble|tumbles|were|are|was|is|have|had|index|indices|market|markets|prices?|yields?|trading|traders|investors|and|or|in|on|at|for|to|of|from|by|with|against|this|last|since)$/;

/**
 * "Japan's Nikkei", "US stocks", "the UK's FTSE-100": markets and currencies, not the state. After a state's name a
 * word that is also a verb is the verb when an object follows it ("Turkey won a loan"); only a demonym or a
 * possessive makes "won" the currency ("the Korean won").
 */
export function followedByMarket(tokens: Token[], end: number, demonym = false): boolean {
  let j = end;
  let possessive = false;
  if (tokens[j]?.key === "'" && tokens[j + 1]?.key === 's') {
    j += 2;
    possessive = true;
    if (matchAt(tokens, j)?.entries.some((e) => e.kind === 'none')) return true;
  }
  const next = tokens[j];
  // ("US$2 billion", "A$500 million": a currency sign right after the name)
  if (next !== undefined && /^[$€£¥]$/.test(next.text) && next.start === tokens[j - 1]?.end) return true;
  if (next === undefined || !MARKET_WORDS.has(next.key)) return false;
  if (possessive || demonym || !VERB_LIKE_MARKET.has(next.key)) return true;
  // ("US shares fell", "Israel bond yields": what the market did follows; "Russia shares intelligence": an object)
  const after = tokens[j + 1];
  return next.key !== 'won' && (after === undefined || !isWord(after) || MARKET_NEXT.test(after.key) || /ed$/.test(after.key));
}

export const COMPASS: Record<string, string> = { north: 'PRK', south: 'KOR' };
export const CLAUSE_WORDS =
  /^(and|but|or|to|in|on|by|with|for|as|if|since|after|before|which|who|that|was|is|has|had|have|said|says|would|will|could|did|also)$/;

/** "Atlanta, Georgia" and "Seattle, Washington" name US states. */
export function afterCityComma(tokens: Token[], i: number): boolean {
  const comma = tokens[i - 1];
  const city = tokens[i - 2];
  return comma?.text === ',' && isWord(city) && isCapitalized(city.text);
}

// 'gov' is a dated office from the PETRARCH2 dictionaries: head of state or government or foreign minister.
const TITLES: Record<string, string[]> = {
  president: ['pres', 'gov'],
  'prime minister': ['pm', 'gov'],
  premier: ['pm', 'gov'],
  chancellor: ['chancellor', 'gov'],
  'foreign minister': ['fm', 'gov'],
  'foreign secretary': ['fm', 'gov'],
  secretary: ['fm', 'dm', 'gov'],
  'defence minister': ['dm'],
  'defense minister': ['dm'],
  king: ['hos', 'gov'],
  queen: ['hos', 'gov'],
  emperor: ['hos', 'gov'],
  leader: [],
  mr: [],
  mrs: [],
  ms: [],
};

/** Role codes of a capitalised title right before token i ("President Lee", "Prime Minister Johnson"); [] = any office. */
export function titleBefore(tokens: Token[], i: number): string[] | null {
  const j = tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
  const last = tokens[j];
  if (!last || !isCapitalized(last.text)) return null;
  const two = tokens[j - 1] ? `${tokens[j - 1]!.key} ${last.key}` : '';
  return TITLES[two] ?? TITLES[last.key] ?? null;
}

export function keyOf(tokens: Token[], match: GazetteerMatch): string {
  return tokens
    .slice(match.start, match.end)
    .map((t) => t.key)
    .join(' ');
}

function isTitleCase(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.text.length < 4 || !/^\p{L}+$/u.test(t.text)) continue;
    words++;
    if (isCapitalized(t.text)) capitals++;
  }
  return words >= 3 && capitals / words > 0.7;
}

export function scanContext(text: string, published: string | null, english = true): ScanContext {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const sentenceOf = new Int32Array(tokens.length);
  const sentenceStart: number[] = [];
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (s < sentences.length - 1 && tokens[k]!.start >= sentences[s]!.end) s++;
    sentenceOf[k] = s;
    if (sentenceStart[s] === undefined) sentenceStart[s] = k;
  }
  const titleCase = sentences.map(() => false);
  for (let k = 0; k < sentenceStart.length; k++) {
    const from = sentenceStart[k];
    if (from === undefined) continue;
    let to = from;
    while (to < tokens.length && sentenceOf[to] === k) to++;
    titleCase[k] = isTitleCase(tokens, from, to);
  }
  const lowercase = new Set<string>();
  for (const t of tokens) if (t.text === t.key) lowercase.add(t.key);
  return { text, tokens, sentenceOf, sentenceStart, titleCase, lowercase, published, english };
}
