import type { Polarity } from '../../electron/api/analysis';
import type { EventView, TimelineData, TimelineLane } from '../../electron/api/models';
import type { Input } from '../../electron/api/verbs';
import {
  binColumns,
  countInWindow,
  itemColumns,
  keepLanes,
  type BinColumns,
  type ItemColumns,
} from '../components/timeline/columns';
import { dayToIso, isoToDay, type Bucket } from '../components/timeline/dates';
import { laneActors, laneRemap, normaliseActors } from '../components/timeline/lanes';
import { chooseBucket, clampView, fitView, span, type View } from '../components/timeline/scale';
import { call, onProgress } from '../lib/api';
import { navigation } from './navigation.svelte';
import { stances } from './stances.svelte';

export type LaneKind = 'actor' | 'pair';

/** At most this many events in view are drawn one by one; above it the view shows binned counts. */
export const ITEM_LIMIT = 5000;
/** Lanes shown at most. */
export const MAX_LANES = 12;
const ALL_POLARITIES: Polarity[] = ['cooperative', 'neutral', 'conflictual'];

interface Loaded {
  /** The window the data covers (the view with one span of margin either side). */
  window: View;
  bucket: Bucket | 'item';
  truncated: boolean;
}

/**
 * The timeline: which lanes, the visible window, and the binned counts or single events in it. Lanes are chosen
 * once per filter (the most active over the whole library) and stay put while the analyst pans and zooms.
 */
export class TimelineState {
  lanes = $state<LaneKind>('pair');
  /** Actor codes that lanes must involve; empty: the most active lanes. */
  actors = $state.raw<string[]>([]);
  polarity = $state.raw<Polarity[]>(ALL_POLARITIES);

  view = $state.raw<View>(fitView(isoToDay('2015-01-01'), isoToDay('2025-01-01')));
  /** The first and last dated event, or null before the first load or in an empty library. */
  bounds = $state.raw<View | null>(null);
  laneList = $state.raw<TimelineLane[]>([]);
  bins = $state.raw<BinColumns | null>(null);
  items = $state.raw<ItemColumns | null>(null);
  undated = $state.raw<Uint32Array>(new Uint32Array(0));
  bucket = $state<Bucket | 'item'>('year');
  truncated = $state(false);
  brush = $state.raw<{ from: number; to: number } | null>(null);

  selectedIndex = $state(-1);
  selected = $state.raw<EventView | null>(null);
  loading = $state(false);
  loaded = $state(false);
  error = $state<string | null>(null);

  /** Width of the plot in pixels; the bucket follows from it and the zoom. */
  #plotWidth = 900;
  #data: Loaded | null = null;
  #fitted = true;
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #brushTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    // New or re-analysed articles change the events: load again once the analysis has caught up.
    onProgress((e) => {
      if (e.kind === 'analysis' && e.done === e.total && this.loaded) void this.load();
    });
  }

  /** Lane labels, in lane order. */
  get labels(): string[] {
    return this.laneList.map((l) => l.label);
  }

  setPlotWidth(px: number): void {
    if (Math.abs(px - this.#plotWidth) < 1) return;
    this.#plotWidth = px;
    this.#later();
  }

  setView(view: View): void {
    this.view = clampView(view, this.bounds);
    this.#fitted = false;
    this.#later();
  }

  /** Show everything from the first to the last dated event. */
  fit(): void {
    if (!this.bounds) return;
    this.setView(fitView(this.bounds.start, this.bounds.end));
    this.#fitted = true;
  }

  setLanes(kind: LaneKind): void {
    this.lanes = kind;
    void this.load();
  }

  setActors(codes: string[]): void {
    this.actors = normaliseActors(codes);
    void this.load();
  }

  togglePolarity(p: Polarity): void {
    const next = this.polarity.includes(p) ? this.polarity.filter((x) => x !== p) : [...this.polarity, p];
    if (!next.length) return;
    this.polarity = ALL_POLARITIES.filter((x) => next.includes(x));
    void this.load();
  }

  /** Choose the lanes for the current filters, then load what the window shows. */
  async load(): Promise<void> {
    const seq = ++this.#seq;
    this.loading = true;
    try {
      const overview = await call('listTimeline', { ...this.#filters(), bucket: 'year', maxLanes: MAX_LANES });
      if (seq !== this.#seq) return;
      this.laneList = overview.lanes;
      const undated = new Uint32Array(overview.lanes.length);
      for (const u of overview.undated) if (u.lane < undated.length) undated[u.lane] = u.count;
      this.undated = undated;
      this.bins = null;
      this.items = null;
      this.#data = null;
      this.#select(-1);
      const first = isoToDay(overview.range.first);
      const last = isoToDay(overview.range.last);
      this.bounds = Number.isNaN(first) ? null : { start: first, end: last + 1 };
      // Until the analyst moves it, the window follows the data as it grows.
      if (this.bounds && this.#fitted) this.view = fitView(this.bounds.start, this.bounds.end);
      this.error = null;
      await this.#refresh(seq);
    } catch (error) {
      if (seq === this.#seq) this.error = (error as Error).message;
    } finally {
      if (seq === this.#seq) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  /** Select an item (its evidence is fetched) or clear the selection with -1. */
  async select(index: number): Promise<void> {
    this.#select(index);
    const id = index >= 0 ? this.items?.id[index] : undefined;
    if (id === undefined) return;
    try {
      const event = await call('getEvent', { id });
      if (this.selectedIndex === index) this.selected = event;
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  /** Open the selected event's article in the reader, scrolled to the evidence sentence. */
  openSelected(): void {
    const e = this.selected;
    if (e) navigation.openEvidence(e.article.id, { start: e.start, end: e.end });
  }

  /** Choose a time window (or clear it with null); once the pointer rests, it filters the Stances view. */
  setBrush(brush: { from: number; to: number } | null): void {
    this.brush = brush && brush.to - brush.from >= 1 ? { from: Math.floor(brush.from), to: Math.ceil(brush.to) } : null;
    if (this.#brushTimer) clearTimeout(this.#brushTimer);
    this.#brushTimer = setTimeout(() => {
      const days = this.brushDays;
      stances.setWindow(days?.from ?? null, days?.to ?? null);
    }, 250);
  }

  /** The brushed window as ISO days (the last day inclusive), or null. */
  get brushDays(): { from: string; to: string } | null {
    const b = this.brush;
    return b ? { from: dayToIso(b.from), to: dayToIso(b.to - 1) } : null;
  }

  #select(index: number): void {
    this.selectedIndex = index;
    this.selected = null;
  }

  #filters(): Pick<Input<'listTimeline'>, 'lanes' | 'actors' | 'polarity'> {
    return {
      lanes: this.lanes,
      actors: this.actors.length ? this.actors : undefined,
      polarity: this.polarity.length < ALL_POLARITIES.length ? this.polarity : undefined,
    };
  }

  #later(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (this.loaded) void this.#refresh(this.#seq).catch((error: Error) => (this.error = error.message));
    }, 60);
  }

  /** Load bins for the window at the zoom's bucket, then single items when few enough are in view. */
  async #refresh(seq: number): Promise<void> {
    if (!this.laneList.length) return;
    const view = this.view;
    const bucket = chooseBucket(view, this.#plotWidth);
    const have = this.#data;
    const covers = have !== null && have.window.start <= view.start && have.window.end >= view.end;
    if (covers && have.bucket === 'item' && !have.truncated && this.#itemsInView() <= ITEM_LIMIT) return;
    const window = { start: view.start - span(view), end: view.end + span(view) };
    let binsNow = this.bins;
    if (!(covers && have.bucket === bucket && binsNow)) {
      const data = await this.#fetch(bucket, window);
      if (seq !== this.#seq || !data) return;
      binsNow = data.bins ? binColumns(data.bins, bucket) : null;
      this.bins = binsNow;
      this.items = null;
      this.bucket = bucket;
      this.truncated = false;
      this.#data = { window, bucket, truncated: false };
      this.#select(-1);
    }
    if (binsNow && countInWindow(binsNow, view.start, view.end) <= ITEM_LIMIT) {
      const data = await this.#fetch('item', window);
      if (seq !== this.#seq || !data) return;
      this.items = data.items ? itemColumns(data.items) : null;
      this.bucket = 'item';
      this.truncated = data.truncated;
      this.#data = { window, bucket: 'item', truncated: data.truncated };
      this.#select(-1);
    }
  }

  /** Fetch a window and map its lanes onto ours (a window may rank lanes differently, or miss some). */
  async #fetch(bucket: Bucket | 'item', window: View): Promise<TimelineData | null> {
    const data = await call('listTimeline', {
      ...this.#filters(),
      actors: laneActors(this.laneList),
      maxLanes: 60,
      bucket,
      from: dayToIso(window.start),
      to: dayToIso(window.end),
    });
    const remap = laneRemap(this.laneList, data.lanes);
    if (data.bins) data.bins = keepLanes(data.bins, remap);
    if (data.items) data.items = keepLanes(data.items, remap);
    return data;
  }

  #itemsInView(): number {
    const it = this.items;
    if (!it) return 0;
    let n = 0;
    for (let i = 0; i < it.length; i++) if (it.best[i]! >= this.view.start && it.best[i]! <= this.view.end) n++;
    return n;
  }
}

export const timeline = new TimelineState();
