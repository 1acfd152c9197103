import type { EventView, MonthlySeries, StanceRow } from '../../api/models';
import { actorName } from './gazetteer';
import { TREND_MIN_MONTHS, verdict } from './verdict';

/** Counts of one counterpart in one month ('' for undated events). */
export interface CounterpartMonth {
  counterpart: string;
  month: string;
  cooperative: number;
  conflictual: number;
  neutral: number;
  intensity: number;
}

const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthName = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** Monthly counts from the first to the last month with events; null with fewer than three such months. */
export function monthlySeries(months: CounterpartMonth[]): MonthlySeries | null {
  const dated = months.filter((m) => m.month);
  if (dated.length < TREND_MIN_MONTHS) return null;
  const index = dated.map((m) => monthIndex(m.month));
  const first = Math.min(...index);
  const length = Math.max(...index) - first + 1;
  const series: MonthlySeries = {
    months: Array.from({ length }, (_, i) => monthName(first + i)),
    cooperative: new Array<number>(length).fill(0),
    conflictual: new Array<number>(length).fill(0),
    neutral: new Array<number>(length).fill(0),
    meanIntensity: new Array<number | null>(length).fill(null),
  };
  dated.forEach((m, k) => {
    const i = index[k]! - first;
    const n = m.cooperative + m.conflictual + m.neutral;
    series.cooperative[i] = m.cooperative;
    series.conflictual[i] = m.conflictual;
    series.neutral[i] = m.neutral;
    series.meanIntensity[i] = n ? m.intensity / n : null;
  });
  return series;
}

/** Counts of one counterpart over the whole window. */
export interface CounterpartTotal {
  counterpart: string;
  cooperative: number;
  conflictual: number;
  neutral: number;
}

type Evidence = Map<string, { latest: EventView; strongest: EventView }>;

/**
 * A stance table, busiest counterparts first, at most `limit` rows: `totals` rank the counterparts, then
 * `monthsFor` gives the monthly counts and `evidenceFor` the latest and strongest evidence of the rows kept.
 */
export function stanceRows(
  totals: CounterpartTotal[],
  monthsFor: (counterparts: string[]) => CounterpartMonth[],
  evidenceFor: (counterparts: string[]) => Evidence,
  limit = Infinity,
): { rows: StanceRow[]; total: number } {
  const ranked = totals
    .map((t) => ({ ...t, events: t.cooperative + t.conflictual + t.neutral, name: actorName(t.counterpart) }))
    .filter((t) => t.events > 0)
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  const kept = ranked.slice(0, limit);
  const by = new Map<string, CounterpartMonth[]>(kept.map((t) => [t.counterpart, []]));
  for (const m of monthsFor(kept.map((t) => t.counterpart))) by.get(m.counterpart)?.push(m);
  const evidence = evidenceFor(kept.map((t) => t.counterpart));
  const rows = kept.map((t): StanceRow => {
    const months = by.get(t.counterpart)!;
    const sum = (k: 'cooperative' | 'conflictual' | 'neutral' | 'intensity') => months.reduce((a, m) => a + m[k], 0);
    const counts = { cooperative: sum('cooperative'), conflictual: sum('conflictual'), neutral: sum('neutral') };
    const events = counts.cooperative + counts.conflictual + counts.neutral;
    return {
      counterpart: t.counterpart,
      counterpartName: t.name,
      events,
      ...counts,
      meanIntensity: events ? sum('intensity') / events : 0,
      trend: monthlySeries(months),
      verdict: verdict(counts),
      latest: evidence.get(t.counterpart)?.latest ?? null,
      strongest: evidence.get(t.counterpart)?.strongest ?? null,
    };
  });
  return { rows, total: ranked.length };
}
