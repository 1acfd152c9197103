import type { AnalysisResult } from '../../api/analysis';
import type { ArticleAnalysis } from '../../api/models';
import { eventKey, type Correction } from '../analysis/corrections';
import { articleEvents, refreshArticleEvents, storedEventOf } from './events-store';
import type { Db } from './open';
import { stmt } from './statements';

/** Replace an article's machine analysis (mentions, quotes, dates, events) in one transaction. */
export function storeAnalysis(
  db: Db,
  articleId: number,
  result: AnalysisResult,
  coderVersion: string,
  now = new Date().toISOString(),
): void {
  db.transaction(() => {
    for (const table of ['mentions', 'quotes', 'time_expressions', 'events']) {
      stmt(db, `DELETE FROM ${table} WHERE article_id = ?`).run(articleId);
    }
    const mention = stmt(db, 'INSERT INTO mentions (article_id, start, end, text, actor, kind) VALUES (?, ?, ?, ?, ?, ?)');
    for (const m of result.mentions) mention.run(articleId, m.start, m.end, m.text, m.actor, m.kind);
    const quote = stmt(
      db,
      'INSERT INTO quotes (article_id, start, end, text, speaker, actor, kind) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const q of result.quotes) quote.run(articleId, q.start, q.end, q.text, q.speaker, q.actor, q.kind);
    const date = stmt(
      db,
      `INSERT INTO time_expressions (article_id, start, end, text, type, value, earliest, latest, precision, qualifier)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const d of result.dates)
      date.run(articleId, d.start, d.end, d.text, d.type, d.value, d.earliest, d.latest, d.precision, d.qualifier);
    const event = stmt(
      db,
      `INSERT INTO events (article_id, event_key, source, target, category, polarity, intensity, modality, sentence, start, end,
         date, speaker, negated, conditional, hypothetical, reported, coder_version)
       VALUES (@articleId, @key, @source, @target, @category, @polarity, @intensity, @modality, @sentence, @start, @end,
         @date, @speaker, @negated, @conditional, @hypothetical, @reported, @coderVersion)`,
    );
    for (const e of result.events) {
      event.run({
        ...e,
        articleId,
        key: eventKey({ ...e, articleId }),
        negated: +e.negated,
        conditional: +e.conditional,
        hypothetical: +e.hypothetical,
        reported: +e.reported,
        coderVersion,
      });
    }
    refreshArticleEvents(db, articleId);
    stmt(
      db,
      `INSERT INTO analyses (article_id, coder_version, analyzed_at, error) VALUES (?, ?, ?, NULL)
       ON CONFLICT (article_id) DO UPDATE SET coder_version = excluded.coder_version, analyzed_at = excluded.analyzed_at, error = NULL`,
    ).run(articleId, coderVersion, now);
  })();
}

export function recordAnalysisError(db: Db, articleId: number, coderVersion: string, message: string): void {
  stmt(
    db,
    `INSERT INTO analyses (article_id, coder_version, analyzed_at, error) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET coder_version = excluded.coder_version, analyzed_at = excluded.analyzed_at, error = excluded.error`,
  ).run(articleId, coderVersion, new Date().toISOString(), message);
}

/** Keep an analyst's correction and bring the article's current events in step, in one transaction. */
export function addCorrection(db: Db, articleId: number, correction: Correction, note: string | null = null): number {
  return db.transaction(() => {
    const id = insertCorrection(db, articleId, correction, note);
    refreshArticleEvents(db, articleId);
    return id;
  })();
}

function insertCorrection(db: Db, articleId: number, correction: Correction, note: string | null): number {
  const key = correction.kind === 'add' ? null : correction.eventKey;
  const value =
    correction.kind === 'polarity'
      ? { polarity: correction.polarity }
      : correction.kind === 'target'
        ? { target: correction.target }
        : correction.kind === 'add'
          ? { event: correction.event }
          : null;
  const info = db
    .prepare('INSERT INTO event_corrections (article_id, event_key, kind, value, note, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(articleId, key, correction.kind, value ? JSON.stringify(value) : null, note, new Date().toISOString());
  return Number(info.lastInsertRowid);
}

type StoredAnalysis = ArticleAnalysis;

export function getAnalysis(db: Db, articleId: number): StoredAnalysis {
  const meta = stmt(db, 'SELECT coder_version, analyzed_at, error FROM analyses WHERE article_id = ?').get(articleId) as
    { coder_version: string; analyzed_at: string; error: string | null } | undefined;
  return {
    mentions: stmt(db, 'SELECT text, start, end, actor, kind FROM mentions WHERE article_id = ? ORDER BY start').all(
      articleId,
    ) as StoredAnalysis['mentions'],
    quotes: stmt(db, 'SELECT text, start, end, speaker, actor, kind FROM quotes WHERE article_id = ? ORDER BY start').all(
      articleId,
    ) as StoredAnalysis['quotes'],
    dates: db
      .prepare(
        'SELECT text, start, end, type, value, earliest, latest, precision, qualifier FROM time_expressions WHERE article_id = ? ORDER BY start',
      )
      .all(articleId) as StoredAnalysis['dates'],
    events: articleEvents(db, articleId).map((e) => ({ id: e.id, ...storedEventOf(e) })),
    coderVersion: meta?.coder_version ?? null,
    analyzedAt: meta?.analyzed_at ?? null,
    error: meta?.error ?? null,
  };
}

/** Articles whose analysis is missing or was made by another coder version. */
export function articlesNeedingAnalysis(db: Db, coderVersion: string, all = false): number[] {
  const sql = all
    ? 'SELECT id FROM articles ORDER BY id'
    : `SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id
       WHERE n.article_id IS NULL OR n.coder_version <> ? ORDER BY a.id`;
  const rows = (all ? stmt(db, sql).all() : stmt(db, sql).all(coderVersion)) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}
