import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileChecked } from '../../../electron/core/ingest/read';

const dir = mkdtempSync(join(tmpdir(), 'briefing-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFileChecked', () => {
  it('reads an ordinary file whole', async () => {
    const path = join(dir, 'note.txt');
    writeFileSync(path, 'Hello');
    expect(Buffer.from(await readFileChecked(path)).toString()).toBe('Hello');
  });

  it('refuses a 300 MB file by its size, before reading it', async () => {
    const path = join(dir, 'huge.pdf');
    writeFileSync(path, '');
    truncateSync(path, 300 * 1024 * 1024);
    await expect(readFileChecked(path)).rejects.toMatchObject({
      code: 'too-large',
      message: 'huge.pdf: file is 300 MB, larger than the 100 MB import limit',
    });
  });

  it('reports a folder named like a file as unreadable', async () => {
    const path = join(dir, 'folder.html');
    execFileSync('mkdir', [path]);
    await expect(readFileChecked(path)).rejects.toMatchObject({
      code: 'unreadable',
      message: 'folder.html: is a folder, not a file',
    });
  });

  it('reports a named pipe as unreadable instead of blocking on it', async () => {
    const path = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    await expect(readFileChecked(path)).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringContaining('not a regular file'),
    });
  });

  it('reports a missing file as unreadable', async () => {
    await expect(readFileChecked(join(dir, 'gone.txt'))).rejects.toMatchObject({
      code: 'unreadable',
      message: expect.stringContaining('ENOENT'),
    });
  });

  it('reports a symbolic link loop', async () => {
    symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    await expect(readFileChecked(join(dir, 'a.txt'))).rejects.toMatchObject({
      code: 'symlink-loop',
      message: expect.stringContaining('a.txt'),
    });
  });
});
