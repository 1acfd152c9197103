/**
 * Temporal expressions in English news text, typed and valued as TimeML TIMEX3 and resolved against the
 * publication date: absolute and partial dates, relative days and periods, seasons, quarters, weeks, decades,
 * open intervals, vague references, durations, sets and clock times.
 */
import type { TemporalExpression } from '../../api/analysis';
import { parseIsoDate } from './dates/calendar';
import type { Context } from './dates/context';
import type { Rule } from './dates/rule';
import { CALENDAR_RULES } from './dates/rules-calendar';
import { HOLIDAY_RULES } from './dates/holidays';
import { CLOCK_RULES } from './dates/rules-clock';
import { EXTENT_RULES } from './dates/rules-extent';
import { PERIOD_RULES } from './dates/rules-periods';
import { RELATIVE_RULES } from './dates/rules-relative';
import { attachQualifiers, chooseSpans, joinDayAndClock, resolveAnchors, toExpression, type Ranked } from './dates/settle';

const RULES: Rule[] = [...CALENDAR_RULES, ...PERIOD_RULES, ...HOLIDAY_RULES, ...RELATIVE_RULES, ...EXTENT_RULES, ...CLOCK_RULES];

/** Cheap test that a text can hold a temporal expression at all. */
const ANY_CUE =
  /\d|day|night|morning|noon|evening|week|month|year|decade|centur|quarter|spring|summer|fall|autumn|winter|now|current|recent|lately|past|future|soon|ly\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Q[1-4]|Christmas|Easter|Thanksgiving|Halloween|Eve|hour|minute|times|present|moment|'\d|’\d/i;

export function findDates(text: string, published: string | null): TemporalExpression[] {
  if (!ANY_CUE.test(text)) return [];
  const ctx: Context = { text, dct: parseIsoDate(published) };
  const found: Ranked[] = [];
  for (const rule of RULES) {
    if (rule.gate && !rule.gate.test(text)) continue;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const built = rule.build(m, ctx);
      if (!built) continue;
      for (const p of Array.isArray(built) ? built : [built]) {
        const start = p.start ?? m.index;
        const end = p.end ?? m.index + m[0].length;
        if (end > start) found.push({ ...p, start, end, priority: rule.priority ?? 1 });
      }
    }
  }
  if (found.length === 0) return [];
  const chosen = joinDayAndClock(ctx, chooseSpans(found));
  resolveAnchors(ctx, chosen);
  attachQualifiers(ctx, chosen);
  return chosen.map((f) => toExpression(ctx, f));
}
