import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeText } from '../../electron/core/ingest/decode';
import { parseDocument } from '../../electron/core/ingest/html/dom';
import { readJsonLd } from '../../electron/core/ingest/html/jsonld';
import { extractHtml } from '../../electron/core/ingest/html';
for (const f of process.argv.slice(2)) {
  const html = decodeText(gunzipSync(readFileSync(`/work/shared/data/html-truth/pages/${f}`))).text;
  const doc = parseDocument(html);
  console.log(f, JSON.stringify(readJsonLd(doc)).slice(0, 300));
  console.log(doc.querySelectorAll('time').length, Array.from(doc.querySelectorAll('time')).slice(0,3).map((t: any) => t.outerHTML.slice(0, 200)));
  const a = extractHtml(html, { fileName: f });
  console.log(a.title, a.published, a.byline);
}
