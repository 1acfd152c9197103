import type { AnalysisInput, AnalysisResult } from '../../api/analysis';
import type { ExtractedArticle, ExtractOptions } from '../ingest/types';

/** Messages between the background pool and its worker threads. */
export const READY = 'background-worker-ready';

export type Job =
  | { id: number; kind: 'extract'; bytes: Uint8Array; opts: ExtractOptions }
  | { id: number; kind: 'analyze'; input: AnalysisInput };

export type Reply =
  { id: number; ok: true; value: ExtractedArticle[] | AnalysisResult } | { id: number; ok: false; code: string; message: string };
