import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArticle, deleteArticle, getArticle, listArticles } from '../../../electron/core/library/articles';
import { migrations, SCHEMA_VERSION } from '../../../electron/core/library/migrations';
import { DB_FILE, LibraryVersionError, migrate, openLibrary, schemaVersion } from '../../../electron/core/library/open';
import { tempDir } from '../../helpers/tmp';

const base = { text: 'Body text of the article.', contentHash: '' };
let n = 0;
const article = (over: Partial<Parameters<typeof addArticle>[1]> = {}) => ({
  ...base,
  title: 'Untitled',
  contentHash: `h${n++}`,
  ...over,
});

describe('library', () => {
  it('creates a new library with every migration applied and WAL on', () => {
    const dir = tempDir();
    const lib = openLibrary(join(dir, 'lib'));
    expect(existsSync(join(dir, 'lib', DB_FILE))).toBe(true);
    expect(existsSync(join(dir, 'lib', 'originals'))).toBe(true);
    expect(schemaVersion(lib.db)).toBe(SCHEMA_VERSION);
    expect(lib.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(lib.db.pragma('foreign_keys', { simple: true })).toBe(1);
    lib.close();
  });

  it('keeps articles across close and re-open without re-running migrations', () => {
    const dir = tempDir();
    const lib = openLibrary(dir);
    const id = addArticle(lib.db, article({ title: 'Kept' }));
    lib.close();
    const again = openLibrary(dir);
    expect(getArticle(again.db, id)?.title).toBe('Kept');
    expect(schemaVersion(again.db)).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('refuses a library written by a newer version and leaves it untouched', () => {
    const dir = tempDir();
    openLibrary(dir).close();
    const raw = new Database(join(dir, DB_FILE));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openLibrary(dir)).toThrow(LibraryVersionError);
    expect(() => openLibrary(dir)).toThrow(/newer version of Briefing/);
    const check = new Database(join(dir, DB_FILE));
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    check.close();
  });

  it('rolls back every pending migration when one fails', () => {
    const db = new Database(':memory:');
    const broken = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'bad', sql: 'CREATE TABLE b (' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    migrate(db, migrations);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('pages through articles in a stable order', () => {
    const lib = openLibrary(tempDir());
    for (let i = 0; i < 25; i++) {
      addArticle(
        lib.db,
        article({ title: `Article ${String(i).padStart(2, '0')}`, published: `2024-01-${String(i + 1).padStart(2, '0')}` }),
      );
    }
    const seen: string[] = [];
    for (let offset = 0; offset < 25; offset += 10) {
      const page = listArticles(lib.db, { offset, limit: 10, sort: 'published', order: 'asc', filter: {} });
      expect(page.total).toBe(25);
      seen.push(...page.items.map((a) => a.title));
    }
    expect(seen).toHaveLength(25);
    expect(seen[0]).toBe('Article 00');
    expect(seen[24]).toBe('Article 24');
    const june = listArticles(lib.db, {
      offset: 0,
      limit: 50,
      sort: 'published',
      order: 'asc',
      filter: { from: '2024-01-10', to: '2024-01-12' },
    });
    expect(june.items.map((a) => a.published)).toEqual(['2024-01-10', '2024-01-11', '2024-01-12']);
    lib.close();
  });

  it('lists undated articles last when sorting by publication date', () => {
    const lib = openLibrary(tempDir());
    addArticle(lib.db, article({ title: 'No date' }));
    addArticle(lib.db, article({ title: 'Dated', published: '2020-05-01', publishedPrecision: 'day' }));
    const page = listArticles(lib.db, { offset: 0, limit: 10, sort: 'published', order: 'desc', filter: {} });
    expect(page.items.map((a) => a.title)).toEqual(['Dated', 'No date']);
    expect(
      listArticles(lib.db, { offset: 0, limit: 10, sort: 'published', order: 'desc', filter: { undated: true } }).items,
    ).toHaveLength(1);
    lib.close();
  });

  it('deletes an article and its index entry', () => {
    const lib = openLibrary(tempDir());
    const id = addArticle(lib.db, article({ title: 'Gone soon', text: 'Zebra crossing' }));
    expect(deleteArticle(lib.db, id)).toBe(true);
    expect(getArticle(lib.db, id)).toBeNull();
    expect(lib.db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'zebra'").get()).toEqual({ n: 0 });
    expect(deleteArticle(lib.db, id)).toBe(false);
    lib.close();
  });
});
