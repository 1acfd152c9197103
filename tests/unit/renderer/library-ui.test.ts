import { describe, expect, it } from 'vitest';
import { formatPublished, formatTimestamp } from '../../../renderer/lib/format';
import { listboxKey, type KeyPress } from '../../../renderer/lib/listbox';
import { parseRoute, routeHash } from '../../../renderer/lib/routes';

describe('routes', () => {
  it('reads the view and its parameter from the location hash', () => {
    expect(parseRoute('#/library/123')).toEqual({ view: 'library', param: '123' });
    expect(parseRoute('#/stances/RUS')).toEqual({ view: 'stances', param: 'RUS' });
    expect(parseRoute('#/timeline')).toEqual({ view: 'timeline', param: null });
    expect(parseRoute('#/briefings/4')).toEqual({ view: 'briefings', param: '4' });
  });

  it('falls back to the library, and drops parameters a view does not take', () => {
    expect(parseRoute('')).toEqual({ view: 'library', param: null });
    expect(parseRoute('#/nowhere/7')).toEqual({ view: 'library', param: null });
    expect(parseRoute('#/library/abc')).toEqual({ view: 'library', param: null });
    expect(parseRoute('#/timeline/RUS')).toEqual({ view: 'timeline', param: null });
  });

  it('writes the hash the parser reads back', () => {
    for (const [view, param] of [
      ['library', '12'],
      ['stances', 'JPN'],
      ['timeline', null],
    ] as const) {
      expect(parseRoute(routeHash(view, param))).toEqual({ view, param });
    }
  });
});

describe('one date format', () => {
  it('shows dates at the precision they have', () => {
    expect(formatPublished('2024-06-05', 'day')).toBe('5 Jun 2024');
    expect(formatPublished('2024-06', null)).toBe('Jun 2024');
    expect(formatPublished('2024', 'year')).toBe('2024');
    expect(formatPublished(null)).toBe('Undated');
  });

  it('shows moments in the same format with the time', () => {
    const local = new Date(2024, 5, 5, 14, 3);
    expect(formatTimestamp(local.toISOString())).toBe('5 Jun 2024, 14:03');
    expect(formatPublished(local.toISOString())).toBe('5 Jun 2024');
  });
});

describe('list keys', () => {
  const press = (key: string, cursor = 2, count = 5) => {
    const calls: string[] = [];
    let prevented = false;
    const handled = listboxKey(
      { key, altKey: false, ctrlKey: false, metaKey: false, preventDefault: () => (prevented = true) } as KeyPress,
      {
        cursor,
        count,
        move: (to) => calls.push(`move ${to}`),
        open: (i) => calls.push(`open ${i}`),
      },
    );
    return { calls, handled, prevented };
  };

  it('moves with j/k and the arrows, jumps with Home and End, opens with Enter', () => {
    expect(press('j').calls).toEqual(['move 3']);
    expect(press('ArrowDown').calls).toEqual(['move 3']);
    expect(press('k').calls).toEqual(['move 1']);
    expect(press('ArrowUp').calls).toEqual(['move 1']);
    expect(press('Home').calls).toEqual(['move 0']);
    expect(press('End').calls).toEqual(['move 4']);
    expect(press('Enter').calls).toEqual(['open 2']);
  });

  it('leaves other keys to the page', () => {
    expect(press('x')).toEqual({ calls: [], handled: false, prevented: false });
    expect(press('/')).toEqual({ calls: [], handled: false, prevented: false });
  });
});
