import type { Mention } from '../../../api/analysis';

/** Divided countries whose halves an article calls "the North" and "the South" once both are named. */
const HALVES: { name: string; north: string; south: string }[] = [
  { name: 'Korea', north: 'PRK', south: 'KOR' },
  { name: 'Sudan', north: 'SDN', south: 'SSD' },
];

const BOTH = /\b(North|South) and (?:North|South) (Korea|Sudan)\b/g;
const HALF =
  /\b[Tt]he (North|South|north|south)\b(?![\s-]+(?:Korea|Sudan|of|Pole|America|Africa|Atlantic|Pacific|Sea|China|Island|East|West|Korean|Sudanese)\b)/g;

/** Extra mentions for "North and South Korea", "the South", "the north" in articles about a divided country. */
export function ellipticalMentions(text: string, mentions: Mention[]): Mention[] {
  const present = new Set(mentions.map((m) => m.actor));
  const out: Mention[] = [];
  const free = (start: number, end: number) => !mentions.some((m) => start < m.end && m.start < end);
  for (const m of text.matchAll(BOTH)) {
    const pair = HALVES.find((h) => h.name === m[2]);
    if (!pair) continue;
    const start = m.index ?? 0;
    const actor = m[1] === 'North' ? pair.north : pair.south;
    if (free(start, start + m[1].length)) out.push({ text: m[1], start, end: start + m[1].length, actor, kind: 'country' });
  }
  const pair = HALVES.find((h) => present.has(h.north) && present.has(h.south));
  if (!pair) return out;
  for (const m of text.matchAll(HALF)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    out.push({ text: m[0], start, end, actor: m[1].toLowerCase() === 'north' ? pair.north : pair.south, kind: 'country' });
  }
  return out;
}
