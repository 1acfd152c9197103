/** The views and their URLs: `#/<view>[/<param>]`, kept in step with the navigation state. */

/** The views of the rail, in order. */
export type ViewId = 'library' | 'timeline' | 'stances' | 'briefings';

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
  const route = ROUTES.find((r) => r.view === name);
  if (!route) return { view: ROUTES[0]!.view, param: null };
  const param = route.param && PARAM_PATTERN[route.param].test(raw) ? decodeURIComponent(raw) : null;
  return { view: route.view, param };
}

export function routeHash(view: ViewId, param: string | null): string {
  return `#/${view}${param ? `/${encodeURIComponent(param)}` : ''}`;
}
