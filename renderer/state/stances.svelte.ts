import type { PloverCategory, Polarity } from '../../electron/api/analysis';
import type { CountryCard, CountryOverview, EventView } from '../../electron/api/models';
import { call, onProgress } from '../lib/api';
import { saveFile } from '../lib/download';

/** What a figure stands for: the counted events behind it. */
export interface EventScope {
  /** Heading of the list, e.g. "Russia → South Korea, cooperative". */
  label: string;
  source?: string;
  target?: string;
  actor?: string;
  polarity?: Polarity;
  category?: PloverCategory;
}

const PAGE = 50;
const ROWS = 25;
const ALL_ROWS = 500;

/**
 * One country's stances: the two tables and the matrix, its card, and the events behind any figure.
 * `from`/`to` is the time window; the timeline's brush sets it with `setWindow`.
 */
export class StancesState {
  actor = $state('');
  from = $state('');
  to = $state('');
  overview = $state.raw<CountryOverview | null>(null);
  /** Rows per stance table; "Show all" raises it. */
  limit = $state(ROWS);
  card = $state.raw<CountryCard | null>(null);
  scope = $state.raw<EventScope | null>(null);
  events = $state.raw<EventView[]>([]);
  eventTotal = $state(0);
  error = $state<string | null>(null);
  loading = $state(false);
  /** The most active actors, offered before a country is chosen. */
  suggestions = $state.raw<Array<{ code: string; name: string; count: number }>>([]);
  reanalysing = $state(false);
  progress = $state<{ done: number; total: number } | null>(null);
  #seq = 0;

  constructor() {
    onProgress((e) => {
      if (e.kind === 'analysis' && this.reanalysing) this.progress = { done: e.done, total: e.total };
    });
  }

  get window(): { from?: string; to?: string } {
    return { from: this.from || undefined, to: this.to || undefined };
  }

  /** Narrow the view to a time window (ISO days; empty for open ends). */
  setWindow(from: string | null, to: string | null): void {
    this.from = from ?? '';
    this.to = to ?? '';
    if (this.actor) void this.load();
  }

  async suggest(): Promise<void> {
    try {
      const top = await call('listTimeline', { lanes: 'actor', bucket: 'year', maxLanes: 8 });
      this.suggestions = top.lanes.map((l) => ({ code: l.key, name: l.label, count: l.count }));
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  async choose(actor: string): Promise<void> {
    this.actor = actor.toUpperCase();
    this.limit = ROWS;
    this.scope = null;
    this.events = [];
    await this.load();
  }

  async load(): Promise<void> {
    if (!this.actor) return;
    const seq = ++this.#seq;
    this.loading = true;
    try {
      const [overview, card] = await Promise.all([
        call('countryOverview', { actor: this.actor, ...this.window, limit: this.limit }),
        call('countryCard', { actor: this.actor }),
      ]);
      if (seq !== this.#seq) return;
      this.overview = overview;
      this.card = card;
      this.error = null;
      if (this.scope) await this.#loadEvents(0);
    } catch (error) {
      if (seq === this.#seq) this.error = (error as Error).message;
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }

  async showAllRows(): Promise<void> {
    this.limit = ALL_ROWS;
    await this.load();
  }

  /** Open the list of events behind a figure. */
  async showEvents(scope: EventScope): Promise<void> {
    this.scope = scope;
    this.events = [];
    await this.#loadEvents(0);
  }

  closeEvents(): void {
    this.scope = null;
    this.events = [];
  }

  async moreEvents(): Promise<void> {
    await this.#loadEvents(this.events.length);
  }

  #filter() {
    const s = this.scope;
    const base = { ...this.window, countedOnly: true };
    if (!s) return { ...base, actor: this.actor };
    return { ...base, source: s.source, target: s.target, actor: s.actor, polarity: s.polarity, category: s.category };
  }

  async #loadEvents(offset: number): Promise<void> {
    try {
      const page = await call('listEvents', { ...this.#filter(), offset, limit: PAGE, sort: 'date' });
      this.events = offset ? [...this.events, ...page.items] : page.items;
      this.eventTotal = page.total;
      this.error = null;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  /** Save the events behind the view (or behind the open figure) as CSV or JSON. */
  async exportEvents(format: 'csv' | 'json'): Promise<void> {
    try {
      saveFile(await call('exportEvents', { ...this.#filter(), format }));
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  async exportStances(): Promise<void> {
    try {
      saveFile(await call('exportStances', { actor: this.actor, ...this.window, format: 'csv' }));
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  /** Run the analysis again over every article (after a gazetteer or engine update); corrections are kept. */
  async reanalyse(): Promise<void> {
    this.reanalysing = true;
    this.progress = null;
    try {
      await call('reanalyze', { all: true });
      await this.load();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.reanalysing = false;
      this.progress = null;
    }
  }
}

export const stances = new StancesState();
