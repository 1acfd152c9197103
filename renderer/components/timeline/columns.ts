import type { Polarity } from '../../../electron/api/analysis';
import type { TimelineData } from '../../../electron/api/models';
import { bucketEnd, isoToDay, type Bucket } from './dates';

/** Polarity as a small integer, so it fits a Uint8Array; the order is the stacking order of bins. */
export const POLARITY_CODES: readonly Polarity[] = ['cooperative', 'neutral', 'conflictual'];
const CODE: Record<Polarity, number> = { cooperative: 0, neutral: 1, conflictual: 2 };

/** The parallel arrays of a timeline response, as the API sends them. */
export type BinArrays = NonNullable<TimelineData['bins']>;
export type ItemArrays = NonNullable<TimelineData['items']>;

/** Binned counts per lane, ready to draw: one entry per (lane, bucket) with events. */
export interface BinColumns {
  length: number;
  lane: Uint16Array;
  start: Float64Array;
  end: Float64Array;
  cooperative: Uint32Array;
  neutral: Uint32Array;
  conflictual: Uint32Array;
  total: Uint32Array;
}

/** Single events, ready to draw and hit-test. `earliest <= best <= latest`, all in day numbers. */
export interface ItemColumns {
  length: number;
  id: Float64Array;
  lane: Uint16Array;
  earliest: Float64Array;
  latest: Float64Array;
  best: Float64Array;
  polarity: Uint8Array;
  intensity: Float32Array;
}

export function binColumns(bins: BinArrays, bucket: Bucket): BinColumns {
  const n = bins.lane.length;
  const out: BinColumns = {
    length: n,
    lane: Uint16Array.from(bins.lane),
    start: new Float64Array(n),
    end: new Float64Array(n),
    cooperative: Uint32Array.from(bins.cooperative),
    neutral: Uint32Array.from(bins.neutral),
    conflictual: Uint32Array.from(bins.conflictual),
    total: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const start = isoToDay(bins.start[i]);
    out.start[i] = start;
    out.end[i] = bucketEnd(start, bucket);
    out.total[i] = out.cooperative[i]! + out.neutral[i]! + out.conflictual[i]!;
  }
  return out;
}

/**
 * Items with readable bounds: a missing best estimate falls back to the middle of the range, a missing bound to
 * the other one; a date that cannot be read at all drops the item (undated events are counted apart).
 */
export function itemColumns(items: ItemArrays): ItemColumns {
  const n = items.id.length;
  const out: ItemColumns = {
    length: 0,
    id: new Float64Array(n),
    lane: new Uint16Array(n),
    earliest: new Float64Array(n),
    latest: new Float64Array(n),
    best: new Float64Array(n),
    polarity: new Uint8Array(n),
    intensity: new Float32Array(n),
  };
  let k = 0;
  for (let i = 0; i < n; i++) {
    let lo = isoToDay(items.earliest[i]);
    let hi = isoToDay(items.latest[i]);
    let best = isoToDay(items.best[i]);
    if (Number.isNaN(lo)) lo = Number.isNaN(best) ? hi : best;
    if (Number.isNaN(hi)) hi = Number.isNaN(best) ? lo : best;
    if (Number.isNaN(lo) || Number.isNaN(hi)) continue;
    if (hi < lo) [lo, hi] = [hi, lo];
    // A day's bound is the whole day: the range ends where the latest day ends.
    hi += 1;
    if (Number.isNaN(best) || best < lo || best >= hi) best = (lo + hi) / 2;
    else best += 0.5;
    out.id[k] = items.id[i]!;
    out.lane[k] = items.lane[i]!;
    out.earliest[k] = lo;
    out.latest[k] = hi;
    out.best[k] = best;
    out.polarity[k] = CODE[items.polarity[i]!] ?? 1;
    out.intensity[k] = items.intensity[i]!;
    k++;
  }
  if (k === n) return { ...out, length: k };
  return {
    length: k,
    id: out.id.subarray(0, k),
    lane: out.lane.subarray(0, k),
    earliest: out.earliest.subarray(0, k),
    latest: out.latest.subarray(0, k),
    best: out.best.subarray(0, k),
    polarity: out.polarity.subarray(0, k),
    intensity: out.intensity.subarray(0, k),
  };
}

/** Events in bins overlapping the window, summed over lanes: how many a frame would have to show. */
export function countInWindow(bins: BinColumns, from: number, to: number): number {
  let sum = 0;
  for (let i = 0; i < bins.length; i++) if (bins.end[i]! > from && bins.start[i]! < to) sum += bins.total[i]!;
  return sum;
}

/** Per lane: events in the window by polarity (for the accessible table and the summary line). */
export function laneCounts(
  bins: BinColumns | null,
  items: ItemColumns | null,
  lanes: number,
  from: number,
  to: number,
): Array<Record<Polarity, number>> {
  const out = Array.from({ length: lanes }, () => ({ cooperative: 0, neutral: 0, conflictual: 0 }));
  if (items) {
    for (let i = 0; i < items.length; i++) {
      const row = out[items.lane[i]!];
      if (!row || items.latest[i]! <= from || items.earliest[i]! >= to) continue;
      row[POLARITY_CODES[items.polarity[i]!]!]++;
    }
  } else if (bins) {
    for (let i = 0; i < bins.length; i++) {
      const row = out[bins.lane[i]!];
      if (!row || bins.end[i]! <= from || bins.start[i]! >= to) continue;
      row.cooperative += bins.cooperative[i]!;
      row.neutral += bins.neutral[i]!;
      row.conflictual += bins.conflictual[i]!;
    }
  }
  return out;
}

/**
 * Keep the entries whose lane maps to one of ours (`remap[lane] >= 0`), renumbered to our lane order: a window's
 * response may rank lanes differently from the overview the lanes were chosen from.
 */
export function keepLanes<T extends { lane: number[] }>(cols: T, remap: number[]): T {
  const keep: number[] = [];
  for (let i = 0; i < cols.lane.length; i++) if ((remap[cols.lane[i]!] ?? -1) >= 0) keep.push(i);
  const out = {} as Record<string, unknown[]>;
  for (const [name, values] of Object.entries(cols) as Array<[string, unknown[]]>) {
    out[name] = name === 'lane' ? keep.map((i) => remap[values[i] as number]) : keep.map((i) => values[i]);
  }
  return out as T;
}
