import type { Reliability, SourceInfo } from '../../api/models';
import type { Db } from './open';
import { stmt } from './statements';

export interface NewSource {
  name: string;
  domain?: string | null;
  country?: string | null;
  kind?: string | null;
}

interface SourceRow {
  id: number;
  name: string;
  domain: string | null;
  country: string | null;
  kind: string | null;
  reliability: Reliability;
  article_count: number;
}

const toInfo = (r: SourceRow): SourceInfo => ({
  id: r.id,
  name: r.name,
  domain: r.domain,
  country: r.country,
  kind: r.kind,
  reliability: r.reliability,
  articleCount: r.article_count,
});

const SELECT = `SELECT s.*, (SELECT count(*) FROM articles a WHERE a.source_id = s.id) AS article_count FROM sources s`;

/** Find an outlet by name (case-insensitive) or by domain, creating it with reliability F on first sight. */
export function ensureSource(db: Db, source: NewSource, now = new Date().toISOString()): number {
  const byName = stmt(db, 'SELECT id FROM sources WHERE name = ? COLLATE NOCASE').get(source.name) as { id: number } | undefined;
  if (byName) return byName.id;
  if (source.domain) {
    const byDomain = stmt(db, 'SELECT id FROM sources WHERE domain = ?').get(source.domain) as { id: number } | undefined;
    if (byDomain) return byDomain.id;
  }
  const info = db
    .prepare('INSERT INTO sources (name, domain, country, kind, reliability, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(source.name, source.domain ?? null, source.country ?? null, source.kind ?? null, 'F', now);
  return Number(info.lastInsertRowid);
}

export function listSources(db: Db): SourceInfo[] {
  return (stmt(db, `${SELECT} ORDER BY s.name COLLATE NOCASE`).all() as SourceRow[]).map(toInfo);
}

export function countSources(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS n FROM sources').get() as { n: number }).n;
}

export function getSource(db: Db, id: number): SourceInfo | null {
  const row = stmt(db, `${SELECT} WHERE s.id = ?`).get(id) as SourceRow | undefined;
  return row ? toInfo(row) : null;
}

export function setReliability(db: Db, id: number, reliability: Reliability): SourceInfo | null {
  stmt(db, 'UPDATE sources SET reliability = ? WHERE id = ?').run(reliability, id);
  return getSource(db, id);
}
