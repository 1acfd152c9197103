import type { DroppedFile } from './api';

/** Minimal shapes of the File System entries a drop exposes (webkitGetAsEntry). */
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
}
interface FileEntry extends Entry {
  file(ok: (f: File) => void, fail: (e: unknown) => void): void;
}
interface DirEntry extends Entry {
  createReader(): { readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void };
}

async function readAll(dir: DirEntry): Promise<Entry[]> {
  const reader = dir.createReader();
  const all: Entry[] = [];
  for (;;) {
    const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

async function walk(entry: Entry, out: DroppedFile[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    const file = await new Promise<File>((ok, fail) => (entry as FileEntry).file(ok, fail));
    out.push({ file, name: entry.fullPath.replace(/^\//, '') || file.name });
  } else if (entry.isDirectory) {
    for (const child of await readAll(entry as DirEntry)) await walk(child, out);
  }
}

/**
 * The files of a drop, with folders expanded. Inside Electron folders are left to the main
 * process (it receives their paths); in a browser they are walked here.
 */
export async function droppedFiles(dt: DataTransfer, expandFolders: boolean): Promise<DroppedFile[]> {
  const out: DroppedFile[] = [];
  const items = Array.from(dt.items ?? []).filter((i) => i.kind === 'file');
  const entries = expandFolders ? items.map((i) => (i.webkitGetAsEntry?.() as Entry | null) ?? null) : [];
  if (expandFolders && entries.length && entries.every((e) => e !== null)) {
    for (const e of entries) await walk(e!, out);
    return out;
  }
  for (const file of Array.from(dt.files)) out.push({ file, name: file.name });
  return out;
}
