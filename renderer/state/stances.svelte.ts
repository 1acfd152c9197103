import type { Stance } from '../../electron/api/models';
import { call } from '../lib/api';

/** Directed stances between actors, filtered by actor and time window. */
export class StancesState {
  items = $state<Stance[]>([]);
  actor = $state('');
  from = $state('');
  to = $state('');
  error = $state<string | null>(null);
  loading = $state(false);

  async load(): Promise<void> {
    this.loading = true;
    try {
      this.items = await call('listStances', {
        actor: this.actor.trim().toUpperCase() || undefined,
        from: this.from || undefined,
        to: this.to || undefined,
      });
      this.error = null;
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.loading = false;
    }
  }
}

export const stances = new StancesState();
