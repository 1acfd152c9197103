import type { ActorKind } from '../../api/analysis';
import {
  countryRecords,
  cityRecords,
  demonymRecords,
  gazetteerVersion,
  groupRecords,
  historyRecords,
  nonActorPhrases,
  organisationRecords,
  personRecords,
  stateRecords,
} from './actors-data';
import type { PersonRecord } from './actors-data';
import { isCapitalized, isUpperWord, tokenize, type Token } from './actors-tokens';
import { childOf, countPhrases, newNode, nodeFor, type TrieNode } from './actors-trie';

export { gazetteerVersion };

export interface Role {
  role: string;
  from: string;
  to: string | null;
  country: string;
}

export interface Person {
  name: string;
  country: string;
  /** null when the source does not say (the dated office holders from the PETRARCH2 dictionaries). */
  female: boolean | null;
  /** From the PETRARCH2 dictionaries, whose state roles are complete: out of office means not a state actor. */
  dated?: boolean;
  /** The end of the dictionary's knowledge for a person in office then: later, out of office is not known. */
  knownTo?: string;
  roles: Role[];
  /** The family name used alone once the full name has appeared. */
  surname: string;
}

/** 'none' marks phrases that contain an actor name but are not actors (Washington Post, US dollar). */
export type EntryKind = ActorKind | 'none';

export interface GazetteerEntry {
  actor: string;
  kind: EntryKind;
  /** Per token: '0' any case, '1' capital initial, '2' exact (acronyms such as US, UN). */
  cases: string;
  /** The phrase's words as written; kept only when a word must match exactly (cases has a '2'). */
  pattern: string[] | null;
  person?: Person;
  /**
   * 'short': a listed surname form (Putin); 'auto': a family name valid once the person was named;
   * 'dated': a family name valid alone only while the person holds office at the article date (Reagan in 1985).
   */
  surname?: 'short' | 'auto' | 'dated';
  /** A 'dated' surname alone: 0 as any name, 1 only inside a sentence and apart from other names, 2 never. */
  alone?: number;
  /** Nationality and CAMEO sector of a non-state group (Hezbollah: LBN, REB). */
  country?: string;
  sector?: string;
  media?: boolean;
  nameRisk?: boolean;
  usState?: boolean;
  /** Bare "Korea"/"Korean": South unless the article implies the North. */
  korea?: boolean;
}

const EAST_ASIAN_ORDER = new Set(['CHN', 'KOR', 'PRK', 'TWN', 'VNM']);

const root: TrieNode<GazetteerEntry> = newNode();
/** First words of the phrases that may start in lower case ("state of Georgia", "de Gaulle"): other lower-case words start none. */
const lowerStarts = new Set<string>();
const names = new Map<string, string>();
const personsByName = new Map<string, Person>();

const caseStrings = new Map<string, string>();
function interned(text: string): string {
  const known = caseStrings.get(text);
  if (known !== undefined) return known;
  caseStrings.set(text, text);
  return text;
}

function caseMode(word: string): number {
  if (word.length >= 2 && isUpperWord(word)) return 2;
  return isCapitalized(word) ? 1 : 0;
}

function add(phrase: string, entry: Omit<GazetteerEntry, 'cases' | 'pattern'>): void {
  const tokens = tokenize(phrase);
  if (tokens.length === 0) return;
  const node = nodeFor(
    root,
    tokens.map((t) => t.key),
  );
  // Later words of an institution's name may be written in lower case ("the State department").
  const loose =
    (entry.kind === 'institution' || entry.kind === 'organisation' || entry.kind === 'bloc') && caseMode(tokens[0]!.text) > 0;
  const cases = tokens.map((t, k) => (loose && k > 0 && caseMode(t.text) === 1 ? 0 : caseMode(t.text))).join('');
  // Two fixed shapes (people; places and bodies) keep tens of thousands of entries small and on few hidden classes.
  const pattern = cases.includes('2') ? tokens.map((t) => t.text) : null;
  const full: GazetteerEntry = entry.person
    ? {
        actor: entry.actor,
        kind: entry.kind,
        cases: interned(cases),
        pattern,
        person: entry.person,
        surname: entry.surname,
        alone: entry.alone,
      }
    : {
        actor: entry.actor,
        kind: entry.kind,
        cases: interned(cases),
        pattern,
        country: entry.country,
        sector: entry.sector,
        media: entry.media,
        nameRisk: entry.nameRisk,
        usState: entry.usState,
        korea: entry.korea,
      };
  if (cases[0] === '0') lowerStarts.add(tokens[0]!.key);
  const list = (node.entries ??= []);
  const duplicate = list.some(
    (e) =>
      e.actor === full.actor &&
      e.kind === full.kind &&
      e.person === full.person &&
      e.surname === full.surname &&
      e.alone === full.alone,
  );
  if (!duplicate) list.push(full);
}

function toRoles(record: PersonRecord): Role[] {
  return record.r.map(([role, from, to, country]) => ({ role, from, to, country: country ?? record.c }));
}

function toPerson(record: PersonRecord, genderKnown: boolean): Person {
  const roles = toRoles(record);
  const parts = record.n.replace(/^(King|Queen|Emperor)\s+/, '').split(/\s+/);
  const eastern = EAST_ASIAN_ORDER.has(record.c) || roles.some((r) => EAST_ASIAN_ORDER.has(r.country));
  const surname = (eastern ? parts[0] : parts[parts.length - 1]) ?? record.n;
  return { name: record.n, country: record.c, female: genderKnown ? record.g === 'f' : null, roles, surname };
}

/** Korean family names: a given name after one is often written with a hyphen ("Roh Tae-woo" for "Roh Tae Woo"). */
const KOREAN_FAMILY_NAMES = /^(?:Kim|Ri|Pak|Choe|Yoon|Yun|Lee|Moon|Park|Roh|Chun|Choi|Chung|Jung|Han|Ban|Rhee|Kang|Cho|Hwang)$/;

function spacedVariants(name: string): string[] {
  const variants = new Set([name]);
  if (name.includes('-')) variants.add(name.replace(/-/g, ' '));
  const words = name.split(' ');
  if (words.length === 3 && KOREAN_FAMILY_NAMES.test(words[0] ?? '')) {
    variants.add(`${words[0]} ${words[1]}-${(words[2] ?? '').toLowerCase()}`);
  }
  return [...variants];
}

function build(): void {
  const risky = new Set(stateRecords.personNameRisk);
  const usStates = new Set(stateRecords.usStateNames);
  const ambiguousCapitals = new Set(stateRecords.ambiguousCapitals);
  const country = (actor: string, phrase: string, kind: ActorKind): void =>
    add(phrase, {
      actor,
      kind,
      nameRisk: risky.has(phrase),
      usState: usStates.has(phrase),
      korea: phrase === 'Korea' || phrase === 'Korean',
    });

  for (const c of countryRecords) {
    const excluded = new Set(stateRecords.exclude[c.code] ?? []);
    names.set(c.code, stateRecords.aliases[c.code]?.[0] ?? c.names.find((n) => !n.includes(' of ')) ?? c.name);
    for (const n of c.names) if (!excluded.has(n)) country(c.code, n, 'country');
    if (c.capital && !ambiguousCapitals.has(c.capital)) country(c.code, c.capital, 'capital');
  }
  for (const [code, list] of Object.entries(stateRecords.aliases)) {
    if (!names.has(code)) names.set(code, stateRecords.historical[code] ?? list[0] ?? code);
    for (const n of list) country(code, n, 'country');
  }
  country('KOR', 'Korea', 'country');
  for (const [code, list] of Object.entries(demonymRecords)) {
    for (const d of list) {
      country(code, d, 'demonym');
      if (/(an|i)$/.test(d)) country(code, `${d}s`, 'demonym');
    }
  }
  for (const [code, list] of Object.entries(stateRecords.capitals)) for (const n of list) country(code, n, 'capital');
  // a city is a place of its state (a target of what is done there), never a personal name's part
  for (const [code, list] of Object.entries(cityRecords))
    for (const n of list) add(n, { actor: code, kind: 'city', nameRisk: true, usState: false, korea: false });
  for (const [code, list] of Object.entries(stateRecords.institutions))
    for (const n of list) add(n, { actor: code, kind: 'institution' });
  for (const [code, list] of Object.entries(stateRecords.media))
    for (const n of list) add(n, { actor: code, kind: 'institution', media: true });
  for (const org of organisationRecords) {
    names.set(org.code, org.name);
    for (const n of org.names) add(n, { actor: org.code, kind: org.kind });
  }
  for (const record of personRecords) {
    const person = toPerson(record, true);
    personsByName.set(person.name, person);
    for (const n of [record.n, ...(record.a ?? [])])
      for (const v of spacedVariants(n)) add(v, { actor: person.country, kind: 'person', person });
    for (const s of record.s ?? []) add(s, { actor: person.country, kind: 'person', person, surname: 'short' });
    add(person.surname, { actor: person.country, kind: 'person', person, surname: 'auto' });
  }
  for (const record of historyRecords) {
    const known = personsByName.get(record.n);
    if (known) {
      // Earlier terms of a person the project lists itself.
      known.roles = [...toRoles(record), ...known.roles].sort((a, b) => a.from.localeCompare(b.from));
      continue;
    }
    const person: Person = { ...toPerson(record, false), dated: true };
    if (record.o) person.knownTo = person.roles.reduce((d, r) => (r.to !== null && r.to > d ? r.to : d), '');
    personsByName.set(person.name, person);
    // A one-word name (Suharto, or a bare surname in the source) is read like a listed surname.
    const single = !record.n.includes(' ');
    for (const n of [...(single ? [] : [record.n]), ...(record.a ?? [])])
      for (const v of spacedVariants(n)) add(v, { actor: person.country, kind: 'person', person });
    for (const s of [...(single ? [record.n] : []), ...(record.s ?? [])])
      add(s, {
        actor: person.country,
        kind: 'person',
        person,
        surname: 'dated',
        alone: single ? (record.u ?? 0) : 0,
      });
    if (!single) add(person.surname, { actor: person.country, kind: 'person', person, surname: 'dated', alone: record.u ?? 0 });
  }
  for (const group of groupRecords) {
    names.set(group.code, group.name);
    const extra = group.kind === 'nonstate' ? { country: group.country, sector: group.sector } : {};
    for (const n of group.names) add(n, { actor: group.code, kind: group.kind, ...extra });
  }
  for (const phrase of nonActorPhrases) add(phrase, { actor: '', kind: 'none' });
}

build();

function caseFits(entry: GazetteerEntry, tokens: Token[], start: number): boolean {
  const { cases } = entry;
  for (let k = 0; k < cases.length; k++) {
    const mode = cases.charCodeAt(k);
    const word = tokens[start + k]!.text;
    if (mode === 50 && word !== entry.pattern![k]) return false; // '2'
    if (mode === 49 && !isCapitalized(word)) return false; // '1'
  }
  return true;
}

export interface GazetteerMatch {
  start: number;
  end: number;
  entries: GazetteerEntry[];
}

/** Longest gazetteer phrase starting at token `start` whose capitalisation fits; token indices, end exclusive. */
export function matchAt(tokens: Token[], start: number): GazetteerMatch | null {
  const first = tokens[start];
  if (!first || (!isCapitalized(first.text) && !lowerStarts.has(first.key))) return null;
  let node: TrieNode<GazetteerEntry> | undefined = root;
  let best: GazetteerMatch | null = null;
  for (let i = start; i < tokens.length; i++) {
    let next: TrieNode<GazetteerEntry> | undefined = childOf(node, tokens[i]!.key);
    // "Colin L. Powell": a middle initial the name is listed without
    if (!next && i > start && /^\p{Lu}$/u.test(tokens[i]!.text) && tokens[i + 1]?.text === '.' && tokens[i + 2]) {
      next = childOf(node, tokens[i + 2]!.key);
      if (next) i += 2;
    }
    node = next;
    if (!node) break;
    if (node.entries) {
      const fitting = node.entries.filter((e) => caseFits(e, tokens, start));
      if (fitting.length > 0) best = { start, end: i + 1, entries: fitting };
    }
  }
  return best;
}

/** The country (or organisation) a person acts for on `date` (ISO; null = undated, see activeRole). */
export function personActor(person: Person, date: string | null): string {
  const current = activeRole(person, date);
  if (current || date === null) return current?.country ?? person.country;
  const d = date.slice(0, 10);
  const past = person.roles.filter((r) => r.from <= d);
  return (past[past.length - 1] ?? person.roles[0])?.country ?? person.country;
}

/**
 * The office `person` holds on `date` (ISO). With no date (an undated article) every office counts and the latest
 * is returned: the person is read as the state they served rather than as a private figure of today.
 */
export function activeRole(person: Person, date: string | null): Role | null {
  if (date === null) return person.roles[person.roles.length - 1] ?? null;
  const d = date.slice(0, 10);
  return person.roles.find((r) => r.from <= d && (r.to === null || d < r.to)) ?? null;
}

export function findPerson(name: string): Person | null {
  return personsByName.get(name) ?? null;
}

/** Display name of an actor code: 'RUS' -> 'Russia', 'NATO' -> 'NATO', 'WEST' -> 'the West'. */
export function actorName(code: string): string {
  const known = names.get(code);
  if (known) return known;
  // A non-state actor coded country + CAMEO sector: SYRREB -> "Syria (rebels)".
  const country = names.get(code.slice(0, 3));
  const sector = SECTOR_NAMES[code.slice(3, 6)];
  return country && sector ? `${country} (${sector})` : code;
}

/** CAMEO sector codes of non-state actors, as the app names them. */
const SECTOR_NAMES: Record<string, string> = {
  REB: 'rebels',
  UAF: 'armed group',
  OPP: 'opposition',
  PTY: 'party',
  BUS: 'business',
  MED: 'media',
  CVL: 'civilians',
  PPL: 'people',
  CRM: 'criminals',
  EDU: 'education',
  HLH: 'health',
  LAB: 'labour',
  AGR: 'agriculture',
  NGO: 'NGO',
  REL: 'religious',
  MUS: 'Muslim groups',
  CHR: 'Christian groups',
  JEW: 'Jewish groups',
  BUD: 'Buddhist groups',
  HIN: 'Hindu groups',
  REF: 'refugees',
  HRI: 'human rights groups',
  ENV: 'environmental groups',
  RAD: 'radicals',
  ELI: 'public figure',
};

export function gazetteerStats(): { countries: number; names: number; persons: number; organisations: number } {
  return {
    countries: countryRecords.length,
    names: countPhrases(root),
    persons: personsByName.size,
    organisations: organisationRecords.length,
  };
}
