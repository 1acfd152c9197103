import { createHash, randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportOutcome, ImportProgress, ImportReport, ImportStatus } from '../../api/models';
import { addArticle, findByHash, findByUrl } from '../library/articles';
import type { Library } from '../library/open';
import { beginDeferredIndexing, endDeferredIndexing } from '../library/fts';
import { ensureSource } from '../library/sources';
import { collectFiles } from './collect';
import { inProcessExtractor, type Extractor } from './extractor';
import { fetchUrl } from './fetch-url';
import { bandKeys, decodeSignature, encodeSignature, minhash, normalizeForHash, SAME_STORY, similarity } from './near-dup';
import { identifyOutlet } from './outlets';
import { readFileChecked } from './read';
import { IngestError, type ExtractedArticle } from './types';
import { inTransaction, stmt } from '../library/statements';
import { withFileName } from '../../api/outcome-text';

/** One thing to import: a file on disk, bytes uploaded by the web host, or a URL. */
export type ImportItem =
  | { kind: 'path'; name: string; path: string }
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  | { kind: 'url'; name: string; url: string };

export interface ImportOptions {
  jobId?: string;
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  /** Where extraction runs; by default in this thread. */
  extractor?: Extractor;
  /** Called with the ids of newly stored articles (e.g. to queue analysis). */
  onStored?: (articleIds: number[]) => void;
}

/** Batches this large defer full-text indexing to the end of the import. */
export const BULK_IMPORT = 50;

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Expand folders, then import every file. Problems found while walking folders are reported as failures. */
export async function importPaths(lib: Library, paths: string[], opts: ImportOptions = {}): Promise<ImportReport> {
  const { files, problems } = await collectFiles(paths);
  const items: ImportItem[] = files.map((f) => ({ kind: 'path', name: f.name, path: f.path }));
  const report = await runImport(lib, items, opts);
  for (const p of problems) {
    report.outcomes.push({ name: p.name, status: 'failed', articleIds: [], message: p.message, errorCode: p.code });
    report.counts.failed++;
  }
  return report;
}

export async function runImport(lib: Library, items: ImportItem[], opts: ImportOptions = {}): Promise<ImportReport> {
  const jobId = opts.jobId ?? randomUUID();
  const extractor = opts.extractor ?? inProcessExtractor;
  const outcomes: ImportOutcome[] = [];
  let failed = 0;
  let cancelled = false;
  const progress = (done: number, current: string | null) =>
    opts.onProgress?.({ kind: 'import', jobId, done, total: items.length, current, failed });
  // Files are read and extracted ahead (as many as the extractor runs at once, twice over) and stored in order.
  const ahead = Math.max(1, extractor.parallel * 2);
  const prepared: Array<Promise<Prepared | ImportOutcome> | undefined> = [];
  const bulk = items.length >= BULK_IMPORT;
  if (bulk) beginDeferredIndexing(lib.db);
  try {
    for (let i = 0; i < items.length; i++) {
      if (opts.signal?.aborted) {
        cancelled = true;
        break;
      }
      for (let j = i; j < Math.min(items.length, i + ahead); j++) {
        prepared[j] ??= prepareItem(items[j]!, extractor, opts.signal);
      }
      const item = items[i]!;
      progress(i, item.name);
      const ready = await prepared[i]!;
      prepared[i] = undefined;
      if (opts.signal?.aborted) {
        cancelled = true;
        break;
      }
      for (const o of 'articles' in ready ? storePrepared(lib, item, ready) : [ready]) {
        outcomes.push(o);
        if (o.status === 'failed') failed++;
        if (o.articleIds.length && o.status !== 'duplicate') opts.onStored?.(o.articleIds);
      }
      // Yield so the process keeps answering requests (progress, cancel) between files.
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    if (bulk && lib.db.open) endDeferredIndexing(lib.db);
  }
  progress(cancelled ? outcomes.length : items.length, null);
  const counts: Record<ImportStatus, number> = { imported: 0, duplicate: 0, grouped: 0, failed: 0 };
  for (const o of outcomes) counts[o.status]++;
  return { jobId, cancelled, outcomes, counts };
}

interface Prepared {
  bytes: Uint8Array;
  articles: ExtractedArticle[];
}

/** Read (or fetch) one item and extract its articles; a failure becomes that item's outcome. */
async function prepareItem(item: ImportItem, extractor: Extractor, signal?: AbortSignal): Promise<Prepared | ImportOutcome> {
  try {
    let bytes: Uint8Array;
    let url: string | undefined;
    let contentType: string | undefined;
    if (item.kind === 'path') bytes = await readFileChecked(item.path);
    else if (item.kind === 'bytes') bytes = item.bytes;
    else {
      const fetched = await fetchUrl(item.url, { signal });
      bytes = fetched.bytes;
      url = fetched.finalUrl;
      contentType = fetched.contentType ?? undefined;
    }
    return { bytes, articles: await extractor.extract(bytes, { fileName: item.name, url, contentType }) };
  } catch (error) {
    const code = error instanceof IngestError ? error.code : 'unreadable';
    const raw = error instanceof Error ? error.message : String(error);
    return { name: item.name, status: 'failed', articleIds: [], message: withFileName(raw, item.name), errorCode: code };
  }
}

function storePrepared(lib: Library, item: ImportItem, { bytes, articles }: Prepared): ImportOutcome[] {
  const original = keepOriginal(lib, bytes);
  const many = articles.length > 1;
  return articles.map((a, i) => {
    const name = many ? `${item.name} › ${a.partName ?? (a.title || `item ${i + 1}`)}` : item.name;
    if (a.skipped) return { name, status: 'failed', articleIds: [], message: a.skipped.message, errorCode: a.skipped.code };
    return storeArticle(lib, a, name, item.name, original);
  });
}

/** Keep the imported bytes, content-addressed, so the analyst can always show what was imported. */
function keepOriginal(lib: Library, bytes: Uint8Array): string {
  const hash = sha256(bytes);
  const path = join(lib.dir, 'originals', hash);
  if (!existsSync(path)) writeFileSync(path, bytes);
  return hash;
}

function storeArticle(lib: Library, a: ExtractedArticle, name: string, originName: string, original: string): ImportOutcome {
  const { db } = lib;
  const text = a.text.trim();
  if (!text) {
    return { name, status: 'failed', articleIds: [], message: `${name}: no readable text found`, errorCode: 'no-text' };
  }
  const normalized = normalizeForHash(text);
  const contentHash = sha256(normalized);
  const sameText = findByHash(db, contentHash);
  if (sameText) return duplicate(name, sameText);
  if (a.url) {
    const sameUrl = findByUrl(db, a.url);
    if (sameUrl) return duplicate(name, sameUrl);
  }
  const sig = minhash(normalized);
  return inTransaction(db, insertArticle)(lib, a, { text, contentHash, sig, name, originName, original });
}

interface NewRow {
  text: string;
  contentHash: string;
  sig: number[] | null;
  name: string;
  originName: string;
  original: string;
}

function insertArticle(lib: Library, a: ExtractedArticle, p: NewRow): ImportOutcome {
  const { db } = lib;
  const { text, contentHash, sig, name, originName, original } = p;
  const storyOf = sig ? findStory(lib, sig) : null;
  const outlet = identifyOutlet(a.site, a.url);
  const sourceId = outlet ? ensureSource(db, outlet) : null;
  const id = addArticle(db, {
    title: a.title.trim() || text.split('\n')[0]!.slice(0, 200),
    byline: a.byline,
    sourceId,
    url: a.url,
    published: a.published?.value ?? null,
    publishedPrecision: a.published?.precision ?? null,
    publishedSource: a.published?.source ?? null,
    lang: a.lang,
    text,
    html: a.html,
    format: a.format,
    contentHash,
    nearSignature: sig ? encodeSignature(sig) : null,
    storyId: storyOf?.storyId ?? null,
    originName,
    originalSha256: original,
    dateline: a.dateline,
  });
  if (sig) {
    const insert = stmt(db, 'INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)');
    for (const band of bandKeys(sig)) insert.run(band, id);
  }
  if (storyOf) {
    stmt(db, 'UPDATE articles SET story_id = ? WHERE id = ? AND story_id IS NULL').run(storyOf.storyId, storyOf.matchId);
    return {
      name,
      status: 'grouped',
      articleIds: [id],
      message: `same story as “${storyOf.title}”`,
      errorCode: null,
    };
  }
  return { name, status: 'imported', articleIds: [id], message: null, errorCode: null };
}

function duplicate(name: string, of: { id: number; title: string }): ImportOutcome {
  return { name, status: 'duplicate', articleIds: [of.id], message: `already in the library as “${of.title}”`, errorCode: null };
}

/** The story group a new signature joins: the most similar candidate sharing an LSH band, if similar enough. */
function findStory(lib: Library, sig: number[]): { storyId: number; matchId: number; title: string } | null {
  const bands = bandKeys(sig);
  const rows = lib.db
    .prepare(
      `SELECT DISTINCT a.id, a.title, a.story_id, a.near_signature FROM article_bands b JOIN articles a ON a.id = b.article_id
       WHERE b.band IN (${bands.map(() => '?').join(',')}) LIMIT 200`,
    )
    .all(...bands) as Array<{ id: number; title: string; story_id: number | null; near_signature: string | null }>;
  let best: { storyId: number; matchId: number; title: string; score: number } | null = null;
  for (const r of rows) {
    if (!r.near_signature) continue;
    const score = similarity(sig, decodeSignature(r.near_signature));
    if (score >= SAME_STORY && (!best || score > best.score)) {
      best = { storyId: r.story_id ?? r.id, matchId: r.id, title: r.title, score };
    }
  }
  return best;
}
