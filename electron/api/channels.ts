/**
 * Verb names and IPC channels without the schemas, so the sandboxed preload stays small (no zod).
 * `verbs.ts` checks at compile time that this list and its schema table name the same verbs.
 */
export const VERB_NAMES = [
  'libraryInfo',
  'listArticles',
  'getArticle',
  'deleteArticle',
  'restoreArticle',
  'search',
  'importPaths',
  'importUploads',
  'importUrls',
  'cancelJob',
  'listSources',
  'setSourceReliability',
  'setArticleDate',
  'getAnalysis',
  'listStances',
  'correctEvent',
  'reanalyze',
  'listActors',
  'listTimeline',
  'listEvents',
  'getEvent',
  'countryOverview',
  'countryCard',
  'exportEvents',
  'exportStances',
  'loadSamples',
] as const;

export type VerbName = (typeof VERB_NAMES)[number];

export const PROGRESS_CHANNEL = 'briefing:progress';
/** The window asks main for an open dialog (files or folders to import) and gets their paths back. */
export const CHOOSE_PATHS_CHANNEL = 'briefing-dialog:choosePaths';
export type ChooseKind = 'files' | 'folder';
export const INVOKE_CHANNEL_PREFIX = 'briefing:';
