import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const cache = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, compiled once per connection: hot paths (import, analysis) reuse it. */
export function stmt(db: Db, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = db.prepare(sql)));
  return s;
}

const transactions = new WeakMap<Db, Map<unknown, unknown>>();

/**
 * `fn` wrapped in a transaction, wrapped once per connection (better-sqlite3 prepares BEGIN/COMMIT for each
 * wrapper). `fn` must take everything it needs as arguments.
 */
export function inTransaction<A extends unknown[], R>(db: Db, fn: (...args: A) => R): (...args: A) => R {
  let byFn = transactions.get(db);
  if (!byFn) transactions.set(db, (byFn = new Map()));
  let wrapped = byFn.get(fn) as ((...args: A) => R) | undefined;
  if (!wrapped) byFn.set(fn, (wrapped = db.transaction(fn)));
  return wrapped;
}
