import type { Mention, Quote } from '../../../electron/api/analysis';
import { extractEvents, type SentenceSpan } from '../../../electron/core/analysis/events';

/** Hand-made actor lexicon for tests: surface form -> [actor, kind]. */
export type Lexicon = Record<string, [string, Mention['kind']]>;

export function mentionsOf(text: string, lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  const names = Object.keys(lexicon).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const re = new RegExp(`\\b${name.replace(/[.]/g, '\\.')}\\b`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + name.length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      out.push({ text: name, start, end, actor: lexicon[name][0], kind: lexicon[name][1] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function sentencesOf(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const re = /[^.!?]+(?:[.!?]+[”"]?|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

export function quotesOf(text: string, speaker: string, actor: string): Quote[] {
  const out: Quote[] = [];
  const re = /“[^”]*”/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, speaker, actor, kind: 'direct' });
  }
  return out;
}

export function eventsOf(text: string, lexicon: Lexicon, quotes: Quote[] = [], published = '2024-06-06') {
  return extractEvents({ text, sentences: sentencesOf(text), mentions: mentionsOf(text, lexicon), quotes, published });
}

export const pairs = (events: { source: string; target: string }[]) => events.map((e) => `${e.source}>${e.target}`);
