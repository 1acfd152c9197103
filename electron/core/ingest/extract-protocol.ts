import type { ExtractedArticle, ExtractOptions } from './types';

/** Messages between the extraction pool and its worker threads. */
export const READY = 'extract-worker-ready';

export interface ExtractJob {
  id: number;
  bytes: Uint8Array;
  opts: ExtractOptions;
}

export type ExtractReply =
  { id: number; ok: true; articles: ExtractedArticle[] } | { id: number; ok: false; code: string; message: string };
