import type { BriefingDoc, Citation, Template } from '../../api/briefing';
import { actorName } from '../analysis/gazetteer';
import { admiraltyCode, endnoteNumbers, MARKER } from './citations';
import { scopeLine } from './html';
import { portionLabel, printedBanner } from './marking';
import { SCALES, scaleLegend, termFor } from './scales';

/** The briefing as Markdown (GFM tables and footnotes): the same sections, marking first and last. */

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const TREND = { rising: 'warming', falling: 'cooling', steady: 'steady' } as const;

export function citationLine(c: Citation): string {
  return [
    `${c.outlet ?? 'Unknown outlet'}, “${c.title}”, ${c.published ? `published ${c.published}` : 'undated'}.`,
    c.url ? `${c.url}.` : null,
    `Accessed ${c.accessed}.`,
    c.localCopy ? `Local copy: ${c.localCopy}.` : null,
    `Grade ${admiraltyCode(c)}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** One footnote definition per endnote number. */
function definitions(doc: BriefingDoc, numbers: ReadonlyMap<string, number>): string[] {
  const lines: string[] = [];
  const seen = new Set<number>();
  for (const c of [...doc.citations].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0))) {
    const n = numbers.get(c.id);
    if (n === undefined || seen.has(n)) continue;
    seen.add(n);
    lines.push(`[^${n}]: ${citationLine(c)}`);
  }
  return lines;
}

export function briefingToMarkdown(doc: BriefingDoc, data: { printedOn: string; template?: Template }): string {
  const numbers = endnoteNumbers(doc);
  const refs = (ids: readonly string[]) =>
    [...new Set(ids.map((id) => numbers.get(id)).filter((n) => n !== undefined))].map((n) => `[^${n}]`).join('');
  const text = (s: string) => s.replace(MARKER, (_m, id: string) => refs([id]));
  const withPortion = (s: string, portion: string | null) => {
    const label = portionLabel(doc, portion);
    return label ? `${label} ${s}` : s;
  };
  const banner = printedBanner(doc);
  const out: string[] = [`**${banner}**`, '', `# ${doc.title}`, '', `${scopeLine(doc)} · ${data.printedOn}`, ''];

  for (const s of doc.sections) {
    if (s.kind === 'key-judgments' && !doc.keyJudgments.length && !s.markdown.trim()) continue;
    out.push(`## ${s.heading || 'Untitled section'}`, '');
    if (s.kind === 'bottom-line' && doc.bottomLine.text.trim())
      out.push(withPortion(text(doc.bottomLine.text.trim()), doc.bottomLine.portion), '');
    if (s.markdown.trim()) out.push(withPortion(text(s.markdown.trim()), s.portion), '');
    if (s.kind === 'key-judgments')
      doc.keyJudgments.forEach((k, i) => {
        const term = termFor(doc.scale, k.likelihood).term;
        out.push(
          withPortion(`**KJ${i + 1}.** ${text(k.text.trim())}${refs(k.citationIds)}`, k.portion),
          `*Likelihood: ${term} (${k.likelihood[0]}–${k.likelihood[1]}%). Confidence: ${k.confidence}.*`,
          '',
        );
      });
    if (s.developments?.length) {
      out.push('| Date | Who → whom | What happened |', '| --- | --- | --- |');
      for (const r of s.developments)
        out.push(
          `| ${r.date ?? 'undated'} | ${cell(`${actorName(r.source)} → ${actorName(r.target)}`)} | ${cell(r.text)}${refs(r.citationIds)} |`,
        );
      out.push('');
    }
    if (s.stances?.length) {
      out.push(
        '| Pair | Coop. | Confl. | Neutral | Mean intensity | Trend | Events |',
        '| --- | ---: | ---: | ---: | ---: | --- | ---: |',
      );
      for (const r of s.stances)
        out.push(
          `| ${cell(`${r.sourceName} → ${r.targetName}`)}${refs(r.citationIds)} | ${r.cooperative} | ${r.conflictual} | ${r.neutral} | ${r.balance.toFixed(1)} | ${TREND[r.trend]} | ${r.events} |`,
        );
      out.push('');
    }
    for (const q of s.quotes ?? []) out.push(`> “${q.text}”${refs(q.citationIds)}`, `> — ${q.speaker ?? 'unattributed'}`, '');
    if (s.kind === 'sources') out.push(...definitions(doc, numbers), '');
  }
  if (!doc.sections.some((s) => s.kind === 'sources') && numbers.size)
    out.push('## Sources', '', ...definitions(doc, numbers), '');
  out.push(
    '## Estimative language',
    '',
    `Likelihood words follow the ${SCALES[doc.scale].name}: ${scaleLegend(doc.scale)
      .map((l) => `${l.term} (${l.band})`)
      .join(
        ', ',
      )}. Confidence (high, moderate, low) is stated separately. Source grades: the outlet's reliability A–F (F cannot be judged) and the claim's credibility 1–6 (2 corroborated by an independent outlet, 3 single source, 5 contradicted).`,
    '',
    `**${banner}**`,
    '',
  );
  return out.join('\n');
}
