import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../electron/core/ingest/html';
import { IngestError } from '../../../electron/core/ingest/types';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../fixtures/ingest/html', name), 'utf8');
const opts = { fileName: 'page.html' };

const paragraphs = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} reports what the ministers said about the border, the trade route and the next round of talks, in enough words to count as article text.</p>`,
  ).join('\n');

const page = (head: string, body: string, htmlAttrs = '') =>
  `<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;

describe('extractHtml on a news page', () => {
  const article = extractHtml(fixture('news-article.html'), opts);

  it('takes the headline without the outlet name', () => {
    expect(article.title).toBe('Leaders agree on grain corridor talks');
  });

  it('reads authors, outlet, language and canonical URL from the metadata', () => {
    expect(article.byline).toBe('Ana Lima, Tomas Berg');
    expect(article.site).toBe('Harbour Gazette');
    expect(article.lang).toBe('en');
    expect(article.url).toBe('https://news.example.org/world/grain-corridor-talks');
    expect(article.format).toBe('html');
  });

  it('dates the article by datePublished, not by the modification date', () => {
    expect(article.published).toEqual({ value: '2024-06-05', precision: 'day', source: 'json-ld' });
  });

  it('keeps paragraphs apart with a blank line and leaves page chrome out', () => {
    const parts = article.text.split('\n\n');
    expect(parts.some((p) => p.startsWith('The agreement follows weeks of shuttle diplomacy'))).toBe(true);
    expect(parts.some((p) => p.startsWith('Ministers said a first technical round'))).toBe(true);
    expect(article.text).not.toContain('Impressum');
    expect(article.text).not.toContain('Sport');
    expect(article.text).not.toContain('window.tracker');
  });

  it('drops image credits from the text', () => {
    expect(article.text).not.toContain('Photo: Example Images');
  });

  it('names the place of the dateline', () => {
    expect(article.dateline).toBe('Istanbul');
  });

  it('returns sanitized HTML with the link kept and scripts gone', () => {
    expect(article.html).toContain('<a href="https://example.org/terms" rel="noopener noreferrer">the terms</a>');
    expect(article.html).not.toMatch(/<script|onclick|<img|<style/i);
  });
});

describe('extractHtml dates', () => {
  it('uses article:published_time from meta tags', () => {
    const a = extractHtml(
      page(
        '<meta property="article:published_time" content="2023-11-02T08:00:00Z"><title>Port strike ends</title>',
        `<article><h1>Port strike ends</h1>${paragraphs(4)}</article>`,
      ),
      opts,
    );
    expect(a.published).toEqual({ value: '2023-11-02', precision: 'day', source: 'meta:article:published_time' });
  });

  it('reads a late UTC timestamp on a German page as the next local day', () => {
    const a = extractHtml(
      page(
        '<meta property="article:published_time" content="2024-06-04T22:30:00Z"><title>Gipfel</title>',
        `<article><h1>Gipfel in Berlin</h1>${paragraphs(4)}</article>`,
        'lang="de"',
      ),
      opts,
    );
    expect(a.published?.value).toBe('2024-06-05');
  });

  it('falls back to the date in the canonical URL', () => {
    const a = extractHtml(
      page(
        '<link rel="canonical" href="https://example.org/2022/03/14/talks-resume/"><title>Talks resume</title>',
        `<article><h1>Talks resume</h1>${paragraphs(4)}</article>`,
      ),
      opts,
    );
    expect(a.published).toEqual({ value: '2022-03-14', precision: 'day', source: 'url' });
  });

  it('finds a date printed next to the headline', () => {
    const body = `<div class="story"><h1>Neue Brücke eröffnet</h1><p class="info">Veröffentlicht am 5. Juni 2024, 10:15 Uhr</p>${paragraphs(4)}</div>`;
    const a = extractHtml(page('<title>Neue Brücke eröffnet</title>', body, 'lang="de"'), opts);
    expect(a.published?.value).toBe('2024-06-05');
    expect(a.published?.precision).toBe('day');
  });

  it('finds a labelled date elsewhere on the page', () => {
    const body = `<article><h1>Förderprogramm verlängert</h1>${paragraphs(4)}</article><div class="infobox"><span>Datum:</span> 03.11.2021</div>`;
    const a = extractHtml(
      page('<meta property="og:title" content="Programm verlängert"><title>Programm verlängert</title>', body, 'lang="de"'),
      opts,
    );
    expect(a.published?.value).toBe('2021-11-03');
  });

  it('reads a <time datetime> in the article', () => {
    const body = `<article><h1>Grid upgrade approved</h1><time datetime="2021-09-30T12:00:00+01:00">30 September</time>${paragraphs(4)}</article>`;
    expect(extractHtml(page('<title>Grid upgrade approved</title>', body), opts).published?.value).toBe('2021-09-30');
  });

  it('leaves the date empty when the page gives none', () => {
    const a = extractHtml(
      page('<title>Undated notes</title>', `<article><h1>Undated notes</h1>${paragraphs(4)}</article>`),
      opts,
    );
    expect(a.published).toBeNull();
  });
});

describe('extractHtml titles and bylines', () => {
  it('ignores the site name heading and takes the article heading the <title> agrees with', () => {
    const body = `<header><h1><a href="/">Field Notes Blog</a></h1></header><article><h1>Winter running in the hills</h1>${paragraphs(4)}</article>`;
    const a = extractHtml(page('<title>Winter running in the hills › Field Notes Blog</title>', body), opts);
    expect(a.title).toBe('Winter running in the hills');
  });

  it('separates a kicker from the headline inside <h1>', () => {
    const body = `<article><h1><span class="kicker">Olympic Games</span> Drinks shipped to the city centre</h1>${paragraphs(4)}</article>`;
    const a = extractHtml(
      page('<meta property="og:title" content="Olympic Games - Drinks shipped to the city centre"><title>x</title>', body),
      opts,
    );
    expect(a.title).toBe('Drinks shipped to the city centre');
  });

  it('cleans a visible byline', () => {
    const body = `<article><h1>Budget vote delayed</h1><div class="author">Von Erika Mustermann</div>${paragraphs(4)}</article>`;
    expect(extractHtml(page('<title>Budget vote delayed</title>', body), opts).byline).toBe('Erika Mustermann');
  });
});

describe('extractHtml short pages', () => {
  it('keeps the text of a page too short for Readability', () => {
    const a = extractHtml(page('<title>Note</title>', '<nav><a href="/">Home</a></nav><p>Meeting moved to Friday.</p>'), opts);
    expect(a.text).toContain('Meeting moved to Friday.');
  });
});

describe('extractHtml errors', () => {
  it('refuses an empty document with a message naming the file', () => {
    expect(() => extractHtml('   ', { fileName: 'blank.html' })).toThrow(IngestError);
    expect(() => extractHtml('   ', { fileName: 'blank.html' })).toThrow(/blank\.html/);
  });
});
