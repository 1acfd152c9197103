// Generates resources/gazetteer/countries.json (ISO codes, English names, capitals) from the
// MIT-licensed i18n-iso-countries and countries-list packages. Run: node scripts/build/gazetteer.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');
const english = require('i18n-iso-countries/langs/en.json');
const { countries: countryList } = require('countries-list');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(root, 'resources/gazetteer/countries.json');
const meta = JSON.parse(readFileSync(resolve(root, 'resources/gazetteer/meta.json'), 'utf8'));

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

const data = {
  version: meta.version,
  currentTo: meta.currentTo,
  sources: ['i18n-iso-countries (MIT)', 'countries-list (MIT)'],
  countries,
};
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);
console.log(`wrote ${countries.length} countries to ${out}`);
