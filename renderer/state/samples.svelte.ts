import { call } from '../lib/api';
import { library } from './library.svelte';

/** "Load sample articles": import the written samples and show them. */
export class SamplesState {
  loading = $state(false);
  error = $state<string | null>(null);

  async load(): Promise<void> {
    this.loading = true;
    try {
      const report = await call('loadSamples', {});
      this.error = report.counts.failed ? `${report.counts.failed} sample articles could not be imported.` : null;
      await library.refresh();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.loading = false;
    }
  }
}

export const samples = new SamplesState();
