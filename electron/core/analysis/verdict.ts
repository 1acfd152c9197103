/**
 * The one-line verdict of a stance, from its counts alone (the rule is stated in docs/architecture.md):
 * fewer than 3 counted events: "too few events to judge"; no cooperative or conflictual event: "neutral
 * contacts only"; otherwise by the cooperative share of cooperative + conflictual events:
 * >= 80% "cooperative", >= 60% "cooperative, with reservations", > 40% "mixed",
 * > 20% "conflictual, with openings", else "conflictual".
 */
export function verdict(counts: { cooperative: number; conflictual: number; neutral: number }): string {
  const { cooperative, conflictual, neutral } = counts;
  if (cooperative + conflictual + neutral < MIN_EVENTS) return 'too few events to judge';
  const polar = cooperative + conflictual;
  if (polar === 0) return 'neutral contacts only';
  const share = cooperative / polar;
  if (share >= 0.8) return 'cooperative';
  if (share >= 0.6) return 'cooperative, with reservations';
  if (share > 0.4) return 'mixed';
  if (share > 0.2) return 'conflictual, with openings';
  return 'conflictual';
}

const MIN_EVENTS = 3;

/** A trend is drawn and claimed only with at least this many months that have events. */
export const TREND_MIN_MONTHS = 3;
