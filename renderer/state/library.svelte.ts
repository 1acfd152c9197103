import type { Article, ArticleSummary, Page, Reliability, SearchHit, SourceInfo } from '../../electron/api/models';
import { call } from '../lib/api';

const PAGE = 200;

/** The article list (paged on demand for the virtual list), the search results and the open article. */
export class LibraryState {
  total = $state(0);
  rows = $state<Array<ArticleSummary | undefined>>([]);
  query = $state('');
  hits = $state<SearchHit[] | null>(null);
  hitTotal = $state(0);
  selectedId = $state<number | null>(null);
  article = $state<Article | null>(null);
  error = $state<string | null>(null);
  loading = $state(false);
  sort = $state<'imported' | 'published' | 'title'>('imported');
  /** List filters: one outlet, and articles that still need a date. */
  sourceId = $state<number | null>(null);
  undatedOnly = $state(false);
  sources = $state<SourceInfo[]>([]);

  // Bookkeeping of pages being fetched; never rendered, so not reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Set<number>();
  #generation = 0;
  #searchSeq = 0;

  get searching(): boolean {
    return this.hits !== null;
  }

  async refresh(): Promise<void> {
    this.#generation++;
    this.#pending.clear();
    this.loading = true;
    try {
      const [first, sources] = await Promise.all([this.#page(0), call('listSources', {})]);
      this.sources = sources;
      this.total = first.total;
      const rows = new Array<ArticleSummary | undefined>(first.total);
      first.items.forEach((a, i) => (rows[i] = a));
      this.rows = rows;
      this.error = null;
      if (this.query) await this.search(this.query);
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.loading = false;
    }
  }

  #page(offset: number): Promise<Page<ArticleSummary>> {
    return call('listArticles', {
      offset,
      limit: PAGE,
      sort: this.sort,
      order: this.sort === 'title' ? 'asc' : 'desc',
      filter: { ...(this.sourceId !== null ? { sourceId: this.sourceId } : {}), ...(this.undatedOnly ? { undated: true } : {}) },
    });
  }

  /** Make sure rows [start, end) are loaded; called by the virtual list as it scrolls. */
  async ensureRange(start: number, end: number): Promise<void> {
    const generation = this.#generation;
    for (let page = Math.floor(start / PAGE); page * PAGE < Math.min(end, this.total); page++) {
      if (this.rows[page * PAGE] || this.#pending.has(page)) continue;
      this.#pending.add(page);
      try {
        const res = await this.#page(page * PAGE);
        if (generation !== this.#generation) return;
        res.items.forEach((a, i) => (this.rows[page * PAGE + i] = a));
      } catch (error) {
        this.error = (error as Error).message;
      } finally {
        this.#pending.delete(page);
      }
    }
  }

  async search(query: string): Promise<void> {
    this.query = query;
    const seq = ++this.#searchSeq;
    if (!query.trim()) {
      this.hits = null;
      this.hitTotal = 0;
      return;
    }
    try {
      const res = await call('search', { query, limit: 200 });
      if (seq !== this.#searchSeq) return;
      this.hits = res.items;
      this.hitTotal = res.total;
      this.error = null;
    } catch (error) {
      if (seq === this.#searchSeq) this.error = (error as Error).message;
    }
  }

  async select(id: number | null): Promise<void> {
    this.selectedId = id;
    if (id === null) {
      this.article = null;
      return;
    }
    try {
      const article = await call('getArticle', { id });
      if (this.selectedId === id) this.article = article;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  async gradeSource(sourceId: number, reliability: Reliability): Promise<void> {
    try {
      await call('setSourceReliability', { id: sourceId, reliability });
      if (this.selectedId !== null) await this.select(this.selectedId);
      await this.refresh();
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  async setDate(id: number, published: string | null): Promise<void> {
    try {
      await call('setArticleDate', { id, published });
      await this.select(id);
      await this.refresh();
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  async remove(id: number): Promise<void> {
    await call('deleteArticle', { id });
    if (this.selectedId === id) await this.select(null);
    await this.refresh();
  }
}

export const library = new LibraryState();
