import { z } from 'zod';
import { PloverCategory, Polarity } from './analysis';
import { VERB_NAMES, type VerbName } from './channels';
import type {
  ActorInfo,
  CountryCard,
  CountryOverview,
  EventView,
  ExportFile,
  TimelineData,
  Article,
  ArticleAnalysis,
  Stance,
  ArticleSummary,
  ImportReport,
  LibraryInfo,
  Page,
  SearchHit,
  SourceInfo,
} from './models';

/**
 * The API table: every verb the renderer may call, declared once with its input schema.
 * Electron main registers each on ipcMain.handle, the web host on POST /api/<verb>.
 */

const id = z.number().int().positive();
const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const ArticleFilter = z
  .object({
    sourceId: id.optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    undated: z.boolean().optional(),
    storyId: id.optional(),
  })
  .strict();

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const actorCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,10}$/, 'expected an actor code such as RUS, KOR or NATO')
  .transform((s) => s.toUpperCase());

/** Filters of an event list; also what an export of "the events behind a view" takes. */
export const EventFilter = z
  .object({
    source: actorCode.optional(),
    target: actorCode.optional(),
    actor: actorCode.optional(),
    category: PloverCategory.optional(),
    polarity: Polarity.optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    articleId: id.optional(),
    /** Only the events that count in stances and timelines (what their figures are made of). */
    countedOnly: z.boolean().default(false),
  })
  .strict();

export const inputs = {
  libraryInfo: z.object({}).strict(),
  listArticles: z
    .object({
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(500).default(100),
      sort: z.enum(['published', 'imported', 'title']).default('imported'),
      order: z.enum(['asc', 'desc']).default('desc'),
      filter: ArticleFilter.default({}),
    })
    .strict(),
  getArticle: z.object({ id }).strict(),
  deleteArticle: z.object({ id }).strict(),
  restoreArticle: z.object({ token: z.string().uuid('not an undo token') }).strict(),
  search: z
    .object({
      query: z.string().trim().min(1, 'type something to search for').max(500),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(200).default(50),
      filter: ArticleFilter.default({}),
    })
    .strict(),
  importPaths: z.object({ paths: z.array(z.string().min(1)).min(1, 'no files were given').max(10_000) }).strict(),
  importUploads: z
    .object({
      uploads: z
        .array(
          z.object({ id: z.string().regex(/^[a-f0-9-]{36}$/, 'not an upload id'), name: z.string().min(1).max(1000) }).strict(),
        )
        .min(1, 'no files were given')
        .max(10_000),
    })
    .strict(),
  importUrls: z.object({ urls: z.array(z.string().url('not a valid URL')).min(1).max(100) }).strict(),
  cancelJob: z.object({ jobId: z.string().min(1) }).strict(),
  listSources: z.object({}).strict(),
  setSourceReliability: z.object({ id, reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']) }).strict(),
  setArticleDate: z.object({ id, published: isoDay.nullable() }).strict(),
  getAnalysis: z.object({ articleId: id }).strict(),
  listStances: z
    .object({ from: isoDay.optional(), to: isoDay.optional(), actor: z.string().min(2).max(10).optional() })
    .strict()
    .default({}),
  correctEvent: z
    .object({
      articleId: id,
      correction: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('polarity'), eventKey: z.string().min(1), polarity: Polarity }).strict(),
        z.object({ kind: z.literal('target'), eventKey: z.string().min(1), target: z.string().min(2).max(10) }).strict(),
        z.object({ kind: z.literal('reject'), eventKey: z.string().min(1) }).strict(),
        z
          .object({
            kind: z.literal('add'),
            event: z
              .object({
                source: z.string().min(2).max(10),
                target: z.string().min(2).max(10),
                category: PloverCategory,
                polarity: Polarity,
                start: z.number().int().nonnegative(),
                end: z.number().int().nonnegative(),
                date: isoDay.nullable().default(null),
              })
              .strict(),
          })
          .strict(),
      ]),
      note: z.string().max(2000).nullable().default(null),
    })
    .strict(),
  reanalyze: z.object({ all: z.boolean().default(false) }).strict(),
  listActors: z.object({ query: z.string().max(100).default(''), limit: z.number().int().min(1).max(100).default(20) }).strict(),
  listTimeline: z
    .object({
      lanes: z.enum(['actor', 'pair']),
      actors: z.array(actorCode).max(60).optional(),
      maxLanes: z.number().int().min(1).max(60).default(12),
      from: day.optional(),
      to: day.optional(),
      bucket: z.enum(['day', 'week', 'month', 'quarter', 'year', 'item']),
      polarity: z.array(Polarity).min(1, 'choose at least one polarity').optional(),
    })
    .strict(),
  listEvents: EventFilter.extend({
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(500).default(50),
    sort: z.enum(['date', 'intensity']).default('date'),
  }).strict(),
  getEvent: z.object({ id }).strict(),
  countryOverview: z
    .object({
      actor: actorCode,
      from: isoDay.optional(),
      to: isoDay.optional(),
      /** Rows per table, busiest counterparts first. */
      limit: z.number().int().min(1).max(500).default(25),
    })
    .strict(),
  countryCard: z.object({ actor: actorCode }).strict(),
  exportEvents: EventFilter.extend({ format: z.enum(['csv', 'json']) }).strict(),
  exportStances: z
    .object({ actor: actorCode, from: isoDay.optional(), to: isoDay.optional(), format: z.literal('csv').default('csv') })
    .strict(),
  loadSamples: z.object({}).strict(),
} as const;

export interface Outputs {
  libraryInfo: LibraryInfo;
  listArticles: Page<ArticleSummary>;
  getArticle: Article;
  /** `undoToken` restores the article with `restoreArticle` while the app runs. */
  deleteArticle: { deleted: boolean; undoToken: string | null };
  restoreArticle: Article;
  search: Page<SearchHit>;
  importPaths: ImportReport;
  importUploads: ImportReport;
  importUrls: ImportReport;
  cancelJob: { cancelled: boolean };
  listSources: SourceInfo[];
  setSourceReliability: SourceInfo;
  setArticleDate: ArticleSummary;
  getAnalysis: ArticleAnalysis;
  listStances: Stance[];
  correctEvent: ArticleAnalysis;
  reanalyze: { jobId: string; done: number; failed: number; cancelled: boolean };
  listActors: ActorInfo[];
  listTimeline: TimelineData;
  listEvents: Page<EventView>;
  getEvent: EventView;
  countryOverview: CountryOverview;
  countryCard: CountryCard;
  exportEvents: ExportFile;
  exportStances: ExportFile;
  loadSamples: ImportReport;
}

export type Verb = keyof typeof inputs;
export type Input<V extends Verb> = z.input<(typeof inputs)[V]>;
export type ParsedInput<V extends Verb> = z.output<(typeof inputs)[V]>;
export type Output<V extends Verb> = Outputs[V];

export const verbs: readonly Verb[] = VERB_NAMES;

// Both directions must hold: every schema has a name in channels.ts and every name has a schema.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const verbListsAgree: Same<Verb, VerbName> = true;
void verbListsAgree;

/** Verbs the web host does not expose: a browser page cannot name files on the server's disk. */
export const electronOnlyVerbs: ReadonlySet<Verb> = new Set(['importPaths']);
/** Verbs only the web host exposes: files arrive there as uploads, not paths. */
export const hostOnlyVerbs: ReadonlySet<Verb> = new Set(['importUploads']);

export interface ApiError {
  code: 'invalid-input' | 'not-found' | 'unknown-verb' | 'conflict' | 'internal' | 'forbidden' | 'unavailable';
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The typed client shape: one async function per verb. Implemented by the preload and by the web client. */
export type BriefingApi = { [V in Verb]: (input: Input<V>) => Promise<Result<Output<V>>> };

export { INVOKE_CHANNEL_PREFIX, PROGRESS_CHANNEL } from './channels';
