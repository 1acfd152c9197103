import type { BriefingDoc, Citation, KeyJudgment, Section } from '../../api/briefing';
import { getArticle } from '../library/articles';
import { articleProvenance, articlesQuoting, type ArticleProvenance } from '../library/briefings';
import type { Db } from '../library/open';
import { happened, storedEvents, type ScopeEvent } from './evidence';

/**
 * Citations: what a claim rests on, graded with the Admiralty code (the outlet's reliability letter, the claim's
 * credibility number). In text a citation is written `[^<id>]`; endnotes are numbered in order of first citation.
 */

export const MARKER = /\[\^([A-Za-z0-9_-]{1,64})\]/g;

/** Days either side within which two reports are taken to describe the same act. */
export const ACT_WINDOW_DAYS = 7;

export const CREDIBILITY = { corroborated: 2, single: 3, contradicted: 5 } as const;

export function markersIn(text: string): string[] {
  return [...text.matchAll(MARKER)].map((m) => m[1]!);
}

const dayNumber = (iso: string) => Date.parse(`${iso.slice(0, 10).padEnd(10, '-01').slice(0, 10)}T00:00:00Z`) / 86_400_000;

function sameWindow(a: string | null, b: string | null): boolean {
  if (!a || !b) return !a && !b;
  const da = dayNumber(a);
  const db = dayNumber(b);
  return Number.isFinite(da) && Number.isFinite(db) && Math.abs(da - db) <= ACT_WINDOW_DAYS;
}

function independent(a: ArticleProvenance | undefined, b: ArticleProvenance | undefined): boolean {
  if (!a || !b || a.articleId === b.articleId) return false;
  if (a.sourceId === null || b.sourceId === null || a.sourceId === b.sourceId) return false;
  return a.storyId === null || a.storyId !== b.storyId;
}

const OPPOSITE = { cooperative: 'conflictual', conflictual: 'cooperative', neutral: null } as const;

/**
 * The credibility an event's claim starts with: 5 when another report has the opposite polarity for the same
 * pair in the same window, 2 when an independent outlet (another outlet, not a copy of the same story) reports
 * the same pair and act in that window, else 3. Negated and hypothetical events never count as reports.
 */
export function defaultCredibility(
  db: Db,
  event: Pick<ScopeEvent, 'source' | 'target' | 'category' | 'polarity' | 'date' | 'articleId'>,
): 2 | 3 | 5 {
  const others = storedEvents(db, { source: event.source, target: event.target }).filter(happened);
  const ids = [event.articleId, ...others.map((e) => Number(e.articleId))];
  const provenance = articleProvenance(db, ids);
  const own = provenance.get(event.articleId);
  const when = (articleId: number, date: string | null) => date ?? provenance.get(articleId)?.published ?? null;
  const ownDate = when(event.articleId, event.date);
  const inWindow = others.filter((e) => sameWindow(when(Number(e.articleId), e.date), ownDate));
  const opposite = OPPOSITE[event.polarity];
  if (opposite && inWindow.some((e) => Number(e.articleId) !== event.articleId && e.polarity === opposite))
    return CREDIBILITY.contradicted;
  const corroborated = inWindow.some(
    (e) =>
      e.category === event.category && e.polarity === event.polarity && independent(own, provenance.get(Number(e.articleId))),
  );
  return corroborated ? CREDIBILITY.corroborated : CREDIBILITY.single;
}

/** A quote starts at 2 when an independent outlet carries the same words, else 3 (a single source). */
export function quoteCredibility(db: Db, articleId: number, text: string): 2 | 3 {
  const others = articlesQuoting(db, text).filter((id) => id !== articleId);
  if (!others.length) return CREDIBILITY.single;
  const provenance = articleProvenance(db, [articleId, ...others]);
  const own = provenance.get(articleId);
  return others.some((id) => independent(own, provenance.get(id))) ? CREDIBILITY.corroborated : CREDIBILITY.single;
}

export interface CitationClaim {
  articleId: number;
  eventKey?: string | null;
  quote?: string | null;
  credibility: number;
}

/** A citation for an article in the library, graded with its outlet's current reliability letter. */
export function makeCitation(
  db: Db,
  id: string,
  claim: CitationClaim,
  accessed = new Date().toISOString().slice(0, 10),
): Citation | null {
  const a = getArticle(db, claim.articleId);
  if (!a) return null;
  return {
    id,
    articleId: a.id,
    outlet: a.source?.name ?? null,
    title: a.title,
    published: a.published,
    url: a.url,
    accessed,
    localCopy: a.originalSha256 ? `originals/${a.originalSha256}` : null,
    reliability: a.source?.reliability ?? 'F',
    credibility: claim.credibility,
    credibilityFrom: 'corroboration',
    eventKey: claim.eventKey ?? null,
    quote: claim.quote ?? null,
  };
}

/** An id not yet used by any citation of the briefing: c1, c2, ... */
export function nextCitationId(doc: Pick<BriefingDoc, 'citations'>): string {
  const used = new Set(doc.citations.map((c) => c.id));
  let n = doc.citations.length + 1;
  while (used.has(`c${n}`)) n++;
  return `c${n}`;
}

/** The citation already in the briefing for the same claim, if any: citing it again reuses its endnote. */
export function sameClaim(doc: Pick<BriefingDoc, 'citations'>, claim: CitationClaim): Citation | undefined {
  return doc.citations.find(
    (c) => c.articleId === claim.articleId && c.eventKey === (claim.eventKey ?? null) && c.quote === (claim.quote ?? null),
  );
}

/** The outlet's reliability letter as the library holds it now (the analyst may have graded it since). */
export function refreshReliability(db: Db, doc: BriefingDoc): BriefingDoc {
  const citations = doc.citations.map((c) => {
    const grade = getArticle(db, c.articleId)?.source?.reliability;
    return grade && grade !== c.reliability ? { ...c, reliability: grade } : c;
  });
  return { ...doc, citations };
}

/** The citation ids one section refers to, in reading order: its text first, then its table. */
export function sectionCitations(doc: BriefingDoc, section: Section): string[] {
  const ids = markersIn(section.markdown);
  if (section.kind === 'bottom-line') ids.push(...markersIn(doc.bottomLine.text));
  if (section.kind === 'key-judgments') for (const k of doc.keyJudgments) ids.push(...markersIn(k.text), ...k.citationIds);
  for (const row of [...(section.developments ?? []), ...(section.stances ?? []), ...(section.quotes ?? [])])
    ids.push(...row.citationIds);
  return ids;
}

/** Citations of the same article with the same grade print as one endnote. */
const noteKey = (c: Citation) => `${c.articleId}:${c.reliability}${c.credibility}`;

/**
 * Endnote numbers by citation id, in order of first citation through the printed sections. A source cited again
 * (the same article with the same grade) keeps its number. With `includeUncited`, citations the text never cites
 * are numbered after the rest, in the order they were added.
 */
export function endnoteNumbers(doc: BriefingDoc, includeUncited = true): Map<string, number> {
  const byId = new Map(doc.citations.map((c) => [c.id, c]));
  const byKey = new Map<string, number>();
  const numbers = new Map<string, number>();
  const take = (id: string) => {
    const c = byId.get(id);
    if (!c || numbers.has(id)) return;
    const key = noteKey(c);
    if (!byKey.has(key)) byKey.set(key, byKey.size + 1);
    numbers.set(id, byKey.get(key)!);
  };
  for (const section of doc.sections) sectionCitations(doc, section).forEach(take);
  if (includeUncited) doc.citations.forEach((c) => take(c.id));
  return numbers;
}

/** The Admiralty code printed with a citation, e.g. "B2". */
export const admiraltyCode = (c: Pick<Citation, 'reliability' | 'credibility'>) => `${c.reliability}${c.credibility}`;

export interface SourceEntry {
  articleId: number;
  outlet: string | null;
  title: string;
  published: string | null;
  url: string | null;
  /** The endnote numbers that cite this article. */
  notes: number[];
  /** The key judgments that rest on it (directly or through a citation in their text). */
  judgments: KeyJudgment[];
}

/** For each cited article: its endnotes and the judgments resting on it, in endnote order. */
export function sourceIndex(doc: BriefingDoc, numbers = endnoteNumbers(doc)): SourceEntry[] {
  const byArticle = new Map<number, SourceEntry>();
  const citations = [...doc.citations].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  for (const c of citations) {
    let entry = byArticle.get(c.articleId);
    if (!entry) {
      entry = {
        articleId: c.articleId,
        outlet: c.outlet,
        title: c.title,
        published: c.published,
        url: c.url,
        notes: [],
        judgments: [],
      };
      byArticle.set(c.articleId, entry);
    }
    const n = numbers.get(c.id);
    if (n !== undefined && !entry.notes.includes(n)) entry.notes.push(n);
    for (const k of doc.keyJudgments) {
      const cites = k.citationIds.includes(c.id) || markersIn(k.text).includes(c.id);
      if (cites && !entry.judgments.includes(k)) entry.judgments.push(k);
    }
  }
  return [...byArticle.values()];
}
