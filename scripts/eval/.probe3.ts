import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeText } from '../../electron/core/ingest/decode';
import { parseDocument } from '../../electron/core/ingest/html/dom';
import { readJsonLd } from '../../electron/core/ingest/html/jsonld';
import { readMeta } from '../../electron/core/ingest/html/metadata';
for (const line of readFileSync('/tmp/hx/off1.txt', 'utf8').trim().split('\n')) {
  const f = line.split(' ')[0];
  const html = decodeText(gunzipSync(readFileSync(`/work/shared/data/html-truth/pages/${f}`))).text;
  const doc = parseDocument(html);
  const m = readMeta(doc);
  console.log(line, readJsonLd(doc).datePublished, m.get('article:published_time'), m.get('date'), Array.from(doc.querySelectorAll('time')).slice(0,2).map((t: any) => t.getAttribute('datetime') + '/' + t.textContent.trim().slice(0,30)));
}
