export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const TITLES = new Set(
  'mr mrs ms dr prof gen lt col capt cpt sgt maj adm cmdr sen rep gov pres st jr sr rev hon fr no nos vs inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec dept est approx fig vol ft mt'.split(
    ' ',
  ),
);
// Words that clearly open a new sentence after an abbreviation such as "U.S." or "Inc.".
const OPENERS = new Set(
  'the a an he she it they we i you this that these those there but and however in on at for after before when while his her their its our my meanwhile also yet so if as'.split(
    ' ',
  ),
);
const CLOSERS = /["'\u201d\u2019)\]]/;
const BOUNDARY = /[.!?\u2026]+["'\u201d\u2019)\]]*(?=\s)|\n\s*/g;

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function nextWord(text: string, from: number): string {
  const m = /^\s*["'\u201c\u2018(]?([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return m?.[1] ?? '';
}

/** True when the punctuation at `dot` ends an abbreviation or initial rather than a sentence. */
function isAbbreviation(text: string, dot: number, after: number): boolean {
  if (text[dot] !== '.') return false;
  const word = wordBefore(text, dot);
  const bare = word.replace(/\./g, '');
  if (bare.length === 0) return false;
  const next = nextWord(text, after);
  const opensSentence = OPENERS.has(next.toLowerCase()) && /^\p{Lu}/u.test(next);
  if (TITLES.has(bare.toLowerCase()) && !opensSentence) return true;
  if (/^\p{Lu}$/u.test(bare)) return !opensSentence;
  if (word.includes('.') && /^(\p{L}\.)+\p{L}$/u.test(word)) return !opensSentence;
  return false;
}

/** Splits text into sentences with UTF-16 offsets; line breaks always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), start: s, end: e });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const after = m.index + m[0].length;
    if (m[0][0] === '\n' || /\s/.test(m[0][0]!)) {
      push(m.index);
      start = after;
      continue;
    }
    let dot = m.index;
    while (dot + 1 < after && !CLOSERS.test(text[dot + 1]!) && /[.!?\u2026]/.test(text[dot + 1]!)) dot++;
    const next = nextWord(text, after);
    const startsUpper = /^[\p{Lu}\p{N}]/u.test(next) || /^\s*["\u201c\u2018(]/.test(text.slice(after, after + 3));
    if (!startsUpper || isAbbreviation(text, m.index, after)) continue;
    push(after);
    start = after;
  }
  push(text.length);
  return sentences;
}
