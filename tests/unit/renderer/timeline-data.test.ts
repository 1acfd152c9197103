import { describe, expect, it } from 'vitest';
import {
  binColumns,
  countInWindow,
  itemColumns,
  laneCounts,
  type ItemArrays,
} from '../../../renderer/components/timeline/columns';
import { dayToIso, isoToDay } from '../../../renderer/components/timeline/dates';
import { binsInLane, hitBin, hitItem, hitUndated, stepIndex, visibleInLane } from '../../../renderer/components/timeline/hit';
import { itemY, LABEL_W, LANE_H, AXIS_H, plotWidth, laneTop } from '../../../renderer/components/timeline/layout';
import { toX } from '../../../renderer/components/timeline/scale';

const items: ItemArrays = {
  id: [11, 12, 13, 14, 15],
  lane: [0, 0, 1, 1, 0],
  earliest: ['2024-06-05', '2024-06-01', '2024-03-01', 'garbage', '2024-07-10'],
  latest: ['2024-06-05', '2024-06-30', '2024-05-31', 'garbage', '2024-07-01'],
  best: ['2024-06-05', '2024-06-15', '', 'garbage', '2024-07-05'],
  polarity: ['cooperative', 'conflictual', 'neutral', 'neutral', 'cooperative'],
  intensity: [3, -7, 0, 0, 5],
};

describe('timeline columns', () => {
  it('turns parallel arrays into typed arrays, with day ranges that cover whole days', () => {
    const c = itemColumns(items);
    expect(c.length).toBe(4);
    expect(c.earliest[0]).toBe(isoToDay('2024-06-05'));
    expect(c.latest[0]).toBe(isoToDay('2024-06-06'));
    expect(c.best[0]).toBe(isoToDay('2024-06-05') + 0.5);
    expect(Array.from(c.polarity)).toEqual([0, 2, 1, 0]);
  });

  it('places a missing best estimate in the middle of the range and drops an unreadable date', () => {
    const c = itemColumns(items);
    expect(Array.from(c.id)).not.toContain(14);
    expect(c.best[2]).toBe((isoToDay('2024-03-01') + isoToDay('2024-06-01')) / 2);
  });

  it('puts reversed bounds in order', () => {
    const c = itemColumns(items);
    expect(dayToIso(c.earliest[3]!)).toBe('2024-07-01');
    expect(dayToIso(c.latest[3]! - 1)).toBe('2024-07-10');
  });

  it('gives each bin the end of its bucket and a total, and counts what a window holds', () => {
    const bins = binColumns(
      {
        lane: [0, 0, 1],
        start: ['2024-01-01', '2024-04-01', '2024-04-01'],
        cooperative: [2, 0, 1],
        conflictual: [1, 5, 0],
        neutral: [0, 1, 1],
      },
      'quarter',
    );
    expect(dayToIso(bins.end[0]!)).toBe('2024-04-01');
    expect(Array.from(bins.total)).toEqual([3, 6, 2]);
    expect(countInWindow(bins, isoToDay('2024-05-01'), isoToDay('2024-05-02'))).toBe(8);
    expect(countInWindow(bins, isoToDay('2024-01-01'), isoToDay('2024-12-31'))).toBe(11);
    const perLane = laneCounts(bins, null, 2, isoToDay('2024-04-01'), isoToDay('2024-07-01'));
    expect(perLane[0]).toEqual({ cooperative: 0, neutral: 1, conflictual: 5 });
    expect(perLane[1]).toEqual({ cooperative: 1, neutral: 1, conflictual: 0 });
  });

  it('counts items per lane and polarity inside a window', () => {
    const c = itemColumns(items);
    const perLane = laneCounts(null, c, 2, isoToDay('2024-06-01'), isoToDay('2024-07-01'));
    expect(perLane[0]).toEqual({ cooperative: 1, neutral: 0, conflictual: 1 });
    expect(perLane[1]).toEqual({ cooperative: 0, neutral: 0, conflictual: 0 });
  });
});

describe('hit testing', () => {
  const layout = { width: 1000, height: 200, lanes: 2 };
  const view = { start: isoToDay('2024-01-01'), end: isoToDay('2025-01-01') };
  const c = itemColumns(items);
  const at = (i: number) => ({
    x: LABEL_W + toX(view, plotWidth(layout), c.best[i]!),
    y: itemY(c.lane[i]!, c.id[i]!),
  });

  it('finds the item under its marker, and nothing in empty space or another lane', () => {
    const p = at(0);
    expect(hitItem(c, layout, view, p.x, p.y)).toBe(0);
    expect(hitItem(c, layout, view, p.x + 1.5, p.y - 1)).toBe(0);
    expect(hitItem(c, layout, view, p.x + 60, p.y)).toBe(-1);
    expect(hitItem(c, layout, view, p.x, p.y + LANE_H)).toBe(-1);
    expect(hitItem(c, layout, view, 20, p.y)).toBe(-1);
  });

  it('finds an uncertain item on its date range away from the best estimate', () => {
    const i = 2; // March to May, lane 1
    const y = itemY(c.lane[i]!, c.id[i]!);
    const x = LABEL_W + toX(view, plotWidth(layout), isoToDay('2024-03-10'));
    expect(hitItem(c, layout, view, x, y)).toBe(i);
  });

  it('finds the bin whose bucket holds the day under the pointer', () => {
    const bins = binColumns(
      { lane: [0, 1], start: ['2024-04-01', '2024-04-01'], cooperative: [1, 1], conflictual: [0, 0], neutral: [0, 0] },
      'month',
    );
    const x = LABEL_W + toX(view, plotWidth(layout), isoToDay('2024-04-15'));
    expect(hitBin(bins, layout, view, x, laneTop(1) + 10)).toBe(1);
    expect(hitBin(bins, layout, view, x, laneTop(0) + 10)).toBe(0);
    const may = LABEL_W + toX(view, plotWidth(layout), isoToDay('2024-05-15'));
    expect(hitBin(bins, layout, view, may, laneTop(0) + 10)).toBe(-1);
  });

  it('finds the undated cell of a lane and nothing over the axis', () => {
    expect(hitUndated(layout, 980, laneTop(1) + 5)).toBe(1);
    expect(hitUndated(layout, 980, AXIS_H - 5)).toBe(-1);
  });

  it('steps through a lane in time order, within the window only', () => {
    const lane0 = visibleInLane(c, 0, view).map((i) => c.id[i]);
    expect(lane0).toEqual([11, 12, 15]);
    const june = visibleInLane(c, 0, { start: isoToDay('2024-06-01'), end: isoToDay('2024-06-10') });
    expect(june.map((i) => c.id[i])).toEqual([11]);
  });
});

describe('keyboard stepping', () => {
  it('starts at the first or last entry and stops at the ends', () => {
    expect(stepIndex(-1, 1, 5)).toBe(0);
    expect(stepIndex(-1, -1, 5)).toBe(4);
    expect(stepIndex(2, 1, 5)).toBe(3);
    expect(stepIndex(4, 1, 5)).toBe(4);
    expect(stepIndex(0, -1, 5)).toBe(0);
  });

  it('steps through the bins of a lane in time order', () => {
    const bins = binColumns(
      {
        lane: [0, 1, 0],
        start: ['2024-05-01', '2024-01-01', '2024-02-01'],
        cooperative: [1, 1, 1],
        conflictual: [0, 0, 0],
        neutral: [0, 0, 0],
      },
      'month',
    );
    expect(binsInLane(bins, 0, { start: isoToDay('2024-01-01'), end: isoToDay('2025-01-01') })).toEqual([2, 0]);
  });
});
