import { basename, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { AnalysisInput, AnalysisResult } from '../api/analysis';
import { analyze } from '../core/analysis/analyze';
import { actorName } from '../core/analysis/gazetteer';
import { extractFile } from '../core/ingest/extract';
import { readFileChecked } from '../core/ingest/read';
import { describeZodError } from '../api/dispatch';
import type { Out } from './io';

/** `briefing extract --jsonl FILE...`: one JSON line per file; failures go to stderr and set exit code 1. */
export async function runExtract(out: Out, files: string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      const bytes = await readFileChecked(resolve(file));
      const articles = await extractFile(bytes, { fileName: basename(file) });
      for (const a of articles) {
        out.line(
          JSON.stringify({
            file,
            title: a.title,
            byline: a.byline,
            published: a.published?.value ?? null,
            site: a.site,
            lang: a.lang,
            text: a.text,
          }),
        );
      }
    } catch (error) {
      failed++;
      out.error(`${file}: failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failed ? 1 : 0;
}

/** `briefing analyze --jsonl`: `{id, text, published?}` lines in, one result line out per input line. */
export async function runAnalyzeJsonl(out: Out, input: NodeJS.ReadableStream): Promise<number> {
  let bad = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      bad++;
      out.error(`line ${lineNo}: not JSON`);
      continue;
    }
    const request = AnalysisInput.safeParse(parsed);
    if (!request.success) {
      bad++;
      out.error(`line ${lineNo}: ${describeZodError(request.error)}`);
      continue;
    }
    out.line(JSON.stringify(AnalysisResult.parse(analyze(request.data))));
  }
  return bad ? 1 : 0;
}

/** `briefing analyze FILE`: extract one article and print what the engine found, for a person to read. */
export async function runAnalyzeFile(out: Out, file: string, published: string | undefined): Promise<number> {
  const bytes = await readFileChecked(resolve(file));
  const [article] = await extractFile(bytes, { fileName: basename(file) });
  if (!article) throw new Error(`${file}: no article found`);
  const date = published ?? article.published?.value ?? null;
  const result = analyze({ id: file, text: article.text, published: date, lang: article.lang });
  out.line(out.bold(article.title));
  out.line(out.dim(`${article.site ?? 'unknown outlet'} · ${date ?? 'undated'}`));
  const actors = new Map<string, number>();
  for (const m of result.mentions) actors.set(m.actor, (actors.get(m.actor) ?? 0) + 1);
  out.line();
  out.line(out.bold('Actors'));
  out.line(
    `  ${
      [...actors.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([a, n]) => `${actorName(a)} (${a}) ×${n}`)
        .join(', ') || 'none'
    }`,
  );
  out.line();
  out.line(out.bold('Who did what to whom'));
  if (!result.events.length) out.line('  none found');
  for (const e of result.events) {
    const flags = (['negated', 'conditional', 'hypothetical', 'reported'] as const).filter((f) => e[f]);
    out.line(
      `  ${e.source} → ${e.target}  ${e.category} ${e.polarity} ${e.intensity > 0 ? '+' : ''}${e.intensity.toFixed(1)}` +
        `${e.date ? `  ${e.date}` : ''}${flags.length ? `  [${flags.join(', ')}]` : ''}${e.speaker ? `  said by ${e.speaker}` : ''}`,
    );
    out.line(out.dim(`    “${e.sentence.replace(/\s+/g, ' ')}”`));
  }
  out.line();
  out.line(out.bold('Quotes'));
  if (!result.quotes.length) out.line('  none found');
  for (const q of result.quotes)
    out.line(`  ${q.speaker ?? 'unknown'}${q.actor ? ` (${q.actor})` : ''}, ${q.kind}: “${q.text.replace(/\s+/g, ' ')}”`);
  out.line();
  out.line(out.bold('Time expressions'));
  if (!result.dates.length) out.line('  none found');
  for (const d of result.dates) out.line(`  ${d.text} → ${d.value} (${d.type}${d.qualifier ? `, ${d.qualifier}` : ''})`);
  return 0;
}
