// Office holders with dated state roles since 1945, from Phoenix.Countries.actors.txt, in the shape of
// resources/gazetteer/persons.json. Used by scripts/build/gazetteer.mjs.
import { readActorFile } from './gazetteer-phoenix.mjs';

/** A body's generic name the dictionary lists as a synonym ("Communist Party" for the Soviet Politburo): no name of it. */
const GENERIC_ALIAS = /^(?:communist|central|supreme|party)(?:\s+(?:party|committee|council|politburo))+$/i;

const SINCE = '1945-01-01';
/** The Soviet Union ended on this day; Phoenix codes Soviet office holders as RUS. */
const SOVIET_END = '1991-12-26';
/** CAMEO country codes that differ from the ISO 3166 codes the gazetteer uses. */
export const CAMEO_TO_ISO = { KSV: 'XKX', TMP: 'TLS', USR: 'SUN', FRY: 'YUG', SRP: 'SRB' };
/** Words that describe a person rather than name them (titles, "former"); a synonym is kept without them. */
const DESCRIPTORS = new Set(
  `PRESIDENT PRESIDENT-ELECT VICE FORMER EX EX- PRIME MINISTER MINISTERS PM GOV. GOV GOVERNOR GOVENOR SECRETARY GENERAL GEN.
  SEN. SENATOR KING QUEEN PRINCE PRINCESS CROWN SHEIKH SHEIK EMIR DR. DR MR. MR MRS. MRS MS CHANCELLOR KANZLER BUNDESKANZLER
  PREMIER LEADER FOREIGN DEFENCE DEFENSE CHAIRMAN CHAIRMAN. DEPUTY ACTING INTERIM THE U.S. US AMERICAN RUSSIAN SOVIET
  AMBASSADOR ENVOY COMMANDER MARSHAL FIELD ADMIRAL COLONEL COL. LT. LIEUTENANT CAPT. CAPTAIN MAJOR GENERAL GENERALISSIMO
  DICTATOR STRONGMAN MONARCH SULTAN AYATOLLAH GRAND LORD SIR DAME HIS HER MAJESTY HIGHNESS EXCELLENCY CHIEF JUSTICE
  OFFICIAL SPOKESMAN REP. REPRESENTATIVE CONGRESSMAN CONGRESSWOMAN MAYOR PREFECT HEAD OF STATE GOVERNMENT ELECT
  PRESIDENTIAL CANDIDATE NOMINEE OPPOSITION`.split(/\s+/),
);
const NOT_A_NAME = /^(ADMINISTRATION|GOVERNMENT|CABINET|REGIME|CAMP|ERA|DOCTRINE|AIDE|AIDES|SUPPORTERS|FAMILY|FOUNDATION)$/;
/** Lower-case name particles: "Charles de Gaulle", "Bashar al-Assad". */
const PARTICLES = new Set([
  'AL',
  'EL',
  'BIN',
  'BEN',
  'IBN',
  'DE',
  'DEL',
  'DA',
  'DI',
  'DU',
  'DOS',
  'DAS',
  'VAN',
  'VON',
  'DER',
  'LA',
  'LE',
  'Y',
]);

/**
 * GOV is a head of state or government or a foreign minister, GOVMIL a defence minister; military, intelligence
 * and police chiefs are kept too. Other ministers (GOVBUS, GOVAGR, ...) and ELI (elites: former officials,
 * private figures) are left out, so only the offices that act between states are loaded.
 */
function roleOf(sector) {
  if (sector === 'GOV') return 'gov';
  if (sector === 'GOVMIL') return 'dm';
  if (/^MIL/.test(sector)) return 'military';
  if (/^(SPY|GOVSPY)/.test(sector)) return 'intelligence';
  if (/^(COP|GOVCOP)/.test(sector)) return 'police';
  return null;
}

function titleWord(word) {
  if (PARTICLES.has(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .replace(/(^|[-'.])(\p{L})/gu, (_, sep, ch) => sep + ch.toUpperCase())
    .replace(/-(Al|El)-/g, (m) => m.toLowerCase());
}

/** Small words inside a name stay in lower case: "Organization of American States". */
const SMALL_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'ON', 'IN', 'TO', 'AT', 'BY']);

export function displayName(words) {
  return words
    .map((w, k) => (k > 0 && SMALL_WORDS.has(w) ? w.toLowerCase() : titleWord(w)))
    .join(' ')
    .replace(/ - /g, '-');
}

/** The synonym without leading titles and demonyms; null when it is not a personal name. */
function nameWithin(words, descriptors, bare = false) {
  let i = 0;
  const isDescriptor = (w) => descriptors.has(w) || w.split('-').every((p) => !p || descriptors.has(p));
  while (i < words.length && isDescriptor(words[i])) i++;
  if (bare && i > 0) return null;
  const rest = words.slice(i);
  if (rest.length === 0 || rest.some((w) => NOT_A_NAME.test(w) || isDescriptor(w))) return null;
  if (rest.some((w) => !/^[A-Z][A-Z.'-]*$/.test(w))) return null;
  return rest;
}

/** Merge overlapping terms of the same role and country. */
function mergeRoles(roles) {
  roles.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
  const out = [];
  for (const r of roles) {
    const last = out.findLast((o) => o[0] === r[0] && o[3] === r[3]);
    if (last && (last[2] === null || last[2] >= r[1])) {
      if (last[2] !== null && (r[2] === null || r[2] > last[2])) last[2] = r[2];
      continue;
    }
    out.push([...r]);
  }
  return out.sort((a, b) => a[1].localeCompare(b[1]));
}

/**
 * Persons with at least one state role after 1945. `knownCodes` is the set of ISO codes the gazetteer has;
 * `descriptorWords` adds demonyms and country names (upper case) to the words stripped from synonyms.
 * Returns {persons, skippedCodes}.
 */
export function historicalPersons(path, knownCodes, descriptorWords) {
  const descriptors = new Set([...DESCRIPTORS, ...descriptorWords]);
  const skipped = new Map();
  const persons = [];
  for (const block of readActorFile(path)) {
    const roles = [];
    for (const c of block.codes) {
      if (!c.dated || c.code.length < 6) continue;
      const role = roleOf(c.code.slice(3));
      if (!role) continue;
      let country = CAMEO_TO_ISO[c.code.slice(0, 3)] ?? c.code.slice(0, 3);
      if (!knownCodes.has(country)) {
        skipped.set(country, (skipped.get(country) ?? 0) + 1);
        continue;
      }
      const from = c.from ?? SINCE;
      const to = c.to;
      if ((to !== null && to <= SINCE) || (to !== null && to < from)) continue;
      const start = from < SINCE ? SINCE : from;
      if (country === 'RUS' && start < SOVIET_END) {
        roles.push([role, start, to !== null && to < SOVIET_END ? to : SOVIET_END, 'SUN']);
        if (to === null || to > SOVIET_END) roles.push([role, SOVIET_END, to, 'RUS']);
        continue;
      }
      roles.push([role, start, to, country]);
    }
    if (roles.length === 0) continue;
    const primary = nameWithin(block.primary, descriptors) ?? block.primary;
    const name = displayName(primary);
    const aliases = new Set();
    const surnames = new Set();
    for (const syn of block.synonyms) {
      const words = nameWithin(syn, descriptors);
      if (!words) continue;
      const text = displayName(words);
      if (text === name || GENERIC_ALIAS.test(text)) continue;
      // A surname the dictionary lists on its own (GORBACHEV), not one cut from a title (PRESIDENT_REAGAN).
      if (words.length === 1) {
        if (nameWithin(syn, descriptors, true)) surnames.add(text);
      } else aliases.add(text);
    }
    const merged = mergeRoles(roles);
    const country = merged.find((r) => r[0] === 'gov')?.[3] ?? merged[0][3];
    const record = { n: name, c: country };
    if (aliases.size > 0) record.a = [...aliases];
    if (surnames.size > 0) record.s = [...surnames];
    record.r = merged.map(([role, from, to, c]) => (c === country ? [role, from, to] : [role, from, to, c]));
    persons.push(record);
  }
  return { persons, skippedCodes: Object.fromEntries(skipped) };
}

const EAST_ASIAN_ORDER = new Set(['CHN', 'KOR', 'PRK', 'TWN', 'VNM']);

/**
 * Sets `u` on each record: how safely its family name stands alone. English words (by wink's English lexicon)
 * get 1; first names of two or more listed people, words of three letters or fewer (two for Chinese, Korean and
 * Vietnamese family names: Mao, Kim), numerals and demonyms get 2.
 */
/** True for words in wink's English lexicon (words outside it get ids above every lexicon entry). */
export function englishLexicon(require) {
  const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
  const its = nlp.its;
  const probe = nlp.readDoc('zzzzqqqq').tokens().itemAt(0).out(its.uniqueId);
  return (word) => nlp.readDoc(word.toLowerCase()).tokens().itemAt(0).out(its.uniqueId) < probe;
}

export function markSurnames(persons, ownPersons, descriptorWords, inLexicon) {
  const firstNames = new Map();
  for (const p of [...persons, ...ownPersons]) {
    const words = p.n.split(' ');
    if (words.length < 2 || EAST_ASIAN_ORDER.has(p.c)) continue;
    firstNames.set(words[0], (firstNames.get(words[0]) ?? 0) + 1);
  }
  for (const p of persons) {
    const words = p.n.split(' ');
    const eastern = EAST_ASIAN_ORDER.has(p.c) || p.r.some((r) => EAST_ASIAN_ORDER.has(r[3]));
    const surname = words.length === 1 ? p.n : eastern ? words[0] : words[words.length - 1];
    const upper = surname.toUpperCase();
    if (
      surname.length <= (eastern ? 2 : 3) ||
      /^[IVXL]+$/.test(upper) ||
      descriptorWords.has(upper) ||
      (firstNames.get(surname) ?? 0) >= 2
    )
      p.u = 2;
    else if (inLexicon(surname)) p.u = 1;
    if (p.s)
      p.s = p.s.filter(
        (x) => x.length > (eastern ? 2 : 3) && !descriptorWords.has(x.toUpperCase()) && (firstNames.get(x) ?? 0) < 2,
      );
    if (p.s?.length === 0) delete p.s;
  }
}
