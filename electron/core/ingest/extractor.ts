import { extractFile } from './extract';
import type { ExtractedArticle, ExtractOptions } from './types';

/** Something that turns file bytes into articles: in this thread, or on background threads. */
export interface Extractor {
  /** How many extractions can usefully run at once. */
  readonly parallel: number;
  extract(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractedArticle[]>;
}

export const inProcessExtractor: Extractor = {
  parallel: 1,
  extract: (bytes, opts) => extractFile(bytes, opts),
};
