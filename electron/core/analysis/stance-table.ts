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

type Evidence = Map<string, { latest: EventView; strongest: EventView }>;

/**
 * A stance table from aggregated counts per counterpart and month, busiest counterparts first, at most
 * `limit` rows; `evidenceFor` gives the latest and strongest evidence of the rows kept.
 */
export function stanceRows(
  counts: CounterpartMonth[],
  evidenceFor: (counterparts: string[]) => Evidence,
  limit = Infinity,
): { rows: StanceRow[]; total: number } {
  const by = new Map<string, CounterpartMonth[]>();
  for (const c of counts) {
    const list = by.get(c.counterpart);
    if (list) list.push(c);
    else by.set(c.counterpart, [c]);
  }
  const rows: StanceRow[] = [];
  for (const [counterpart, months] of by) {
    const sum = (k: 'cooperative' | 'conflictual' | 'neutral' | 'intensity') => months.reduce((a, m) => a + m[k], 0);
    const totals = { cooperative: sum('cooperative'), conflictual: sum('conflictual'), neutral: sum('neutral') };
    const events = totals.cooperative + totals.conflictual + totals.neutral;
    if (!events) continue;
    rows.push({
      counterpart,
      counterpartName: actorName(counterpart),
      events,
      ...totals,
      meanIntensity: sum('intensity') / events,
      trend: monthlySeries(months),
      verdict: verdict(totals),
      latest: null,
      strongest: null,
    });
  }
  rows.sort((a, b) => b.events - a.events || a.counterpartName.localeCompare(b.counterpartName));
  const kept = rows.slice(0, limit);
  const evidence = evidenceFor(kept.map((r) => r.counterpart));
  for (const r of kept) {
    r.latest = evidence.get(r.counterpart)?.latest ?? null;
    r.strongest = evidence.get(r.counterpart)?.strongest ?? null;
  }
  return { rows: kept, total: rows.length };
}
