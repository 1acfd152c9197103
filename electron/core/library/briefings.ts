import type { BriefingDoc, BriefingVersionInfo } from '../../api/briefing';
import type { Db } from './open';
import { inTransaction, stmt } from './statements';

/** Briefings and their versions. Each save adds a version; the list row mirrors the latest one. */

export interface StoredBriefing {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  doc: BriefingDoc;
}

export interface BriefingRow {
  id: number;
  title: string;
  scope: BriefingDoc['scope'];
  template: BriefingDoc['template'];
  /** The printed banner of the latest version. */
  marking: string;
  version: number;
  updatedAt: string;
}

export class StaleVersionError extends Error {
  constructor(
    readonly latest: number,
    readonly base: number,
  ) {
    super(
      `This briefing was saved elsewhere (version ${latest}) since version ${base} was opened; reload it to see those changes.`,
    );
    this.name = 'StaleVersionError';
  }
}

export function insertBriefing(db: Db, doc: BriefingDoc, banner: string, now = new Date().toISOString()): StoredBriefing {
  return inTransaction(db, (d: BriefingDoc, b: string, at: string) => {
    const info = stmt(
      db,
      `INSERT INTO briefings (title, scope, template, marking, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)`,
    ).run(d.title, JSON.stringify(d.scope), d.template, b, at, at);
    const id = Number(info.lastInsertRowid);
    stmt(db, 'INSERT INTO briefing_versions (briefing_id, version, saved_at, doc) VALUES (?, 1, ?, ?)').run(
      id,
      at,
      JSON.stringify(d),
    );
    return { id, version: 1, createdAt: at, updatedAt: at, doc: d };
  })(doc, banner, now);
}

/** Save `doc` as the next version; throws StaleVersionError when `baseVersion` is not the latest. */
export function saveBriefingVersion(
  db: Db,
  id: number,
  doc: BriefingDoc,
  banner: string,
  baseVersion: number | null,
  now = new Date().toISOString(),
): StoredBriefing | null {
  return inTransaction(db, (bid: number, d: BriefingDoc, b: string, base: number | null, at: string) => {
    const row = stmt(db, 'SELECT version, created_at FROM briefings WHERE id = ?').get(bid) as
      { version: number; created_at: string } | undefined;
    if (!row) return null;
    if (base !== null && base !== row.version) throw new StaleVersionError(row.version, base);
    const version = row.version + 1;
    stmt(db, 'INSERT INTO briefing_versions (briefing_id, version, saved_at, doc) VALUES (?, ?, ?, ?)').run(
      bid,
      version,
      at,
      JSON.stringify(d),
    );
    stmt(
      db,
      'UPDATE briefings SET title = ?, scope = ?, template = ?, marking = ?, version = ?, updated_at = ? WHERE id = ?',
    ).run(d.title, JSON.stringify(d.scope), d.template, b, version, at, bid);
    return { id: bid, version, createdAt: row.created_at, updatedAt: at, doc: d };
  })(id, doc, banner, baseVersion, now);
}

/** The latest version, or the one asked for. The document is returned as stored; callers validate it. */
export function readBriefing(db: Db, id: number, version?: number): (Omit<StoredBriefing, 'doc'> & { doc: unknown }) | null {
  const head = stmt(db, 'SELECT version, created_at, updated_at FROM briefings WHERE id = ?').get(id) as
    { version: number; created_at: string; updated_at: string } | undefined;
  if (!head) return null;
  const wanted = version ?? head.version;
  const row = stmt(db, 'SELECT saved_at, doc FROM briefing_versions WHERE briefing_id = ? AND version = ?').get(id, wanted) as
    { saved_at: string; doc: string } | undefined;
  if (!row) return null;
  return { id, version: wanted, createdAt: head.created_at, updatedAt: row.saved_at, doc: JSON.parse(row.doc) as unknown };
}

export function listBriefingRows(db: Db): BriefingRow[] {
  const rows = stmt(
    db,
    'SELECT id, title, scope, template, marking, version, updated_at FROM briefings ORDER BY updated_at DESC, id DESC',
  ).all() as Array<{
    id: number;
    title: string;
    scope: string;
    template: BriefingDoc['template'];
    marking: string;
    version: number;
    updated_at: string;
  }>;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    scope: JSON.parse(r.scope) as BriefingDoc['scope'],
    template: r.template,
    marking: r.marking,
    version: r.version,
    updatedAt: r.updated_at,
  }));
}

export function listVersions(db: Db, id: number): BriefingVersionInfo[] {
  const rows = stmt(
    db,
    `SELECT version, saved_at, json_extract(doc, '$.title') AS title FROM briefing_versions WHERE briefing_id = ? ORDER BY version DESC`,
  ).all(id) as Array<{ version: number; saved_at: string; title: string }>;
  return rows.map((r) => ({ version: r.version, savedAt: r.saved_at, title: r.title }));
}

export function deleteBriefing(db: Db, id: number): boolean {
  return stmt(db, 'DELETE FROM briefings WHERE id = ?').run(id).changes > 0;
}

export function briefingExists(db: Db, id: number): boolean {
  return stmt(db, 'SELECT 1 FROM briefings WHERE id = ?').get(id) !== undefined;
}

export interface ArticleProvenance {
  articleId: number;
  sourceId: number | null;
  storyId: number | null;
  published: string | null;
}

/** Outlet, story group and date of each article, for deciding whether two reports are independent. */
export function articleProvenance(db: Db, ids: readonly number[]): Map<number, ArticleProvenance> {
  const out = new Map<number, ArticleProvenance>();
  const select = stmt(db, 'SELECT id, source_id, story_id, published FROM articles WHERE id = ?');
  for (const id of new Set(ids)) {
    const r = select.get(id) as
      { id: number; source_id: number | null; story_id: number | null; published: string | null } | undefined;
    if (r) out.set(id, { articleId: r.id, sourceId: r.source_id, storyId: r.story_id, published: r.published });
  }
  return out;
}

export interface ScopeQuote {
  articleId: number;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  actor: string | null;
  kind: 'direct' | 'indirect';
}

/** The quotes of the given articles, in article and text order. */
export function quotesOfArticles(db: Db, ids: readonly number[]): ScopeQuote[] {
  const select = stmt(
    db,
    'SELECT article_id, start, end, text, speaker, actor, kind FROM quotes WHERE article_id = ? ORDER BY start',
  );
  const out: ScopeQuote[] = [];
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
    for (const r of select.all(id) as Array<Omit<ScopeQuote, 'articleId'> & { article_id: number }>) {
      out.push({
        articleId: r.article_id,
        start: r.start,
        end: r.end,
        text: r.text,
        speaker: r.speaker,
        actor: r.actor,
        kind: r.kind,
      });
    }
  }
  return out;
}

/** Which actors each article mentions, with where: for tying a quote to the counterpart its paragraph names. */
export function mentionsOfArticles(db: Db, ids: readonly number[]): Array<{ articleId: number; start: number; actor: string }> {
  const select = stmt(db, 'SELECT article_id, start, actor FROM mentions WHERE article_id = ? ORDER BY start');
  const out: Array<{ articleId: number; start: number; actor: string }> = [];
  for (const id of new Set(ids)) {
    for (const r of select.all(id) as Array<{ article_id: number; start: number; actor: string }>)
      out.push({ articleId: r.article_id, start: r.start, actor: r.actor });
  }
  return out;
}

/** The articles that carry a quote with exactly this text. */
export function articlesQuoting(db: Db, text: string): number[] {
  const rows = stmt(db, 'SELECT DISTINCT article_id FROM quotes WHERE text = ?').all(text) as Array<{ article_id: number }>;
  return rows.map((r) => r.article_id);
}
