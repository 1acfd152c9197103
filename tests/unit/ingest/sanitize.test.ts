import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../electron/core/ingest/html';

const clean = (html: string, base?: string) => sanitizeArticleHtml(html, base);

describe('sanitizeArticleHtml', () => {
  it('keeps article structure', () => {
    const html =
      '<h2>Background</h2><p>Text with <em>emphasis</em> and <strong>weight</strong>.</p><ul><li>one</li></ul><blockquote>quote</blockquote><pre><code>x = 1</code></pre><table><tr><th>a</th><td colspan="2">b</td></tr></table><figure><figcaption>cap</figcaption></figure><hr><br>';
    expect(clean(html)).toBe(html.replace('<hr>', '<hr />').replace('<br>', '<br />'));
  });

  it('removes scripts and their code', () => {
    const out = clean('<p>a</p><script>steal()</script><script src="https://evil.example/x.js"></script>');
    expect(out).toBe('<p>a</p>');
  });

  it('removes styles, style attributes and classes', () => {
    const out = clean('<style>p{display:none}</style><p style="color:red" class="x" id="y">a</p>');
    expect(out).toBe('<p>a</p>');
  });

  it('removes iframes, objects and embeds', () => {
    const out = clean(
      '<p>a</p><iframe src="https://evil.example/"></iframe><object data="x.swf"><param name="a"></object><embed src="x.swf">',
    );
    expect(out).toBe('<p>a</p>');
  });

  it('removes forms and their controls', () => {
    const out = clean(
      '<form action="https://evil.example/"><input name="q"><button>Send</button><select><option>o</option></select><textarea>t</textarea></form><p>a</p>',
    );
    expect(out).not.toMatch(/<form|<input|<button|<select|<textarea|Send/);
    expect(out).toContain('<p>a</p>');
  });

  it('removes event handlers', () => {
    const out = clean('<p onclick="x()" onmouseover="y()">a <a href="https://e.org/" onclick="z()">l</a></p>');
    expect(out).not.toMatch(/on\w+=/);
  });

  it('removes javascript: and data: links but keeps their text', () => {
    const out = clean(
      '<a href="javascript:alert(1)">one</a> <a href="JaVaScRiPt&#58;alert(2)">two</a> <a href="data:text/html;base64,PHNjcmlwdD4=">three</a>',
    );
    expect(out).not.toMatch(/javascript|data:/i);
    expect(out).toContain('one');
    expect(out).toContain('three');
  });

  it('removes images so nothing loads from the network', () => {
    const out = clean(
      '<p>a<img src="https://tracker.example/p.gif" srcset="https://t.example/a.png 2x" alt="x"><picture><source srcset="https://t.example/b.webp"></picture></p><video src="https://t.example/v.mp4"></video>',
    );
    expect(out).not.toMatch(/<img|src=|srcset|<picture|<video|tracker/);
  });

  it('keeps http(s) and mailto links and marks them noopener noreferrer', () => {
    const out = clean('<a href="https://e.org/a" target="_blank">web</a><a href="mailto:desk@e.org">mail</a>');
    expect(out).toBe(
      '<a href="https://e.org/a" rel="noopener noreferrer">web</a><a href="mailto:desk@e.org" rel="noopener noreferrer">mail</a>',
    );
  });

  it('resolves relative links against the page URL and drops them without one', () => {
    expect(clean('<a href="/world/story">s</a>', 'https://news.example.org/a/b')).toBe(
      '<a href="https://news.example.org/world/story" rel="noopener noreferrer">s</a>',
    );
    expect(clean('<a href="/world/story">s</a>')).toBe('<a>s</a>');
    expect(clean('<a href="//evil.example/x">s</a>')).toBe('<a>s</a>');
  });
});
