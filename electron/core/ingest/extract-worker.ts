import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract';
import { READY, type ExtractJob, type ExtractReply } from './extract-protocol';
import { IngestError } from './types';

/** Runs extractions sent by the pool on a worker thread, so imports never block the process that serves the window. */
const port = parentPort;
if (port) {
  port.postMessage(READY);
  port.on('message', (job: ExtractJob) => {
    extractFile(job.bytes, job.opts).then(
      (articles) => port.postMessage({ id: job.id, ok: true, articles } satisfies ExtractReply),
      (error: unknown) =>
        port.postMessage({
          id: job.id,
          ok: false,
          code: error instanceof IngestError ? error.code : 'unreadable',
          message: error instanceof Error ? error.message : String(error),
        } satisfies ExtractReply),
    );
  });
}
