// Shared helpers for eval and bench scripts: where the dev data lives, and how a
// script replaces its own section of a Markdown report without touching the others.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared dev data folder (`../shared/data` next to the repo, or $BRIEFING_SHARED/data). */
export function sharedData(...parts) {
  const base = process.env.BRIEFING_SHARED ?? resolve(repoRoot, '../shared');
  return resolve(base, 'data', ...parts);
}

/** Exit 0 with a clear message when the dev data a script needs is absent. */
export function requireData(path, what) {
  if (!existsSync(path)) {
    console.log(`skipped: ${what} not found at ${path}`);
    process.exit(0);
  }
  return path;
}

/** Replace (or append) the section named `name` in docs/<file>. */
export function writeSection(file, name, markdown) {
  const path = resolve(repoRoot, 'docs', file);
  const begin = `<!-- begin:${name} -->`;
  const end = `<!-- end:${name} -->`;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : `# ${file === 'quality.md' ? 'Quality' : 'Benchmarks'}\n`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  doc = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, doc);
}

/** Render rows as a Markdown table (also readable when printed to a terminal). */
export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map((r) => line(r.map(String)))].join('\n');
}

export function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

export const fmt = (x, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : '-');
