import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeText } from '../../electron/core/ingest/decode';
import { parseDocument } from '../../electron/core/ingest/html/dom';
for (const f of process.argv.slice(2)) {
  const html = decodeText(gunzipSync(readFileSync(`/work/shared/data/html-truth/pages/${f}`))).text;
  const doc = parseDocument(html);
  console.log(Array.from(doc.querySelectorAll('script')).map((s: any) => s.getAttribute('type')).join(','));
  for (const t of Array.from(doc.querySelectorAll('time')) as any[]) {
    for (const sel of ['[class*="comment"]', '[id*="comment"]', 'aside', '[class*="sidebar"]', '[class*="related"]', '[class*="teaser"]', 'nav', 'footer']) {
      const c = t.closest(sel); if (c) console.log(sel, c.tagName, c.getAttribute('class'));
    }
  }
}
