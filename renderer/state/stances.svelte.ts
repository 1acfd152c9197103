import type { Stance } from '../../electron/api/models';
import { call, onProgress } from '../lib/api';

/** Directed stances between actors, filtered by actor and time window. */
export class StancesState {
  items = $state<Stance[]>([]);
  actor = $state('');
  from = $state('');
  to = $state('');
  error = $state<string | null>(null);
  loading = $state(false);
  reanalysing = $state(false);
  progress = $state<{ done: number; total: number } | null>(null);

  constructor() {
    onProgress((e) => {
      if (e.kind === 'analysis' && this.reanalysing) this.progress = { done: e.done, total: e.total };
    });
  }

  /** Run the analysis again over every article (after a gazetteer or engine update); corrections are kept. */
  async reanalyse(): Promise<void> {
    this.reanalysing = true;
    this.progress = null;
    try {
      await call('reanalyze', { all: true });
      await this.load();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.reanalysing = false;
      this.progress = null;
    }
  }

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
