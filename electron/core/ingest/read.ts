import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { IngestError } from './types';
import { LIMITS, formatBytes } from './limits';

/** Read a file for import: stat first so oversized, special or missing files fail before any read. */
export async function readFileChecked(path: string, maxBytes: number = LIMITS.maxFileBytes): Promise<Uint8Array> {
  const name = basename(path);
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ELOOP') throw new IngestError('symlink-loop', `${name}: symbolic link loop, cannot read the file`);
    throw new IngestError('unreadable', `${name}: cannot read the file (${err.code ?? err.message})`);
  });
  if (info.isDirectory()) throw new IngestError('unreadable', `${name}: is a folder, not a file`);
  if (!info.isFile()) throw new IngestError('unreadable', `${name}: not a regular file (device, pipe or socket)`);
  if (info.size > maxBytes) {
    throw new IngestError(
      'too-large',
      `${name}: file is ${formatBytes(info.size)}, larger than the ${formatBytes(maxBytes)} import limit`,
    );
  }
  const handle = await open(path, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new IngestError('unreadable', `${name}: cannot open the file (${err.code ?? err.message})`);
  });
  try {
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes)
      throw new IngestError('too-large', `${name}: file grew past the ${formatBytes(maxBytes)} import limit while reading`);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError(
      'unreadable',
      `${name}: read failed (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  } finally {
    await handle.close();
  }
}
