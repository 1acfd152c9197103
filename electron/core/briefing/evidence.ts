import type { Scope } from '../../api/briefing';
import type { StoredEvent } from '../../api/models';
import { listEvents } from '../library/analysis';
import type { Db } from '../library/open';
import { searchArticles } from '../library/search';

export type ScopeEvent = StoredEvent & { key: string; articleId: number };

const SEARCH_LIMIT = 5000;

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
 * a counterpart (if any are named) on the other, in the date window (undated events stay in, as in the
 * timeline's undated bin), and in the articles the scope's search or list allows.
 * The one place drafting reads events from.
 */
export function eventsForScope(db: Db, scope: Scope): ScopeEvent[] {
  const allowed = articlesForScope(db, scope);
  return listEvents(db, { from: scope.from, to: scope.to })
    .map((e) => ({ ...e, articleId: Number(e.articleId) }))
    .filter((e) => involves(e, scope) && (!allowed || allowed.has(e.articleId)));
}
