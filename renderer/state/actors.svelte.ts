import type { ActorInfo } from '../../electron/api/models';
import { call } from '../lib/api';

/** Gazetteer actors by name or code, for the pickers of the correction forms. */
export class ActorLookup {
  // Answers already fetched; never rendered, so not reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #cache = new Map<string, ActorInfo[]>();

  /** Actors matching typed text, best first ([] for blank text). */
  async find(query: string): Promise<ActorInfo[]> {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const known = this.#cache.get(q);
    if (known) return known;
    const found = await call('listActors', { query: q, limit: 8 });
    this.#cache.set(q, found);
    return found;
  }

  /** The one actor typed text names exactly (a code in any case, or a full name), or null. */
  async resolve(text: string): Promise<ActorInfo | null> {
    const t = text.trim().toLowerCase();
    const found = await this.find(t);
    return found.find((a) => a.code.toLowerCase() === t || a.name.toLowerCase() === t) ?? null;
  }
}

export const actors = new ActorLookup();
