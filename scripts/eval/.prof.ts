import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeText } from '../../electron/core/ingest/decode';
import { extractHtml } from '../../electron/core/ingest/html';
import { parseDocument } from '../../electron/core/ingest/html/dom';
import { readMeta } from '../../electron/core/ingest/html/metadata';
import { readJsonLd } from '../../electron/core/ingest/html/jsonld';
import { sanitizeArticleHtml } from '../../electron/core/ingest/html/sanitize';
const truth = JSON.parse(readFileSync('/work/shared/data/html-truth/truth.json', 'utf8'));
const pages = Object.keys(truth).slice(0, 250).map((f) => decodeText(gunzipSync(readFileSync(`/work/shared/data/html-truth/pages/${f}`))).text);
const t: Record<string, number> = {};
const time = (k: string, fn: () => unknown) => { const a = performance.now(); const r = fn(); t[k] = (t[k] ?? 0) + performance.now() - a; return r; };
for (let round = 0; round < 2; round++) {
  for (const k of Object.keys(t)) t[k] = 0;
  for (const html of pages) {
    time('bare', () => { const { document } = parseHTML(html); new Readability(document).parse(); });
    time('ours', () => extractHtml(html, { fileName: 'x' }));
    time('parse', () => parseDocument(html));
    const doc = parseDocument(html);
    time('meta+ld', () => { readMeta(doc); readJsonLd(doc); });
    const content = (new Readability(doc as never).parse()?.content) ?? '';
    time('sanitize', () => sanitizeArticleHtml(content));
  }
}
for (const [k, v] of Object.entries(t)) console.log(k, (v / pages.length).toFixed(2));
