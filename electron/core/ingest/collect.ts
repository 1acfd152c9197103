import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';

export interface CollectedFile {
  /** What the user sees in the report: the path relative to the dropped folder, or the file name. */
  name: string;
  path: string;
}

export interface CollectProblem {
  name: string;
  code: 'symlink-loop' | 'unreadable';
  message: string;
}

const SKIP = /^(\.|~\$|Thumbs\.db$|desktop\.ini$)/i;

/**
 * Expand dropped paths into files: folders recursively, hidden files skipped, each real
 * folder visited once so symlink loops end instead of recursing forever.
 */
export async function collectFiles(paths: string[]): Promise<{ files: CollectedFile[]; problems: CollectProblem[] }> {
  const files: CollectedFile[] = [];
  const problems: CollectProblem[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();

  async function visit(path: string, name: string, root: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') problems.push({ name, code: 'symlink-loop', message: `${name}: symbolic link loop, skipped` });
      else problems.push({ name, code: 'unreadable', message: `${name}: cannot be read (${code ?? 'unknown error'})` });
      return;
    }
    const info = await stat(real).catch(() => null);
    if (!info) {
      problems.push({ name, code: 'unreadable', message: `${name}: cannot be read` });
      return;
    }
    if (info.isDirectory()) {
      if (seenDirs.has(real)) {
        if (path !== real)
          problems.push({ name, code: 'symlink-loop', message: `${name}: link back into a folder already imported, skipped` });
        return;
      }
      seenDirs.add(real);
      const entries = await readdir(real).catch(() => null);
      if (!entries) {
        problems.push({ name, code: 'unreadable', message: `${name}: folder cannot be listed` });
        return;
      }
      for (const entry of entries.sort()) {
        if (SKIP.test(entry)) continue;
        await visit(join(path, entry), relative(root, join(path, entry)) || entry, root);
      }
      return;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ name, path: real });
  }

  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    const root = info?.isDirectory() ? join(p, '..') : p;
    await visit(p, basename(p), info?.isDirectory() ? root : join(p, '..'));
  }
  return { files, problems };
}
