import type { Event, Mention, PloverCategory, Polarity, Quote, TemporalExpression } from './analysis';

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
  /** Current events: machine output with the analyst's corrections applied. */
  events: Array<StoredEvent & { key: string; id: number; counted: boolean }>;
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

/** One current event (machine output with the analyst's corrections applied), with its evidence and source. */
export interface EventView {
  id: number;
  /** The key corrections use; it survives re-analysis of the same text. */
  key: string;
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  category: PloverCategory;
  polarity: Polarity;
  intensity: number;
  modality: 'verbal' | 'material';
  /** ISO days; a range when the text dates the event only to a month, season, year... */
  earliest: string | null;
  latest: string | null;
  best: string | null;
  precision: string | null;
  negated: boolean;
  conditional: boolean;
  hypothetical: boolean;
  reported: boolean;
  speaker: string | null;
  /** Changed or added by the analyst. */
  corrected: boolean;
  /** Counts in stances and timelines (happened, not a reported claim, one per sentence, pair and polarity). */
  counted: boolean;
  sentence: string;
  start: number;
  end: number;
  article: { id: number; title: string; url: string | null; published: string | null };
  outlet: { id: number; name: string; reliability: Reliability } | null;
}

export interface TimelineLane {
  /** An actor code, or 'SRC>TGT' for a directed pair. */
  key: string;
  label: string;
  count: number;
}

/** Parallel arrays, one entry per bin or item, so the renderer can fill typed arrays. */
export interface TimelineData {
  lanes: TimelineLane[];
  bucket: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'item';
  bins: {
    lane: number[];
    start: string[];
    cooperative: number[];
    conflictual: number[];
    neutral: number[];
  } | null;
  items: {
    id: number[];
    lane: number[];
    earliest: string[];
    latest: string[];
    best: string[];
    polarity: Polarity[];
    intensity: number[];
  } | null;
  undated: Array<{ lane: number; count: number }>;
  truncated: boolean;
  range: { first: string | null; last: string | null };
}

/** Counts per month, from the first to the last month with events (months without events are zeros). */
export interface MonthlySeries {
  months: string[];
  cooperative: number[];
  conflictual: number[];
  neutral: number[];
  /** Mean intensity per month; null for months without events. */
  meanIntensity: Array<number | null>;
}

/** One row of a country's stance table: toward one counterpart, or from one counterpart toward it. */
export interface StanceRow {
  counterpart: string;
  counterpartName: string;
  events: number;
  cooperative: number;
  conflictual: number;
  neutral: number;
  meanIntensity: number;
  /** Only with at least three months of data; otherwise no trend is claimed. */
  trend: MonthlySeries | null;
  verdict: string;
  latest: EventView | null;
  strongest: EventView | null;
}

export interface StanceMatrix {
  actors: Array<{ code: string; name: string }>;
  /** Counted events source -> target, for every pair of listed actors with any. */
  cells: Array<{ source: string; target: string; cooperative: number; conflictual: number; neutral: number }>;
}

export interface CountryOverview {
  actor: string;
  name: string;
  from: string | null;
  to: string | null;
  /** The actor's stance toward others (actor -> counterpart), busiest first, at most the limit asked for. */
  toward: StanceRow[];
  /** Others' stance toward the actor (counterpart -> actor). */
  fromOthers: StanceRow[];
  /** Counterparts in each direction before the limit. */
  towardTotal: number;
  fromOthersTotal: number;
  matrix: StanceMatrix;
}

export interface CountryCard {
  actor: string;
  name: string;
  kind: ActorInfo['kind'] | null;
  /** Publication dates of the first and last article that mentions it. */
  firstMention: string | null;
  lastMention: string | null;
  articleCount: number;
  topTargets: Array<{ code: string; name: string; events: number }>;
  topSources: Array<{ code: string; name: string; events: number }>;
  topOutlets: Array<{ id: number; name: string; reliability: Reliability; articles: number }>;
  quotes: Array<{
    text: string;
    speaker: string;
    articleId: number;
    articleTitle: string;
    published: string | null;
    start: number;
    end: number;
  }>;
}

/** A file for the user to save: CSV or JSON text. */
export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
  rows: number;
}
