import type { Quote } from '../../api/analysis';
import { SPEECH_VERBS } from './actors-words';
import type { QuoteSpan } from './actors-quote-spans';
import { speakerOf, type SpeakerMention } from './actors-speaker';
import type { Sentence } from './sentences';
import { isCapitalized, type Token } from './actors-tokens';

const LINKS = new Set([
  'also',
  'has',
  'have',
  'had',
  'previously',
  'repeatedly',
  'publicly',
  'later',
  'reportedly',
  'earlier',
  'again',
  'then',
  'further',
  'once',
  'recently',
  'had',
  'would',
  'will',
  'could',
  'may',
  'might',
  'did',
  'does',
  'not',
  'never',
  'on',
  'separately',
  'today',
  'yesterday',
]);
const AUDIENCE = new Set([
  'reporters',
  'journalists',
  'the',
  'press',
  'media',
  'lawmakers',
  'parliament',
  'him',
  'her',
  'them',
  'us',
  'me',
  'a',
  'an',
  'news',
  'conference',
  'agency',
  'briefing',
  'interviewer',
  'state',
  'television',
  'tv',
  'broadcaster',
  'radio',
  'newspaper',
  'audience',
  'crowd',
  'supporters',
  'officials',
  'his',
  'their',
  'counterpart',
  'delegates',
  'students',
  'guests',
  'leaders',
  'ministers',
]);
const PREAMBLE = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'statement',
  'interview',
  'speech',
  'briefing',
  'conference',
  'press',
  'news',
  'televised',
  'address',
  'post',
  'written',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'meeting',
  'call',
  'phone',
  'telephone',
  'late',
  'earlier',
  'last',
  'week',
  'this',
  'month',
  'year',
  'message',
  'social',
  'media',
  'x',
  'telegram',
  'separate',
]);
const BARE_OPENERS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'there',
  'no',
  'all',
  'some',
  'both',
  'neither',
  'any',
  'russia',
  'china',
]);
const BARE_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'warned',
  'claimed',
  'insisted',
  'argued',
  'stressed',
  'noted',
  'stated',
  'announced',
  'predicted',
  'believes',
  'emphasized',
  'emphasised',
]);

function insideSpan(spans: QuoteSpan[], offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}

const CHARGE_NOUNS: ReadonlySet<string> = new Set([
  'charge',
  'charges',
  'claim',
  'claims',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
]);

function clauseEnd(text: string, tokens: Token[], from: number, sentence: Sentence): number {
  let end = sentence.end;
  for (let k = from; k < tokens.length && tokens[k]!.start < sentence.end; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if ((t.key === 'and' || t.key === 'but') && next && SPEECH_VERBS.has(next.key)) {
      end = t.start;
      break;
    }
    // ("..., a charge Y denied": an apposition that names the words as a charge answers them and is none of them)
    const noun = next && /^(?:an?|the)$/.test(next.key) ? tokens[k + 2] : next;
    if (t.key === ',' && noun && CHARGE_NOUNS.has(noun.key)) {
      end = t.start;
      break;
    }
  }
  let e = end;
  while (e > from && /[\s.,;:!?\u201d"]/.test(text[e - 1]!)) e--;
  return e;
}

function subjectBefore(tokens: Token[], mentions: SpeakerMention[], v: number, sentence: Sentence): SpeakerMention | null {
  let k = v - 1;
  while (k >= 0 && tokens[k]!.start >= sentence.start && LINKS.has(tokens[k]!.key) && v - k <= 4) k--;
  const t = tokens[k];
  if (!t || t.start < sentence.start) return null;
  return mentions.find((m) => m.end === t.end && m.kind !== 'demonym') ?? null;
}

function unknownSubject(tokens: Token[], v: number, sentence: Sentence): string | null {
  const words: string[] = [];
  for (let k = v - 1; k >= 0 && tokens[k]!.start >= sentence.start && words.length < 3; k--) {
    const t = tokens[k]!;
    if (!/^\p{L}+$/u.test(t.text) || !isCapitalized(t.text)) break;
    words.unshift(t.text);
  }
  return words.length >= 2 ? words.join(' ') : null;
}

/** Start of the reported clause after the verb at token v, or -1 when the verb does not report a clause. */
function clauseStart(tokens: Token[], v: number, sentence: Sentence, mentions: SpeakerMention[]): number {
  let k = v + 1;
  const verb = tokens[v]!.key;
  let skipped = 0;
  while (k < tokens.length && tokens[k]!.start < sentence.end && skipped < 8) {
    const t = tokens[k]!;
    if (t.key === 'that') return k + 1;
    if (t.key === ',') {
      k++;
      skipped++;
      continue;
    }
    const skippable =
      (verb.startsWith('tell') || verb === 'told' ? AUDIENCE.has(t.key) : false) || PREAMBLE.has(t.key) || /^\d+$/.test(t.key);
    if (skipped === 0 && BARE_VERBS.has(verb)) {
      const atMention = mentions.some((m) => m.start === t.start && m.kind !== 'demonym');
      if (atMention || (BARE_OPENERS.has(t.key) && !PREAMBLE.has(t.key))) return k;
    }
    if (!skippable) return -1;
    k++;
    skipped++;
  }
  return -1;
}

/** "Putin said that …", "Lavrov said Russia would …", "according to X, …" as indirect quotes. */
export function findIndirectQuotes(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  mentions: SpeakerMention[],
  spans: QuoteSpan[],
): Quote[] {
  const quotes: Quote[] = [];
  let s = 0;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    while (s < sentences.length - 1 && sentences[s]!.end <= t.start) s++;
    const sentence = sentences[s]!;
    if (insideSpan(spans, t.start)) continue;
    if (t.key === 'according' && tokens[v + 1]?.key === 'to') {
      const at = tokens[v + 2]?.key === 'the' ? v + 3 : v + 2;
      const source = mentions.find(
        (m) => (m.start === tokens[at]?.start || m.start === tokens[v + 2]?.start) && m.kind !== 'demonym',
      );
      if (!source) continue;
      const before = text.slice(sentence.start, t.start).replace(/[\s,]+$/, '');
      const afterComma = text.indexOf(',', source.end);
      const useBefore = before.length > 0 && wordCountOf(before) >= 3;
      const from = useBefore ? sentence.start : afterComma >= 0 && afterComma < sentence.end ? afterComma + 1 : -1;
      if (from < 0) continue;
      const to = useBefore ? sentence.start + before.length : clauseEnd(text, tokens, v, sentence);
      pushClause(text, quotes, from, to, source);
      continue;
    }
    if (!SPEECH_VERBS.has(t.key) || t.key.endsWith('ing')) continue;
    const start = clauseStart(tokens, v, sentence, mentions);
    if (start < 0 || start >= tokens.length || tokens[start]!.start >= sentence.end) continue;
    if (insideSpan(spans, tokens[start]!.start)) continue;
    const subject = subjectBefore(tokens, mentions, v, sentence);
    const unknown = subject ? null : unknownSubject(tokens, v, sentence);
    if (!subject && !unknown) continue;
    const to = clauseEnd(text, tokens, start, sentence);
    if (subject) pushClause(text, quotes, tokens[start]!.start, to, subject);
    else pushClause(text, quotes, tokens[start]!.start, to, null, unknown);
  }
  return quotes;
}

function wordCountOf(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function pushClause(
  text: string,
  quotes: Quote[],
  from: number,
  to: number,
  source: SpeakerMention | null,
  name: string | null = null,
): void {
  let a = from;
  while (a < to && /\s/.test(text[a]!)) a++;
  if (to - a < 3 || wordCountOf(text.slice(a, to)) < 2) return;
  const who = source ? speakerOf(source) : { speaker: name, actor: null };
  quotes.push({ text: text.slice(a, to), start: a, end: to, speaker: who.speaker, actor: who.actor, kind: 'indirect' });
}
