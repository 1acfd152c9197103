import type { Event, Polarity } from '../../api/analysis';
import type { StanceSummary, StoredEvent } from '../../api/models';

export type { StoredEvent };

export type Correction =
  | { kind: 'polarity'; eventKey: string; polarity: Polarity }
  | { kind: 'target'; eventKey: string; target: string }
  | { kind: 'reject'; eventKey: string }
  | { kind: 'add'; event: StoredEvent };

export type Stance = StanceSummary;

const EVIDENCE = 5;
const STEADY = 0.25;

/** A key that survives re-analysis of the same article text: where, who, to whom, what kind. */
export function eventKey(e: Pick<StoredEvent, 'articleId' | 'start' | 'end' | 'source' | 'target' | 'category'>): string {
  return `${e.articleId}:${e.start}-${e.end}:${e.source}>${e.target}:${e.category}`;
}

/** Whether an event counts in summaries: negated and hypothetical acts did not happen. */
export function counts(e: Event): boolean {
  return !e.negated && !e.hypothetical;
}

const intensityFor = (p: Polarity, old: number) => {
  const size = Math.abs(old) || 1;
  return p === 'cooperative' ? size : p === 'conflictual' ? -size : 0;
};

/** Apply analyst corrections on top of machine events; corrections are keyed, so they outlive re-analysis. */
export function applyCorrections(machine: StoredEvent[], corrections: Correction[]): StoredEvent[] {
  let events = [...machine];
  const added: StoredEvent[] = [];
  for (const c of corrections) {
    if (c.kind === 'add') {
      added.push(c.event);
      continue;
    }
    const hit = (e: StoredEvent) => eventKey(e) === c.eventKey;
    if (c.kind === 'reject') events = events.filter((e) => !hit(e));
    else if (c.kind === 'polarity')
      events = events.map((e) => (hit(e) ? { ...e, polarity: c.polarity, intensity: intensityFor(c.polarity, e.intensity) } : e));
    else events = events.map((e) => (hit(e) ? { ...e, target: c.target } : e));
  }
  return [...events, ...added];
}

const month = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;

function slopeOf(events: StoredEvent[]): number {
  const byMonth = new Map<number, number[]>();
  for (const e of events) {
    if (!e.date || !/^\d{4}-\d{2}/.test(e.date)) continue;
    const m = month(e.date);
    const list = byMonth.get(m);
    if (list) list.push(e.intensity);
    else byMonth.set(m, [e.intensity]);
  }
  const points = [...byMonth.entries()].map(([m, xs]) => [m, xs.reduce((a, b) => a + b, 0) / xs.length]);
  if (points.length < 2) return 0;
  const mx = points.reduce((a, p) => a + p[0], 0) / points.length;
  const my = points.reduce((a, p) => a + p[1], 0) / points.length;
  const num = points.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0);
  const den = points.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
  return den ? num / den : 0;
}

const inWindow = (e: Event, from?: string, to?: string) =>
  (!from || (e.date !== null && e.date >= from)) && (!to || (e.date !== null && e.date.slice(0, to.length) <= to));

/**
 * Per directed pair (source -> target) in a time window: polarity counts, mean intensity, trend, evidence.
 * Claims made in someone else's reported speech are left out unless `includeReported` is set.
 */
/**
 * One sentence that praises and promises cooperation is one piece of evidence, not two: of the events a
 * sentence gives for the same pair and polarity, keep the strongest.
 */
function strongestPerSentence(events: StoredEvent[]): StoredEvent[] {
  const best = new Map<string, StoredEvent>();
  for (const e of events) {
    const k = `${e.articleId}:${e.start}:${e.source}>${e.target}:${e.polarity}:${e.reported}`;
    const seen = best.get(k);
    if (!seen || Math.abs(e.intensity) > Math.abs(seen.intensity)) best.set(k, e);
  }
  return [...best.values()];
}

export function summarizeStances(
  events: StoredEvent[],
  opts: { from?: string; to?: string; includeReported?: boolean } = {},
): Stance[] {
  const groups = new Map<string, StoredEvent[]>();
  for (const e of strongestPerSentence(events)) {
    if (!counts(e) || (e.reported && !opts.includeReported) || !inWindow(e, opts.from, opts.to)) continue;
    const k = `${e.source}>${e.target}`;
    const group = groups.get(k);
    if (group) group.push(e);
    else groups.set(k, [e]);
  }
  const stances: Stance[] = [];
  for (const group of groups.values()) {
    const c: Record<Polarity, number> = { cooperative: 0, conflictual: 0, neutral: 0 };
    for (const e of group) c[e.polarity]++;
    const slope = slopeOf(group);
    stances.push({
      source: group[0].source,
      target: group[0].target,
      from: opts.from ?? null,
      to: opts.to ?? null,
      counts: c,
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
