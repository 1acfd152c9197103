// Generates the gazetteer's derived data files in resources/gazetteer:
//   countries.json        ISO codes, English names, capitals (i18n-iso-countries, countries-list; MIT)
//   locales.json          country names in other languages (i18n-iso-countries; MIT)
//   cities.json           cities listed under their state (PETRARCH2 Phoenix dictionaries; MIT)
//   persons-history.json  office holders with dated state roles since 1945 (PETRARCH2 Phoenix dictionaries; MIT)
//   agents.json, groups.json  agent nouns, armed groups and international bodies (the same dictionaries)
// Run: node scripts/build/gazetteer.mjs   (the dictionaries are read from ../shared/data/lexicons/petrarch2,
// or $BRIEFING_SHARED/data/lexicons/petrarch2; without them only the package-derived files are written).
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAgents, buildGroups } from './gazetteer-groups.mjs';
import { englishLexicon, historicalPersons, markSurnames } from './gazetteer-history.mjs';
import { countryCities } from './gazetteer-cities.mjs';
import { buildLocales } from './gazetteer-locales.mjs';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');
const english = require('i18n-iso-countries/langs/en.json');
const { countries: countryList } = require('countries-list');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const folder = resolve(root, 'resources/gazetteer');
const dictionaries = resolve(process.env.BRIEFING_SHARED ?? resolve(root, '../shared'), 'data/lexicons/petrarch2');
const meta = JSON.parse(readFileSync(resolve(folder, 'meta.json'), 'utf8'));
const readJson = (name) => JSON.parse(readFileSync(resolve(folder, name), 'utf8'));

/** One record per line: small diffs when the data changes, still plain JSON. */
function writeRecords(name, head, key, records) {
  const lines = records.map((r) => ` ${JSON.stringify(r)}`).join(',\n');
  const top = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  writeFileSync(resolve(folder, name), `${top},\n "${key}": [\n${lines}\n ]\n}\n`);
  console.log(`wrote ${records.length} ${key} to resources/gazetteer/${name}`);
}

// Kosovo has no ISO 3166-1 code; XKX is the code the EU and the World Bank use.
const alpha3Overrides = { XK: 'XKX' };

const countries = [];
for (const [alpha2, value] of Object.entries(english.countries)) {
  const alpha3 = alpha3Overrides[alpha2] ?? isoCountries.alpha2ToAlpha3(alpha2);
  if (!alpha3) continue;
  const listed = countryList[alpha2];
  const englishNames = Array.isArray(value) ? value : [value];
  const names = new Set();
  for (const name of [...englishNames, listed?.name, ...(listed?.alias ?? [])]) {
    if (name && !name.includes(',') && !name.includes('(')) names.add(name);
  }
  const capital = listed?.capital ? listed.capital.split(',')[0].trim() : null;
  countries.push({ code: alpha3, alpha2, name: englishNames[0], names: [...names], capital });
}
countries.sort((a, b) => a.code.localeCompare(b.code));
writeFileSync(
  resolve(folder, 'countries.json'),
  `${JSON.stringify(
    {
      version: meta.version,
      currentTo: meta.currentTo,
      sources: ['i18n-iso-countries (MIT)', 'countries-list (MIT)'],
      countries,
    },
    null,
    1,
  )}\n`,
);
console.log(`wrote ${countries.length} countries to resources/gazetteer/countries.json`);

const locales = buildLocales(require, alpha3Overrides);
writeFileSync(resolve(folder, 'locales.json'), `${JSON.stringify(locales, null, 1)}\n`);
console.log(`wrote ${Object.keys(locales.languages).length} languages to resources/gazetteer/locales.json`);

if (!existsSync(resolve(dictionaries, 'Phoenix.Countries.actors.txt'))) {
  console.log(`PETRARCH2 dictionaries not found at ${dictionaries}: persons-history, agents and groups left as they are`);
  process.exit(0);
}

const states = readJson('states.json');
const known = new Set([...countries.map((c) => c.code), ...Object.keys(states.historical)]);
const descriptorWords = new Set();
for (const list of Object.values(readJson('demonyms.json'))) for (const d of list) descriptorWords.add(d.toUpperCase());
for (const c of countries) for (const n of c.names) descriptorWords.add(n.toUpperCase());

const DICTIONARY_DATE = '2014-01-30';
// The project's own entries stay authoritative from 2000 (or from their first listed term) on.
const own = new Map(readJson('persons.json').persons.map((p) => [p.n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), p]));
const history = historicalPersons(resolve(dictionaries, 'Phoenix.Countries.actors.txt'), known, descriptorWords);
// Heads of government the dictionaries lack (Stalin, Churchill, Adenauer, Nehru, de Gaulle, ...).
const extra = readJson('persons-history-extra.json').persons;
const listed = new Set(history.persons.map((p) => p.n));
const persons = extra.filter((p) => !listed.has(p.n));
// a person the dictionaries list with fewer terms (Khomeini only as head of the 1979 council) gets the extra ones
const extraByName = new Map(extra.map((p) => [p.n, p]));
for (const p of history.persons) {
  const more = extraByName.get(p.n);
  if (!more) continue;
  const starts = new Set(p.r.map((r) => r[1]));
  p.r = [...p.r, ...more.r.filter((r) => !starts.has(r[1]))].sort((a, b) => a[1].localeCompare(b[1]));
  for (const key of ['s', 'a']) if (more[key]) p[key] = [...new Set([...(p[key] ?? []), ...more[key]])];
}
for (const p of history.persons) {
  const mine = own.get(p.n.toLowerCase());
  if (!mine) {
    // Phoenix is current to its CountryInfo date; a term still open then is not assumed to go on.
    const open = p.r.some((r) => r[2] === null || r[2] >= DICTIONARY_DATE);
    const r = p.r.map((x) => (x[2] === null ? [x[0], x[1], DICTIONARY_DATE, ...x.slice(3)] : x));
    persons.push(open ? { ...p, r, o: 1 } : { ...p, r });
    continue;
  }
  const first = mine.r.reduce((d, r) => (r[1] < d ? r[1] : d), '2000-01-01');
  const earlier = p.r
    .filter((r) => r[1] < first)
    .map((r) => [r[0], r[1], r[2] === null || r[2] > first ? first : r[2], ...r.slice(3)]);
  if (earlier.length > 0) persons.push({ n: mine.n, c: p.c, r: earlier });
}
const isEnglishWord = englishLexicon(require);
markSurnames(persons, [...own.values()], descriptorWords, isEnglishWord);
writeRecords(
  'persons-history.json',
  {
    about:
      'Generated by scripts/build/gazetteer.mjs from Phoenix.Countries.actors.txt (PETRARCH2, MIT). Office holders with dated state roles since 1945: gov = head of state or government or foreign minister, dm = defence minister, military, intelligence, police. A person listed in persons.json keeps only the terms before its own entries there; terms still open in the dictionary end at its date (2014-01-30), and o = 1 marks such a person: after that date the app does not know whether they hold office. Soviet terms are SUN.',
    source: 'openeventdata/petrarch2 petrarch2/data/dictionaries/Phoenix.Countries.actors.txt at commit 676801c',
  },
  'persons',
  persons,
);
if (Object.keys(history.skippedCodes).length > 0) console.log('codes without a country:', history.skippedCodes);

const capitalNames = Object.values(states.capitals).flat();
// names the gazetteer reads otherwise: capitals, US states, breakaway regions (no city of the state they left), and the
// states' names in other languages (Deutschland)
const localeNames = Object.values(locales.languages).flatMap((byCode) => Object.values(byCode).flat());
const taken = new Set(
  [
    ...countries.map((c) => c.capital).filter(Boolean),
    ...capitalNames,
    ...states.usStateNames,
    ...states.breakawayRegions,
    ...localeNames,
  ].map((n) => n.toUpperCase()),
);
const cities = countryCities(resolve(dictionaries, 'Phoenix.Countries.actors.txt'), known, descriptorWords, taken);
writeFileSync(
  resolve(folder, 'cities.json'),
  `${JSON.stringify(
    {
      about:
        'Generated by scripts/build/gazetteer.mjs: cities that Phoenix.Countries.actors.txt (PETRARCH2, MIT) lists among the spellings of their state, less names, demonyms, capitals, variant spellings, words for people, nicknames and names under two states. A city in a sentence stands for its state when the sentence does not start with it.',
      cities,
    },
    null,
    1,
  )}\n`,
);
console.log(
  `wrote ${Object.values(cities).flat().length} cities of ${Object.keys(cities).length} states to resources/gazetteer/cities.json`,
);

const agents = buildAgents(resolve(dictionaries, 'Phoenix.agents.txt'), readJson('agents-extra.json'));
writeFileSync(resolve(folder, 'agents.json'), `${JSON.stringify(agents, null, 1)}\n`);
console.log(`wrote ${Object.keys(agents.state).length} state and ${Object.keys(agents.nonstate).length} non-state agent nouns`);

const organisations = readJson('organisations.json').organisations;
const groups = buildGroups(
  resolve(dictionaries, 'Phoenix.MilNonState.actors.txt'),
  resolve(dictionaries, 'Phoenix.International.actors.txt'),
  known,
  organisations,
  descriptorWords,
  isEnglishWord,
);
writeRecords('groups.json', groups.head, 'groups', groups.records);
copyFileSync(resolve(dictionaries, 'LICENSE'), resolve(folder, 'PETRARCH2-LICENSE'));
