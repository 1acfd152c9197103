import type { EventView, Stance } from '../../api/models';
import { storedEventOf } from '../library/events-store';
import type { Db } from '../library/open';
import { pairMonths, strongestByPair, type PairMonth, type Window } from '../library/stances-store';
import { actorName } from './gazetteer';

const EVIDENCE = 5;
const STEADY = 0.25;

export const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/** Least-squares slope of (month index, value) points; 0 with fewer than two points. */
export function leastSquaresSlope(points: ReadonlyArray<readonly [number, number]>): number {
  if (points.length < 2) return 0;
  const mx = points.reduce((a, p) => a + p[0], 0) / points.length;
  const my = points.reduce((a, p) => a + p[1], 0) / points.length;
  const num = points.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0);
  const den = points.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
  return den ? num / den : 0;
}

/** Least-squares change of the monthly mean intensity per month (0 with fewer than two months). */
export function monthlySlope(months: PairMonth[]): number {
  return leastSquaresSlope(
    months
      .filter((m) => m.month)
      .map((m) => [monthIndex(m.month), m.intensity / Math.max(1, m.cooperative + m.conflictual + m.neutral)] as const),
  );
}

const asEvidence = (e: EventView): Stance['evidence'][number] => {
  const { counted: _counted, ...stored } = storedEventOf(e);
  return { ...stored, articleTitle: e.article.title };
};

/** Every directed pair's stance in the window (or those involving `actor`), from the pre-aggregated counts. */
export function pairStances(db: Db, w: Window, actor?: string): Stance[] {
  const groups = new Map<string, PairMonth[]>();
  for (const m of pairMonths(db, w, actor)) {
    const k = `${m.source}>${m.target}`;
    const list = groups.get(k);
    if (list) list.push(m);
    else groups.set(k, [m]);
  }
  const evidence = new Map<string, Stance['evidence']>();
  for (const e of strongestByPair(db, w, EVIDENCE, actor)) {
    const k = `${e.source}>${e.target}`;
    const list = evidence.get(k) ?? [];
    list.push(asEvidence(e));
    evidence.set(k, list);
  }
  const stances: Stance[] = [];
  for (const [k, months] of groups) {
    const sum = (f: 'cooperative' | 'conflictual' | 'neutral' | 'intensity') => months.reduce((a, m) => a + m[f], 0);
    const counts = { cooperative: sum('cooperative'), conflictual: sum('conflictual'), neutral: sum('neutral') };
    const total = counts.cooperative + counts.conflictual + counts.neutral;
    if (!total) continue;
    const slope = monthlySlope(months);
    const { source, target } = months[0]!;
    stances.push({
      source,
      target,
      sourceName: actorName(source),
      targetName: actorName(target),
      from: w.from ?? null,
      to: w.to ?? null,
      counts,
      total,
      meanIntensity: sum('intensity') / total,
      trend: slope > STEADY ? 'rising' : slope < -STEADY ? 'falling' : 'steady',
      slope,
      evidence: evidence.get(k) ?? [],
    });
  }
  return stances.sort((a, b) => b.total - a.total || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}
