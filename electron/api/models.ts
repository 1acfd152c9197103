import type { Event, Mention, Polarity, Quote, TemporalExpression } from './analysis';

/** Plain data shapes that cross the API boundary (results). Inputs are zod schemas in verbs.ts. */

export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export type Precision = 'day' | 'month' | 'year';

export interface SourceInfo {
  id: number;
  name: string;
  domain: string | null;
  country: string | null;
  kind: string | null;
  reliability: Reliability;
  articleCount: number;
}

export interface ArticleSummary {
  id: number;
  title: string;
  byline: string | null;
  source: { id: number; name: string; reliability: Reliability } | null;
  url: string | null;
  published: string | null;
  publishedPrecision: Precision | null;
  importedAt: string;
  lang: string | null;
  format: string | null;
  storyId: number | null;
  storySize: number;
  originName: string | null;
}

export interface Article extends ArticleSummary {
  text: string;
  html: string | null;
  publishedSource: string | null;
  dateline: string | null;
  originalSha256: string | null;
  story: Array<{ id: number; title: string; source: string | null; published: string | null }>;
}

export interface Page<T> {
  total: number;
  offset: number;
  items: T[];
}

/** A snippet is split into plain and highlighted parts so no markup from the article is ever interpreted. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  article: ArticleSummary;
  score: number;
  snippet: SnippetPart[];
  titleParts: SnippetPart[];
}

export type ImportStatus = 'imported' | 'duplicate' | 'grouped' | 'failed';

export interface ImportOutcome {
  /** The file (or URL) name as the user gave it; for a feed or folder, one entry per article or file. */
  name: string;
  status: ImportStatus;
  articleIds: number[];
  /** For failures: a reason the user can act on; for duplicates: what it duplicates. */
  message: string | null;
  errorCode: string | null;
}

export interface ImportReport {
  jobId: string;
  cancelled: boolean;
  outcomes: ImportOutcome[];
  counts: Record<ImportStatus, number>;
}

export interface ImportProgress {
  kind: 'import';
  jobId: string;
  done: number;
  total: number;
  current: string | null;
  failed: number;
}

export interface AnalysisProgress {
  kind: 'analysis';
  jobId: string;
  done: number;
  total: number;
  current: string | null;
  failed: number;
}

export type ProgressEvent = ImportProgress | AnalysisProgress;

export interface LibraryInfo {
  path: string;
  schemaVersion: number;
  articleCount: number;
  sourceCount: number;
  appVersion: string;
}

/** A machine event as stored, with the analyst's corrections applied; `eventId` is its stable key for corrections. */
export type StoredEvent = Event & { articleId: string | number; eventId: string };

export interface ArticleAnalysis {
  mentions: Mention[];
  quotes: Quote[];
  dates: TemporalExpression[];
  events: Array<StoredEvent & { key: string }>;
  coderVersion: string | null;
  analyzedAt: string | null;
  error: string | null;
}

/** Per directed pair and time window, as the core computes it. */
export interface StanceSummary<E = StoredEvent> {
  source: string;
  target: string;
  from: string | null;
  to: string | null;
  counts: Record<Polarity, number>;
  total: number;
  meanIntensity: number;
  trend: 'rising' | 'falling' | 'steady';
  /** Change of the monthly mean intensity per month (least squares). */
  slope: number;
  /** The strongest events, each with the sentence that proves it. */
  evidence: E[];
}

/** A stance as the API returns it: with actor names and each piece of evidence's article title. */
export interface Stance extends StanceSummary<StoredEvent & { key: string; articleTitle: string }> {
  sourceName: string;
  targetName: string;
}

/** An actor from the gazetteer, for pickers and autocomplete. */
export interface ActorInfo {
  code: string;
  name: string;
  kind: 'country' | 'organisation' | 'bloc';
}
