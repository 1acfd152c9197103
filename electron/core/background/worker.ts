import { parentPort } from 'node:worker_threads';
import { analyze } from '../analysis/analyze';
import { extractFile } from '../ingest/extract';
import { IngestError } from '../ingest/types';
import { READY, type Job, type Reply } from './protocol';

/** Runs extraction and analysis jobs on a worker thread, so the process that serves the window stays free. */
const port = parentPort;
if (port) {
  port.postMessage(READY);
  port.on('message', (job: Job) => {
    const work = job.kind === 'extract' ? extractFile(job.bytes, job.opts) : Promise.resolve().then(() => analyze(job.input));
    work.then(
      (value) => port.postMessage({ id: job.id, ok: true, value } satisfies Reply),
      (error: unknown) =>
        port.postMessage({
          id: job.id,
          ok: false,
          code: error instanceof IngestError ? error.code : 'unreadable',
          message: error instanceof Error ? error.message : String(error),
        } satisfies Reply),
    );
  });
}
