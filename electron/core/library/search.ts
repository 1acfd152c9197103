import type { Page, SearchHit, SnippetPart } from '../../api/models';
import { filterClause, SUMMARY_COLUMNS, toSummary, type ListOptions } from './articles';
import type { Db } from './open';
import { toFtsQuery } from './query';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Split FTS5 highlight output into parts; the markers never occur in stored text. */
export function splitMarked(s: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');
  let last = 0;
  for (const m of s.matchAll(re)) {
    if (m.index! > last) parts.push({ text: s.slice(last, m.index), hit: false });
    parts.push({ text: m[1]!, hit: true });
    last = m.index! + m[0].length;
  }
  if (last < s.length) parts.push({ text: s.slice(last), hit: false });
  return parts.filter((p) => p.text.length > 0);
}

export interface SearchOptions {
  offset: number;
  limit: number;
  filter?: ListOptions['filter'];
}

const MARKED = `snippet(articles_fts, 1, '${OPEN}', '${CLOSE}', '…', 24) AS snip,
  highlight(articles_fts, 0, '${OPEN}', '${CLOSE}') AS title_marked`;

export class SearchSyntaxError extends Error {}

/** Ranked full-text search (bm25, title weighted above body) with highlighted snippets. */
export function searchArticles(db: Db, query: string, o: SearchOptions): Page<SearchHit> {
  const match = toFtsQuery(query);
  if (!match) return { total: 0, offset: o.offset, items: [] };
  const { sql: where, params } = filterClause(o.filter ?? {});
  const extra = where ? `AND ${where.slice('WHERE '.length)}` : '';
  try {
    // Without filters the index alone answers the count and the ranking; the articles are joined for the page only.
    const total = (
      db
        .prepare(
          extra
            ? `SELECT count(*) AS n FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH @match ${extra}`
            : 'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH @match',
        )
        .get({ ...params, match }) as { n: number }
    ).n;
    const rows = db
      .prepare(
        extra
          ? `SELECT ${SUMMARY_COLUMNS}, bm25(articles_fts, 5.0, 1.0) AS score, ${MARKED}
             FROM articles_fts f JOIN articles a ON a.id = f.rowid LEFT JOIN sources s ON s.id = a.source_id
             WHERE articles_fts MATCH @match ${extra}
             ORDER BY score LIMIT @limit OFFSET @offset`
          : `WITH page AS (
               SELECT rowid AS id, bm25(articles_fts, 5.0, 1.0) AS score, ${MARKED}
               FROM articles_fts WHERE articles_fts MATCH @match
               ORDER BY score LIMIT @limit OFFSET @offset)
             SELECT ${SUMMARY_COLUMNS}, page.score, page.snip, page.title_marked
             FROM page JOIN articles a ON a.id = page.id LEFT JOIN sources s ON s.id = a.source_id
             ORDER BY page.score`,
      )
      .all({ ...params, match, limit: o.limit, offset: o.offset }) as Array<
      Parameters<typeof toSummary>[0] & { score: number; snip: string; title_marked: string }
    >;
    return {
      total,
      offset: o.offset,
      items: rows.map((r) => ({
        article: toSummary(r),
        score: -r.score,
        snippet: splitMarked(r.snip),
        titleParts: splitMarked(r.title_marked),
      })),
    };
  } catch (error) {
    if (error instanceof Error && /fts5|syntax/i.test(error.message)) {
      throw new SearchSyntaxError(`Cannot search for ${JSON.stringify(query)}: ${error.message}`);
    }
    throw error;
  }
}
