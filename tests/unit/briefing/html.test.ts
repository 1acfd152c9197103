import { describe, expect, it } from 'vitest';
import { renderBriefingHtml, tocEntries } from '../../../electron/core/briefing/html';
import { briefingToMarkdown } from '../../../electron/core/briefing/export-markdown';
import { citation, doc, judgment } from './doc-fixture';

const data = { printedOn: '2024-06-10' };
/** The document without its embedded fonts, so failures stay readable. */
const render = (...args: Parameters<typeof renderBriefingHtml>) =>
  renderBriefingHtml(...args).replace(/<style>@font-face[\s\S]*?<\/style>/, '<style>FONTS</style>');
const tags = (html: string) => html.match(/<[^>]+>/g) ?? [];

describe('the print HTML', () => {
  it('is one self-contained document with no script and nothing to fetch', () => {
    const d = doc();
    d.sections[2]!.markdown =
      'Hello <script>alert(1)</script> <img src="https://evil.example/x.png" onerror="alert(2)"> [link](javascript:alert(3)) ![pic](https://evil.example/p.png) [ok](https://example.org/a)';
    const full = renderBriefingHtml(d, data);
    expect(full).toMatch(/@font-face\{font-family:"Briefing Sans"[^}]*src:url\(data:font\/woff2;base64,/);
    const html = render(d, data);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(tags(html).filter((t) => /\son\w+=|javascript:|https?:\/\/evil/i.test(t))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<a href="https://example.org/a">ok</a>');
    expect(html).toContain(`default-src 'none'`);
  });

  it('carries the marking at the top and bottom of every page and numbers the pages', () => {
    const html = render(doc({ marking: { scheme: 'tlp', banner: 'TLP:AMBER', portionMarks: false } }), data);
    expect(html).toMatch(/@top-center \{ content: "TLP:AMBER"/);
    expect(html).toMatch(/@bottom-center \{ content: "TLP:AMBER"/);
    expect(html).toContain('"Page " counter(page) " of " counter(pages)');
    expect(html).toMatch(/@top-right \{ content: "2024-06-10"/);
  });

  it('cannot be broken out of through the title in the page header', () => {
    const html = render(doc({ title: 'Evil"; } </style><script>x()</script>' }), data);
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/@top-left \{ content: "Evil\\22 ; \} \\3c \/style\\3e /);
  });

  it('prints portion marks before paragraphs, judgments with the scale’s words, and numbered endnotes with grades', () => {
    const d = doc({
      marking: { scheme: 'classification', banner: 'UNCLASSIFIED', portionMarks: true },
      keyJudgments: [judgment('Talks will resume.', { likelihood: [80, 95], confidence: 'high', citationIds: ['c2'] })],
    });
    d.sections[2]!.portion = 'CUI';
    const html = render(d, data);
    expect(html).toContain('<p><span class="portion">(CUI)</span> Talks continue.');
    expect(html).toMatch(/Likelihood: <b>very likely<\/b> \(80–95%\) · Confidence: <b>high<\/b>/);
    expect(html).toMatch(/<li id="note-1" value="1">Outlet 1, “Article 1”.*<span class="grade"[^>]*>B2<\/span>/);
    expect(html).toContain('@top-center { content: "CUI"');
  });

  it('has a contents entry for each printed section and the back matter, but none for empty judgments', () => {
    expect(tocEntries(doc()).map((e) => e.heading)).toEqual([
      'Bottom line',
      'Analysis',
      'Estimative language',
      'Sources',
      'Source index',
    ]);
  });

  it('exports Markdown with footnotes for the endnotes and the marking first and last', () => {
    const d = doc({ citations: [citation('c1', 1), citation('c2', 2, { reliability: 'C', credibility: 3 })] });
    const md = briefingToMarkdown(d, data);
    expect(md.startsWith('**TLP:GREEN**')).toBe(true);
    expect(md.trimEnd().endsWith('**TLP:GREEN**')).toBe(true);
    expect(md).toContain('Moscow is courting Seoul.[^1]');
    expect(md).toContain('Talks continue.[^2] Trade is down.[^1]');
    expect(md).toMatch(
      /\[\^2\]: Outlet 2, “Article 2”, published 2024-06-06\. https:\/\/example\.org\/2\. Accessed 2024-06-10\. .*Grade C3\./,
    );
  });
});

describe('the analyst’s Markdown in print', () => {
  it('keeps headings below the section heading and renders emphasis and lists', () => {
    const d = doc();
    d.sections[2]!.markdown = '# Outlook\n\n*Talks* **resume**.\n\n- one\n- two';
    const html = render(d, data);
    expect(html).toContain('<h3>Outlook</h3>');
    expect(html).toContain('<em>Talks</em> <strong>resume</strong>.');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
  });
});
