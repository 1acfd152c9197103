import yauzl from 'yauzl';
import { LIMITS, formatBytes } from './limits';
import { IngestError } from './types';

export interface ZipScan {
  entries: string[];
  /** Contents of the small entries the caller asked for (e.g. docProps/core.xml). */
  files: Map<string, Buffer>;
}

/**
 * Walk a zip before any library unpacks it: cap the entry count, the total inflated size and the
 * compression ratio, and inflate every entry once while counting, so sizes in the headers cannot lie.
 */
export async function scanZip(bytes: Uint8Array, fileName: string, keep: string[] = []): Promise<ZipScan> {
  const zip = await yauzl
    .fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    })
    .catch((err: Error) => {
      throw new IngestError('unsupported', `${fileName}: damaged zip container (${err.message})`);
    });
  const bomb = (why: string) => new IngestError('zip-bomb', `${fileName}: refused, the archive looks like a zip bomb (${why})`);
  const entries: string[] = [];
  const files = new Map<string, Buffer>();
  let total = 0;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      entries.push(entry.fileName);
      if (entries.length > LIMITS.zipMaxEntries) throw bomb(`more than ${LIMITS.zipMaxEntries} entries`);
      checkDeclared(entry.uncompressedSize, entry.compressedSize, total, bomb);
      if (entry.fileName.endsWith('/')) continue;
      const data = await inflate(zip, entry, total, bomb, keep.includes(entry.fileName));
      total += data.size;
      if (data.content) files.set(entry.fileName, data.content);
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    if (/too many bytes/.test((err as Error).message)) throw bomb('an entry unpacks to more than its header declares');
    throw new IngestError('unsupported', `${fileName}: damaged zip container (${(err as Error).message})`);
  } finally {
    if (zip.isOpen) zip.close();
  }
  return { entries, files };
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry) => (done(), resolve(entry));
    const onEnd = () => (done(), resolve(null));
    const onError = (err: Error) => (done(), reject(err));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

function checkDeclared(size: number, compressed: number, total: number, bomb: (why: string) => IngestError): void {
  if (total + size > LIMITS.zipMaxTotalBytes) throw bomb(`unpacks to more than ${formatBytes(LIMITS.zipMaxTotalBytes)}`);
  if (size > LIMITS.zipRatioMinBytes && size / Math.max(compressed, 1) > LIMITS.zipMaxRatio) {
    throw bomb(`an entry expands ${Math.round(size / Math.max(compressed, 1))} times`);
  }
}

async function inflate(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  total: number,
  bomb: (why: string) => IngestError,
  keep: boolean,
): Promise<{ size: number; content: Buffer | null }> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (total + size > LIMITS.zipMaxTotalBytes) {
      stream.destroy();
      throw bomb(`unpacks to more than ${formatBytes(LIMITS.zipMaxTotalBytes)}`);
    }
    if (size > LIMITS.zipRatioMinBytes && size / Math.max(entry.compressedSize, 1) > LIMITS.zipMaxRatio) {
      stream.destroy();
      throw bomb(`${entry.fileName} expands more than ${LIMITS.zipMaxRatio} times`);
    }
    if (keep) chunks.push(chunk);
  }
  return { size, content: keep ? Buffer.concat(chunks) : null };
}
