import { accessSync, constants, existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { type Marking, Paper, Scope, Template } from '../api/briefing';
import { describeZodError } from '../api/dispatch';
import { createChromiumPrinter } from '../core/briefing/chromium-printer';
import { draftBriefing } from '../core/briefing/draft';
import { exportBriefing, type ExportFormat } from '../core/briefing/export';
import { invalidMark } from '../core/briefing/marking';
import { DB_FILE, openLibrary } from '../core/library/open';
import type { Out } from './io';

/** `briefing brief`: draft a briefing from a scope and write it as PDF, DOCX, Markdown or HTML, with no window. */

export interface BriefArgs {
  library: string;
  country: string;
  counterparts: string[];
  from?: string;
  to?: string;
  template?: string;
  paper?: string;
  marking?: string;
  out: string;
}

const FORMATS: Record<string, ExportFormat> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

export class UsageError extends Error {}

function formatOf(out: string): ExportFormat {
  const format = FORMATS[extname(out).toLowerCase()];
  if (!format) throw new UsageError(`--out ${out}: the file name must end in .pdf, .docx, .md or .html`);
  return format;
}

/** Fails before any work when the output cannot be written. */
function checkWritable(file: string): void {
  const folder = dirname(file);
  if (!existsSync(folder)) throw new Error(`cannot write ${file}: the folder ${folder} does not exist`);
  if (!statSync(folder).isDirectory()) throw new Error(`cannot write ${file}: ${folder} is not a folder`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new Error(`cannot write ${file}: it is a folder`);
  try {
    accessSync(existsSync(file) ? file : folder, constants.W_OK);
  } catch {
    throw new Error(`cannot write ${file}: permission denied`);
  }
}

export function markingFrom(text: string | undefined): Marking {
  const banner = (text ?? 'UNCLASSIFIED').trim();
  const scheme = /^TLP\b/i.test(banner) ? 'tlp' : 'classification';
  const problem = invalidMark(scheme, banner);
  if (problem) throw new UsageError(`--marking: ${problem}`);
  return { scheme, banner, portionMarks: false };
}

export async function runBrief(out: Out, args: BriefArgs): Promise<number> {
  const file = resolve(args.out);
  const format = formatOf(file);
  const scope = Scope.safeParse({ country: args.country, counterparts: args.counterparts, from: args.from, to: args.to });
  if (!scope.success) throw new UsageError(describeZodError(scope.error));
  const template = Template.safeParse(args.template ?? 'full');
  if (!template.success) throw new UsageError('--template must be one-pager or full');
  const paper = Paper.safeParse(args.paper ?? 'a4');
  if (!paper.success) throw new UsageError('--paper must be a4 or letter');
  const marking = markingFrom(args.marking);
  if (!existsSync(join(args.library, DB_FILE)))
    throw new Error(`no library at ${args.library} (import articles first: briefing import --library DIR PATH)`);
  checkWritable(file);

  const lib = openLibrary(args.library);
  const printer = format === 'pdf' ? createChromiumPrinter() : undefined;
  try {
    const today = new Date().toISOString().slice(0, 10);
    const doc = draftBriefing(lib.db, scope.data, { template: template.data, paper: paper.data, marking, today });
    const exported = await exportBriefing(doc, format, { printedOn: today, template: template.data, paper: paper.data, printer });
    writeFileSync(file, exported.bytes);
    out.line(`wrote ${file}: ${doc.title} (${doc.citations.length} citations, marked ${marking.banner.toUpperCase()})`);
    return 0;
  } finally {
    await printer?.close();
    lib.close();
  }
}
