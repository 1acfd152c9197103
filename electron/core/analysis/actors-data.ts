import countriesJson from '../../../resources/gazetteer/countries.json' with { type: 'json' };
import demonymsJson from '../../../resources/gazetteer/demonyms.json' with { type: 'json' };
import metaJson from '../../../resources/gazetteer/meta.json' with { type: 'json' };
import nonActorsJson from '../../../resources/gazetteer/non-actors.json' with { type: 'json' };
import organisationsJson from '../../../resources/gazetteer/organisations.json' with { type: 'json' };
import personsJson from '../../../resources/gazetteer/persons.json' with { type: 'json' };
import statesJson from '../../../resources/gazetteer/states.json' with { type: 'json' };

/** Raw gazetteer files as shipped in resources/gazetteer, typed. */
export interface CountryRecord {
  code: string;
  alpha2: string;
  name: string;
  names: string[];
  capital: string | null;
}

/** [role, from, to (null = in office), country when it differs from the person's own]. */
export type RoleRecord = [string, string, string | null] | [string, string, string | null, string];

export interface PersonRecord {
  n: string;
  c: string;
  s: string[];
  a?: string[];
  g?: string;
  r: RoleRecord[];
}

export interface OrganisationRecord {
  code: string;
  name: string;
  kind: 'bloc' | 'organisation';
  names: string[];
}

export interface StatesRecord {
  aliases: Record<string, string[]>;
  historical: Record<string, string>;
  exclude: Record<string, string[]>;
  capitals: Record<string, string[]>;
  institutions: Record<string, string[]>;
  media: Record<string, string[]>;
  personNameRisk: string[];
  usStateNames: string[];
  ambiguousCapitals: string[];
}

export const gazetteerVersion: { version: string; currentTo: string } = metaJson;
export const countryRecords: CountryRecord[] = countriesJson.countries;
export const demonymRecords: Record<string, string[]> = demonymsJson;
export const stateRecords: StatesRecord = statesJson;
export const organisationRecords = organisationsJson.organisations as OrganisationRecord[];
export const personRecords = personsJson.persons as PersonRecord[];
export const nonActorPhrases: string[] = nonActorsJson.phrases;
