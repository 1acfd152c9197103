import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractFeed } from '../../../electron/core/ingest/feed';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>World Desk</title><language>en-gb</language>
<item><title>Talks &amp; trade</title><link>https://news.example/a</link>
<description>Short teaser</description>
<content:encoded><![CDATA[<p>First paragraph of the story.</p><p>Second &amp; last paragraph.</p>]]></content:encoded>
<pubDate>Thu, 06 Jun 2024 23:30:00 +0900</pubDate><dc:creator>Jane Roe</dc:creator></item>
<item><title>Only a description</title><link>https://news.example/b</link>
<description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; body.&lt;/p&gt;</description><dc:date>2024-06-05T10:00:00Z</dc:date></item>
</channel></rss>`;

describe('feed extraction', () => {
  it('turns every RSS item into an article with its own date, link, title, author and the channel as site', () => {
    const [a, b] = extractFeed(bytes(RSS), { fileName: 'world.xml' });
    expect(a).toMatchObject({
      title: 'Talks & trade',
      url: 'https://news.example/a',
      byline: 'Jane Roe',
      site: 'World Desk',
      lang: 'en',
      format: 'rss',
    });
    expect(a.published).toEqual({ value: '2024-06-06', precision: 'day', source: 'feed' });
    expect(a.text).toBe('First paragraph of the story.\n\nSecond & last paragraph.');
    expect(b.text).toBe('Escaped HTML body.');
    expect(b.published?.value).toBe('2024-06-05');
  });

  it('reads Atom entries with updated dates, alternate links and author names', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title type="text">Agentur</title>
      <entry><title type="html">Gipfel &amp;amp; Handel</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/1"/>
      <updated>2024-03-04T09:00:00+01:00</updated><author><name>Max Muster</name></author>
      <content type="html">&lt;p&gt;Absatz eins.&lt;/p&gt;&lt;p&gt;Absatz zwei.&lt;/p&gt;</content></entry></feed>`;
    const [e] = extractFeed(bytes(atom), { fileName: 'feed.atom' });
    expect(e).toMatchObject({
      title: 'Gipfel & Handel',
      url: 'https://x.example/1',
      byline: 'Max Muster',
      site: 'Agentur',
      lang: 'de',
      format: 'atom',
    });
    expect(e.published?.value).toBe('2024-03-04');
    expect(e.text).toBe('Absatz eins.\n\nAbsatz zwei.');
  });

  it('reads RSS 1.0 (RDF) items, which sit beside the channel', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://r.example/"><title>RDF Wire</title></channel>
      <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><description>Body one.</description><dc:date>2006-01-03</dc:date></item></rdf:RDF>`;
    const [i] = extractFeed(bytes(rdf), { fileName: 'wire.rdf' });
    expect(i).toMatchObject({
      title: 'One',
      url: 'https://r.example/1',
      site: 'RDF Wire',
      text: 'Body one.',
      published: { value: '2006-01-03' },
    });
  });

  it('decodes a feed in a legacy encoding named by its XML declaration', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Лента</title><item><title>Новости дня</title><description>Текст новости.</description></item></channel></rss>`;
    const [i] = extractFeed(new Uint8Array(iconv.encode(xml, 'windows-1251')), { fileName: 'ru.xml' });
    expect(i).toMatchObject({ site: 'Лента', title: 'Новости дня', text: 'Текст новости.' });
  });

  it('survives bare ampersands and cut-off character references', () => {
    const [i] = extractFeed(
      bytes(
        '<rss><channel><title>A & B</title><item><title>x</title><description>Tom & Jerry &#2...</description></item></channel></rss>',
      ),
      { fileName: 'f.xml' },
    );
    expect(i.text).toBe('Tom & Jerry &#2...');
    expect(i.site).toBe('A & B');
  });

  it('refuses a billion-laughs feed quickly instead of expanding it', () => {
    const lol = Array.from({ length: 9 }, (_, n) => `<!ENTITY lol${n + 1} "${`&lol${n};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${lol}]><rss><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`;
    const started = Date.now();
    expect(() => extractFeed(bytes(xml), { fileName: 'lol.xml' })).toThrow(expect.objectContaining({ code: 'entity-expansion' }));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses external entities', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>`;
    expect(() => extractFeed(bytes(xml), { fileName: 'xxe.xml' })).toThrow(expect.objectContaining({ code: 'entity-expansion' }));
  });
});
