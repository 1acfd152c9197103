import type { BinColumns, ItemColumns } from './columns';
import {
  AXIS_H,
  binBand,
  itemRadius,
  itemY,
  LABEL_W,
  LANE_H,
  laneTop,
  plotLeft,
  plotRight,
  plotWidth,
  UNDATED_W,
  type Layout,
} from './layout';
import { ticks, toX, type View } from './scale';
import type { Theme } from './theme';

/** Everything one frame shows. Arrays are read, never copied. */
export interface Frame {
  layout: Layout;
  view: View;
  labels: string[];
  bins: BinColumns | null;
  items: ItemColumns | null;
  undated: Uint32Array;
  brush: { from: number; to: number } | null;
  /** Index into items of the keyboard-focused and the selected item, or -1. */
  focused: number;
  selected: number;
  /** Index into bins of the focused bin (keyboard, binned mode), or -1. */
  focusedBin: number;
  focusedLane: number;
  theme: Theme;
}

/** Above this many markers in view, markers are squares: much cheaper to fill than circles, same look at that density. */
const CIRCLE_LIMIT = 4000;

/** Draw one frame on a context already scaled for devicePixelRatio. Returns how many marks it drew. */
export function drawFrame(ctx: CanvasRenderingContext2D, f: Frame): number {
  const { layout, theme } = f;
  ctx.fillStyle = theme.panel;
  ctx.fillRect(0, 0, layout.width, layout.height);
  drawLanes(ctx, f);
  drawAxis(ctx, f);
  ctx.save();
  ctx.beginPath();
  ctx.rect(plotLeft(), AXIS_H, plotWidth(layout), layout.height - AXIS_H);
  ctx.clip();
  if (f.brush) drawBrush(ctx, f);
  const marks = f.items ? drawItems(ctx, f, f.items) : f.bins ? drawBins(ctx, f, f.bins) : 0;
  ctx.restore();
  drawUndated(ctx, f);
  return marks;
}

function drawLanes(ctx: CanvasRenderingContext2D, f: Frame): void {
  const { layout, theme } = f;
  ctx.font = `12px ${theme.font}`;
  ctx.textBaseline = 'middle';
  for (let lane = 0; lane < layout.lanes; lane++) {
    const top = laneTop(lane);
    if (lane % 2 === 1) {
      ctx.fillStyle = theme.stripe;
      ctx.fillRect(0, top, layout.width, LANE_H);
    }
    ctx.fillStyle = lane === f.focusedLane ? theme.accent : theme.ink;
    ctx.fillText(fit(ctx, f.labels[lane] ?? '', LABEL_W - 16), 10, top + LANE_H / 2);
  }
  ctx.strokeStyle = theme.lineStrong;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(LABEL_W - 0.5, AXIS_H);
  ctx.lineTo(LABEL_W - 0.5, layout.height);
  ctx.moveTo(plotRight(layout) + 0.5, 0);
  ctx.lineTo(plotRight(layout) + 0.5, layout.height);
  ctx.stroke();
}

function drawAxis(ctx: CanvasRenderingContext2D, f: Frame): void {
  const { layout, view, theme } = f;
  const w = plotWidth(layout);
  ctx.font = `11px ${theme.font}`;
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 1;
  for (const t of ticks(view, w)) {
    const x = Math.round(plotLeft() + toX(view, w, t.day)) + 0.5;
    ctx.strokeStyle = t.major ? theme.lineStrong : theme.line;
    ctx.beginPath();
    ctx.moveTo(x, AXIS_H - 6);
    ctx.lineTo(x, layout.height);
    ctx.stroke();
    ctx.fillStyle = t.major ? theme.ink : theme.muted;
    if (x + 4 < plotRight(layout) - 30) ctx.fillText(t.label, x + 4, AXIS_H / 2);
  }
  ctx.strokeStyle = theme.lineStrong;
  ctx.beginPath();
  ctx.moveTo(0, AXIS_H - 0.5);
  ctx.lineTo(layout.width, AXIS_H - 0.5);
  ctx.stroke();
}

function drawBrush(ctx: CanvasRenderingContext2D, f: Frame): void {
  const { layout, view, theme, brush } = f;
  const w = plotWidth(layout);
  const x0 = plotLeft() + toX(view, w, brush!.from);
  const x1 = plotLeft() + toX(view, w, brush!.to);
  ctx.fillStyle = theme.brush;
  ctx.fillRect(x0, AXIS_H, x1 - x0, layout.height - AXIS_H);
  ctx.strokeStyle = theme.accent;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x0, AXIS_H);
  ctx.lineTo(x0, layout.height);
  ctx.moveTo(x1, AXIS_H);
  ctx.lineTo(x1, layout.height);
  ctx.stroke();
}

/** Stacked bars per bin: cooperative at the bottom, neutral, conflictual on top; height by count (square root). */
function drawBins(ctx: CanvasRenderingContext2D, f: Frame, bins: BinColumns): number {
  const { layout, view, theme } = f;
  const w = plotWidth(layout);
  const left = plotLeft();
  let max = 1;
  for (let i = 0; i < bins.length; i++) {
    if (bins.end[i]! > view.start && bins.start[i]! < view.end && bins.total[i]! > max) max = bins.total[i]!;
  }
  const scale = 1 / Math.sqrt(max);
  const layers = [bins.cooperative, bins.neutral, bins.conflictual] as const;
  let drawn = 0;
  for (let p = 0; p < 3; p++) {
    ctx.beginPath();
    for (let i = 0; i < bins.length; i++) {
      if (bins.end[i]! <= view.start || bins.start[i]! >= view.end) continue;
      const n = layers[p][i]!;
      if (n === 0) continue;
      const x0 = left + toX(view, w, bins.start[i]!);
      const x1 = left + toX(view, w, bins.end[i]!);
      const band = binBand(bins.lane[i]!);
      const full = band.height * Math.sqrt(bins.total[i]!) * scale;
      let below = 0;
      for (let q = 0; q < p; q++) below += layers[q][i]!;
      const y1 = band.top + band.height - (full * below) / bins.total[i]!;
      const h = (full * n) / bins.total[i]!;
      ctx.rect(x0 + 0.5, y1 - h, Math.max(1, x1 - x0 - 1), h);
      drawn++;
    }
    ctx.fillStyle = theme.polarity[p]!;
    ctx.fill();
  }
  if (f.focusedBin >= 0 && f.focusedBin < bins.length) {
    const i = f.focusedBin;
    const band = binBand(bins.lane[i]!);
    const x0 = left + toX(view, w, bins.start[i]!);
    const x1 = left + toX(view, w, bins.end[i]!);
    ctx.strokeStyle = theme.ink;
    ctx.lineWidth = 2;
    ctx.strokeRect(x0 - 1, band.top - 1, x1 - x0 + 2, band.height + 2);
  }
  return drawn;
}

/**
 * Single events: a bar from earliest to latest where the date is uncertain, a marker at the best estimate.
 * Fill colour and alpha are set once per polarity; ranges are whole-pixel rectangles (no antialiased edges to
 * blend), long ranges are cut at the plot edges, and markers are one small path each (Skia rasters many small
 * shapes faster than one large path, and faster than stamping a pre-rendered circle), or squares at high density.
 */
function drawItems(ctx: CanvasRenderingContext2D, f: Frame, items: ItemColumns): number {
  const { layout, view, theme } = f;
  const w = plotWidth(layout);
  const left = plotLeft();
  const minDay = view.start - 1;
  const maxDay = view.end + 1;
  let visible = 0;
  for (let i = 0; i < items.length; i++) if (items.latest[i]! >= minDay && items.earliest[i]! <= maxDay) visible++;
  const circles = visible <= CIRCLE_LIMIT;
  const xMin = left - 2;
  const xMax = plotRight(layout) + 2;
  ctx.globalAlpha = 0.45;
  for (let p = 0; p < 3; p++) {
    ctx.fillStyle = theme.polarity[p]!;
    for (let i = 0; i < items.length; i++) {
      if (items.polarity[i] !== p || items.latest[i]! < minDay || items.earliest[i]! > maxDay) continue;
      const x0 = Math.round(left + toX(view, w, items.earliest[i]!));
      const x1 = Math.round(left + toX(view, w, items.latest[i]!));
      if (x1 - x0 < 3) continue;
      const y = Math.round(itemY(items.lane[i]!, items.id[i]!));
      // Cut long ranges at the plot edges: less to raster, and the clip hides the rest anyway.
      const a = Math.max(x0, xMin);
      const b = Math.min(x1, xMax);
      ctx.fillRect(a, y - 1, b - a, 2);
      if (x0 >= xMin) ctx.fillRect(x0 - 1, y - 3, 2, 6);
      if (x1 <= xMax) ctx.fillRect(x1 - 1, y - 3, 2, 6);
    }
  }
  ctx.globalAlpha = 1;
  if (circles) drawMarkerCircles(ctx, f, items, minDay, maxDay);
  else drawMarkerSquares(ctx, f, items, minDay, maxDay);
  ring(ctx, f, items, f.selected, theme.accent, 3);
  ring(ctx, f, items, f.focused, theme.ink, 2);
  return visible;
}

function drawMarkerCircles(ctx: CanvasRenderingContext2D, f: Frame, items: ItemColumns, minDay: number, maxDay: number): void {
  const { view, theme } = f;
  const w = plotWidth(f.layout);
  const left = plotLeft();
  for (let p = 0; p < 3; p++) {
    ctx.fillStyle = theme.polarity[p]!;
    for (let i = 0; i < items.length; i++) {
      if (items.polarity[i] !== p || items.best[i]! < minDay || items.best[i]! > maxDay) continue;
      const x = left + toX(view, w, items.best[i]!);
      const y = itemY(items.lane[i]!, items.id[i]!);
      ctx.beginPath();
      ctx.arc(x, y, itemRadius(items.intensity[i]!), 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

function drawMarkerSquares(ctx: CanvasRenderingContext2D, f: Frame, items: ItemColumns, minDay: number, maxDay: number): void {
  const { view, theme } = f;
  const w = plotWidth(f.layout);
  const left = plotLeft();
  for (let p = 0; p < 3; p++) {
    ctx.beginPath();
    for (let i = 0; i < items.length; i++) {
      if (items.polarity[i] !== p || items.best[i]! < minDay || items.best[i]! > maxDay) continue;
      const x = left + toX(view, w, items.best[i]!);
      const y = itemY(items.lane[i]!, items.id[i]!);
      const r = itemRadius(items.intensity[i]!) * 0.8;
      ctx.rect(Math.round(x - r), Math.round(y - r), Math.round(2 * r), Math.round(2 * r));
    }
    ctx.fillStyle = theme.polarity[p]!;
    ctx.fill();
  }
}

function ring(ctx: CanvasRenderingContext2D, f: Frame, items: ItemColumns, i: number, colour: string, width: number): void {
  if (i < 0 || i >= items.length) return;
  const x = plotLeft() + toX(f.view, plotWidth(f.layout), items.best[i]!);
  const y = itemY(items.lane[i]!, items.id[i]!);
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.arc(x, y, itemRadius(items.intensity[i]!) + 3, 0, Math.PI * 2);
  ctx.stroke();
}

function drawUndated(ctx: CanvasRenderingContext2D, f: Frame): void {
  const { layout, theme } = f;
  const x = plotRight(layout) + 1;
  ctx.fillStyle = theme.panel;
  ctx.fillRect(x, 0, UNDATED_W, AXIS_H - 1);
  ctx.font = `11px ${theme.font}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillStyle = theme.muted;
  ctx.fillText('Undated', x + UNDATED_W / 2, AXIS_H / 2);
  ctx.font = `12px ${theme.font}`;
  for (let lane = 0; lane < layout.lanes; lane++) {
    const n = f.undated[lane] ?? 0;
    ctx.fillStyle = n ? theme.ink : theme.muted;
    ctx.fillText(n ? String(n) : '–', x + UNDATED_W / 2, laneTop(lane) + LANE_H / 2);
  }
  ctx.textAlign = 'start';
}

/** Labels already cut to a width, by font, width and text: measuring text is a large part of a frame. */
const fitted = new Map<string, string>();

/** Cut a label to a width, with an ellipsis. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  const key = `${ctx.font}|${width}|${text}`;
  const hit = fitted.get(key);
  if (hit !== undefined) return hit;
  if (fitted.size > 2000) fitted.clear();
  const cut = cutToWidth(ctx, text, width);
  fitted.set(key, cut);
  return cut;
}

function cutToWidth(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}
