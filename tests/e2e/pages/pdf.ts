import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A printed PDF read back with poppler: page count and each page's text, in layout order. */
export interface PrintedPdf {
  pages: string[];
}

export function readPdf(path: string): PrintedPdf {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pages: string[] = [];
  for (let p = 1; p <= count; p++) {
    pages.push(execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), path, '-'], { encoding: 'utf8' }));
  }
  return { pages };
}

/** Render every page to PNG (kept next to the test's other artifacts); returns the files written. */
export function renderPages(path: string, outDir: string, prefix = 'page'): string[] {
  mkdirSync(outDir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(outDir, prefix)]);
  return readdirSync(outDir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.png'))
    .sort()
    .map((f) => join(outDir, f));
}

/** Text with runs of white space folded, for matching phrases across line breaks. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');
