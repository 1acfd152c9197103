import type { BriefingDoc, Paper, Template } from '../../api/briefing';
import { briefingToDocx } from './export-docx';
import { briefingToMarkdown } from './export-markdown';
import { renderBriefingHtml } from './html';
import { printBriefing } from './print-briefing';
import type { Printer } from './printer';

/** One briefing as a file: PDF (printed in Chromium), DOCX, Markdown or the self-contained print HTML. */

export type ExportFormat = 'pdf' | 'docx' | 'md' | 'html';

export const MIME: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export interface ExportedFile {
  filename: string;
  mime: string;
  bytes: Buffer;
}

/** A file name from the title: letters and digits of any script kept, everything else one dash. */
export function fileNameFor(title: string, format: ExportFormat): string {
  const stem = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'briefing'}.${format}`;
}

export interface ExportOptions {
  printedOn: string;
  template?: Template;
  paper?: Paper;
  /** Needed for PDF only. */
  printer?: Printer;
}

export async function exportBriefing(doc: BriefingDoc, format: ExportFormat, o: ExportOptions): Promise<ExportedFile> {
  const template = o.template ?? doc.template;
  const paper = o.paper ?? doc.paper;
  let bytes: Buffer;
  switch (format) {
    case 'pdf':
      if (!o.printer) throw new Error('No printer is available to make a PDF.');
      bytes = (await printBriefing(o.printer, doc, { printedOn: o.printedOn }, { template, paper })).pdf;
      break;
    case 'docx':
      bytes = await briefingToDocx(doc, { printedOn: o.printedOn, paper });
      break;
    case 'md':
      bytes = Buffer.from(briefingToMarkdown(doc, { printedOn: o.printedOn, template }), 'utf8');
      break;
    case 'html':
      bytes = Buffer.from(renderBriefingHtml(doc, { printedOn: o.printedOn }, { template, paper }), 'utf8');
      break;
  }
  return { filename: fileNameFor(doc.title, format), mime: MIME[format], bytes };
}
