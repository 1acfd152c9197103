/** Event types (PLOVER's roots incl. YIELD, plus the older CONCEDE, RETREAT, DEMAND, DISAPPROVE, INVESTIGATE, FIGHT and a plain STATEMENT). */
export const PLOVER_CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'YIELD',
  'DEMAND',
  'DISAPPROVE',
  'INVESTIGATE',
  'FIGHT',
  'STATEMENT',
] as const;

export const POLARITIES = ['cooperative', 'conflictual', 'neutral'] as const;
