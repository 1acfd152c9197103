import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deleteBriefing,
  insertBriefing,
  listVersions,
  readBriefing,
  saveBriefingVersion,
  StaleVersionError,
} from '../../../electron/core/library/briefings';
import { migrations, SCHEMA_VERSION } from '../../../electron/core/library/migrations';
import { DB_FILE, migrate, openLibrary, schemaVersion } from '../../../electron/core/library/open';
import { tempDir } from '../../helpers/tmp';
import { doc } from './doc-fixture';

describe('briefings in the library', () => {
  it('are added to a library written before briefings existed, keeping what it held', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const raw = new Database(join(dir, DB_FILE));
    migrate(
      raw,
      migrations.filter((m) => m.version <= 2),
    );
    raw.prepare("INSERT INTO sources (name, reliability, created_at) VALUES ('Wire One', 'B', '2024-01-01')").run();
    raw.close();

    const lib = openLibrary(dir);
    try {
      expect(schemaVersion(lib.db)).toBe(SCHEMA_VERSION);
      expect(lib.db.prepare('SELECT name FROM sources').all()).toEqual([{ name: 'Wire One' }]);
      const stored = insertBriefing(lib.db, doc(), 'TLP:GREEN', '2024-06-10T10:00:00Z');
      expect(readBriefing(lib.db, stored.id)).toMatchObject({ version: 1, doc: { title: 'Russia and South Korea' } });
    } finally {
      lib.close();
    }
  });

  it('keeps every version, refuses a stale base and drops the versions with the briefing', () => {
    const lib = openLibrary(tempDir());
    try {
      const { id } = insertBriefing(lib.db, doc(), 'TLP:GREEN');
      saveBriefingVersion(lib.db, id, { ...doc(), title: 'Second' }, 'TLP:GREEN', 1);
      expect(() => saveBriefingVersion(lib.db, id, { ...doc(), title: 'Lost' }, 'TLP:GREEN', 1)).toThrow(StaleVersionError);
      expect(listVersions(lib.db, id).map((v) => v.title)).toEqual(['Second', 'Russia and South Korea']);
      expect(deleteBriefing(lib.db, id)).toBe(true);
      expect(lib.db.prepare('SELECT count(*) AS n FROM briefing_versions').get()).toEqual({ n: 0 });
    } finally {
      lib.close();
    }
  });
});
