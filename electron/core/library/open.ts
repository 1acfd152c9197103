import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recoverIndexing } from './fts';
import { migrations, type Migration } from './migrations';

export type Db = Database.Database;

export interface Library {
  /** The library folder: library.sqlite plus originals/. */
  dir: string;
  db: Db;
  close(): void;
}

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron in development). */
  nativeBinding?: string;
  readonly?: boolean;
}

export class LibraryVersionError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This library was written by a newer version of Briefing (schema ${found}; this version understands up to ${supported}). ` +
        'Update Briefing to open it.',
    );
    this.name = 'LibraryVersionError';
  }
}

export const DB_FILE = 'library.sqlite';

export function openLibrary(dir: string, options: OpenOptions = {}): Library {
  const folder = resolve(dir);
  mkdirSync(join(folder, 'originals'), { recursive: true });
  const db = new Database(join(folder, DB_FILE), {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    applyPragmas(db);
    migrate(db, migrations);
    if (!db.readonly) recoverIndexing(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    dir: folder,
    db,
    close() {
      if (!db.open) return;
      if (!db.readonly) db.pragma('optimize');
      db.close();
    },
  };
}

function applyPragmas(db: Db): void {
  db.pragma('busy_timeout = 5000');
  if (!db.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Apply every migration newer than user_version, all in one transaction. */
export function migrate(db: Db, list: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = list.length ? list[list.length - 1]!.version : 0;
  if (current > latest) throw new LibraryVersionError(current, latest);
  const pending = list.filter((m) => m.version > current);
  if (!pending.length) return;
  if (db.readonly) throw new Error('This library needs an upgrade and was opened read-only.');
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
  })();
}
