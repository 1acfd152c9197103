import type { Paper } from '../../api/briefing';

/** Turns a self-contained print document into PDF bytes with Chromium's print engine. */
export interface Printer {
  print(html: string, options: { paper: Paper }): Promise<Buffer>;
  /** Releases the browser, if the printer keeps one. */
  close(): Promise<void>;
}

export class PrinterUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrinterUnavailableError';
  }
}
