import { findByHash } from './articles';
import type { Db } from './open';
import { inTransaction } from './statements';

/**
 * Deleting an article keeps a copy of everything that goes with it (the article row and every row that
 * references it, directly or through another such row: analysis, corrections, LSH bands, and whatever later
 * tables point at articles), so the deletion can be undone in one transaction. The tables are found from the
 * schema's foreign keys, not listed here, so a table added by a later migration is kept too.
 */
export interface DeletedArticle {
  articleId: number;
  title: string;
  /** Rows per table, parents before children. */
  tables: KeptTable[];
}

interface KeptTable {
  table: string;
  /** Rows deleted with the article (ON DELETE CASCADE): re-inserted on restore. */
  rows: Array<Record<string, unknown>>;
  /** Rows whose link to the article was cleared (ON DELETE SET NULL): the link is put back on restore. */
  unlinked: Array<{ rowid: number; column: string; value: unknown }>;
  /** The table's INTEGER PRIMARY KEY column, if it has one (it may be renumbered on restore). */
  key: string | null;
  /** Links to kept parent tables: column here -> parent table and column. */
  links: Array<{ column: string; parent: string; parentColumn: string }>;
}

interface ForeignKey {
  table: string;
  from: string;
  to: string;
  onDelete: string;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function foreignKeysTo(db: Db, parent: string): ForeignKey[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .all() as Array<{
    name: string;
  }>;
  const out: ForeignKey[] = [];
  for (const { name } of tables) {
    const keys = db.prepare('SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?)').all(name) as Array<{
      table: string;
      from: string;
      to: string | null;
      on_delete: string;
    }>;
    for (const k of keys) {
      if (k.table.toLowerCase() !== parent.toLowerCase()) continue;
      out.push({ table: name, from: k.from, to: k.to ?? primaryKey(db, parent) ?? 'rowid', onDelete: k.on_delete.toUpperCase() });
    }
  }
  return out;
}

function primaryKey(db: Db, table: string): string | null {
  const cols = db.prepare('SELECT name, type, pk FROM pragma_table_info(?)').all(table) as Array<{
    name: string;
    type: string;
    pk: number;
  }>;
  const keys = cols.filter((c) => c.pk > 0);
  const withoutRowid = (
    db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) as { sql: string }
  ).sql.match(/WITHOUT\s+ROWID\s*;?\s*$/i);
  return keys.length === 1 && keys[0]!.type.toUpperCase() === 'INTEGER' && !withoutRowid ? keys[0]!.name : null;
}

/** Delete an article and return the copy that restores it, or null when there is no such article. */
export function deleteKeepingCopy(db: Db, articleId: number): DeletedArticle | null {
  return inTransaction(db, deleteKept)(db, articleId);
}

function deleteKept(db: Db, articleId: number): DeletedArticle | null {
  const article = db.prepare('SELECT * FROM articles WHERE id = ?').get(articleId) as Record<string, unknown> | undefined;
  if (!article) return null;
  const tables: KeptTable[] = [{ table: 'articles', rows: [article], unlinked: [], key: 'id', links: [] }];
  // Each kept table is described by a condition selecting its rows of this article.
  const queue: Array<{ table: string; where: string }> = [{ table: 'articles', where: 'id = @id' }];
  const seen = new Set(['articles']);
  while (queue.length) {
    const parent = queue.shift()!;
    for (const fk of foreignKeysTo(db, parent.table)) {
      const where = `${quote(fk.from)} IN (SELECT ${quote(fk.to)} FROM ${quote(parent.table)} WHERE ${parent.where})`;
      const link = { column: fk.from, parent: parent.table, parentColumn: fk.to };
      if (fk.onDelete === 'SET NULL') {
        const rows = db.prepare(`SELECT rowid AS r, ${quote(fk.from)} AS v FROM ${quote(fk.table)} WHERE ${where}`).all({
          id: articleId,
        }) as Array<{ r: number; v: unknown }>;
        if (rows.length) {
          tables.push({
            table: fk.table,
            rows: [],
            unlinked: rows.map((r) => ({ rowid: r.r, column: fk.from, value: r.v })),
            key: null,
            links: [link],
          });
        }
        continue;
      }
      const existing = tables.find((t) => t.table === fk.table && t.rows.length);
      if (existing) {
        existing.links.push(link);
        continue;
      }
      if (seen.has(fk.table)) continue;
      seen.add(fk.table);
      const rows = db.prepare(`SELECT * FROM ${quote(fk.table)} WHERE ${where}`).all({ id: articleId }) as Array<
        Record<string, unknown>
      >;
      tables.push({ table: fk.table, rows, unlinked: [], key: primaryKey(db, fk.table), links: [link] });
      queue.push({ table: fk.table, where });
    }
  }
  db.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
  return { articleId, title: String(article.title), tables };
}

/** The article already in the library with the same text (imported again since the deletion), if any. */
export function alreadyBack(db: Db, copy: DeletedArticle): { id: number; title: string } | null {
  const row = copy.tables[0]!.rows[0]!;
  return findByHash(db, String(row.content_hash));
}

/**
 * Put a deleted article back with everything that went with it, in one transaction. Returns the article's
 * id: the same one unless a newer article took it meanwhile, in which case the copy is renumbered.
 */
export function restoreDeleted(db: Db, copy: DeletedArticle): number {
  return inTransaction(db, restore)(db, copy);
}

function restore(db: Db, copy: DeletedArticle): number {
  // Old key -> new key per table, for rows that had to take a new number.
  const renumbered = new Map<string, Map<unknown, unknown>>();
  const mapped = (table: string, value: unknown) => renumbered.get(table)?.get(value) ?? value;
  for (const t of copy.tables) {
    for (const u of t.unlinked) {
      const parentLink = t.links[0]!;
      db.prepare(`UPDATE ${quote(t.table)} SET ${quote(u.column)} = ? WHERE rowid = ? AND ${quote(u.column)} IS NULL`).run(
        mapped(parentLink.parent, u.value),
        u.rowid,
      );
    }
    for (const original of t.rows) {
      const row = { ...original };
      for (const link of t.links) {
        if (link.column in row) row[link.column] = mapped(link.parent, row[link.column]);
      }
      const key = t.key;
      if (key && row[key] != null) {
        const taken = db.prepare(`SELECT 1 FROM ${quote(t.table)} WHERE ${quote(key)} = ?`).get(row[key]);
        if (taken) delete row[key];
      }
      const cols = Object.keys(row);
      const info = db
        .prepare(
          `INSERT INTO ${quote(t.table)} (${cols.map(quote).join(', ')}) VALUES (${cols.map((_, i) => `@p${i}`).join(', ')})`,
        )
        .run(Object.fromEntries(cols.map((c, i) => [`p${i}`, row[c]])));
      if (key && !(key in row)) {
        let map = renumbered.get(t.table);
        if (!map) renumbered.set(t.table, (map = new Map()));
        map.set(original[key], Number(info.lastInsertRowid));
      }
    }
  }
  return Number(mapped('articles', copy.articleId));
}
