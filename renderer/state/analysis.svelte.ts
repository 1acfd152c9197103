import type { Polarity } from '../../electron/api/analysis';
import type { ArticleAnalysis } from '../../electron/api/models';
import type { Input } from '../../electron/api/verbs';
import { call } from '../lib/api';

type Correction = Input<'correctEvent'>['correction'];

/** The analysis of the open article, and the analyst's corrections to it. */
export class AnalysisState {
  articleId = $state<number | null>(null);
  data = $state<ArticleAnalysis | null>(null);
  error = $state<string | null>(null);

  async load(articleId: number): Promise<void> {
    this.articleId = articleId;
    try {
      const data = await call('getAnalysis', { articleId });
      if (this.articleId === articleId) {
        this.data = data;
        this.error = null;
      }
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  /** Reload after background analysis finished, in case it covered the open article. */
  refresh(): void {
    if (this.articleId !== null) void this.load(this.articleId);
  }

  async correct(correction: Correction): Promise<void> {
    if (this.articleId === null) return;
    try {
      this.data = await call('correctEvent', { articleId: this.articleId, correction, note: null });
      this.error = null;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  setPolarity(eventKey: string, polarity: Polarity): Promise<void> {
    return this.correct({ kind: 'polarity', eventKey, polarity });
  }

  setTarget(eventKey: string, target: string): Promise<void> {
    return this.correct({ kind: 'target', eventKey, target });
  }

  reject(eventKey: string): Promise<void> {
    return this.correct({ kind: 'reject', eventKey });
  }
}

export const analysis = new AnalysisState();
