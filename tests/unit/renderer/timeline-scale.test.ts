import { describe, expect, it } from 'vitest';
import { bucketEnd, bucketStart, dayToIso, isoToDay } from '../../../renderer/components/timeline/dates';
import {
  chooseBucket,
  clampView,
  fitView,
  MAX_SPAN_DAYS,
  MIN_SPAN_DAYS,
  panBy,
  span,
  ticks,
  toDay,
  toX,
  zoomAt,
} from '../../../renderer/components/timeline/scale';

const day = isoToDay;

describe('calendar days', () => {
  it('reads ISO days, months and years as their first day and writes days back', () => {
    expect(dayToIso(day('2024-06-05'))).toBe('2024-06-05');
    expect(dayToIso(day('2024-06'))).toBe('2024-06-01');
    expect(dayToIso(day('2024'))).toBe('2024-01-01');
    expect(Number.isNaN(day('June 2024'))).toBe(true);
    expect(Number.isNaN(day(null))).toBe(true);
  });

  it('finds the bucket a day falls in: Monday weeks, calendar months, quarters and years', () => {
    const d = day('2024-06-05'); // a Wednesday
    expect(dayToIso(bucketStart(d, 'week'))).toBe('2024-06-03');
    expect(dayToIso(bucketEnd(d, 'week'))).toBe('2024-06-10');
    expect(dayToIso(bucketStart(d, 'month'))).toBe('2024-06-01');
    expect(dayToIso(bucketEnd(d, 'month'))).toBe('2024-07-01');
    expect(dayToIso(bucketStart(d, 'quarter'))).toBe('2024-04-01');
    expect(dayToIso(bucketEnd(d, 'quarter'))).toBe('2024-07-01');
    expect(dayToIso(bucketEnd(day('2024-12-31'), 'year'))).toBe('2025-01-01');
    expect(dayToIso(bucketStart(day('1969-12-31'), 'week'))).toBe('1969-12-29');
  });
});

describe('time scale', () => {
  const view = { start: day('2024-01-01'), end: day('2025-01-01') };

  it('maps days to pixels and back', () => {
    expect(toX(view, 1000, view.start)).toBe(0);
    expect(toX(view, 1000, view.end)).toBe(1000);
    expect(toDay(view, 1000, 500)).toBeCloseTo(view.start + 183, 5);
  });

  it('zooms in around the pointer, keeping the day under it in place', () => {
    const anchor = 0.25;
    const under = toDay(view, 1000, 250);
    const zoomed = zoomAt(view, 2, anchor);
    expect(span(zoomed)).toBeCloseTo(span(view) / 2, 5);
    expect(toDay(zoomed, 1000, 250)).toBeCloseTo(under, 5);
  });

  it('stops zooming at two days and at a century', () => {
    let v = view;
    for (let i = 0; i < 40; i++) v = zoomAt(v, 2);
    expect(span(v)).toBe(MIN_SPAN_DAYS);
    for (let i = 0; i < 40; i++) v = zoomAt(v, 0.5);
    expect(span(v)).toBe(MAX_SPAN_DAYS);
  });

  it('pans by days and cannot lose the data off screen', () => {
    expect(panBy(view, 10).start).toBe(view.start + 10);
    const data = { start: day('2024-01-01'), end: day('2024-12-31') };
    const far = clampView(panBy(view, 5000), data);
    expect(far.start).toBeLessThan(data.end);
    expect(span(far)).toBeCloseTo(span(view), 5);
    const before = clampView(panBy(view, -5000), data);
    expect(before.end).toBeGreaterThan(data.start);
  });

  it('fits a range with a margin, and a single day with a month around it', () => {
    const fit = fitView(day('2020-01-01'), day('2024-01-01'));
    expect(fit.start).toBeLessThan(day('2020-01-01'));
    expect(fit.end).toBeGreaterThan(day('2024-01-01'));
    expect(span(fitView(day('2024-06-05'), day('2024-06-05')))).toBe(30);
  });

  it('chooses coarser buckets as the window widens, so bins stay readable', () => {
    const w = 1200;
    const around = (days: number) => ({ start: 20000, end: 20000 + days });
    expect(chooseBucket(around(60), w)).toBe('day');
    expect(chooseBucket(around(365), w)).toBe('week');
    expect(chooseBucket(around(365 * 5), w)).toBe('month');
    expect(chooseBucket(around(365 * 30), w)).toBe('quarter');
    expect(chooseBucket(around(365 * 60), w)).toBe('year');
  });

  it('puts axis ticks on calendar boundaries with labels at the matching precision', () => {
    const year = ticks(view, 1200);
    expect(year.length).toBeGreaterThan(3);
    expect(year.every((t) => dayToIso(t.day).endsWith('-01'))).toBe(true);
    expect(year[0]!.label).toMatch(/^[A-Z][a-z]{2} 2024$/);
    const decades = ticks({ start: day('1990-01-01'), end: day('2030-01-01') }, 1200);
    expect(decades.map((t) => t.label)).toContain('2000');
    expect(decades.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    const days = ticks({ start: day('2024-06-01'), end: day('2024-06-08') }, 1200);
    expect(days.map((t) => t.label)).toContain('3 Jun 2024');
  });
});
