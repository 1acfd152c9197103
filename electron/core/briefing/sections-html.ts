import type { BriefingDoc, KeyJudgment, Section } from '../../api/briefing';
import { actorName } from '../analysis/gazetteer';
import { stanceBarSvg, timelineSvg } from './figures';
import { stanceMapSvg } from './map-figure';
import { portionLabel } from './marking';
import { escapeHtml, inlineToHtml, markdownToHtml, mergeAdjacentNotes, withPortionMarks, type NoteFormatter } from './markdown';
import { endnotesHtml, sourceIndexHtml } from './notes-html';
import { termFor } from './scales';

/** The body of each section kind, as print HTML. */

export interface SectionContext {
  doc: BriefingDoc;
  note: NoteFormatter;
  numbers: ReadonlyMap<string, number>;
  compact: boolean;
}

const notes = (ids: readonly string[], note: NoteFormatter) => mergeAdjacentNotes(ids.map(note).join(''));

const TREND_WORDS = { rising: 'warming', falling: 'cooling', steady: 'steady' } as const;

function markdownBlock(ctx: SectionContext, section: Section): string {
  return withPortionMarks(markdownToHtml(section.markdown, ctx.note), portionLabel(ctx.doc, section.portion));
}

export function judgmentHtml(ctx: SectionContext, k: KeyJudgment, index: number): string {
  const term = termFor(ctx.doc.scale, k.likelihood);
  const portion = portionLabel(ctx.doc, k.portion);
  const band = k.likelihood[0] === k.likelihood[1] ? `${k.likelihood[0]}%` : `${k.likelihood[0]}–${k.likelihood[1]}%`;
  return (
    `<div class="judgment" id="kj-${escapeHtml(k.id)}">` +
    `<div>${portion ? `<span class="portion">${escapeHtml(portion)}</span> ` : ''}<span class="label">KJ${index + 1}.</span>` +
    `${mergeAdjacentNotes(inlineToHtml(k.text, ctx.note) + notes(k.citationIds, ctx.note))}</div>` +
    `<div class="estimate">Likelihood: <b>${escapeHtml(term.term)}</b> (${band}) · Confidence: <b>${escapeHtml(k.confidence)}</b></div>` +
    `</div>`
  );
}

function developmentsHtml(ctx: SectionContext, section: Section): string {
  const rows = section.developments ?? [];
  const figure = ctx.compact ? '' : timelineSvg(ctx.doc.timeline, ctx.doc.scope.country);
  const figureHtml = figure
    ? `<figure>${figure}<figcaption>Events in scope over time, by counterpart: marks above a line are cooperative, below conflictual; length shows intensity.</figcaption></figure>`
    : '';
  if (!rows.length) return figureHtml;
  const body = rows
    .map(
      (r) =>
        `<tr><td class="date">${escapeHtml(r.date ?? 'undated')}</td><td><span class="pol ${r.polarity}"></span>${escapeHtml(
          actorName(r.source),
        )} → ${escapeHtml(actorName(r.target))}</td><td>${escapeHtml(r.text)}${notes(r.citationIds, ctx.note)}</td></tr>`,
    )
    .join('');
  return `${figureHtml}<table class="developments"><thead><tr><th>Date</th><th>Who → whom</th><th>What happened</th></tr></thead><tbody>${body}</tbody></table>`;
}

function stancesHtml(ctx: SectionContext, section: Section): string {
  const rows = section.stances ?? [];
  if (!rows.length) return '';
  const max = Math.max(1, ...rows.map((r) => Math.max(r.cooperative, r.conflictual)));
  const map = ctx.compact ? '' : stanceMapSvg(rows, ctx.doc.scope.country);
  const mapHtml = map
    ? `<figure class="stance-map">${map}<figcaption>Stance of ${escapeHtml(actorName(ctx.doc.scope.country))} toward each counterpart in the table below, by the share of cooperative and conflictual events.</figcaption></figure>`
    : '';
  const body = rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.sourceName)} → ${escapeHtml(r.targetName)}${notes(r.citationIds, ctx.note)}</td>` +
        `<td>${stanceBarSvg(r, max)}</td><td class="num">${r.cooperative}</td><td class="num">${r.conflictual}</td><td class="num">${r.neutral}</td>` +
        `<td class="num">${r.balance > 0 ? '+' : ''}${r.balance.toFixed(1)}</td><td>${TREND_WORDS[r.trend]}</td><td class="num">${r.events}</td></tr>`,
    )
    .join('');
  return (
    mapHtml +
    `<figure class="stance-table"><table><thead><tr><th>Pair</th><th>Balance of events</th><th class="num">Coop.</th><th class="num">Confl.</th>` +
    `<th class="num">Neutral</th><th class="num">Mean intensity</th><th>Trend</th><th class="num">Events</th></tr></thead><tbody>${body}</tbody></table>` +
    (ctx.compact
      ? ''
      : `<figcaption>Stance of each pair: counts of cooperative and conflictual events, mean intensity on a −10 … +10 scale, and the monthly trend.</figcaption>`) +
    `</figure>`
  );
}

function quotesHtml(ctx: SectionContext, section: Section): string {
  return (section.quotes ?? [])
    .map(
      (q) =>
        `<blockquote><span>“${escapeHtml(q.text)}”${notes(q.citationIds, ctx.note)}</span>` +
        `<span class="speaker">— ${escapeHtml(q.speaker ?? 'unattributed')}</span></blockquote>`,
    )
    .join('');
}

/** A section's body (without its heading). */
export function sectionBodyHtml(ctx: SectionContext, section: Section): string {
  const text = markdownBlock(ctx, section);
  switch (section.kind) {
    case 'bottom-line': {
      const label = portionLabel(ctx.doc, ctx.doc.bottomLine.portion);
      const bluf = ctx.doc.bottomLine.text.trim()
        ? withPortionMarks(markdownToHtml(ctx.doc.bottomLine.text, ctx.note), label)
        : '<p>No bottom line written yet.</p>';
      return `<div class="bluf">${bluf}</div>${text}`;
    }
    case 'key-judgments':
      return text + ctx.doc.keyJudgments.map((k, i) => judgmentHtml(ctx, k, i)).join('');
    case 'developments':
      return text + developmentsHtml(ctx, section);
    case 'stances':
      return text + stancesHtml(ctx, section);
    case 'quotes':
      return text + quotesHtml(ctx, section);
    case 'sources':
      return text + endnotesHtml(ctx.doc, ctx.numbers, ctx.compact) + (ctx.compact ? '' : sourceIndexHtml(ctx.doc, ctx.numbers));
    default:
      return text;
  }
}

/** Whether a section has anything to print: empty judgments and empty text sections are left out. */
export function sectionPrints(doc: BriefingDoc, section: Section): boolean {
  if (section.kind === 'key-judgments') return doc.keyJudgments.length > 0 || section.markdown.trim() !== '';
  if (section.kind === 'text' || section.kind === 'indicators') return section.markdown.trim() !== '';
  return true;
}
