import { buildDocx } from '../helpers/formats/docx-writer';
import { buildPdf } from '../helpers/formats/pdf-writer';
import { expect, test } from './fixtures';

const html = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Moscow warns Tokyo over missile deployment | Reuters</title>
<meta property="og:site_name" content="Reuters">
<meta property="og:title" content="Moscow warns Tokyo over missile deployment">
<link rel="canonical" href="https://www.reuters.com/world/asia-pacific/moscow-warns-tokyo-2024-06-06/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Moscow warns Tokyo over missile deployment","datePublished":"2024-06-06T09:30:00Z","author":{"@type":"Person","name":"Anna Petrova"},"publisher":{"@type":"Organization","name":"Reuters"}}</script>
<script>window.__stolen = document.cookie</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Moscow warns Tokyo over missile deployment</h1>
<p class="byline">By Anna Petrova</p>
<p>The Russian foreign ministry warned Japan on Thursday that the deployment of new missile systems would be met with a response.</p>
<p>Officials in Tokyo said the systems were defensive and that talks with allies would continue <a href="https://example.org/background" onclick="steal()">as planned</a>.</p>
<p>Analysts said the exchange marked a further cooling of relations between the two neighbours, who never signed a peace treaty.</p>
<iframe src="https://ads.example.com/frame"></iframe>
<img src="https://tracker.example.com/pixel.gif" alt="">
</article>
<footer>Copyright Reuters</footer>
</body></html>`;

const pdf = buildPdf({
  info: { Title: 'Seoul and Moscow trade accusations', Author: 'Research Desk', CreationDate: 'D:20240607120000Z' },
  pages: [
    [
      { text: 'Seoul and Moscow trade accusations', y: 720, size: 18 },
      { text: 'South Korea summoned the Russian ambassador on Friday after Moscow signed a defence pact.', y: 680 },
      { text: 'The foreign ministry in Seoul called the pact a threat to regional security.', y: 664 },
    ],
  ],
});

const docx = buildDocx({
  core: { title: 'Briefing note on Black Sea shipping', creator: 'Policy Unit', created: '2024-05-01T08:00:00Z' },
  paragraphs: [
    { text: 'Briefing note on Black Sea shipping', style: 'Heading1' },
    { text: 'Grain shipments through the western corridor rose for the third month in a row despite drone attacks on ports.' },
  ],
});

const eml = [
  'From: Kyiv Morning Digest <digest@kyivdigest.example>',
  'To: analyst@example.org',
  'Subject: Kyiv Morning Digest: overnight drone strikes',
  'Date: Tue, 04 Jun 2024 06:15:00 +0300',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Air defence units shot down most of the drones launched overnight against the capital, officials said.',
  '',
  'Energy infrastructure in two regions was damaged and repairs are under way.',
  '',
].join('\r\n');

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Yonhap News Agency</title><link>https://en.yna.co.kr</link>
<item><title>North Korea fires ballistic missile into East Sea</title><link>https://en.yna.co.kr/view/AEN20240602000100315</link>
<pubDate>Sun, 02 Jun 2024 07:40:00 +0900</pubDate><description>North Korea fired a short-range ballistic missile into the East Sea on Sunday, the Joint Chiefs of Staff said.</description></item>
<item><title>Seoul suspends military pact with Pyongyang</title><link>https://en.yna.co.kr/view/AEN20240603000200315</link>
<pubDate>Mon, 03 Jun 2024 15:00:00 +0900</pubDate><description>South Korea fully suspended a 2018 inter-Korean military agreement on Monday in response to balloon launches from the North.</description></item>
</channel></rss>`;

const txt =
  'Ministers agree to extend grain deal\n\nFriday, July 21, 2017\n\nForeign ministers agreed on Friday to extend the grain export arrangement for another sixty days after overnight talks.\n';

const bytes = (u: Uint8Array) => Array.from(u);

test('a mixed batch imports with progress and a per-file report; the web page reads cleanly', async ({
  library,
  page,
}, testInfo) => {
  // Record whether the progress bar was ever on screen: the import may finish faster than a poll.
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('[role="progressbar"]')) w.sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const truncatedPdf = bytes(pdf).slice(0, Math.floor(pdf.length / 2));
  await library.dropFiles([
    { name: 'moscow-tokyo.html', content: html },
    { name: 'seoul-moscow.pdf', content: bytes(pdf) },
    { name: 'black-sea-note.docx', content: bytes(docx) },
    { name: 'digest.eml', content: eml },
    { name: 'yonhap.xml', content: rss },
    { name: 'grain-deal.txt', content: txt },
    { name: 'grain-deal copy.txt', content: txt },
    { name: 'broken.pdf', content: truncatedPdf },
  ]);
  await library.waitForReport();
  expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);

  await expect(page.getByTestId('import-summary')).toContainText('7 imported');
  await expect(page.getByTestId('import-summary')).toContainText('1 duplicate');
  await expect(page.getByTestId('import-summary')).toContainText('1 failed');
  await expect(library.outcome('grain-deal copy.txt')).toHaveAttribute('data-status', 'duplicate');
  await expect(library.outcome('broken.pdf')).toHaveAttribute('data-status', 'failed');
  await expect(library.outcome('broken.pdf')).toContainText(/truncated|damaged|incomplete/i);
  await page.screenshot({ path: testInfo.outputPath('mixed-report.png') });
  await page.screenshot({ path: 'test-results/screenshots/mixed-import-report.png' });
  await library.closeReport();

  await expect(library.rows).toHaveCount(7);
  const expectations: Array<[string, string, string]> = [
    ['Moscow warns Tokyo over missile deployment', 'Reuters', '6 Jun 2024'],
    ['Seoul and Moscow trade accusations', '', '7 Jun 2024'],
    ['Briefing note on Black Sea shipping', '', '1 May 2024'],
    ['Kyiv Morning Digest: overnight drone strikes', 'Kyiv Morning Digest', '4 Jun 2024'],
    ['North Korea fires ballistic missile into East Sea', 'Yonhap', '2 Jun 2024'],
    ['Seoul suspends military pact with Pyongyang', 'Yonhap', '3 Jun 2024'],
    ['Ministers agree to extend grain deal', '', '21 Jul 2017'],
  ];
  for (const [title, outlet, date] of expectations) {
    const row = library.row(title);
    await expect(row).toBeVisible();
    if (outlet) await expect(row).toContainText(outlet);
    await expect(row).toContainText(date);
  }

  // Filter by outlet (new outlets start ungraded, F), then back to everything.
  await page.getByRole('combobox', { name: 'Show articles from' }).selectOption({ label: 'Yonhap (F)' });
  await expect(library.rows).toHaveCount(2);
  await expect(page.getByTestId('article-count')).toHaveText('2 articles');
  await page.getByRole('combobox', { name: 'Show articles from' }).selectOption({ label: 'All outlets' });
  await expect(library.rows).toHaveCount(7);

  await library.row('Moscow warns Tokyo over missile deployment').click();
  const reader = library.reader;
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Moscow warns Tokyo over missile deployment');
  await expect(page.getByTestId('reader-outlet')).toHaveText('Reuters');
  await expect(page.getByTestId('reader-byline')).toContainText('Anna Petrova');
  await expect(page.getByTestId('reader-date')).toHaveText('6 Jun 2024');
  const body = page.getByTestId('reader-body');
  await expect(body).toContainText('met with a response');
  await expect(body).toContainText('never signed a peace treaty');
  await expect(body).not.toContainText('Copyright Reuters');
  await expect(body.locator('script, iframe, img, [onclick]')).toHaveCount(0);
  await expect(body.getByRole('link', { name: 'as planned' })).toHaveAttribute('href', 'https://example.org/background');
  expect(await page.evaluate(() => (window as unknown as { __stolen?: string }).__stolen)).toBeUndefined();
  await page.screenshot({ path: testInfo.outputPath('html-reader.png') });
  await page.screenshot({ path: 'test-results/screenshots/html-reader.png' });
});
