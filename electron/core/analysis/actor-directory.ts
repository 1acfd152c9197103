import { countryRecords, organisationRecords, stateRecords } from './actors-data';
import { actorName } from './gazetteer';

/** An actor the gazetteer knows, for pickers: ISO alpha-3 countries, organisations and blocs. */
export interface ActorEntry {
  code: string;
  name: string;
  kind: 'country' | 'organisation' | 'bloc';
}

interface Indexed extends ActorEntry {
  /** Lower-cased names and the code, for prefix matching. */
  keys: string[];
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function buildDirectory(): Indexed[] {
  const byCode = new Map<string, Indexed>();
  const put = (code: string, kind: ActorEntry['kind'], names: string[]) => {
    const entry = byCode.get(code) ?? { code, name: actorName(code), kind, keys: [fold(code)] };
    for (const n of names) if (!entry.keys.includes(fold(n))) entry.keys.push(fold(n));
    byCode.set(code, entry);
  };
  for (const c of countryRecords) put(c.code, 'country', [actorName(c.code), c.name, ...c.names]);
  for (const [code, names] of Object.entries(stateRecords.aliases)) put(code, 'country', names);
  for (const o of organisationRecords) put(o.code, o.kind, [o.name, ...o.names]);
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const directory = buildDirectory();
const codes = new Set(directory.map((a) => a.code));

/** Whether a code names a gazetteer actor. */
export function isKnownActor(code: string): boolean {
  return codes.has(code);
}

/**
 * Actors whose code or one of whose names starts with the query (or has a word that does), best first:
 * the exact code, then names that start with it, then the rest.
 */
export function findActors(query: string, limit = 20): ActorEntry[] {
  const q = fold(query.trim());
  if (!q) return directory.slice(0, limit).map(({ code, name, kind }) => ({ code, name, kind }));
  const scored: Array<[number, Indexed]> = [];
  for (const a of directory) {
    let score = 0;
    if (a.keys[0] === q) score = 4;
    else if (fold(a.name).startsWith(q)) score = 3;
    else if (a.keys.some((k) => k.startsWith(q))) score = 2;
    else if (q.length >= 3 && a.keys.some((k) => k.split(/[\s-]+/).some((w) => w.startsWith(q)))) score = 1;
    if (score) scored.push([score, a]);
  }
  return scored
    .sort((x, y) => y[0] - x[0] || x[1].name.localeCompare(y[1].name))
    .slice(0, limit)
    .map(([, { code, name, kind }]) => ({ code, name, kind }));
}
