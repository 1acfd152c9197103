import type { Db } from './open';

/** Start deferring full-text indexing of new articles (nests: each call needs one `endDeferredIndexing`). */
export function beginDeferredIndexing(db: Db): void {
  db.prepare('UPDATE fts_state SET deferring = deferring + 1 WHERE id = 1').run();
}

/** Index every queued article in one statement; indexing becomes immediate again when the last deferral ends. */
export function endDeferredIndexing(db: Db): void {
  db.transaction(() => {
    db.prepare('UPDATE fts_state SET deferring = max(deferring - 1, 0) WHERE id = 1').run();
    flushPending(db);
  })();
}

function flushPending(db: Db): void {
  db.exec(`
    INSERT INTO articles_fts (rowid, title, text)
      SELECT a.id, a.title, a.text FROM articles a JOIN fts_pending p ON p.id = a.id;
    DELETE FROM fts_pending;
  `);
}

/** After a crash mid-import: index what was queued and stop deferring. */
export function recoverIndexing(db: Db): void {
  const state = db.prepare('SELECT deferring FROM fts_state WHERE id = 1').get() as { deferring: number } | undefined;
  const pending = (db.prepare('SELECT count(*) AS n FROM fts_pending').get() as { n: number }).n;
  if (!state?.deferring && !pending) return;
  db.transaction(() => {
    db.prepare('UPDATE fts_state SET deferring = 0 WHERE id = 1').run();
    flushPending(db);
  })();
}
