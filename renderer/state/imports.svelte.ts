import type { ImportReport } from '../../electron/api/models';
import { call, choosePaths, importDropped, onProgress, type DroppedFile } from '../lib/api';
import { analysis } from './analysis.svelte';
import { library } from './library.svelte';

/** The running import (progress) and the report of the last one. */
export class ImportState {
  running = $state(false);
  done = $state(0);
  total = $state(0);
  current = $state<string | null>(null);
  failed = $state(0);
  phase = $state<'uploading' | 'importing' | null>(null);
  jobId = $state<string | null>(null);
  report = $state<ImportReport | null>(null);
  error = $state<string | null>(null);

  constructor() {
    onProgress((e) => {
      // An import started elsewhere (the app menu) refreshes the list when it ends.
      if (e.kind === 'import' && !this.running && e.done === e.total) void library.refresh();
      if (e.kind === 'analysis' && e.done === e.total) analysis.refresh();
      if (e.kind !== 'import' || !this.running) return;
      this.phase = 'importing';
      this.jobId = e.jobId;
      this.done = e.done;
      this.total = e.total;
      this.current = e.current;
      this.failed = e.failed;
      // Long imports fill the list as they go, not only at the end.
      if (e.done > 0 && e.done % 100 === 0) void library.refresh();
    });
  }

  get fraction(): number {
    return this.total ? this.done / this.total : 0;
  }

  async importFiles(files: DroppedFile[]): Promise<void> {
    if (!files.length) return;
    await this.#run(files.length, 'uploading', () =>
      importDropped(files, (done, total) => {
        this.done = done;
        this.total = total;
      }),
    );
  }

  /** Inside Electron: pick files or a folder in the system dialog, then import them like a drop. */
  async importChosen(kind: 'files' | 'folder'): Promise<void> {
    const paths = await choosePaths(kind);
    if (paths.length) await this.#run(paths.length, 'importing', () => call('importPaths', { paths }));
  }

  /** In a browser: the files of a file input (a folder input names each file by its path inside the folder). */
  async importPicked(list: FileList | null): Promise<void> {
    const files = Array.from(list ?? [])
      .map((file) => ({ file, name: file.webkitRelativePath || file.name }))
      .filter((f) => !f.name.split('/').some((part) => part.startsWith('.')));
    await this.importFiles(files);
  }

  /** Import web pages by address (http and https only; the back end fetches them). */
  async importUrls(urls: string[]): Promise<void> {
    const valid = urls.map((u) => u.trim()).filter((u) => /^https?:\/\/\S+$/i.test(u));
    if (!valid.length) {
      this.error = 'Only http:// and https:// addresses can be imported.';
      return;
    }
    await this.#run(valid.length, 'importing', () => call('importUrls', { urls: valid }));
  }

  async cancel(): Promise<void> {
    if (this.jobId) await call('cancelJob', { jobId: this.jobId });
  }

  async #run(total: number, phase: 'uploading' | 'importing', work: () => Promise<ImportReport>): Promise<void> {
    this.running = true;
    this.report = null;
    this.error = null;
    this.jobId = null;
    this.failed = 0;
    this.phase = phase;
    this.done = 0;
    this.total = total;
    try {
      this.report = await work();
      await library.refresh();
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.running = false;
      this.phase = null;
      this.current = null;
      this.jobId = null;
    }
  }

  dismiss(): void {
    this.report = null;
    this.error = null;
  }
}

export const imports = new ImportState();
