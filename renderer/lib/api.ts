import type { ImportReport, ProgressEvent } from '../../electron/api/models';
import type { MenuCommand } from '../../electron/api/channels';
import type { PreloadApi } from '../../electron/api/preload-api';
import type { Input, Output, Result, Verb } from '../../electron/api/verbs';

/**
 * The one module that reaches the back end: `window.briefing` inside Electron, the web
 * host's HTTP API in a browser. Views never call either directly.
 */

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

const bridge = (globalThis as { briefing?: PreloadApi }).briefing;
export const inElectron = bridge !== undefined;

function webToken(): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('briefing-token', fromUrl);
    url.searchParams.delete('token');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem('briefing-token') ?? '';
}

const token = inElectron ? '' : webToken();

async function httpCall(verb: string, input: unknown): Promise<Result<unknown>> {
  try {
    const res = await fetch(`/api/${verb}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-briefing-token': token },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as Result<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'unavailable', message: `Briefing is not reachable: ${(error as Error).message}` } };
  }
}

export async function call<V extends Verb>(verb: V, input: Input<V>): Promise<Output<V>> {
  const result = bridge
    ? ((await (bridge[verb] as (i: Input<V>) => Promise<Result<Output<V>>>)(input)) as Result<Output<V>>)
    : ((await httpCall(verb, input)) as Result<Output<V>>);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
  return result.value;
}

type ProgressListener = (event: ProgressEvent) => void;
// One event stream per window, shared by every listener: browsers allow six connections per host, and a
// stream per listener in two windows would leave no connection for API calls.
const progressListeners = new Set<ProgressListener>();
let progressSource: EventSource | null = null;

export function onProgress(listener: ProgressListener): () => void {
  if (bridge) return bridge.onProgress(listener);
  progressListeners.add(listener);
  if (!progressSource) {
    progressSource = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    progressSource.onmessage = (e) => {
      const event = JSON.parse(e.data as string) as ProgressEvent;
      for (const l of progressListeners) l(event);
    };
  }
  return () => {
    progressListeners.delete(listener);
    if (progressListeners.size === 0) {
      progressSource?.close();
      progressSource = null;
    }
  };
}

/** Inside Electron: the system dialog's choice of files or a folder to import ([] when cancelled). */
export function choosePaths(kind: 'files' | 'folder'): Promise<string[]> {
  return bridge ? bridge.choosePaths(kind) : Promise.resolve([]);
}

/** A dropped file with the path it had inside a dropped folder (for the report). */
export interface DroppedFile {
  file: File;
  name: string;
}

/** Import dropped files: paths inside Electron, uploads in the browser. Both run the same core pipeline. */
export async function importDropped(
  files: DroppedFile[],
  onUploaded?: (done: number, total: number) => void,
): Promise<ImportReport> {
  if (bridge) {
    const paths = bridge.pathsForFiles(files.map((f) => f.file)).filter(Boolean);
    return call('importPaths', { paths });
  }
  const uploads: Array<{ id: string; name: string }> = [];
  const refused: ImportReport['outcomes'] = [];
  let done = 0;
  for (const { file, name } of files) {
    const res = await fetch(`/api/upload?name=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'x-briefing-token': token, 'content-type': 'application/octet-stream' },
      body: file,
    }).catch((error: Error) => ({
      ok: false,
      json: async () => ({ ok: false, error: { message: `${name}: ${error.message}` } }),
    }));
    const body = (await res.json()) as Result<{ id: string }>;
    if (body.ok) uploads.push({ id: body.value.id, name });
    else refused.push({ name, status: 'failed', articleIds: [], message: body.error.message, errorCode: 'too-large' });
    onUploaded?.(++done, files.length);
  }
  const report: ImportReport = uploads.length
    ? await call('importUploads', { uploads })
    : { jobId: '', cancelled: false, outcomes: [], counts: { imported: 0, duplicate: 0, grouped: 0, failed: 0 } };
  report.outcomes.push(...refused);
  report.counts.failed += refused.length;
  return report;
}

/** Menu commands from the desktop app (File > Print); the browser has no such menu, so nothing arrives there. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return bridge ? bridge.onCommand(listener) : () => undefined;
}
