/** Fixed and movable holidays, resolved to the nearest sensible year. */
import { addDays, dayNumber, fromDayNumber, weekday, type Ymd } from './calendar';
import { clauseTense, dayFound, yearForMonthDay } from './context';
import { YEAR } from './lexicon';
import { rx, type Rule } from './rule';

function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const k = Math.floor((a + 11 * h + 22 * l) / 451);
  return { y, m: Math.floor((h + l - 7 * k + 114) / 31), d: ((h + l - 7 * k + 114) % 31) + 1 };
}

function nthWeekday(y: number, m: number, wd: number, nth: number): Ymd {
  if (nth > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + (nth - 1) * 7);
  }
  const last = fromDayNumber(dayNumber(y, m + 1, 1) - 1);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

const HOLIDAYS: Record<string, (y: number) => Ymd> = {
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'boxing day': (y) => ({ y, m: 12, d: 26 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  easter: easter,
  'easter sunday': easter,
  'good friday': (y) => addDays(easter(y), -2),
  'easter monday': (y) => addDays(easter(y), 1),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
};

export const HOLIDAY_RULES: Rule[] = [
  {
    re: rx(
      `\\b(Christmas\\s+Eve|Christmas(?:\\s+Day)?|Boxing\\s+Day|New\\s+Year['’]s\\s+(?:Eve|Day)|Valentine['’]s\\s+Day|Halloween|Independence\\s+Day|Easter\\s+Monday|Good\\s+Friday|Easter(?:\\s+Sunday)?|Thanksgiving(?:\\s+Day)?|Labor\\s+Day|Memorial\\s+Day)\\b(?:,?\\s+(${YEAR})\\b)?`,
      'g',
    ),
    gate: /Christmas|Boxing|New Year|Valentine|Halloween|Independence|Easter|Good Friday|Thanksgiving|Labor|Memorial/,
    build: (m, ctx) => {
      const key = m[1].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
      const make = HOLIDAYS[key];
      if (!make) return null;
      if (
        /^\s+(?:tree|trees|card|cards|shopping|season|sales|present|presents|market|markets|party|carol)/i.test(
          ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 10),
        )
      )
        return null;
      let y = m[2] ? Number(m[2]) : null;
      if (y === null && ctx.dct) {
        const probe = make(ctx.dct.y);
        y = yearForMonthDay(ctx, probe.m, probe.d, clauseTense(ctx, m.index, m.index + m[0].length));
      }
      return y === null ? { type: 'DATE', value: 'XXXX-XX-XX', precision: 'day' } : dayFound(make(y), { explicit: true });
    },
  },
];
