import type {
  BriefingDoc,
  Citation,
  DevelopmentRow,
  Marking,
  Paper,
  QuoteRow,
  Scope,
  Section,
  StanceRow,
  Template,
  TimelinePoint,
} from '../../api/briefing';
import { actorName } from '../analysis/gazetteer';
import { articleText } from '../library/articles';
import { mentionsOfArticles, quotesOfArticles, type ScopeQuote } from '../library/briefings';
import type { Db } from '../library/open';
import { defaultCredibility, makeCitation, quoteCredibility, sameClaim, type CitationClaim } from './citations';
import { eventsForScope, happened as counts, type ScopeEvent } from './evidence';
import { canonicalMark } from './marking';
import { summarizeStances, type Stance } from './scope-stances';

/** Drafting a briefing from a scope: the analyst's starting point, every drafted claim cited. */

export class ScopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScopeError';
  }
}

const LIMITS: Record<Template, { developments: number; stances: number; quotes: number; bottomLine: number }> = {
  'one-pager': { developments: 4, stances: 5, quotes: 2, bottomLine: 2 },
  full: { developments: 12, stances: 12, quotes: 8, bottomLine: 3 },
};

const SENTENCE_CHARS = 320;

export interface DraftOptions {
  template?: Template;
  paper?: Paper;
  marking?: Marking;
  title?: string;
  /** The access date written on citations (ISO day). */
  today?: string;
}

export const INDICATORS_PLACEHOLDER =
  '- _Replace with a sign that would confirm the bottom line (for example, a visit, a vote, an agreement signed)._\n' +
  '- _Replace with a sign that would overturn it._\n' +
  '- _Replace with a date or meeting to watch._';

const clip = (s: string, n = SENTENCE_CHARS) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1).trimEnd()}…` : flat;
};

function listNames(codes: string[]): string {
  const names = codes.map(actorName);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function windowText(scope: Scope): string {
  if (scope.from && scope.to) return `${scope.from} to ${scope.to}`;
  if (scope.from) return `since ${scope.from}`;
  if (scope.to) return `until ${scope.to}`;
  return '';
}

export function draftTitle(scope: Scope, stances: Stance[]): string {
  const who = actorName(scope.country);
  const others = scope.counterparts.length
    ? scope.counterparts
    : [...new Set(stances.map((s) => (s.source === scope.country ? s.target : s.source)))].slice(0, 3);
  const base = others.length ? `${who}: relations with ${listNames(others)}` : `${who}: foreign relations`;
  const window = windowText(scope);
  return window ? `${base}, ${window}` : base;
}

/** Citations made while drafting, one per claim, numbered c1, c2, ... in the order they are first used. */
class CitationBook {
  readonly citations: Citation[] = [];
  constructor(
    private readonly db: Db,
    private readonly today: string,
  ) {}

  cite(claim: CitationClaim): string | null {
    const existing = sameClaim(this, claim);
    if (existing) return existing.id;
    const made = makeCitation(this.db, `c${this.citations.length + 1}`, claim, this.today);
    if (!made) return null;
    this.citations.push(made);
    return made.id;
  }

  citeEvent(e: ScopeEvent): string[] {
    const id = this.cite({ articleId: e.articleId, eventKey: e.key, credibility: defaultCredibility(this.db, e) });
    return id ? [id] : [];
  }
}

const other = (s: Pick<Stance, 'source' | 'target'>, country: string) => (s.source === country ? s.target : s.source);

function balanceWord(s: Stance): string {
  const { cooperative, conflictual } = s.counts;
  if (cooperative > 0 && conflictual === 0) return 'cooperative';
  if (conflictual > 0 && cooperative === 0) return 'conflictual';
  if (cooperative >= 2 * conflictual) return 'mostly cooperative';
  if (conflictual >= 2 * cooperative) return 'mostly conflictual';
  return 'mixed';
}

/**
 * One sentence from the leading stances: the country's own conduct toward its counterparts, or, when the scope
 * holds only others' acts toward it, theirs.
 */
function bottomLine(scope: Scope, stances: Stance[], book: CitationBook, limit: number): string {
  const own = stances.filter((s) => s.source === scope.country).slice(0, limit);
  const shown = own.length ? own : stances.slice(0, limit);
  if (!shown.length) return '';
  const part = (s: Stance, toward: string) => {
    const cite = s.evidence[0] ? book.citeEvent(s.evidence[0] as ScopeEvent) : [];
    const n = s.counts.cooperative + s.counts.conflictual + s.counts.neutral;
    const trend = s.trend === 'steady' ? '' : `, ${s.trend === 'rising' ? 'warming' : 'cooling'}`;
    return `${balanceWord(s)} toward ${toward} (${n} ${n === 1 ? 'event' : 'events'}${trend})${cite.map((c) => `[^${c}]`).join('')}`;
  };
  if (own.length) return `${actorName(scope.country)} was ${own.map((s) => part(s, actorName(s.target))).join('; ')}.`;
  return shown.map((s) => `${actorName(s.source)} was ${part(s, actorName(scope.country))}.`).join(' ');
}

function developments(events: ScopeEvent[], book: CitationBook, limit: number): DevelopmentRow[] {
  const bySentence = new Map<string, ScopeEvent>();
  for (const e of events) {
    if (!counts(e) || e.reported) continue;
    const k = `${e.articleId}:${e.start}`;
    const seen = bySentence.get(k);
    if (!seen || Math.abs(e.intensity) > Math.abs(seen.intensity)) bySentence.set(k, e);
  }
  const strongest = [...bySentence.values()]
    .sort((a, b) => Math.abs(b.intensity) - Math.abs(a.intensity) || (a.date ?? '').localeCompare(b.date ?? ''))
    .slice(0, limit)
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.articleId - b.articleId || a.start - b.start);
  return strongest.map((e) => ({
    date: e.date,
    text: clip(e.sentence),
    source: e.source,
    target: e.target,
    polarity: e.polarity,
    citationIds: book.citeEvent(e),
  }));
}

function stanceRows(scope: Scope, stances: Stance[], book: CitationBook, limit: number): StanceRow[] {
  const ordered = [...stances.filter((s) => s.source === scope.country), ...stances.filter((s) => s.source !== scope.country)];
  return ordered.slice(0, limit).map((s) => ({
    source: s.source,
    target: s.target,
    sourceName: actorName(s.source),
    targetName: actorName(s.target),
    cooperative: s.counts.cooperative,
    conflictual: s.counts.conflictual,
    neutral: s.counts.neutral,
    balance: Math.round(s.meanIntensity * 10) / 10,
    trend: s.trend,
    events: s.total,
    citationIds: s.evidence[0] ? book.citeEvent(s.evidence[0] as ScopeEvent) : [],
  }));
}

/** The paragraph (line block) of a text holding a character offset. */
function paragraphOf(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

/**
 * Notable quotes: those by the scope's country (or by the counterpart concerned) standing in a paragraph that
 * carries one of the scope's events or names a counterpart, taken in turn from each counterpart (strongest pairs
 * first) so every one is heard; direct quotes before indirect ones.
 */
function notableQuotes(
  db: Db,
  scope: Scope,
  events: ScopeEvent[],
  stances: Stance[],
  book: CitationBook,
  limit: number,
): QuoteRow[] {
  const texts = new Map<number, string>();
  const textOf = (id: number) => {
    if (!texts.has(id)) texts.set(id, articleText(db, id) ?? '');
    return texts.get(id)!;
  };
  const articleIds = [...new Set(events.map((e) => e.articleId))];
  const partners = new Set(scope.counterparts.length ? scope.counterparts : stances.map((s) => other(s, scope.country)));
  const mentions = mentionsOfArticles(db, articleIds);
  const queues = new Map<string, ScopeQuote[]>();
  const direct = (q: ScopeQuote) => (q.kind === 'direct' ? 0 : 1);
  for (const q of quotesOfArticles(db, articleIds).sort((a, b) => direct(a) - direct(b))) {
    const [ps, pe] = paragraphOf(textOf(q.articleId), q.start);
    const named = new Set<string>();
    for (const e of events)
      if (e.articleId === q.articleId && e.start < pe && e.end > ps && counts(e)) named.add(other(e, scope.country));
    for (const m of mentions) if (m.articleId === q.articleId && m.start >= ps && m.start < pe) named.add(m.actor);
    for (const partner of named) {
      // A quote speaks for the pair when its speaker is on one of the pair's sides.
      if (!partners.has(partner) || (q.actor !== scope.country && q.actor !== partner)) continue;
      queues.set(partner, [...(queues.get(partner) ?? []), q]);
    }
  }
  const order = [...new Set([...stances.map((s) => other(s, scope.country)), ...queues.keys()])].filter((p) => queues.has(p));
  const taken = new Set<string>();
  const picked: ScopeQuote[] = [];
  while (picked.length < limit && order.some((p) => queues.get(p)!.length)) {
    for (const p of order) {
      const list = queues.get(p)!;
      while (list.length) {
        const q = list.shift()!;
        const k = `${q.articleId}:${q.start}`;
        if (taken.has(k)) continue;
        taken.add(k);
        picked.push(q);
        break;
      }
      if (picked.length >= limit) break;
    }
  }
  return picked
    .sort((a, b) => a.articleId - b.articleId || a.start - b.start)
    .map((q) => {
      const id = book.cite({ articleId: q.articleId, quote: q.text, credibility: quoteCredibility(db, q.articleId, q.text) });
      return { text: clip(q.text, 600), speaker: q.speaker, citationIds: id ? [id] : [] };
    });
}

/** Enough marks for a strip a page wide; a briefing stays small enough to save as one request. */
export const TIMELINE_POINTS = 3000;

function timeline(events: ScopeEvent[]): TimelinePoint[] {
  const points = events
    .filter((e) => counts(e) && !e.reported && e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date))
    .map((e) => ({
      date: e.date!.slice(0, 10),
      source: e.source,
      target: e.target,
      polarity: e.polarity,
      intensity: e.intensity,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  if (points.length <= TIMELINE_POINTS) return points;
  const step = points.length / TIMELINE_POINTS;
  return Array.from({ length: TIMELINE_POINTS }, (_, i) => points[Math.floor(i * step)]!);
}

const section = (id: string, kind: Section['kind'], heading: string, extra: Partial<Section> = {}): Section => ({
  id,
  kind,
  heading,
  markdown: '',
  portion: null,
  ...extra,
});

/** Draft a briefing from a scope. Throws ScopeError when the scope holds no events. */
export function draftBriefing(db: Db, scope: Scope, options: DraftOptions = {}): BriefingDoc {
  const template = options.template ?? 'full';
  const limits = LIMITS[template];
  const events = eventsForScope(db, scope);
  if (!events.length) {
    const who = actorName(scope.country);
    const known = who !== scope.country;
    const with_ = scope.counterparts.length ? ` with ${listNames(scope.counterparts)}` : '';
    const when = windowText(scope);
    throw new ScopeError(
      known || /^[A-Z]{3}$/.test(scope.country)
        ? `No events involve ${who}${with_}${when ? `, ${when}` : ''}${scope.query ? ` in articles matching "${scope.query}"` : ''}: import articles about it or widen the scope.`
        : `"${scope.country}" is not a country or organisation code the app knows (use ISO 3166-1 alpha-3 such as RUS, or NATO, EU, UN).`,
    );
  }
  const stances = summarizeStances(events, { from: scope.from, to: scope.to });
  const book = new CitationBook(db, options.today ?? new Date().toISOString().slice(0, 10));
  const bottom = bottomLine(scope, stances, book, limits.bottomLine);
  const rows = developments(events, book, limits.developments);
  const stanceTable = stanceRows(scope, stances, book, limits.stances);
  const quoteRows = notableQuotes(db, scope, events, stances, book, limits.quotes);
  const marking = options.marking ?? { scheme: 'classification', banner: 'UNCLASSIFIED', portionMarks: false };

  return {
    title: options.title ?? draftTitle(scope, stances),
    scope,
    template,
    paper: options.paper ?? 'a4',
    marking: { ...marking, banner: canonicalMark(marking.scheme, marking.banner) },
    scale: 'ICD203',
    bottomLine: { text: bottom, draft: true, portion: null },
    sections: [
      section('bottom-line', 'bottom-line', 'Bottom line'),
      section('key-judgments', 'key-judgments', 'Key judgments'),
      section('developments', 'developments', 'Key developments', { developments: rows }),
      section('stances', 'stances', 'Stances', { stances: stanceTable }),
      section('quotes', 'quotes', 'Notable quotes', { quotes: quoteRows }),
      section('indicators', 'indicators', 'Indicators to watch', { markdown: INDICATORS_PLACEHOLDER }),
      section('sources', 'sources', 'Sources'),
    ],
    keyJudgments: [],
    citations: book.citations,
    timeline: timeline(events),
  };
}
