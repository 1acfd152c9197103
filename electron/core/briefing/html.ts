import type { BriefingDoc, Paper, Template } from '../../api/briefing';
import { actorName } from '../analysis/gazetteer';
import { endnoteNumbers } from './citations';
import { printedBanner } from './marking';
import { escapeHtml, noteFormatter } from './markdown';
import { estimativeBoxHtml } from './notes-html';
import { printAssets } from './print-assets';
import { sectionBodyHtml, sectionPrints, type SectionContext } from './sections-html';

/**
 * A briefing as one self-contained print document: stylesheet and fonts inline, figures as SVG, no script, nothing
 * loaded from anywhere. A pure function of the briefing and the render data, shared by the app, the web host and the
 * CLI.
 */

export interface RenderData {
  /** The date printed in the running header (ISO day). */
  printedOn: string;
  /** Page numbers for the table of contents, by entry id; unknown entries print a placeholder. */
  tocPages?: Readonly<Record<string, number>>;
}

export interface RenderOptions {
  template?: Template;
  paper?: Paper;
}

export interface TocEntry {
  id: string;
  heading: string;
}

/** The CSP a printed briefing carries itself: inline styles, embedded fonts and images, nothing else. */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const PAPER_SIZE: Record<Paper, string> = { a4: 'A4', letter: 'letter' };
const HEADER_TITLE_CHARS = 70;

/** A CSS string literal that no text can break out of. */
export function cssString(s: string): string {
  return `"${s.replace(/[\\"\n\r<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export const anchorFor = (sectionId: string) => `s-${sectionId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function pageRules(doc: BriefingDoc, paper: Paper, printedOn: string): string {
  const banner = cssString(printedBanner(doc));
  const title = doc.title.length > HEADER_TITLE_CHARS ? `${doc.title.slice(0, HEADER_TITLE_CHARS - 1)}…` : doc.title;
  const small = 'font-size: 7.5pt; color: #5b636d;';
  const mark = 'font-size: 9pt; font-weight: 700; letter-spacing: 0.06em; color: #1b1f24;';
  return `@page {
  size: ${PAPER_SIZE[paper]};
  margin: 19mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(title)}; ${small} vertical-align: bottom; }
  @top-center { content: ${banner}; ${mark} vertical-align: bottom; }
  @top-right { content: ${cssString(printedOn)}; ${small} vertical-align: bottom; }
  @bottom-center { content: ${banner}; ${mark} vertical-align: top; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${small} vertical-align: top; }
}`;
}

export function scopeLine(doc: BriefingDoc): string {
  const { scope } = doc;
  const who = actorName(scope.country);
  const with_ = scope.counterparts.length ? ` with ${scope.counterparts.map(actorName).join(', ')}` : '';
  const when = scope.from || scope.to ? `; ${scope.from ?? 'start'} to ${scope.to ?? 'now'}` : '';
  const query = scope.query ? `; articles matching “${scope.query}”` : '';
  return `${who}${with_}${when}${query}`;
}

/** The entries of the table of contents (full template), in print order. */
export function tocEntries(doc: BriefingDoc): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const s of doc.sections.filter((x) => sectionPrints(doc, x))) {
    if (s.kind === 'sources') entries.push({ id: 'estimative-language', heading: 'Estimative language' });
    entries.push({ id: anchorFor(s.id), heading: s.heading || 'Untitled section' });
    if (s.kind === 'sources' && doc.citations.length) entries.push({ id: 'source-index', heading: 'Source index' });
  }
  if (!doc.sections.some((s) => s.kind === 'sources'))
    entries.push({ id: 'estimative-language', heading: 'Estimative language' });
  return entries;
}

function tocHtml(entries: TocEntry[], pages: Readonly<Record<string, number>>): string {
  const items = entries.map(
    (e) =>
      `<li><a href="#${e.id}">${escapeHtml(e.heading)}</a><span class="leader"></span><span class="page">${pages[e.id] ?? '·'}</span></li>`,
  );
  return `<nav class="toc"><h2>Contents</h2><ol>${items.join('')}</ol></nav>`;
}

function coverHtml(doc: BriefingDoc, printedOn: string): string {
  return (
    `<section class="cover"><div class="kicker">Briefing</div><h1>${escapeHtml(doc.title)}</h1>` +
    `<div class="scope">${escapeHtml(scopeLine(doc))}</div>` +
    `<div class="marking-block">${escapeHtml(printedBanner(doc))}</div>` +
    `<div class="meta">Printed ${escapeHtml(printedOn)} · ${doc.citations.length} sources · ${doc.keyJudgments.length} key judgments</div></section>`
  );
}

/** What fits on one page: the latest developments, the leading stances and quotes, and no figure. */
const ONE_PAGER_ROWS = { developments: 4, stances: 5, quotes: 2 };

function onePagerCut(doc: BriefingDoc): BriefingDoc {
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      developments: s.developments?.slice(-ONE_PAGER_ROWS.developments),
      stances: s.stances?.slice(0, ONE_PAGER_ROWS.stances),
      quotes: s.quotes?.slice(0, ONE_PAGER_ROWS.quotes),
    })),
  };
}

export function renderBriefingHtml(full: BriefingDoc, data: RenderData, options: RenderOptions = {}): string {
  const template = options.template ?? full.template;
  const paper = options.paper ?? full.paper;
  const compact = template === 'one-pager';
  const doc = compact ? onePagerCut(full) : full;
  // A one-pager lists only the sources it cites; the full briefing lists every source gathered.
  const numbers = endnoteNumbers(doc, !compact);
  const ctx: SectionContext = { doc, note: noteFormatter(numbers), numbers, compact };
  const { css, fonts } = printAssets();

  const body: string[] = [];
  if (compact) {
    body.push(
      `<header class="masthead"><h1>${escapeHtml(doc.title)}</h1><div class="scope">${escapeHtml(scopeLine(doc))} · ${escapeHtml(
        data.printedOn,
      )}</div></header>`,
    );
  } else {
    body.push(coverHtml(doc, data.printedOn), tocHtml(tocEntries(doc), data.tocPages ?? {}));
  }
  let boxPrinted = false;
  for (const section of doc.sections.filter((s) => sectionPrints(doc, s))) {
    if (section.kind === 'sources' && !compact) {
      body.push(estimativeBoxHtml(doc, false));
      boxPrinted = true;
    }
    body.push(
      `<section class="section ${section.kind}"><h2 id="${anchorFor(section.id)}">${escapeHtml(section.heading || 'Untitled section')}</h2>` +
        `${sectionBodyHtml(ctx, section)}</section>`,
    );
  }
  if (!boxPrinted) body.push(estimativeBoxHtml(doc, compact));

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">
<title>${escapeHtml(doc.title)}</title>
<style>${fonts}</style>
<style>${css}</style>
<style>${pageRules(doc, paper, data.printedOn)}</style>
</head>
<body class="${compact ? 'one-pager' : 'full'}">
${body.join('\n')}
</body>
</html>
`;
}
