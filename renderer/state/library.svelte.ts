import type { Article, ArticleSummary, Page, Reliability, SearchHit, SourceInfo } from '../../electron/api/models';
import { call } from '../lib/api';

const PAGE = 200;
/** Search hits come in pages this size: the first page is on screen quickly, the rest follow on scroll. */
export const SEARCH_PAGE = 50;

/** The article list (paged on demand for the virtual list), the search results and the open article. */
export class LibraryState {
  total = $state(0);
  rows = $state<Array<ArticleSummary | undefined>>([]);
  query = $state('');
  hits = $state.raw<SearchHit[] | null>(null);
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
  /** The row the keyboard is on (in the list, or in the search hits while searching). */
  cursor = $state(0);
  /** The last deletion, while it can still be undone. */
  deleted = $state<{ title: string; token: string } | null>(null);

  // Bookkeeping of pages being fetched; never rendered, so not reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Set<number>();
  #generation = 0;
  #searchSeq = 0;
  #loadingMoreHits = false;

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
      filter: this.#filter(),
    });
  }

  /** The list filters; search honours them too. */
  #filter(): { sourceId?: number; undated?: boolean } {
    return { ...(this.sourceId !== null ? { sourceId: this.sourceId } : {}), ...(this.undatedOnly ? { undated: true } : {}) };
  }

  get filtered(): boolean {
    return this.sourceId !== null || this.undatedOnly;
  }

  /** How many rows the keyboard moves over: the hits while searching, else the list. */
  get count(): number {
    return this.hits ? this.hits.length : this.total;
  }

  /** The article id at a row of what is shown, if that row is loaded. */
  idAt(index: number): number | null {
    return (this.hits ? this.hits[index]?.article.id : this.rows[index]?.id) ?? null;
  }

  moveCursor(to: number): void {
    this.cursor = Math.max(0, Math.min(this.count - 1, to));
    if (this.hits && this.cursor >= this.hits.length - 5) void this.loadMoreHits();
  }

  /** Whether more hits match than are loaded. */
  get moreHits(): boolean {
    return this.hits !== null && this.hits.length < this.hitTotal;
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
      this.cursor = 0;
      return;
    }
    try {
      const res = await call('search', { query, limit: SEARCH_PAGE, filter: this.#filter() });
      if (seq !== this.#searchSeq) return;
      if (this.hits === null || this.hits[0]?.article.id !== res.items[0]?.article.id) this.cursor = 0;
      this.hits = res.items;
      this.hitTotal = res.total;
      this.error = null;
    } catch (error) {
      if (seq === this.#searchSeq) this.error = (error as Error).message;
    }
  }

  /** Fetch the next page of hits for the current query; answers for an older query are dropped. */
  async loadMoreHits(): Promise<void> {
    const hits = this.hits;
    if (!hits || this.#loadingMoreHits || hits.length >= this.hitTotal) return;
    const seq = this.#searchSeq;
    this.#loadingMoreHits = true;
    try {
      const res = await call('search', {
        query: this.query,
        offset: hits.length,
        limit: SEARCH_PAGE,
        filter: this.#filter(),
      });
      if (seq !== this.#searchSeq || this.hits !== hits) return;
      // The library may have changed between pages; never list an article twice.
      const seen = hits.map((h) => h.article.id);
      this.hits = [...hits, ...res.items.filter((h) => !seen.includes(h.article.id))];
      this.hitTotal = res.total;
    } catch (error) {
      if (seq === this.#searchSeq) this.error = (error as Error).message;
    } finally {
      this.#loadingMoreHits = false;
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

  /** Delete an article; it can be restored with `undoDelete` until the next deletion. */
  async remove(id: number): Promise<void> {
    try {
      const title = this.article?.id === id ? this.article.title : '';
      const { undoToken } = await call('deleteArticle', { id });
      this.deleted = undoToken ? { title, token: undoToken } : null;
      if (this.selectedId === id) await this.select(null);
      await this.refresh();
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  /** Put the last deleted article back; returns its id (null when it could not be restored). */
  async undoDelete(): Promise<number | null> {
    const last = this.deleted;
    if (!last) return null;
    this.deleted = null;
    try {
      const article = await call('restoreArticle', { token: last.token });
      await this.refresh();
      return article.id;
    } catch (error) {
      this.error = (error as Error).message;
      return null;
    }
  }
}

export const library = new LibraryState();
