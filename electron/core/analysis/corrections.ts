import type { Polarity } from '../../api/analysis';
import type { StoredEvent } from '../../api/models';

export type { StoredEvent };

export type Correction =
  | { kind: 'polarity'; eventKey: string; polarity: Polarity }
  | { kind: 'target'; eventKey: string; target: string }
  | { kind: 'reject'; eventKey: string }
  | { kind: 'add'; event: StoredEvent };

/** A key that survives re-analysis of the same article text: where, who, to whom, what kind. */
export function eventKey(e: Pick<StoredEvent, 'articleId' | 'start' | 'end' | 'source' | 'target' | 'category'>): string {
  return `${e.articleId}:${e.start}-${e.end}:${e.source}>${e.target}:${e.category}`;
}
