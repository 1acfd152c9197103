import { CONFLICT } from './conflict';
import { COOPERATION } from './cooperation';
import type { TriggerEntry } from './types';

export type { TriggerEntry } from './types';

export const TRIGGERS: TriggerEntry[] = [...COOPERATION, ...CONFLICT];
