/** Clock times and parts of the day; their day comes from a neighbouring date or the text's last date. */
import type { Partial } from './context';
import { before, rx, type Rule } from './rule';
import { SMALL } from './lexicon';

const ZONE =
  '(?:\\s*\\(?\\s*(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|local\\s+time|[A-Z][a-z]+\\s+time)\\b\\)?)';
const LEAD = '(?:(about|around|approximately|roughly|shortly\\s+after|shortly\\s+before|just\\s+after|just\\s+before)\\s+)?';

const hhmm = (h: number, min: number): string => `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;

function clockFound(h: number, min: number, approx: string | undefined): Partial | null {
  if (h > 24 || min > 59) return null;
  return { type: 'TIME', value: '', precision: 'day', anchorDays: 0, clock: hhmm(h, min), qualifier: approx ? 'approx' : null };
}

export const CLOCK_RULES: Rule[] = [
  {
    // 5 p.m., 7:15 a.m. EST
    re: rx(`\\b${LEAD}(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b)${ZONE}?`),
    gate: /\d\s*[ap]\.?\s?m/i,
    build: (m) => {
      let h = Number(m[2]);
      if (h < 1 || h > 12) return null;
      const pm = /^p/i.test(m[4]);
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      return clockFound(h, m[3] ? Number(m[3]) : 0, m[1]);
    },
    priority: 2,
  },
  {
    // at 17:30, 09:00 GMT
    re: rx(`\\b${LEAD}(\\d{1,2}):(\\d{2})(?![:\\d])(${ZONE})?`),
    gate: /\d:\d\d/,
    build: (m, ctx) => {
      if (!m[4] && !/\b(?:at|by|from|until|till|to|before|after|since|around|about)\s+$/i.test(before(ctx, m.index, 8)) && !m[1])
        return null;
      return clockFound(Number(m[2]), Number(m[3]), m[1]);
    },
  },
  {
    // 1230 GMT, 0800 hrs
    re: rx(`\\b${LEAD}([01]\\d|2[0-3])([0-5]\\d)\\s*(?:GMT|UTC|Z|hrs|hours|local\\s+time)\\b`),
    gate: /\d\d\d\d\s*(?:GMT|UTC|Z|hrs|hours|local)/i,
    build: (m) => clockFound(Number(m[2]), Number(m[3]), m[1]),
    priority: 3,
  },
  {
    re: rx(`\\b${LEAD}(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+o['’]clock\\b`),
    gate: /clock/i,
    build: (m) => {
      const h = SMALL[m[2].toLowerCase()] ?? Number(m[2]);
      return clockFound(h, 0, m[1]);
    },
  },
  {
    re: rx(`\\b${LEAD}(noon|midday|midnight)\\b`),
    gate: /noon|midday|midnight/i,
    build: (m) => clockFound(m[2].toLowerCase() === 'midnight' ? 24 : 12, 0, m[1]),
  },
  {
    // (in) the morning, (mid) afternoon
    re: rx(
      '\\b(?:(?:in|during|by|until|through)\\s+the\\s+(morning|afternoon|evening)|(mid|late|early)[\\s-]+(morning|afternoon|evening))\\b',
    ),
    gate: /morning|afternoon|evening/i,
    build: (m) => {
      const part = (m[1] ?? m[3]).toLowerCase();
      const code = part === 'morning' ? 'MO' : part === 'afternoon' ? 'AF' : 'EV';
      const start = m[1] ? m.index + m[0].toLowerCase().indexOf('the') : m.index;
      return { type: 'TIME', value: '', precision: 'day', anchorDays: 0, clock: code, start };
    },
  },
];
