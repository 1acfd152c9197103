import type { Scope } from '../../api/briefing';
import type { StoredEvent } from '../../api/models';
import { iterateCurrentEvents, storedEventOf, type EventFilter } from '../library/events-store';
import type { Db } from '../library/open';
import { searchArticles } from '../library/search';

/** A current event (corrections applied) as drafting and citing read it. */
export type ScopeEvent = StoredEvent & { key: string; articleId: number; counted: boolean };

const SEARCH_LIMIT = 5000;

/** Whether an event counts as having happened: negated and hypothetical acts did not. */
export const happened = (e: Pick<StoredEvent, 'negated' | 'hypothetical'>): boolean => !e.negated && !e.hypothetical;

/** Current events from the events store for the filters, in date order. */
export function storedEvents(db: Db, filter: EventFilter): ScopeEvent[] {
  return [...iterateCurrentEvents(db, filter)].map(storedEventOf);
}

/** Articles a scope's search or hand-picked list allows; null when the scope does not narrow by article. */
export function articlesForScope(db: Db, scope: Scope): Set<number> | null {
  let allowed: Set<number> | null = scope.articleIds?.length ? new Set(scope.articleIds) : null;
  if (scope.query) {
    const hits = searchArticles(db, scope.query, { offset: 0, limit: SEARCH_LIMIT });
    const found = new Set(hits.items.map((h) => h.article.id));
    allowed = allowed ? new Set([...allowed].filter((id) => found.has(id))) : found;
  }
  return allowed;
}

const involves = (e: StoredEvent, scope: Scope) => {
  const other = e.source === scope.country ? e.target : e.target === scope.country ? e.source : null;
  if (other === null) return false;
  return scope.counterparts.length === 0 || scope.counterparts.includes(other);
};

/**
 * Every event a briefing's scope covers, with the analyst's corrections applied: the country on either side,
 * a counterpart (if any are named) on the other, in the date window, and in the articles the scope's search
 * or list allows. The one place drafting reads events from: the events store.
 */
export function eventsForScope(db: Db, scope: Scope): ScopeEvent[] {
  const allowed = articlesForScope(db, scope);
  return storedEvents(db, { actor: scope.country, from: scope.from, to: scope.to }).filter(
    (e) => involves(e, scope) && (!allowed || allowed.has(e.articleId)),
  );
}
