/** An actor a briefing can be about: a country or organisation code and its name. */
export interface ActorChoice {
  code: string;
  name: string;
}

interface PairLike {
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
}

/** The actors that appear in the library's stances, each once, sorted by name. */
export function actorsFromPairs(pairs: readonly PairLike[]): ActorChoice[] {
  const byCode = new Map<string, string>();
  for (const p of pairs) {
    byCode.set(p.source, p.sourceName);
    byCode.set(p.target, p.targetName);
  }
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name));
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * Choices for what the analyst typed: the exact code first, then names that start with it,
 * then names that contain it. Accents and case are ignored.
 */
export function matchActors(query: string, actors: readonly ActorChoice[], limit = 8): ActorChoice[] {
  const q = fold(query);
  if (!q) return actors.slice(0, limit);
  const rank = (a: ActorChoice): number => {
    const name = fold(a.name);
    if (fold(a.code) === q) return 0;
    if (name === q) return 1;
    if (name.startsWith(q)) return 2;
    if (name.split(/[\s-]+/).some((w) => w.startsWith(q))) return 3;
    if (name.includes(q)) return 4;
    return -1;
  };
  return actors
    .map((a) => ({ a, r: rank(a) }))
    .filter((x) => x.r >= 0)
    .sort((x, y) => x.r - y.r || x.a.name.localeCompare(y.a.name))
    .slice(0, limit)
    .map((x) => x.a);
}

/**
 * The actor code for what was typed: a known code or name, or any 2-10 letter code the
 * analyst typed in capitals' place (an actor the library has not seen yet). Null when neither.
 */
export function resolveActor(input: string, actors: readonly ActorChoice[]): string | null {
  const q = fold(input);
  if (!q) return null;
  const known = actors.find((a) => fold(a.code) === q || fold(a.name) === q);
  if (known) return known.code;
  return /^[a-z]{2,10}$/.test(q) ? q.toUpperCase() : null;
}
