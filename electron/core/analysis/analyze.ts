import type { AnalysisResult } from '../../api/analysis';
import { findDates } from './dates';
import { extractEvents } from './events';
import { findMentions } from './mentions';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';

/** Run the whole analysis of one article: sentences, actors, quotes, dates, and who did what to whom. */
export function analyze(input: { id: string | number; text: string; published?: string | null }): AnalysisResult {
  const published = input.published ?? null;
  const { text } = input;
  const sentences = splitSentences(text);
  const mentions = findMentions(text, published);
  const quotes = findQuotes(text, mentions, published);
  const dates = findDates(text, published);
  const events = extractEvents({ text, sentences, mentions, quotes, dates, published });
  return { id: input.id, mentions, quotes, dates, events };
}
