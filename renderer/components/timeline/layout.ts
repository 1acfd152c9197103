/** Where things sit on the timeline canvas, in CSS pixels. Drawing and hit testing both use these. */

export interface Layout {
  width: number;
  height: number;
  lanes: number;
}

export const AXIS_H = 30;
export const LANE_H = 46;
export const LABEL_W = 190;
export const UNDATED_W = 76;
const LANE_PAD = 10;

export const plotLeft = (): number => LABEL_W;
export const plotWidth = (l: Layout): number => Math.max(1, l.width - LABEL_W - UNDATED_W);
export const plotRight = (l: Layout): number => LABEL_W + plotWidth(l);

/** The canvas height a number of lanes needs. */
export const heightFor = (lanes: number): number => AXIS_H + Math.max(1, lanes) * LANE_H + 8;

export const laneTop = (lane: number): number => AXIS_H + lane * LANE_H;

/** The lane under a y position, or -1 outside every lane. */
export function laneAt(l: Layout, y: number): number {
  if (y < AXIS_H) return -1;
  const lane = Math.floor((y - AXIS_H) / LANE_H);
  return lane < l.lanes ? lane : -1;
}

/** A stable spread of items within their lane, from the event id, so overlapping items stay apart. */
export function jitter(id: number): number {
  let h = Math.imul(id | 0, 0x9e3779b1) ^ (id / 4294967296);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h ^= h >>> 13;
  return (h >>> 0) / 4294967296;
}

export function itemY(lane: number, id: number): number {
  return laneTop(lane) + LANE_PAD + jitter(id) * (LANE_H - 2 * LANE_PAD);
}

/** Marker radius from intensity: 2.5 px for 0, 7 px for +-10. */
export function itemRadius(intensity: number): number {
  return 2.5 + (Math.min(10, Math.abs(intensity)) / 10) * 4.5;
}

/** The part of a lane a bin's bar may fill: it keeps a margin above and below. */
export function binBand(lane: number): { top: number; height: number } {
  return { top: laneTop(lane) + 4, height: LANE_H - 8 };
}

export type Region = 'axis' | 'labels' | 'plot' | 'undated' | 'none';

export function regionAt(l: Layout, x: number, y: number): Region {
  if (y < AXIS_H) return x >= LABEL_W && x <= plotRight(l) ? 'axis' : 'none';
  if (laneAt(l, y) < 0) return 'none';
  if (x < LABEL_W) return 'labels';
  if (x <= plotRight(l)) return 'plot';
  return 'undated';
}
