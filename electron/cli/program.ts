import { parseArgs } from 'node:util';
import { APP_VERSION } from '../core/version';
import { runAnalyzeFile, runAnalyzeJsonl, runExtract } from './analysis-commands';
import { runBrief, UsageError } from './brief-command';
import { resolveLibrary, runImport, runSearch } from './commands';
import { terminal, type Out } from './io';

const BRIEF_USAGE = `  briefing brief [--library DIR] --country CODE [--counterpart CODE ...] [--from DATE] [--to DATE]
               [--template one-pager|full] [--paper a4|letter] [--marking TEXT] --out FILE
                                              draft a briefing and write it as PDF, DOCX, Markdown or HTML
                                              (by the extension of FILE); --marking takes UNCLASSIFIED, CUI,
                                              TLP:CLEAR|GREEN|AMBER|AMBER+STRICT|RED or free text`;

const HELP = `briefing ${APP_VERSION}: the Briefing library from the command line

Usage:
  briefing extract --jsonl FILE...            one JSON line per article: {file, title, byline, published,
                                              site, lang, text} (no library needed)
  briefing analyze --jsonl                    read {id, text, published?} lines on stdin, write one line each:
                                              {id, mentions, quotes, dates, events}
  briefing analyze [--published YYYY-MM-DD] FILE
                                              actors, events, quotes and dates of one article, for reading
  briefing import [--library DIR] PATH...     import files and folders (recursively)
  briefing search [--library DIR] [--json] [--limit N] QUERY
                                              ranked full-text search with snippets
${BRIEF_USAGE}
  briefing --help | --version

Search syntax: words (all must match), "an exact phrase", prefix*, a OR b, NOT word or -word.
Without --library the app's own library is used:
  Linux    ~/.config/Briefing/library
  macOS    ~/Library/Application Support/Briefing/library
  Windows  %APPDATA%\\Briefing\\library
Exit status: 0 on success; 1 when nothing could be imported or the command failed; 2 on a usage error.`;

type Command = (out: Out, args: string[], stdin: NodeJS.ReadableStream) => Promise<number> | number;

const commands: Record<string, Command> = {
  extract(out, args) {
    const { values, positionals } = parseArgs({ args, options: { jsonl: { type: 'boolean' } }, allowPositionals: true });
    if (!values.jsonl) return usage(out, 'extract writes JSON lines: add --jsonl');
    if (!positionals.length) return usage(out, 'extract needs at least one file');
    return runExtract(out, positionals);
  },
  analyze(out, args, stdin) {
    const { values, positionals } = parseArgs({
      args,
      options: { jsonl: { type: 'boolean' }, published: { type: 'string' } },
      allowPositionals: true,
    });
    if (values.jsonl) return runAnalyzeJsonl(out, stdin);
    if (positionals.length !== 1) return usage(out, 'analyze needs --jsonl (reading stdin) or exactly one file');
    return runAnalyzeFile(out, positionals[0]!, values.published);
  },
  async import(out, args) {
    const { values, positionals } = parseArgs({ args, options: { library: { type: 'string' } }, allowPositionals: true });
    if (!positionals.length) return usage(out, 'import needs at least one file or folder');
    return runImport(out, resolveLibrary(values.library), positionals);
  },
  search(out, args) {
    const { values, positionals } = parseArgs({
      args,
      options: { library: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' } },
      allowPositionals: true,
    });
    const query = positionals.join(' ').trim();
    if (!query) return usage(out, 'search needs a query');
    const limit = values.limit ? Number(values.limit) : 20;
    if (!Number.isInteger(limit) || limit < 1) return usage(out, '--limit must be a positive whole number');
    return runSearch(out, resolveLibrary(values.library), query, values.json ?? false, limit);
  },
  async brief(out, args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        library: { type: 'string' },
        country: { type: 'string' },
        counterpart: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        template: { type: 'string' },
        paper: { type: 'string' },
        marking: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
    if (values.help) {
      out.line(BRIEF_USAGE);
      return 0;
    }
    if (positionals.length) return usage(out, `brief takes no positional arguments (got "${positionals[0]}")`);
    if (!values.country) return usage(out, 'brief needs --country CODE (for example RUS)');
    if (!values.out) return usage(out, 'brief needs --out FILE (.pdf, .docx, .md or .html)');
    try {
      return await runBrief(out, {
        library: resolveLibrary(values.library),
        country: values.country,
        counterparts: values.counterpart ?? [],
        from: values.from,
        to: values.to,
        template: values.template,
        paper: values.paper,
        marking: values.marking,
        out: values.out,
      });
    } catch (error) {
      if (error instanceof UsageError) return usage(out, `brief: ${error.message}`);
      throw error;
    }
  },
};

function usage(out: Out, problem: string): number {
  out.error(`briefing: ${problem}\nRun "briefing --help" for usage.`);
  return 2;
}

export async function main(argv: string[], out: Out = terminal(), stdin: NodeJS.ReadableStream = process.stdin): Promise<number> {
  const [first, ...rest] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    out.line(HELP);
    return first ? 0 : 2;
  }
  if (first === '--version' || first === '-v') {
    out.line(APP_VERSION);
    return 0;
  }
  const command = commands[first];
  if (!command) return usage(out, `unknown command "${first}"`);
  try {
    return await command(out, rest, stdin);
  } catch (error) {
    out.error(`briefing ${first}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
