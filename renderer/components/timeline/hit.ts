import type { BinColumns, ItemColumns } from './columns';
import { itemRadius, itemY, laneAt, plotLeft, plotWidth, regionAt, type Layout } from './layout';
import { toDay, toX, type View } from './scale';

/** Extra pixels around a marker that still count as a hit, so small markers can be clicked. */
export const HIT_SLOP = 4;

/**
 * The item under (x, y), or -1. The nearest best-estimate marker wins; a click on an item's date range (the
 * line from earliest to latest) counts too when no marker is near.
 */
export function hitItem(items: ItemColumns, layout: Layout, view: View, x: number, y: number): number {
  if (regionAt(layout, x, y) !== 'plot') return -1;
  const lane = laneAt(layout, y);
  const w = plotWidth(layout);
  const px = x - plotLeft();
  let best = -1;
  let bestDist = Infinity;
  let onRange = -1;
  for (let i = 0; i < items.length; i++) {
    if (items.lane[i] !== lane) continue;
    const iy = itemY(lane, items.id[i]!);
    const dy = Math.abs(iy - y);
    if (dy > 7 + HIT_SLOP) continue;
    const ix = toX(view, w, items.best[i]!);
    const d = Math.hypot(ix - px, dy);
    if (d <= itemRadius(items.intensity[i]!) + HIT_SLOP && d < bestDist) {
      best = i;
      bestDist = d;
    }
    if (onRange < 0 && dy <= 3) {
      const x0 = toX(view, w, items.earliest[i]!);
      const x1 = toX(view, w, items.latest[i]!);
      if (px >= x0 && px <= x1) onRange = i;
    }
  }
  return best >= 0 ? best : onRange;
}

/** The bin under (x, y), or -1: the one in that lane whose bucket contains the day under the pointer. */
export function hitBin(bins: BinColumns, layout: Layout, view: View, x: number, y: number): number {
  if (regionAt(layout, x, y) !== 'plot') return -1;
  const lane = laneAt(layout, y);
  const day = toDay(view, plotWidth(layout), x - plotLeft());
  for (let i = 0; i < bins.length; i++) {
    if (bins.lane[i] === lane && bins.start[i]! <= day && day < bins.end[i]!) return i;
  }
  return -1;
}

/** The lane whose undated cell is under (x, y), or -1. */
export function hitUndated(layout: Layout, x: number, y: number): number {
  return regionAt(layout, x, y) === 'undated' ? laneAt(layout, y) : -1;
}

/** Items of one lane inside the window, in time order: what the keyboard steps through. */
export function visibleInLane(items: ItemColumns, lane: number, view: View): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (items.lane[i] === lane && items.best[i]! >= view.start && items.best[i]! <= view.end) out.push(i);
  }
  return out.sort((a, b) => items.best[a]! - items.best[b]! || items.id[a]! - items.id[b]!);
}

/** Bins of one lane overlapping the window, in time order. */
export function binsInLane(bins: BinColumns, lane: number, view: View): number[] {
  const out: number[] = [];
  for (let i = 0; i < bins.length; i++) {
    if (bins.lane[i] === lane && bins.end[i]! > view.start && bins.start[i]! < view.end) out.push(i);
  }
  return out.sort((a, b) => bins.start[a]! - bins.start[b]!);
}

/** The next position when stepping `d` through `length` entries from `at` (-1: none yet, so start at an end). */
export function stepIndex(at: number, d: number, length: number): number {
  if (at < 0) return d > 0 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, at + d));
}
