/** The words of a verb's clause, as the phrase patterns read them. */

const WINDOW = 14;
const BEFORE_WINDOW = 8;

const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'unless',
  'if',
  'when',
  'said',
  'says',
  // (adjuncts of time and circumstance: "rejected the plan during his visit to Y" rejects no visit)
  'during',
  'amid',
  'despite',
]);

/**
 * Auxiliaries and modals: after the verb they start another verb group ("said the state is sending aid").
 * Not "may", which is as often the month.
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'am',
  'being',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'shall',
  'can',
  'could',
  'should',
  'must',
  'might',
  'does',
  'did',
]);

/** Which words are verbs in their base form, for the clause window (an infinitive after "to"). */
export interface VerbWords {
  isLemma(word: string): boolean;
}

const NO_VERBS: VerbWords = { isLemma: () => false };

const GERUND_PREPS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'from',
  'by',
  'about',
  'against',
  'without',
  'after',
  'before',
  'despite',
]);

function isPunctuation(code: number): boolean {
  return (
    code === 44 || // ,
    code === 46 || // .
    code === 59 || // ;
    code === 58 || // :
    code === 33 || // !
    code === 63 || // ?
    code === 40 || // (
    code === 41 || // )
    code === 8212 || // em dash
    code === 8211 // en dash
  );
}

/** Initials with their stops: "U.S.", "U.K.", "J.P.". */
const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;

function isQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 8216 || code === 8217 || code === 8220 || code === 8221;
}

/**
 * The words of one clause, one per token: lowercased, quotes stripped; stops at punctuation (also when
 * attached, "grant,"), at clause words, at an auxiliary after the verb, and after an infinitive ("to" and a verb)
 * or a gerund after a preposition. `fromEnd` reads backwards from the verb.
 */
/**
 * "its land, air and river borders": a comma inside a list of lower-case words joined by "and" or "or" ends no clause
 * (the comma a word of its own or at the word's end).
 */
const LIST_WORD = /^(?![a-z]+(?:ing|ed)$)[a-z]+$/;
function modifierListGoesOn(tokens: readonly string[], k: number, raw: string): boolean {
  if (raw !== ',' && !/^[a-z]+,$/.test(raw)) return false;
  let seen = false;
  for (let j = k + 1; j < tokens.length - 1; j++) {
    const w = tokens[j]!;
    if (/^(?:and|or|&)$/.test(w)) return seen && LIST_WORD.test(tokens[j + 1]!);
    if (w === ',' || (LIST_WORD.test(w.replace(/,$/, '')) && !CLAUSE_WORDS.has(w.replace(/,$/, '')))) seen ||= w !== ',';
    else return false;
  }
  return false;
}

export function clauseWindow(tokens: readonly string[], fromEnd: boolean, limit: number, verbs: VerbWords = NO_VERBS): string[] {
  const out: string[] = [];
  const n = tokens.length;
  let inList = false;
  for (let k = 0; k < n && out.length < limit; k++) {
    const raw = tokens[fromEnd ? n - 1 - k : k]!;
    let start = 0;
    let end = raw.length;
    while (start < end && isQuote(raw.charCodeAt(start))) start++;
    while (end > start && isQuote(raw.charCodeAt(end - 1))) end--;
    let stopAfter = false;
    // ("the U.S. ambassador": the stop of an abbreviation ends no clause)
    if (!fromEnd && inList && raw === ',') continue;
    if (!fromEnd && modifierListGoesOn(tokens, k, raw)) {
      inList = true;
      if (raw === ',') continue;
      end--;
    } else if (end > start && isPunctuation(raw.charCodeAt(end - 1)) && !ABBREVIATION.test(raw.slice(start, end))) {
      if (fromEnd) break;
      while (end > start && isPunctuation(raw.charCodeAt(end - 1))) end--;
      stopAfter = true;
    }
    if (start < end && isPunctuation(raw.charCodeAt(start))) {
      if (!fromEnd) break;
      while (start < end && isPunctuation(raw.charCodeAt(start))) start++;
      stopAfter = true;
    }
    if (end <= start) {
      // A quotation mark of its own keeps its place, so positions stay those of the caller's tokens.
      if (raw.length > 0 && !stopAfter) {
        out.push(raw);
        continue;
      }
      break;
    }
    const word = raw.slice(start, end).toLowerCase();
    if (inList && (word === 'and' || word === 'or')) {
      inList = false;
      out.push(word);
      continue;
    }
    if (CLAUSE_WORDS.has(word) || (!fromEnd && AUXILIARIES.has(word))) break;
    out.push(word);
    if (stopAfter) break;
    // "urged Japan to stop ...": the infinitive is a verb of its own, coded with its own words.
    if (!fromEnd && out.length > 1 && out[out.length - 2] === 'to' && verbs.isLemma(word)) break;
    // "accused Iran of plotting ...": so is a gerund after a preposition.
    if (!fromEnd && out.length > 1 && word.length > 5 && word.endsWith('ing') && GERUND_PREPS.has(out[out.length - 2]!)) break;
  }
  if (fromEnd) out.reverse();
  return out;
}

export const WINDOWS = { after: WINDOW, before: BEFORE_WINDOW } as const;
