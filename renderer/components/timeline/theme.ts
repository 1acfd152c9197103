/** Colours for the canvas, read from the page's CSS variables at draw time so light and dark themes both apply. */
export interface Theme {
  panel: string;
  stripe: string;
  ink: string;
  muted: string;
  line: string;
  lineStrong: string;
  accent: string;
  brush: string;
  /** Indexed by polarity code: cooperative, neutral, conflictual (see columns.ts). */
  polarity: [string, string, string];
  font: string;
}

const FALLBACK: Record<string, string> = {
  '--panel': '#ffffff',
  '--hover': '#f1f3f6',
  '--ink': '#1b2330',
  '--muted': '#6a7383',
  '--line': '#e5e7eb',
  '--line-strong': '#cfd4dc',
  '--accent': '#1f5fa8',
  '--accent-bg': '#e6eef8',
  '--good': '#1d6b3a',
  '--bad': '#a3261d',
  '--neutral': '#8a93a3',
  '--sans': 'system-ui, sans-serif',
};

export function readTheme(el: Element): Theme {
  const css = getComputedStyle(el);
  const v = (name: string): string => css.getPropertyValue(name).trim() || FALLBACK[name]!;
  return {
    panel: v('--panel'),
    stripe: v('--hover'),
    ink: v('--ink'),
    muted: v('--muted'),
    line: v('--line'),
    lineStrong: v('--line-strong'),
    accent: v('--accent'),
    brush: v('--accent-bg'),
    polarity: [v('--good'), v('--neutral'), v('--bad')],
    font: v('--sans'),
  };
}
