// English verb and noun inflection as the PETRARCH2 dictionaries assume it (regular forms only).

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowel = (c) => VOWELS.has(c);
export const syllables = (w) => (w.match(/[aeiouy]+/g) ?? []).length;

/** A final consonant-vowel-consonant whose consonant doubles (ban -> banned); for longer words both spellings. */
function doubling(w) {
  const n = w.length;
  if (n < 3) return 'no';
  const [a, b, c] = [w[n - 3], w[n - 2], w[n - 1]];
  // "qu" is a consonant sound: equip -> equipped, quit -> quitted.
  const quBefore = a === 'u' && w[n - 4] === 'q';
  if ((isVowel(a) && !quBefore) || !isVowel(b) || isVowel(c) || 'wxy'.includes(c)) return 'no';
  if (n >= 4 && isVowel(w[n - 4]) && !quBefore) return 'no';
  return syllables(w) === 1 ? 'yes' : 'both';
}

function thirdPerson(w) {
  if (/(s|x|z|ch|sh|o)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

function withSuffix(w, suffix) {
  const d = doubling(w);
  const doubled = w + w[w.length - 1] + suffix;
  if (d === 'yes') return [doubled];
  if (d === 'both') return [w + suffix, doubled];
  return [w + suffix];
}

function past(w) {
  if (w.endsWith('e')) return [w + 'd'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ied'];
  if (w.endsWith('c')) return [w + 'ked'];
  return withSuffix(w, 'ed');
}

function progressive(w) {
  if (w.endsWith('ie')) return [w.slice(0, -2) + 'ying'];
  if (/[^eoy]e$/.test(w)) return [w.slice(0, -1) + 'ing'];
  if (w.endsWith('c')) return [w + 'king'];
  return withSuffix(w, 'ing');
}

export const regularForms = (w) => [w, thirdPerson(w), ...past(w), ...progressive(w)];

/** Regular plural as PETRARCH forms it, with -s/-x/-z/-ch/-sh taking -es. */
export function plural(phrase) {
  const words = phrase.split(' ');
  const w = words[words.length - 1];
  let p;
  if (/(s|x|z|ch|sh)$/.test(w)) p = w + 'es';
  else if (/[^aeiou]y$/.test(w)) p = w.slice(0, -1) + 'ies';
  else p = w + 's';
  return [...words.slice(0, -1), p].join(' ');
}
