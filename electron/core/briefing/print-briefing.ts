import type { BriefingDoc, Paper, Template } from '../../api/briefing';
import { renderBriefingHtml, tocEntries, type RenderData } from './html';
import { readPdfLayout, type PdfLayout } from './pdf-pages';
import type { Printer } from './printer';

/**
 * Printing with a numbered table of contents. Chromium has no target-counter(), so the full template prints
 * twice: the first PDF tells on which page each heading landed, the second carries those numbers. When the
 * numbers move a heading (or change the page count), it prints once more.
 */

export interface PrintedBriefing {
  pdf: Buffer;
  pages: number;
  /** Page of each table-of-contents entry, by its id (full template). */
  tocPages: Record<string, number>;
  passes: number;
  /** Whether the printed numbers match where the headings are (false only if three passes could not agree). */
  settled: boolean;
}

const MAX_PASSES = 3;

const same = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

function headingPages(ids: readonly string[], layout: PdfLayout, headings: Map<string, string>): Record<string, number> {
  const pages: Record<string, number> = {};
  for (const id of ids) {
    const found = layout.anchors[id];
    if (found) {
      pages[id] = found;
      continue;
    }
    // Fallback: the last page whose text carries the heading (the contents page lists it too, earlier).
    const heading = headings.get(id) ?? '';
    for (let i = layout.text.length - 1; i >= 0; i--)
      if (heading && layout.text[i]!.includes(heading)) {
        pages[id] = i + 1;
        break;
      }
  }
  return pages;
}

export async function printBriefing(
  printer: Printer,
  doc: BriefingDoc,
  data: Omit<RenderData, 'tocPages'>,
  options: { template?: Template; paper?: Paper } = {},
): Promise<PrintedBriefing> {
  const template = options.template ?? doc.template;
  const paper = options.paper ?? doc.paper;
  const render = (tocPages?: Record<string, number>) => renderBriefingHtml(doc, { ...data, tocPages }, { template, paper });
  const first = await printer.print(render(), { paper });
  if (template === 'one-pager') {
    const layout = await readPdfLayout(first, []);
    return { pdf: first, pages: layout.pages, tocPages: {}, passes: 1, settled: true };
  }
  const entries = tocEntries(doc);
  const ids = entries.map((e) => e.id);
  const headings = new Map(entries.map((e) => [e.id, e.heading]));
  let found = headingPages(ids, await readPdfLayout(first, ids), headings);
  let printed: Record<string, number>;
  let pdf: Buffer;
  let layout: PdfLayout;
  let passes = 1;
  do {
    pdf = await printer.print(render(found), { paper });
    printed = found;
    layout = await readPdfLayout(pdf, ids);
    found = headingPages(ids, layout, headings);
    passes++;
  } while (!same(found, printed) && passes < MAX_PASSES);
  return { pdf, pages: layout.pages, tocPages: printed, passes, settled: same(found, printed) };
}
