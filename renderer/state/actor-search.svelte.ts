import type { ActorInfo } from '../../electron/api/models';
import { call } from '../lib/api';

/** Autocomplete over the gazetteer's actors (by name or code) for a picker. */
export class ActorSearch {
  query = $state('');
  results = $state.raw<ActorInfo[]>([]);
  error = $state<string | null>(null);
  #seq = 0;

  async update(query: string): Promise<void> {
    this.query = query;
    const seq = ++this.#seq;
    if (!query.trim()) {
      this.results = [];
      return;
    }
    try {
      const found = await call('listActors', { query, limit: 12 });
      if (seq === this.#seq) {
        this.results = found;
        this.error = null;
      }
    } catch (error) {
      if (seq === this.#seq) this.error = (error as Error).message;
    }
  }

  /** The one actor typed text names exactly (a code in any case, or a full name), or null. */
  async resolve(text: string): Promise<ActorInfo | null> {
    const t = text.trim().toLowerCase();
    await this.update(t);
    return this.results.find((a) => a.code.toLowerCase() === t || a.name.toLowerCase() === t) ?? null;
  }

  clear(): void {
    this.#seq++;
    this.results = [];
  }
}
