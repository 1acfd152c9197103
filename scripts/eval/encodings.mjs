// Checks that legacy-encoded news files decode to clean text, with and without their charset declaration.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../electron/core/ingest/decode';
import { extractFile } from '../../electron/core/ingest/extract';
import { requireData, sharedData, table, writeSection } from '../lib/report.mjs';

const dir = requireData(sharedData('encodings'), 'encoding samples');
// Supersets are acceptable: they decode every byte of the named encoding the same way.
const ACCEPT = {
  'windows-1251': ['windows-1251'],
  'koi8-r': ['koi8-r'],
  ibm866: ['ibm866'],
  'euc-kr': ['euc-kr', 'cp949'],
  gb2312: ['gb2312', 'gbk', 'gb18030'],
  big5: ['big5', 'big5-hkscs', 'cp950'],
  'utf-8': ['utf-8'],
};

const strip = (bytes) =>
  Buffer.from(
    Buffer.from(bytes)
      .toString('latin1')
      .replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0"?>'),
    'latin1',
  );
const bad = (s) => (s.match(/\uFFFD/g) ?? []).length;

const rows = [];
const newsru = new Map();
let failures = 0;
for (const file of readdirSync(dir).sort()) {
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  const expected = /\.([\w-]+)\.(xml|txt)$/.exec(file)?.[1].toLowerCase() ?? '';
  const accepted = ACCEPT[expected] ?? [expected];
  const declared = decodeText(bytes, {});
  const detected = decodeText(strip(bytes), {});
  let articles = [];
  let error = '';
  try {
    articles = await extractFile(bytes, { fileName: file });
  } catch (err) {
    error = err.message;
  }
  const replacement = bad(declared.text) + bad(detected.text) + articles.reduce((n, a) => n + bad(a.title) + bad(a.text), 0);
  const ok =
    accepted.includes(declared.encoding) &&
    accepted.includes(detected.encoding) &&
    replacement === 0 &&
    !error &&
    articles.length > 0;
  if (!ok) failures++;
  if (file.startsWith('ru_newsru.com'))
    newsru.set(file, JSON.stringify(articles.map((a) => [a.title, a.text, a.url, a.published?.value])));
  rows.push([file, declared.encoding, detected.encoding, replacement, error || articles.length, ok ? 'ok' : 'FAIL']);
}

const versions = [...newsru.values()];
const identical = versions.length === 3 && versions.every((v) => v === versions[0]);
if (!identical) failures++;
rows.push([
  `newsru feed in ${newsru.size} encodings`,
  '-',
  '-',
  '-',
  identical ? 'identical articles' : 'DIFFERENT',
  identical ? 'ok' : 'FAIL',
]);

const report = table(
  ['file', 'declared -> decoded as', 'declaration removed -> detected as', 'U+FFFD', 'articles', 'result'],
  rows,
);
console.log(report);
console.log(failures ? `${failures} FAIL` : 'all ok');
writeSection(
  'quality.md',
  'encodings',
  `## Encodings\n\n\`npx tsx scripts/eval/encodings.mjs\` over the dev encoding samples: each file is decoded as declared and again with its ` +
    `charset declaration removed (detection only), then imported; a file passes when both decodings pick the named encoding (or a ` +
    `superset), no U+FFFD appears and the import yields articles. The newsru.com feed must give identical articles in all three Russian code pages.\n\n${report}\n\n${failures ? `${failures} FAIL` : 'All files pass.'}`,
);
process.exitCode = failures ? 1 : 0;
