import type { ActorInfo } from '../../api/models';
import { countryRecords, organisationRecords, stateRecords } from './actors-data';
import { actorName } from './gazetteer';

/**
 * The actors an analyst may name in a correction: every country (current and historical), organisation and
 * bloc of the gazetteer, found by code or by any of their names.
 */
interface DirectoryEntry extends ActorInfo {
  /** Lower-cased names to match typed text against. */
  keys: string[];
}

function buildDirectory(): Map<string, DirectoryEntry> {
  const entries = new Map<string, DirectoryEntry>();
  const put = (code: string, kind: ActorInfo['kind'], names: string[]) => {
    const entry = entries.get(code) ?? { code, name: actorName(code), kind, keys: [] };
    for (const n of [entry.name, ...names]) {
      const key = n.toLowerCase();
      if (!entry.keys.includes(key)) entry.keys.push(key);
    }
    entries.set(code, entry);
  };
  for (const c of countryRecords) put(c.code, 'country', c.names);
  for (const [code, names] of Object.entries(stateRecords.aliases)) put(code, 'country', names);
  for (const [code, name] of Object.entries(stateRecords.historical)) put(code, 'country', [name]);
  for (const o of organisationRecords) put(o.code, o.kind, o.names);
  return entries;
}

const directory = buildDirectory();

/** The actor a code stands for, in any letter case ('usa' -> USA), or null when the gazetteer has none. */
export function actorByCode(code: string): ActorInfo | null {
  const entry = directory.get(code.trim().toUpperCase()) ?? directory.get(code.trim());
  return entry ? { code: entry.code, name: entry.name, kind: entry.kind } : null;
}

/**
 * Actors matching typed text, best first: the code itself, then names that start with the text, then names
 * with a word that starts with it ("korea" finds South Korea and North Korea).
 */
export function findActors(query: string, limit = 12): ActorInfo[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: Array<{ entry: DirectoryEntry; score: number }> = [];
  for (const entry of directory.values()) {
    let score = entry.code.toLowerCase() === q ? 0 : Infinity;
    for (const key of entry.keys) {
      if (key === q) score = Math.min(score, 1);
      else if (key.startsWith(q)) score = Math.min(score, key === entry.keys[0] ? 2 : 3);
      else if (key.split(/[\s\-.]+/).some((w) => w.startsWith(q))) score = Math.min(score, 4);
    }
    if (score < Infinity) scored.push({ entry, score });
  }
  scored.sort((a, b) => a.score - b.score || kindOrder(a.entry) - kindOrder(b.entry) || a.entry.name.localeCompare(b.entry.name));
  return scored.slice(0, limit).map(({ entry }) => ({ code: entry.code, name: entry.name, kind: entry.kind }));
}

const kindOrder = (e: ActorInfo) => (e.kind === 'country' ? 0 : 1);
