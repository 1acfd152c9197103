import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The print stylesheet and embedded fonts from `resources/print/`, found by walking up from this module (sources,
 * the bundled CLI and web host, and the packaged app all keep `resources/` at the project root). Read once.
 */

/** Faces embedded in every printed briefing: Noto Sans (SIL OFL 1.1, licence beside the files). */
const FACES = [
  { file: 'NotoSans-Regular.woff2', weight: 400, style: 'normal' },
  { file: 'NotoSans-Bold.woff2', weight: 700, style: 'normal' },
  { file: 'NotoSans-Italic.woff2', weight: 400, style: 'italic' },
] as const;

export const EMBEDDED_FAMILY = 'Briefing Sans';

function printDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources', 'print');
    if (existsSync(join(candidate, 'print.css'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error('The print stylesheet (resources/print/print.css) is missing from this installation.');
}

let cached: { css: string; fonts: string } | null = null;

/** The stylesheet and the @font-face rules with the fonts as data: URLs. */
export function printAssets(): { css: string; fonts: string } {
  if (cached) return cached;
  const dir = printDir();
  const css = readFileSync(join(dir, 'print.css'), 'utf8');
  const fonts = FACES.map((f) => {
    const data = readFileSync(join(dir, 'fonts', f.file)).toString('base64');
    return `@font-face{font-family:"${EMBEDDED_FAMILY}";font-weight:${f.weight};font-style:${f.style};src:url(data:font/woff2;base64,${data}) format("woff2");}`;
  }).join('\n');
  cached = { css, fonts };
  return cached;
}
