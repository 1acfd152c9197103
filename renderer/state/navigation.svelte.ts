import { parseRoute, routeHash, type ViewId } from '../lib/routes';
import { library } from './library.svelte';

export { ROUTES, type Route, type ViewId } from '../lib/routes';

/** A span of an article's text to scroll to and highlight: an evidence sentence. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where the analyst is: the current view, its parameter (the open article, the chosen country...) and, in the
 * reader, the evidence span shown. The location hash mirrors it, so Back and Forward move between views and
 * articles. Every view opens evidence through `openEvidence`, so links behave the same everywhere.
 */
export class Navigation {
  view = $state<ViewId>('library');
  /** The view's parameter from the URL: an article id in the library, an actor code in stances. */
  param = $state<string | null>(null);
  /** The span the reader scrolls to and highlights, or null. */
  highlight = $state.raw<TextSpan | null>(null);
  // The last parameter of each view; never rendered, so not reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #last = new Map<ViewId, string | null>();

  /** Follow the location hash: on start, and whenever Back or Forward changes it. */
  start(): () => void {
    const follow = () => this.#apply(parseRoute(location.hash));
    follow();
    if (!location.hash) history.replaceState(null, '', routeHash(this.view, this.param));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }

  /** Show a view; without a parameter, with the one it last had (the article that was open stays open). */
  go(view: ViewId, param?: string | null): void {
    this.#push(view, param === undefined ? (this.#last.get(view) ?? null) : param);
  }

  /** Open an article in the reader, optionally at an evidence span. */
  openEvidence(articleId: number, span: TextSpan | null = null): void {
    this.highlight = span;
    this.#push('library', String(articleId));
  }

  /** Close the reader: back to the library list. */
  closeArticle(): void {
    this.highlight = null;
    this.#push('library', null);
  }

  #push(view: ViewId, param: string | null): void {
    const hash = routeHash(view, param);
    if (typeof location !== 'undefined' && location.hash !== hash) history.pushState(null, '', hash);
    this.#apply({ view, param });
  }

  #apply({ view, param }: { view: ViewId; param: string | null }): void {
    this.view = view;
    this.param = param;
    this.#last.set(view, param);
    if (view === 'library') {
      const id = param === null ? null : Number(param);
      if (id !== library.selectedId) void library.select(id);
    }
  }
}

export const navigation = new Navigation();
