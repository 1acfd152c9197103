import type { Mention, Quote } from '../../api/analysis';
import { SENTENCE_OPENERS, SPEECH_VERBS, TITLE_WORDS } from './actors-words';
import { findIndirectQuotes } from './actors-indirect';
import { findQuoteSpans, type QuoteSpan } from './actors-quote-spans';
import { speakerOf, type Speaker, type SpeakerMention } from './actors-speaker';
import { splitSentences, type Sentence } from './sentences';
import { isCapitalized, tokenize, type Token } from './actors-tokens';

const SPEAKER_KINDS = new Set(['person', 'institution', 'country', 'capital', 'organisation', 'bloc']);
const AFTER_WINDOW = 7;
const CLAUSE_BREAKS = new Set(['and', 'but', 'while', 'as', 'because', 'which', 'who']);
const BEFORE_WINDOW = 5;

function mentionsIn(mentions: SpeakerMention[], from: number, to: number): SpeakerMention[] {
  return mentions.filter((m) => m.start >= from && m.end <= to && SPEAKER_KINDS.has(m.kind));
}

const HONORIFIC = /^(mr|mrs|ms|dr|prof)$/;

/** The capitalised name (a person the gazetteer does not know) that ends at `to` or, going forward, starts at `from`. */
function unknownName(text: string, tokens: Token[], from: number, to: number, forward: boolean): string | null {
  const inRange = tokens.filter((t) => t.start >= from && t.end <= to);
  const ordered = forward ? inRange : inRange.reverse();
  let first: Token | null = null;
  let last: Token | null = null;
  let words = 0;
  for (let i = 0; i < ordered.length && words < 4; i++) {
    const t = ordered[i]!;
    const title = TITLE_WORDS.has(t.key) || HONORIFIC.test(t.key) || t.key === 'professor';
    if (title && (forward ? words === 0 : words > 0)) {
      if (forward) continue;
      break;
    }
    const isWord = /^\p{L}+$/u.test(t.text) && isCapitalized(t.text) && !SENTENCE_OPENERS.has(t.key) && !title;
    const joiner =
      (t.text === '-' || t.text === "'" || t.text === '.') &&
      last !== null &&
      !/\s/.test(text.slice(Math.min(t.start, last.start), Math.max(t.end, last.end)));
    if (isWord) {
      first ??= t;
      last = t;
      words++;
    } else if (joiner || (t.text === '.' && (forward ? words === 0 : words > 0))) {
      continue;
    } else if (words > 0 || !forward || t.key !== ',') break;
  }
  if (!first || !last) return null;
  const [a, b] = forward ? [first, last] : [last, first];
  return text.slice(a.start, b.end);
}

function wordsBetween(tokens: Token[], from: number, to: number): Token[] {
  return tokens.filter((t) => t.start >= from && t.end <= to);
}

/** `"…," Putin said` / `"…," said Putin` / `"…," he told reporters`. */
function speakerAfter(text: string, tokens: Token[], mentions: SpeakerMention[], span: QuoteSpan, limit: number): Speaker | null {
  const window = wordsBetween(tokens, span.end, limit).slice(0, AFTER_WINDOW + 2);
  const words = window.filter((t) => /\p{L}/u.test(t.text));
  const verbIndex = words
    .slice(0, AFTER_WINDOW)
    .findIndex((t) => SPEECH_VERBS.has(t.key) && t.text === t.key && !t.key.endsWith('ing'));
  if (verbIndex < 0) return appositiveSpeaker(text, tokens, mentions, span, limit);
  const verb = words[verbIndex]!;
  if (window.some((t) => t.end <= verb.start && (/[.!?]/.test(t.text) || CLAUSE_BREAKS.has(t.key)))) return null;
  if (text.slice(span.end, verb.start).includes('\n')) return null;
  const before = mentionsIn(mentions, span.end, verb.start);
  if (before.length > 0) return speakerOf(before[before.length - 1]!);
  const next = words[verbIndex + 1];
  const after = next ? mentions.find((m) => m.start === next.start && SPEAKER_KINDS.has(m.kind)) : undefined;
  if (after) return speakerOf(after);
  const name =
    unknownName(text, tokens, span.end, verb.start, false) ??
    (text
      .slice(span.end, verb.start)
      .replace(/^[\s,]+/, '')
      .includes(',')
      ? unknownName(text, tokens, span.end, verb.start, true)
      : null) ??
    (next ? unknownName(text, tokens, next.start, limit, true) : null);
  return name ? { speaker: name, actor: null } : null;
}

/** `"…," Khaled Saleh, an editor at the paper, said.` */
function appositiveSpeaker(
  text: string,
  tokens: Token[],
  mentions: SpeakerMention[],
  span: QuoteSpan,
  limit: number,
): Speaker | null {
  const gap = /^[\s,]*/.exec(text.slice(span.end))![0].length;
  const sentenceEnd = text.slice(span.end, limit).search(/[.!?](\s|$)/);
  const stop = sentenceEnd < 0 ? limit : span.end + sentenceEnd;
  const window = wordsBetween(tokens, span.end + gap, stop);
  const verb = window.slice(0, 20).find((t) => SPEECH_VERBS.has(t.key) && t.text === t.key && !t.key.endsWith('ing'));
  if (!verb || !text.slice(span.end + gap, verb.start).includes(',')) return null;
  const first = mentions.find((m) => m.start === span.end + gap && SPEAKER_KINDS.has(m.kind));
  if (first) return speakerOf(first);
  const name = unknownName(text, tokens, span.end + gap, text.indexOf(',', span.end + gap), true);
  return name && name.includes(' ') ? { speaker: name, actor: null } : null;
}

/** `Putin said: "…"` / `He added, "…"` / `…, saying, "…"`. */
function speakerBefore(
  text: string,
  tokens: Token[],
  mentions: SpeakerMention[],
  span: QuoteSpan,
  sentence: Sentence,
): Speaker | null {
  const window = wordsBetween(tokens, sentence.start, span.start);
  let v = window.length - 1;
  while (v >= 0 && window.length - 1 - v <= BEFORE_WINDOW && !SPEECH_VERBS.has(window[v]!.key)) v--;
  if (v < 0 || window.length - 1 - v > BEFORE_WINDOW) return null;
  const verb = window[v]!;
  const subjects = mentionsIn(mentions, sentence.start, verb.start);
  if (/ing$/.test(verb.key)) {
    const first = subjects.find((m) => m.kind === 'person') ?? subjects[0];
    return first ? speakerOf(first) : { speaker: null, actor: null };
  }
  const last = subjects[subjects.length - 1];
  if (last && wordsBetween(tokens, last.end, verb.start).length <= 3) return speakerOf(last);
  const name = unknownName(text, tokens, Math.max(sentence.start, (window[v - 4] ?? window[0]!).start), verb.start, false);
  return { speaker: name, actor: null };
}

/** Short quotations count only with a speech verb right next to them: `"No," he said` but not `a "game changer"`. */
function adjacentSpeechVerb(tokens: Token[], span: QuoteSpan): boolean {
  const i = tokens.findIndex((t) => t.start >= span.end);
  const after = tokens.slice(i < 0 ? tokens.length : i, (i < 0 ? tokens.length : i) + 4);
  let j = tokens.findIndex((t) => t.start >= span.start);
  if (j < 0) j = tokens.length;
  const before = tokens.slice(Math.max(0, j - 3), j);
  return [...after, ...before].some((t) => SPEECH_VERBS.has(t.key) && t.text === t.key);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * Direct quotes with their speakers, then reported speech ("Lavrov said Russia would …") as kind 'indirect'.
 * Scare quotes (one or two words without a speech verb) are left out.
 */
export function findQuotes(text: string, mentions: Mention[], published: string | null): Quote[] {
  void published;
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const spans = findQuoteSpans(text);
  const quotes: Quote[] = [];
  let previous: { span: QuoteSpan; speaker: Speaker; after: boolean } | null = null;
  let s = 0;
  for (const span of spans) {
    while (s < sentences.length - 1 && sentences[s]!.end <= span.start) s++;
    const sentence = sentences[s]!;
    const inner = text.slice(span.innerStart, span.innerEnd).trim();
    const words = wordCount(inner);
    if (words === 0) continue;
    const nextSpan = spans.find((o) => o.start >= span.end);
    const limit = Math.min(nextSpan?.start ?? text.length, span.end + 120);
    const joined: boolean =
      previous !== null &&
      /^[\s,;:\u2014-]*(and|but|adding|he said|she said)?[\s,;:\u2014-]*$/i.test(text.slice(previous.span.end, span.start));
    const after = speakerAfter(text, tokens, mentions, span, limit);
    const continues =
      previous !== null &&
      previous.after &&
      !/["\u201c\u201d]/.test(text.slice(previous.span.end, span.start)) &&
      span.start - previous.span.end < 80;
    const found: Speaker | null =
      after ?? speakerBefore(text, tokens, mentions, span, sentence) ?? (joined || continues ? previous!.speaker : null);
    if (words <= 4 && !adjacentSpeechVerb(tokens, span)) continue;
    if (!found && !/[.!?,]$/.test(inner)) continue;
    const speaker: Speaker = found ?? { speaker: null, actor: null };
    const start = text.indexOf(inner, span.innerStart);
    quotes.push({
      text: inner,
      start,
      end: start + inner.length,
      speaker: speaker.speaker,
      actor: speaker.actor,
      kind: 'direct',
    });
    previous = { span, speaker, after: after !== null };
  }
  const direct = quotes.slice();
  for (const q of findIndirectQuotes(text, tokens, sentences, mentions, spans)) {
    if (!direct.some((d) => q.start < d.end && q.end > d.start)) quotes.push(q);
  }
  return quotes.sort((a, b) => a.start - b.start);
}
