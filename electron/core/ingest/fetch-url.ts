import { LIMITS, formatBytes } from './limits';
import { IngestError } from './types';

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  finalUrl: string;
}

/** Fetch an article over http(s): redirects followed one by one (each re-checked), a timeout and a size cap. */
export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? LIMITS.fetchTimeoutMs;
  const maxBytes = opts.maxBytes ?? LIMITS.fetchMaxBytes;
  const maxRedirects = opts.maxRedirects ?? LIMITS.fetchMaxRedirects;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;

  let current = checkUrl(url, url);
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      });
    } catch (err) {
      throw networkError(err, url, timeoutMs, timeout, opts.signal);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel();
      if (hop >= maxRedirects) throw new IngestError('network', `${url}: too many redirects (more than ${maxRedirects})`);
      current = checkUrl(new URL(response.headers.get('location') ?? '', current).href, url);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new IngestError(
        'network',
        `${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      );
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw new IngestError(
        'too-large',
        `${url}: the page is ${formatBytes(declared)}, larger than the ${formatBytes(maxBytes)} limit`,
      );
    }
    try {
      const bytes = await readCapped(response, maxBytes, url);
      return { bytes, contentType: response.headers.get('content-type'), finalUrl: current };
    } catch (err) {
      throw err instanceof IngestError ? err : networkError(err, url, timeoutMs, timeout, opts.signal);
    }
  }
}

function checkUrl(candidate: string, original: string): string {
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    throw new IngestError('unsupported', `${original}: not a valid web address`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    const where = candidate === original ? '' : ` (redirected to ${parsed.protocol})`;
    throw new IngestError('unsupported', `${original}: only http and https addresses can be imported${where}`);
  }
  return parsed.href;
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new IngestError('too-large', `${url}: the page is larger than the ${formatBytes(maxBytes)} limit; download stopped`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function networkError(err: unknown, url: string, timeoutMs: number, timeout: AbortSignal, user?: AbortSignal): IngestError {
  if (timeout.aborted && !user?.aborted)
    return new IngestError(
      'timeout',
      `${url}: no complete answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}; gave up`,
    );
  if (user?.aborted) return new IngestError('cancelled', `${url}: download cancelled`);
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  return new IngestError(
    'network',
    `${url}: cannot download (${cause?.code ?? cause?.message ?? (err as Error)?.message ?? 'network error'})`,
  );
}
