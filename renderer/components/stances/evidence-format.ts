import type { EventView } from '../../../electron/api/models';
import { formatPublished } from '../../lib/format';

/** "5 Jun 2024", or "Jun 2024" / "1 Jun – 30 Jun 2024" for an event dated only roughly; "Undated" without a date. */
export function eventDate(e: Pick<EventView, 'earliest' | 'latest' | 'best' | 'precision'>): string {
  if (!e.best) return 'Undated';
  if (!e.earliest || !e.latest || e.earliest === e.latest) return formatPublished(e.best, 'day');
  if (e.precision === 'month') return formatPublished(e.best, 'month');
  if (e.precision === 'year') return formatPublished(e.best, 'year');
  return `${formatPublished(e.earliest, 'day')} – ${formatPublished(e.latest, 'day')}`;
}

/** The flags that change how an event reads. */
export function eventFlags(e: EventView): string[] {
  const flags: string[] = [];
  if (e.negated) flags.push('negated');
  if (e.conditional) flags.push('conditional');
  if (e.hypothetical) flags.push('hypothetical');
  if (e.reported) flags.push(`claim by ${e.speaker ?? 'a third party'}`);
  if (e.corrected) flags.push('corrected');
  return flags;
}

/** "Harbor Wire (B)": the outlet and its reliability grade. */
export function outletGrade(e: EventView): string {
  return e.outlet ? `${e.outlet.name} (${e.outlet.reliability})` : 'Unknown outlet (F)';
}

export const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n).toFixed(1)}`;
