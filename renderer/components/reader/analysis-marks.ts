import type { ArticleAnalysis } from '../../../electron/api/models';
import type { Mark } from './marks';

export const EVIDENCE_NOTE = 'the evidence you opened';

/** Which kinds of highlight the reader shows. */
export interface MarkChoice {
  mentions: boolean;
  quotes: boolean;
  events: boolean;
}

/** Highlights for an article's text from its analysis, plus the evidence span it was opened at. */
export function analysisMarks(
  data: Pick<ArticleAnalysis, 'mentions' | 'quotes' | 'events'> | null,
  evidence: { start: number; end: number } | null,
  choice: MarkChoice,
): Mark[] {
  const marks: Mark[] = [];
  if (data && choice.mentions) {
    for (const m of data.mentions) marks.push({ start: m.start, end: m.end, kind: 'mention', note: `${m.actor} (${m.kind})` });
  }
  if (data && choice.quotes) {
    for (const q of data.quotes) {
      const who = [q.speaker ?? 'unknown speaker', q.actor].filter(Boolean).join(', ');
      marks.push({ start: q.start, end: q.end, kind: 'quote', note: `${q.kind} quote: ${who}` });
    }
  }
  if (data && choice.events) {
    for (const e of data.events) {
      const flags = (['negated', 'conditional', 'hypothetical', 'reported'] as const).filter((f) => e[f]);
      marks.push({
        start: e.start,
        end: e.end,
        kind: 'event',
        tone: e.polarity,
        note: `${e.source} → ${e.target}: ${e.category}, ${e.polarity}${flags.length ? ` (${flags.join(', ')})` : ''}`,
      });
    }
  }
  if (evidence) marks.push({ start: evidence.start, end: evidence.end, kind: 'evidence', note: EVIDENCE_NOTE });
  return marks;
}
