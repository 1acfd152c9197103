import type { PloverCategory } from '../../../api/analysis';
import { TRIGGERS, type TriggerEntry } from './triggers';

const IRREGULAR: Record<string, string[]> = {
  meet: ['met'],
  hold: ['held'],
  speak: ['spoke', 'spoken'],
  give: ['gave', 'given'],
  strike: ['struck'],
  freeze: ['froze', 'frozen'],
  break: ['broke', 'broken'],
  go: ['went', 'gone'],
  fight: ['fought'],
  shoot: ['shot'],
  lend: ['lent'],
  send: ['sent'],
  cut: ['cut'],
  withdraw: ['withdrew', 'withdrawn'],
  stand: ['stood'],
  seek: ['sought'],
  forbid: ['forbade', 'forbidden'],
  take: ['took', 'taken'],
};

/** Regular and irregular verb forms of a base form. */
export function verbForms(base: string): string[] {
  const out = new Set<string>([base, ...(IRREGULAR[base] ?? [])]);
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    out.add(`${stem}ies`).add(`${stem}ied`).add(`${base}ing`);
  } else if (base.endsWith('e')) {
    out
      .add(`${base}s`)
      .add(`${base}d`)
      .add(`${base.slice(0, -1)}ing`);
  } else {
    out
      .add(/(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`)
      .add(`${base}ed`)
      .add(`${base}ing`);
    if (/[^aeiou][aeiou][bdglmnprt]$/.test(base)) {
      const last = base[base.length - 1];
      out.add(`${base}${last}ed`).add(`${base}${last}ing`);
    }
  }
  return [...out];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordSource(word: string, noun: boolean): string {
  if (word === '_') return "(?:[\\w'’.-]+,?\\s+){0,4}?";
  if (word.endsWith('~')) return `${escape(word.slice(0, -1))}\\w*`;
  if (!word.endsWith('*')) return escape(word);
  const base = word.slice(0, -1);
  if (noun) return /[^aeiou]y$/.test(base) ? `(?:${base}|${base.slice(0, -1)}ies)` : `${escape(base)}(?:s|es)?`;
  return `(?:${verbForms(base)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`;
}

function patternSource(pattern: string, noun: boolean): string {
  const words = pattern.split(' ');
  let src = '';
  words.forEach((w, i) => {
    if (w === '_') src += wordSource(w, noun);
    else src += wordSource(w, noun) + (i < words.length - 1 ? '\\s+' : '');
  });
  return src;
}

export interface CompiledTrigger {
  entry: TriggerEntry;
  re: RegExp;
}

export interface TriggerMatch {
  entry: TriggerEntry;
  start: number;
  end: number;
  text: string;
}

export const COMPILED: CompiledTrigger[] = TRIGGERS.map((entry) => {
  const alts = entry.patterns.map((p) => patternSource(p, entry.noun === true));
  return { entry, re: new RegExp(`(?<![\\w-])(?:${alts.join('|')})(?![\\w])`, 'gi') };
});

/** All trigger matches in a text, longest first where two overlap. */
export function findTriggers(text: string): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (const { entry, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      found.push({ entry, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerMatch[] = [];
  for (const t of found) {
    if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const COOPERATIVE = new Set<PloverCategory>(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST']);

export function polarityOf(category: PloverCategory): 'cooperative' | 'conflictual' | 'neutral' {
  if (category === 'STATEMENT') return 'neutral';
  return COOPERATIVE.has(category) ? 'cooperative' : 'conflictual';
}
