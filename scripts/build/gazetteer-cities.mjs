// Cities of each state from Phoenix.Countries.actors.txt, where the dictionary lists them among the spellings of
// the country itself (UKRAINE_ ... +KHARKIV_ +ODESSA_ ... [UKR]). Used by scripts/build/gazetteer.mjs.
import { CAMEO_TO_ISO } from './gazetteer-history.mjs';
import { readActorFile } from './gazetteer-phoenix.mjs';

const titleCase = (words) => words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');

/**
 * ISO code -> city names. A record counts when its one undated code (or the code of its open term) is a state's and its primary phrase is a name
 * of that state. Its other spellings are cities unless they are a name, demonym or capital already known, a variant
 * spelling of the country (same first four letters), a word for its people or a nickname,
 * shorter than four letters, or listed under more than one state.
 */
export function countryCities(path, known, descriptorWords, taken) {
  const seen = new Map();
  for (const block of readActorFile(path)) {
    // the state's code today: its one undated code, or the code whose term is still open (Ukraine since 1991)
    const undated = block.codes.filter((c) => !c.dated);
    const current = undated.length === 1 ? undated[0] : block.codes.find((c) => c.dated && c.to === null);
    if (!current || (undated.length > 1 && !current.dated)) continue;
    const code = CAMEO_TO_ISO[current.code] ?? current.code;
    if (code.length !== 3 || !known.has(code)) continue;
    const primary = block.primary.join(' ');
    if (!descriptorWords.has(primary)) continue;
    for (const words of block.synonyms) {
      const name = words.join(' ');
      if (descriptorWords.has(name) || taken.has(name) || !/^[A-Z][A-Z' -]+$/.test(name)) continue;
      // another spelling of a known name ("The United States", "Republic of ...") rather than a city
      if (words[0] === 'THE' || words.some((w, k) => descriptorWords.has(words.slice(k).join(' ')))) continue;
      if (name.slice(0, 4) === primary.slice(0, 4) || name.length < 4 || words.some((w) => w.length < 3)) continue;
      // people and nicknames rather than places: "Englishman", "Americans", "Empire State"
      if (/(?:MAN|WOMAN|MEN|WOMEN|ANS|ESE|ISH|STATE)$/.test(name)) continue;
      const codes = seen.get(name) ?? new Set();
      codes.add(code);
      seen.set(name, codes);
    }
  }
  const out = {};
  for (const [name, codes] of [...seen].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (codes.size !== 1) continue;
    const [code] = codes;
    (out[code] ??= []).push(titleCase(name.split(' ')));
  }
  return Object.fromEntries(Object.entries(out).sort((a, b) => a[0].localeCompare(b[0])));
}
