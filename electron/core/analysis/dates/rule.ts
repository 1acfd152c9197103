import type { Context, Partial } from './context';

/** One pattern and how a match of it becomes a temporal expression (null rejects the match). */
export interface Rule {
  re: RegExp;
  /** A cheap test the text must pass before `re` is worth running. */
  gate?: RegExp;
  build: (m: RegExpExecArray, ctx: Context) => Partial | Partial[] | null;
  /** Breaks ties between rules that match the same span; higher wins. */
  priority?: number;
}

export const rx = (source: string, flags = 'gi'): RegExp => new RegExp(source, flags);

export const isCapitalised = (word: string): boolean => /^[A-Z]/.test(word);

/** Text just before `index` (up to `width` characters). */
export const before = (ctx: Context, index: number, width = 24): string => ctx.text.slice(Math.max(0, index - width), index);
