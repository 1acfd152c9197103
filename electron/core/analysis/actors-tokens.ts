/** A word or a single punctuation character, with UTF-16 offsets into the source text. */
export interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu;
const ASCII = /^[\x20-\x7e]*$/;
const MARKS = /\p{M}/gu;

/** Lower case, no diacritics, typographic apostrophes folded: the form the gazetteer is keyed on. */
export function normalizeToken(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    tokens.push({ text: m[0], key: normalizeToken(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

export function isUpperWord(word: string): boolean {
  return /\p{L}/u.test(word) && word === word.toUpperCase();
}
