import type { AnalysisResult, TemporalExpression } from '../../api/analysis';
import { findDates } from './dates';
import { extractEvents } from './events';
import { findMentions } from './mentions';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';

/** The middle of the first calendar date, month or year the text names, as an ISO day; null when it names none. */
export function textDate(dates: readonly TemporalExpression[]): string | null {
  for (const d of dates) {
    if (d.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(d.earliest ?? '')) continue;
    const day = d.earliest as string;
    if (d.precision === 'day') return day;
    if (d.precision === 'month') return `${day.slice(0, 7)}-15`;
    if (d.precision === 'year') return `${day.slice(0, 4)}-07-01`;
  }
  return null;
}

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
  const dates = findDates(text, published);
  // office holders and seats of government are read as of the publication date, else as of the first date the text
  // names ("Tito broke with Stalin in 1948")
  const asOf = published ?? textDate(dates);
  const mentions = findMentions(text, asOf, lang);
  const quotes = findQuotes(text, mentions, asOf);
  // Events are coded for English text only; other languages get their country mentions and dates.
  const eventsCoded = lang === null || /^en\b/i.test(lang);
  const events = eventsCoded ? extractEvents({ text, sentences, mentions, quotes, dates, published }) : [];
  return { id: input.id, mentions, quotes, dates, events, lang, eventsCoded };
}
