import type { StanceRow } from './models';

/** Classes of the map's colour scale, from hostile to friendly; 'none' where no events were counted. */
export type StanceClass = 'strong-conflict' | 'conflict' | 'mixed' | 'cooperation' | 'strong-cooperation' | 'none';

export const STANCE_CLASSES: ReadonlyArray<{ cls: Exclude<StanceClass, 'none'>; label: string }> = [
  { cls: 'strong-conflict', label: 'mostly conflictual' },
  { cls: 'conflict', label: 'leaning conflictual' },
  { cls: 'mixed', label: 'mixed or neutral' },
  { cls: 'cooperation', label: 'leaning cooperative' },
  { cls: 'strong-cooperation', label: 'mostly cooperative' },
];

/** Net tone of a stance: (cooperative - conflictual) / all counted events, from -1 to +1. */
export function netTone(row: Pick<StanceRow, 'events' | 'cooperative' | 'conflictual'>): number {
  return row.events ? (row.cooperative - row.conflictual) / row.events : 0;
}

/** The colour class of a stance: thirds and two-thirds of net tone either way; between -0.2 and 0.2 is mixed. */
export function stanceClass(row: Pick<StanceRow, 'events' | 'cooperative' | 'conflictual'> | undefined): StanceClass {
  if (!row || row.events === 0) return 'none';
  const t = netTone(row);
  if (t <= -0.6) return 'strong-conflict';
  if (t < -0.2) return 'conflict';
  if (t <= 0.2) return 'mixed';
  if (t < 0.6) return 'cooperation';
  return 'strong-cooperation';
}
