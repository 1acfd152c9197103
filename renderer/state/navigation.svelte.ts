import { library } from './library.svelte';

/** The views of the rail, in order. */
export type ViewId = 'library' | 'timeline' | 'stances' | 'briefings';

/** A span of an article's text to scroll to and highlight: an evidence sentence. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Route {
  view: ViewId;
  label: string;
  icon: string;
  /** What the path segment after the view names ('#/library/123', '#/stances/RUS'), if anything. */
  param?: 'article' | 'actor' | 'briefing';
}

/** One entry per view: the rail shows them in this order and the URL names them `#/<view>[/<param>]`. */
export const ROUTES: readonly Route[] = [
  { view: 'library', label: 'Library', icon: '▤', param: 'article' },
  { view: 'timeline', label: 'Timeline', icon: '⋯' },
  { view: 'stances', label: 'Stances', icon: '⇄', param: 'actor' },
  { view: 'briefings', label: 'Briefings', icon: '▦', param: 'briefing' },
];

const PARAM_PATTERN: Record<NonNullable<Route['param']>, RegExp> = {
  article: /^\d+$/,
  actor: /^[A-Za-z]{2,10}$/,
  briefing: /^\d+$/,
};

/** The view and parameter a location hash names; anything unknown is the library. */
export function parseRoute(hash: string): { view: ViewId; param: string | null } {
  const [name = '', raw = ''] = hash.replace(/^#\/?/, '').split('/');
  const route = ROUTES.find((r) => r.view === name) ?? ROUTES[0]!;
  const param = route.param && PARAM_PATTERN[route.param].test(raw) ? decodeURIComponent(raw) : null;
  return { view: route.view, param };
}

export function routeHash(view: ViewId, param: string | null): string {
  return `#/${view}${param ? `/${encodeURIComponent(param)}` : ''}`;
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
