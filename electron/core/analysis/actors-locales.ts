import localesJson from '../../../resources/gazetteer/locales.json' with { type: 'json' };
import type { ActorMention } from './mentions';
import { normalizeToken, tokenize } from './actors-tokens';

/** Country names per language (resources/gazetteer/locales.json), compiled on first use of a language. */
const LOCALES = localesJson as { languages: Record<string, Record<string, string[]>>; exclude: Record<string, string[]> };
const LANGUAGES = LOCALES.languages;
/** Written without spaces between words: names are found as substrings. */
const UNSPACED = new Set(['zh', 'ja']);
/** Korean writes particles onto the noun (일본은, 일본과), Arabic prefixes (وسوريا, بمصر): names are found as substrings too. */
const SUBSTRING = new Set(['zh', 'ja', 'ko', 'ar']);
/** What may stand between a word start and a name in a spaced script: Arabic's one-letter prefixes and the article. */
const PREFIX: Record<string, RegExp> = { ar: /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)$/u };
/** Languages whose nouns take case endings: a name matches by its stem plus a short ending (Украина, Украины). */
const INFLECTED: Record<string, RegExp> = {
  ru: /^[аяыиоеёуюйьмхв]{0,3}$/u,
  uk: /^[аяиіоеєуюйьмхвї]{0,3}$/u,
  pl: /^[aeiouyąęóćjmchw]{0,3}$/u,
  cs: /^[aeiouyáéíóúůěmch]{0,3}$/u,
  de: /^(s|es|n|en)?$/u,
};
const STEM_END: Record<string, RegExp> = {
  ru: /[аяыиоеьй]$/u,
  uk: /[аяиіоеьй]$/u,
  pl: /[aeiouyąę]$/u,
  cs: /[aeiouyáéí]$/u,
};

const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;
const KATAKANA_CHAR = /^[\p{Script=Katakana}ー]$/u;

interface LocaleName {
  code: string;
  words: string[];
}

interface Compiled {
  byFirst: Map<string, LocaleName[]>;
  substrings: { text: string; code: string }[];
}

const compiled = new Map<string, Compiled | null>();

function stem(lang: string, word: string): string {
  const end = STEM_END[lang];
  return end && word.length >= 5 ? word.replace(end, '') : word;
}

function compile(lang: string): Compiled | null {
  const names = LANGUAGES[lang];
  if (!names) return null;
  const byFirst = new Map<string, LocaleName[]>();
  const substrings: { text: string; code: string }[] = [];
  for (const [code, list] of Object.entries(names)) {
    for (const name of list) {
      if (SUBSTRING.has(lang)) {
        substrings.push({ text: name, code });
        continue;
      }
      const words = tokenize(name).map((t) => stem(lang, t.key));
      if (words.length === 0) continue;
      const bucket = byFirst.get(words[0]!) ?? [];
      bucket.push({ code, words });
      byFirst.set(words[0]!, bucket);
    }
  }
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  substrings.sort((a, b) => b.text.length - a.text.length);
  return { byFirst, substrings };
}

/** Whether the article's language has its own country names here ('de', 'ru', 'ko', ...; English is the default). */
export function hasLocaleNames(lang: string | null | undefined): boolean {
  const base = baseLanguage(lang);
  return base !== null && base !== 'en' && LANGUAGES[base] !== undefined;
}

function baseLanguage(lang: string | null | undefined): string | null {
  return lang ? (lang.toLowerCase().split(/[-_]/)[0] ?? null) : null;
}

/** The stems a word may have: itself, or itself less an ending the language allows. */
function wordFits(lang: string, word: string, wanted: string): boolean {
  if (word === wanted) return true;
  const endings = INFLECTED[lang];
  return endings !== undefined && wanted.length >= 4 && word.startsWith(wanted) && endings.test(word.slice(wanted.length));
}

/** Country names written in the article's language, as `country` mentions in text order. */
export function findLocaleMentions(text: string, lang: string | null | undefined): ActorMention[] {
  const base = baseLanguage(lang);
  if (!base || base === 'en') return [];
  if (!compiled.has(base)) compiled.set(base, compile(base));
  const data = compiled.get(base);
  if (!data) return [];
  const found: ActorMention[] = [];
  if (SUBSTRING.has(base)) {
    const exclude = LOCALES.exclude[base] ?? [];
    const taken = new Uint8Array(text.length);
    for (const { text: name, code } of data.substrings) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        if (taken[at] || taken[at + name.length - 1]) continue;
        if (exclude.some((w) => text.startsWith(w, at))) continue;
        // Spaced scripts (Korean, Arabic) still need the name to start a word, after an allowed prefix.
        if (!UNSPACED.has(base) && !startsWord(text, at, PREFIX[base])) continue;
        // A katakana name inside a longer katakana word (タイ in タイトル) is not the country.
        if (KATAKANA.test(name) && (KATAKANA_CHAR.test(text[at - 1] ?? '') || KATAKANA_CHAR.test(text[at + name.length] ?? '')))
          continue;
        taken.fill(1, at, at + name.length);
        found.push({ text: name, start: at, end: at + name.length, actor: code, kind: 'country' });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!/^\p{Lu}/u.test(token.text) && !/^\p{Lu}/u.test(text[token.start] ?? '')) continue;
    const candidates = candidatesFor(data, base, normalizeToken(token.text));
    for (const c of candidates) {
      let ok = true;
      for (let k = 1; k < c.words.length && ok; k++)
        ok = tokens[i + k] !== undefined && wordFits(base, tokens[i + k]!.key, c.words[k]!);
      if (!ok) continue;
      const last = tokens[i + c.words.length - 1]!;
      found.push({ text: text.slice(token.start, last.end), start: token.start, end: last.end, actor: c.code, kind: 'country' });
      i += c.words.length - 1;
      break;
    }
  }
  return found;
}

function startsWord(text: string, at: number, prefix: RegExp | undefined): boolean {
  let k = at;
  while (k > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[k - 1]!)) k--;
  return k === at || (prefix !== undefined && prefix.test(text.slice(k, at)));
}

function candidatesFor(data: Compiled, lang: string, key: string): LocaleName[] {
  const out: LocaleName[] = [];
  for (let cut = 0; cut <= 3 && key.length - cut >= 3; cut++) {
    const bucket = data.byFirst.get(key.slice(0, key.length - cut));
    if (bucket) for (const c of bucket) if (wordFits(lang, key, c.words[0]!)) out.push(c);
  }
  return out.sort((a, b) => b.words.length - a.words.length);
}
