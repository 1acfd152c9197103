import { randomUUID } from 'node:crypto';
import { ApiFailure, type Handlers } from '../../api/dispatch';
import type { ProgressEvent } from '../../api/models';
import type { Background } from '../background/pool';
import type { AnalysisQueue } from '../analysis-runner';
import type { ExportedFile } from '../briefing/export';
import type { Printer } from '../briefing/printer';
import type { Library } from '../library/open';

/** What every domain's handlers share: the open library, the analysis queue, background threads and jobs. */
export interface ServiceContext {
  lib: Library;
  analysis: AnalysisQueue;
  background: Background;
  onProgress?: (event: ProgressEvent) => void;
  /** Where the web host keeps uploaded files until they are imported. */
  resolveUpload?: (id: string) => string | null;
  jobs: JobRegistry;
  /** The PDF printer, started on first use. */
  printer: () => Printer;
  /** Electron saves exports through a dialog and returns the path (null when cancelled); elsewhere the bytes go back. */
  saveExport?: (file: ExportedFile) => Promise<string | null>;
}

/** The handlers of one domain: a part of the API table. */
export type DomainHandlers<V extends keyof Handlers> = Pick<Handlers, V>;

export function notFound(what: string): never {
  throw new ApiFailure('not-found', `${what} not found; it may have been deleted.`);
}

/** Cancellable long jobs, each registered under a fresh id for `cancelJob` while it runs. */
export class JobRegistry {
  readonly #running = new Map<string, AbortController>();

  async run<T>(work: (jobId: string, signal: AbortSignal) => Promise<T>): Promise<T> {
    const jobId = randomUUID();
    const controller = new AbortController();
    this.#running.set(jobId, controller);
    try {
      return await work(jobId, controller.signal);
    } finally {
      this.#running.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    const controller = this.#running.get(jobId);
    controller?.abort();
    return !!controller;
  }

  cancelAll(): void {
    for (const c of this.#running.values()) c.abort();
  }
}
