import type { AnalysisResult } from '../../api/analysis';
import { findDates } from './dates';
import { extractEvents } from './events';
import { findMentions } from './mentions';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';

/** Run the whole analysis of one article: sentences, actors, quotes, dates, and who did what to whom. */
export function analyze(input: {
  id: string | number;
  text: string;
  published?: string | null;
  lang?: string | null;
}): AnalysisResult {
  const published = input.published ?? null;
  const lang = input.lang ?? null;
  const { text } = input;
  const sentences = splitSentences(text);
  const mentions = findMentions(text, published, lang);
  const quotes = findQuotes(text, mentions, published);
  const dates = findDates(text, published);
  // Events are coded for English text only; other languages get their country mentions and dates.
  const eventsCoded = lang === null || /^en\b/i.test(lang);
  const events = eventsCoded ? extractEvents({ text, sentences, mentions, quotes, dates, published }) : [];
  return { id: input.id, mentions, quotes, dates, events, lang, eventsCoded };
}
