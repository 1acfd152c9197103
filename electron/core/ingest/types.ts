/** What every format extractor returns: one or more articles found in one file. */

export type DatePrecision = 'day' | 'month' | 'year';

export interface PublishedDate {
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) matching `precision`. */
  value: string;
  precision: DatePrecision;
  /** Where it came from, e.g. 'json-ld', 'meta:article:published_time', 'time', 'dateline', 'url', 'pdf-info', 'email-date', 'feed'. */
  source: string;
}

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  published: PublishedDate | null;
  /** Outlet / site name as the document states it (og:site_name, JSON-LD publisher, feed title, e-mail sender). */
  site: string | null;
  /** BCP 47 primary language tag when known ('en', 'de', 'ru', ...). */
  lang: string | null;
  /** Plain body text; paragraphs separated by a blank line ("\n\n"). */
  text: string;
  /** Body as HTML, already sanitized with the import allowlist; null for plain-text formats. */
  html: string | null;
  /** Canonical URL of the article when the document names one. */
  url: string | null;
  /** Place named by a dateline ("MOSCOW, June 5 (Reuters) -"), if any. */
  dateline: string | null;
  /** Detected format of the file this article came from. */
  format: SourceFormat;
  /** Where in a many-article file this one sits ("line 3"), for the import report. */
  partName?: string;
  /** A part of the file that could not be read (a bad JSON line): reported as failed, the rest imports. */
  skipped?: { code: IngestErrorCode; message: string };
}

export type SourceFormat = 'html' | 'mhtml' | 'pdf' | 'docx' | 'eml' | 'rss' | 'atom' | 'txt' | 'md' | 'jsonl';

/** A failure a user can act on: `message` names the problem without a stack trace. */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

export type IngestErrorCode =
  | 'empty'
  | 'binary'
  | 'unsupported'
  | 'too-large'
  | 'unreadable'
  | 'truncated'
  | 'encrypted'
  | 'zip-bomb'
  | 'entity-expansion'
  | 'timeout'
  | 'no-text'
  | 'network'
  | 'symlink-loop'
  | 'cancelled';

export interface ExtractOptions {
  /** File name as the user sees it (for messages and txt titles). */
  fileName: string;
  /** URL the bytes were fetched from, if any. */
  url?: string;
  /** Content-Type header (charset hint) when fetched over HTTP. */
  contentType?: string;
}
