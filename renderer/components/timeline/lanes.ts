/** Lane bookkeeping: which actors a set of lanes involves, and how a response's lanes map onto ours. */

interface Keyed {
  key: string;
}

/** Actor codes as the analyst typed them -> distinct upper-case codes, dropping what cannot be a code. */
export function normaliseActors(codes: string[]): string[] {
  return [...new Set(codes.map((c) => c.trim().toUpperCase()).filter((c) => /^[A-Z]{2,10}$/.test(c)))];
}

/** Every actor of a set of lanes (keys are `RUS` or `RUS>JPN`), at most `limit`. */
export function laneActors(lanes: Keyed[], limit = 60): string[] {
  const codes = new Set<string>();
  for (const l of lanes) for (const code of l.key.split('>')) codes.add(code);
  return [...codes].slice(0, limit);
}

/** For each of `theirs`, the index of the lane with the same key in `ours`, or -1. */
export function laneRemap(ours: Keyed[], theirs: Keyed[]): number[] {
  const index = new Map(ours.map((l, i) => [l.key, i]));
  return theirs.map((l) => index.get(l.key) ?? -1);
}
