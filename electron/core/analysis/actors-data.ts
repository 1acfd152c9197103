import agentsJson from '../../../resources/gazetteer/agents.json' with { type: 'json' };
import citiesJson from '../../../resources/gazetteer/cities.json' with { type: 'json' };
import countriesJson from '../../../resources/gazetteer/countries.json' with { type: 'json' };
import demonymsJson from '../../../resources/gazetteer/demonyms.json' with { type: 'json' };
import groupsJson from '../../../resources/gazetteer/groups.json' with { type: 'json' };
import metaJson from '../../../resources/gazetteer/meta.json' with { type: 'json' };
import nonActorsJson from '../../../resources/gazetteer/non-actors.json' with { type: 'json' };
import organisationsJson from '../../../resources/gazetteer/organisations.json' with { type: 'json' };
import historyJson from '../../../resources/gazetteer/persons-history.json' with { type: 'json' };
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
  s?: string[];
  a?: string[];
  g?: string;
  r: RoleRecord[];
  /** Dated office holders: 1 = the family name alone only inside a sentence, 2 = never alone. */
  u?: number;
  /** Dated office holders still in office when the dictionary was made: later terms are unknown. */
  o?: number;
}

/** A named armed group, NGO or company (kind nonstate) or an intergovernmental body (kind organisation). */
export interface GroupRecord {
  code: string;
  name: string;
  kind: 'nonstate' | 'organisation';
  /** ISO code of the group's home country, when it has one. */
  country?: string;
  /** CAMEO sector: REB (armed group), NGO, BUS (company), ... */
  sector: string;
  names: string[];
}

/** Agent nouns with their CAMEO sector: state ones (troops, officials) and non-state ones (rebels, companies). */
export interface AgentRecords {
  state: Record<string, string>;
  nonstate: Record<string, string>;
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
  /** Capitals and state bodies that stood for a former state until a date ("Moscow" in 1985 is the Soviet Union). */
  formerSeats: { names: string[]; actor: string; until: string }[];
}

export const gazetteerVersion: { version: string; currentTo: string } = metaJson;
export const countryRecords: CountryRecord[] = countriesJson.countries;
export const demonymRecords: Record<string, string[]> = demonymsJson;
/** Cities per state (not capitals), from the PETRARCH2 dictionaries. */
export const cityRecords: Record<string, string[]> = citiesJson.cities;
export const stateRecords: StatesRecord = statesJson;

const formerSeatsByName = new Map<string, { actor: string; until: string }>();
for (const seat of statesJson.formerSeats)
  for (const name of seat.names) formerSeatsByName.set(name.toLowerCase(), { actor: seat.actor, until: seat.until });

/** The state a capital or state body (`key`, lower case) stood for on `date`: a former state before its end. */
export function seatActor(key: string, actor: string, date: string): string {
  const seat = formerSeatsByName.get(key);
  return seat && date < seat.until ? seat.actor : actor;
}
export const organisationRecords = organisationsJson.organisations as OrganisationRecord[];
export const personRecords = personsJson.persons as PersonRecord[];
/** Office holders since 1945 from the PETRARCH2 dictionaries; their surnames alone count only while in office. */
export const historyRecords = historyJson.persons as PersonRecord[];
export const groupRecords = groupsJson.groups as GroupRecord[];
export const agentRecords: AgentRecords = agentsJson;
export const nonActorPhrases: string[] = nonActorsJson.phrases;
