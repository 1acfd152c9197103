import { library } from './library.svelte';

/** The views of the rail, in order. */
export type ViewId = 'library' | 'timeline' | 'stances' | 'briefings';

/** A span of an article's text to scroll to and highlight: an evidence sentence. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Where the analyst is: the current view and, in the reader, the article and the evidence span shown.
 * Every view opens evidence through `openEvidence`, so links behave the same everywhere.
 */
export class Navigation {
  view = $state<ViewId>('library');
  /** The span the reader scrolls to and highlights, or null. */
  highlight = $state.raw<TextSpan | null>(null);

  go(view: ViewId): void {
    this.view = view;
  }

  /** Open an article in the reader, optionally at an evidence span. */
  openEvidence(articleId: number, span: TextSpan | null = null): void {
    this.view = 'library';
    this.highlight = span;
    void library.select(articleId);
  }
}

export const navigation = new Navigation();
