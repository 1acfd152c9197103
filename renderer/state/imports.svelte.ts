import type { ImportReport } from '../../electron/api/models';
import { importDropped, onProgress, type DroppedFile } from '../lib/api';
import { library } from './library.svelte';

/** The running import (progress) and the report of the last one. */
export class ImportState {
  running = $state(false);
  done = $state(0);
  total = $state(0);
  current = $state<string | null>(null);
  phase = $state<'uploading' | 'importing' | null>(null);
  report = $state<ImportReport | null>(null);
  error = $state<string | null>(null);

  constructor() {
    onProgress((e) => {
      if (e.kind !== 'import' || !this.running) return;
      this.phase = 'importing';
      this.done = e.done;
      this.total = e.total;
      this.current = e.current;
    });
  }

  get fraction(): number {
    return this.total ? this.done / this.total : 0;
  }

  async importFiles(files: DroppedFile[]): Promise<void> {
    if (!files.length) return;
    this.running = true;
    this.report = null;
    this.error = null;
    this.phase = 'uploading';
    this.done = 0;
    this.total = files.length;
    try {
      this.report = await importDropped(files, (done, total) => {
        this.done = done;
        this.total = total;
      });
      await library.refresh();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.running = false;
      this.phase = null;
      this.current = null;
    }
  }

  dismiss(): void {
    this.report = null;
    this.error = null;
  }
}

export const imports = new ImportState();
