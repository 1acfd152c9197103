import type { Polarity } from '../../api/analysis';
import type { StanceSummary } from '../../api/models';
import { leastSquaresSlope, monthIndex } from '../analysis/pair-stances';
import type { ScopeEvent } from './evidence';

/** A directed pair's stance over the events a briefing's scope holds. */
export type Stance = StanceSummary<ScopeEvent>;

const EVIDENCE = 5;
const STEADY = 0.25;

/** Change of the monthly mean intensity per month, over the events' dated months. */
function slopeOf(events: ScopeEvent[]): number {
  const byMonth = new Map<number, number[]>();
  for (const e of events) {
    if (!e.date || !/^\d{4}-\d{2}/.test(e.date)) continue;
    const list = byMonth.get(monthIndex(e.date)) ?? [];
    list.push(e.intensity);
    byMonth.set(monthIndex(e.date), list);
  }
  return leastSquaresSlope([...byMonth.entries()].map(([m, xs]) => [m, xs.reduce((a, b) => a + b, 0) / xs.length] as const));
}

/**
 * Per directed pair in the scope: polarity counts, mean intensity, trend and the strongest evidence, over the
 * events the store counts (happened, not a third party's claim, one per sentence, pair and polarity).
 */
export function summarizeStances(events: ScopeEvent[], window: { from?: string; to?: string } = {}): Stance[] {
  const groups = new Map<string, ScopeEvent[]>();
  for (const e of events) {
    if (!e.counted) continue;
    const k = `${e.source}>${e.target}`;
    const group = groups.get(k) ?? [];
    group.push(e);
    groups.set(k, group);
  }
  const stances: Stance[] = [];
  for (const group of groups.values()) {
    const counts: Record<Polarity, number> = { cooperative: 0, conflictual: 0, neutral: 0 };
    for (const e of group) counts[e.polarity]++;
    const slope = slopeOf(group);
    stances.push({
      source: group[0]!.source,
      target: group[0]!.target,
      from: window.from ?? null,
      to: window.to ?? null,
      counts,
      total: group.length,
      meanIntensity: group.reduce((a, e) => a + e.intensity, 0) / group.length,
      trend: slope > STEADY ? 'rising' : slope < -STEADY ? 'falling' : 'steady',
      slope,
      evidence: [...group]
        .sort((a, b) => Math.abs(b.intensity) - Math.abs(a.intensity) || (b.date ?? '').localeCompare(a.date ?? ''))
        .slice(0, EVIDENCE),
    });
  }
  return stances.sort((a, b) => b.total - a.total || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}
