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

const nextMonth = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

/** Monthly counts from the first to the last month with events; null with fewer than three such months. */
export function monthlySeries(months: CounterpartMonth[]): MonthlySeries | null {
  const dated = months.filter((m) => m.month).sort((a, b) => a.month.localeCompare(b.month));
  if (dated.length < TREND_MIN_MONTHS) return null;
  const byMonth = new Map(dated.map((m) => [m.month, m]));
  const series: MonthlySeries = { months: [], cooperative: [], conflictual: [], neutral: [], meanIntensity: [] };
  const last = dated[dated.length - 1]!.month;
  for (let m = dated[0]!.month; m <= last; m = nextMonth(m)) {
    const c = byMonth.get(m);
    const n = c ? c.cooperative + c.conflictual + c.neutral : 0;
    series.months.push(m);
    series.cooperative.push(c?.cooperative ?? 0);
    series.conflictual.push(c?.conflictual ?? 0);
    series.neutral.push(c?.neutral ?? 0);
    series.meanIntensity.push(c && n ? c.intensity / n : null);
  }
  return series;
}

/**
 * A stance table from aggregated counts per counterpart and month, with each counterpart's latest and
 * strongest evidence; busiest counterparts first.
 */
export function stanceRows(
  counts: CounterpartMonth[],
  evidence: Map<string, { latest: EventView; strongest: EventView }>,
): StanceRow[] {
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
    const found = evidence.get(counterpart);
    rows.push({
      counterpart,
      counterpartName: actorName(counterpart),
      events,
      ...totals,
      meanIntensity: sum('intensity') / events,
      trend: monthlySeries(months),
      verdict: verdict(totals),
      latest: found?.latest ?? null,
      strongest: found?.strongest ?? null,
    });
  }
  return rows.sort((a, b) => b.events - a.events || a.counterpartName.localeCompare(b.counterpartName));
}
