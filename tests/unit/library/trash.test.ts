import { describe, expect, it } from 'vitest';
import { addArticle } from '../../../electron/core/library/articles';
import { openLibrary, type Db } from '../../../electron/core/library/open';
import { deleteKeepingCopy, restoreDeleted } from '../../../electron/core/library/trash';
import { tempDir } from '../../helpers/tmp';

/** Tables shaped like a later feature's: notes on articles, replies to notes, and citations that outlive them. */
function laterTables(db: Db): void {
  db.exec(`
    CREATE TABLE notes (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, body TEXT);
    CREATE TABLE replies (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE, body TEXT);
    CREATE TABLE citations (id INTEGER PRIMARY KEY, article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL, label TEXT);
  `);
}

describe('deleting with a kept copy', () => {
  it('keeps rows of tables a later migration adds: cascades two levels deep and links cleared to null', () => {
    const lib = openLibrary(tempDir());
    const { db } = lib;
    laterTables(db);
    const keep = addArticle(db, { title: 'Unrelated', text: 'Other text.', contentHash: 'k' });
    const id = addArticle(db, { title: 'Border talks', text: 'Envoys met at the border.', contentHash: 'b' });
    db.prepare('INSERT INTO notes (id, article_id, body) VALUES (10, ?, ?)').run(id, 'check the date');
    db.prepare('INSERT INTO notes (id, article_id, body) VALUES (11, ?, ?)').run(keep, 'fine');
    db.prepare('INSERT INTO replies (note_id, body) VALUES (10, ?)').run('dated by the dateline');
    db.prepare('INSERT INTO citations (article_id, label) VALUES (?, ?)').run(id, 'Briefing 4, note 2');
    const snapshot = () => ({
      notes: db.prepare('SELECT * FROM notes ORDER BY id').all(),
      replies: db.prepare('SELECT * FROM replies ORDER BY id').all(),
      citations: db.prepare('SELECT * FROM citations ORDER BY id').all(),
    });
    const before = snapshot();

    const copy = deleteKeepingCopy(db, id)!;
    expect(copy.title).toBe('Border talks');
    expect(db.prepare('SELECT count(*) AS n FROM replies').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT article_id FROM citations').get()).toEqual({ article_id: null });
    expect(deleteKeepingCopy(db, id)).toBeNull();

    expect(restoreDeleted(db, copy)).toBe(id);
    expect(snapshot()).toEqual(before);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    lib.close();
  });

  it('renumbers the copy and everything pointing at it when the old numbers are taken', () => {
    const lib = openLibrary(tempDir());
    const { db } = lib;
    laterTables(db);
    const id = addArticle(db, { title: 'Border talks', text: 'Envoys met at the border.', contentHash: 'b' });
    db.prepare('INSERT INTO notes (id, article_id, body) VALUES (1, ?, ?)').run(id, 'check the date');
    db.prepare('INSERT INTO replies (note_id, body) VALUES (1, ?)').run('dated by the dateline');
    const copy = deleteKeepingCopy(db, id)!;
    const newer = addArticle(db, { title: 'Newer', text: 'Another text.', contentHash: 'n' });
    db.prepare('INSERT INTO notes (id, article_id, body) VALUES (1, ?, ?)').run(newer, 'newer note');
    expect(newer).toBe(id);

    const restored = restoreDeleted(db, copy);
    expect(restored).not.toBe(id);
    const note = db.prepare('SELECT id, body FROM notes WHERE article_id = ?').get(restored) as { id: number; body: string };
    expect(note.body).toBe('check the date');
    expect(note.id).not.toBe(1);
    expect(db.prepare('SELECT body FROM replies WHERE note_id = ?').get(note.id)).toEqual({ body: 'dated by the dateline' });
    expect(db.prepare('SELECT body FROM notes WHERE id = 1').get()).toEqual({ body: 'newer note' });
    lib.close();
  });
});
