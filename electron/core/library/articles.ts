import type { Article, ArticleSummary, Page, Precision, Reliability } from '../../api/models';
import type { Db } from './open';
import { stmt } from './statements';

export interface NewArticle {
  title: string;
  byline?: string | null;
  sourceId?: number | null;
  url?: string | null;
  published?: string | null;
  publishedPrecision?: Precision | null;
  publishedSource?: string | null;
  importedAt?: string;
  lang?: string | null;
  text: string;
  html?: string | null;
  format?: string | null;
  contentHash: string;
  nearSignature?: string | null;
  storyId?: number | null;
  originName?: string | null;
  originalSha256?: string | null;
  dateline?: string | null;
}

export interface ListOptions {
  offset: number;
  limit: number;
  sort: 'published' | 'imported' | 'title';
  order: 'asc' | 'desc';
  filter: { sourceId?: number; from?: string; to?: string; undated?: boolean; storyId?: number };
}

interface ArticleRow {
  id: number;
  title: string;
  byline: string | null;
  source_id: number | null;
  source_name: string | null;
  source_reliability: Reliability | null;
  url: string | null;
  published: string | null;
  published_precision: Precision | null;
  published_source: string | null;
  imported_at: string;
  lang: string | null;
  format: string | null;
  story_id: number | null;
  story_size: number;
  origin_name: string | null;
  text?: string;
  html?: string | null;
  dateline?: string | null;
  original_sha256?: string | null;
}

export const SUMMARY_COLUMNS = `
  a.id, a.title, a.byline, a.source_id, s.name AS source_name, s.reliability AS source_reliability,
  a.url, a.published, a.published_precision, a.published_source, a.imported_at, a.lang, a.format,
  a.story_id, a.origin_name,
  CASE WHEN a.story_id IS NULL THEN 1 ELSE (SELECT count(*) FROM articles g WHERE g.story_id = a.story_id) END AS story_size`;

export const FROM_ARTICLES = 'FROM articles a LEFT JOIN sources s ON s.id = a.source_id';

export function toSummary(r: ArticleRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    byline: r.byline,
    source:
      r.source_id != null && r.source_name != null
        ? { id: r.source_id, name: r.source_name, reliability: r.source_reliability ?? 'F' }
        : null,
    url: r.url,
    published: r.published,
    publishedPrecision: r.published_precision,
    importedAt: r.imported_at,
    lang: r.lang,
    format: r.format,
    storyId: r.story_id,
    storySize: r.story_size,
    originName: r.origin_name,
  };
}

export function addArticle(db: Db, a: NewArticle): number {
  const info = db
    .prepare(
      `INSERT INTO articles (title, byline, source_id, url, published, published_precision, published_source,
        imported_at, lang, text, html, format, content_hash, near_signature, story_id, origin_name, original_sha256, dateline)
       VALUES (@title, @byline, @sourceId, @url, @published, @publishedPrecision, @publishedSource,
        @importedAt, @lang, @text, @html, @format, @contentHash, @nearSignature, @storyId, @originName, @originalSha256, @dateline)`,
    )
    .run({
      byline: null,
      sourceId: null,
      url: null,
      published: null,
      publishedPrecision: null,
      publishedSource: null,
      lang: null,
      html: null,
      format: null,
      nearSignature: null,
      storyId: null,
      originName: null,
      originalSha256: null,
      dateline: null,
      ...a,
      importedAt: a.importedAt ?? new Date().toISOString(),
    });
  return Number(info.lastInsertRowid);
}

export function getArticle(db: Db, id: number): Article | null {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, a.text, a.html, a.dateline, a.original_sha256 ${FROM_ARTICLES} WHERE a.id = ?`)
    .get(id) as ArticleRow | undefined;
  if (!row) return null;
  const story =
    row.story_id == null
      ? []
      : (db
          .prepare(
            `SELECT a.id, a.title, s.name AS source, a.published ${FROM_ARTICLES}
             WHERE a.story_id = ? AND a.id <> ? ORDER BY a.published, a.id`,
          )
          .all(row.story_id, id) as Article['story']);
  return {
    ...toSummary(row),
    text: row.text ?? '',
    html: row.html ?? null,
    publishedSource: row.published_source,
    dateline: row.dateline ?? null,
    originalSha256: row.original_sha256 ?? null,
    story,
  };
}

const SORT_SQL: Record<ListOptions['sort'], string> = {
  published: 'a.published',
  imported: 'a.imported_at',
  title: 'a.title COLLATE NOCASE',
};

/** WHERE clause and parameters for the list filters; shared by listing and search. */
export function filterClause(filter: ListOptions['filter']): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.sourceId != null) {
    parts.push('a.source_id = @sourceId');
    params.sourceId = filter.sourceId;
  }
  if (filter.storyId != null) {
    parts.push('a.story_id = @storyId');
    params.storyId = filter.storyId;
  }
  if (filter.undated) parts.push('a.published IS NULL');
  if (filter.from) {
    parts.push('a.published >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    // A bound like '2024-06' must include every day of that month: compare against the next prefix.
    parts.push("a.published < @to || '~'");
    params.to = filter.to;
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function listArticles(db: Db, o: ListOptions): Page<ArticleSummary> {
  const { sql: where, params } = filterClause(o.filter);
  const total = (stmt(db, `SELECT count(*) AS n FROM articles a ${where}`).get(params) as { n: number }).n;
  const dir = o.order === 'asc' ? 'ASC' : 'DESC';
  const nulls = o.sort === 'published' ? 'NULLS LAST' : '';
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} ${FROM_ARTICLES} ${where}
       ORDER BY ${SORT_SQL[o.sort]} ${dir} ${nulls}, a.id ${dir} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: o.limit, offset: o.offset }) as ArticleRow[];
  return { total, offset: o.offset, items: rows.map(toSummary) };
}

export function deleteArticle(db: Db, id: number): boolean {
  return stmt(db, 'DELETE FROM articles WHERE id = ?').run(id).changes > 0;
}

export function setPublished(db: Db, id: number, published: string | null): boolean {
  const precision = published == null ? null : published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year';
  return (
    db
      .prepare('UPDATE articles SET published = ?, published_precision = ?, published_source = ? WHERE id = ?')
      .run(published, precision, published == null ? null : 'analyst', id).changes > 0
  );
}

export function findByHash(db: Db, hash: string): { id: number; title: string } | null {
  return (
    (stmt(db, 'SELECT id, title FROM articles WHERE content_hash = ?').get(hash) as { id: number; title: string } | undefined) ??
    null
  );
}

export function findByUrl(db: Db, url: string): { id: number; title: string } | null {
  return (stmt(db, 'SELECT id, title FROM articles WHERE url = ?').get(url) as { id: number; title: string } | undefined) ?? null;
}

export function countArticles(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}

/** One article's title, or null when it is gone. */
export function articleTitle(db: Db, id: number): string | null {
  return (stmt(db, 'SELECT title FROM articles WHERE id = ?').get(id) as { title: string } | undefined)?.title ?? null;
}

/** One article's text, or null when it is gone. */
export function articleText(db: Db, id: number): string | null {
  return (stmt(db, 'SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined)?.text ?? null;
}
