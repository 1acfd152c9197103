import { Marked, type Tokens } from 'marked';
import { MARKER } from './citations';

/**
 * The analyst's Markdown, rendered for print with nothing from the text able to become markup: raw HTML is shown as
 * text, links keep only http(s) and mailto targets, images are replaced by their description. Citation markers
 * `[^id]` become endnote numbers.
 */

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const SAFE_LINK = /^(https?:|mailto:)/i;

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      if (!SAFE_LINK.test(token.href.trim())) return text;
      return `<a href="${escapeHtml(token.href.trim())}">${text}</a>`;
    },
    // Section headings are h2; the analyst's own headings sit below them.
    heading(token: Tokens.Heading) {
      const level = Math.min(6, token.depth + 2);
      return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
    image(token: Tokens.Image) {
      return escapeHtml(token.text ? `[${token.text}]` : '');
    },
  },
});

// Private-use characters carry citation markers through Markdown untouched.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** How a citation marker prints: its endnote number as a superscript link, or nothing for an unknown id. */
export type NoteFormatter = (citationId: string) => string;

export function noteFormatter(numbers: ReadonlyMap<string, number>): NoteFormatter {
  return (id) => {
    const n = numbers.get(id);
    return n === undefined ? '' : `<sup class="note"><a href="#note-${n}">${n}</a></sup>`;
  };
}

/** Adjacent note numbers print as one superscript, each number once: ¹·⁴ becomes ^1,4. */
export function mergeAdjacentNotes(html: string): string {
  return html.replace(/(?:<sup class="note"><a href="#note-\d+">\d+<\/a><\/sup>){2,}/g, (run) => {
    const numbers = [...new Set([...run.matchAll(/>(\d+)<\/a>/g)].map((m) => m[1]!))];
    return `<sup class="note">${numbers.map((n) => `<a href="#note-${n}">${n}</a>`).join(',')}</sup>`;
  });
}

function protectMarkers(text: string): string {
  return text.replace(MARKER, (_m, id: string) => `${OPEN}${id}${CLOSE}`);
}

function restoreMarkers(html: string, note: NoteFormatter): string {
  return mergeAdjacentNotes(html.replace(new RegExp(`${OPEN}([A-Za-z0-9_-]{1,64})${CLOSE}`, 'g'), (_m, id: string) => note(id)));
}

/** Block Markdown to HTML. */
export function markdownToHtml(text: string, note: NoteFormatter): string {
  if (!text.trim()) return '';
  return restoreMarkers(marked.parse(protectMarkers(text)) as string, note);
}

/** One line of inline Markdown (no paragraphs) to HTML. */
export function inlineToHtml(text: string, note: NoteFormatter): string {
  return restoreMarkers(marked.parseInline(protectMarkers(text)) as string, note);
}

/** Put a portion mark at the start of every paragraph and list item. */
export function withPortionMarks(html: string, label: string | null): string {
  if (!label) return html;
  const mark = `<span class="portion">${escapeHtml(label)}</span> `;
  return html.replace(/<(p|li)>/g, (m) => `${m}${mark}`);
}

/** The Markdown tokens, for exporters that build their own documents (DOCX). */
export function markdownTokens(text: string) {
  return marked.lexer(text);
}
