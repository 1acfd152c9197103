import type { BriefingDoc, Evidence, Section } from '../../api/briefing';
import { getArticle } from '../library/articles';
import { quotesOfArticles } from '../library/briefings';
import type { Db } from '../library/open';
import { storedEvents } from './evidence';
import {
  CREDIBILITY,
  defaultCredibility,
  makeCitation,
  nextCitationId,
  quoteCredibility,
  sameClaim,
  type CitationClaim,
} from './citations';

/** "Add to briefing": an event, a quote or an article goes into a section as text with its citation. */

export class EvidenceError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-input',
    message: string,
  ) {
    super(message);
    this.name = 'EvidenceError';
  }
}

const QUOTE_CHARS = 2000;

interface Resolved {
  claim: CitationClaim;
  /** The Markdown paragraph for a text section (the marker is appended). */
  paragraph: string;
  development?: Omit<NonNullable<Section['developments']>[number], 'citationIds'>;
  quote?: { text: string; speaker: string | null };
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Text from an article is shown as written, never as Markdown. */
const literal = (s: string) => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1');

function resolve(db: Db, evidence: Evidence): Resolved {
  const article = getArticle(db, evidence.articleId);
  if (!article) throw new EvidenceError('not-found', `Article ${evidence.articleId} not found; it may have been deleted.`);
  if (evidence.kind === 'event') {
    const event = storedEvents(db, { articleId: article.id }).find((e) => e.key === evidence.eventKey);
    if (!event)
      throw new EvidenceError(
        'not-found',
        `That event is no longer in "${article.title}"; it may have been corrected or re-analysed.`,
      );
    const credibility = defaultCredibility(db, { ...event, articleId: article.id });
    return {
      claim: { articleId: article.id, eventKey: event.key, credibility },
      paragraph: literal(flat(event.sentence)),
      development: {
        date: event.date,
        text: flat(event.sentence),
        source: event.source,
        target: event.target,
        polarity: event.polarity,
      },
    };
  }
  if (evidence.kind === 'quote') {
    const { start, end } = evidence;
    if (end <= start || end > article.text.length)
      throw new EvidenceError(
        'invalid-input',
        `The quoted span ${start}-${end} is not inside "${article.title}" (${article.text.length} characters).`,
      );
    const known = quotesOfArticles(db, [article.id]).find((q) => q.start === start && q.end === end);
    const text = flat(article.text.slice(start, end)).slice(0, QUOTE_CHARS);
    const credibility = known ? quoteCredibility(db, article.id, known.text) : CREDIBILITY.single;
    const speaker = known?.speaker ?? null;
    return {
      claim: { articleId: article.id, quote: text, credibility },
      paragraph: `“${literal(text)}”${speaker ? ` (${literal(speaker)})` : ''}`,
      quote: { text, speaker },
    };
  }
  const meta = [article.source?.name, article.published].filter(Boolean).join(', ');
  return {
    claim: { articleId: article.id, credibility: CREDIBILITY.single },
    paragraph: `${literal(article.title)}${meta ? ` (${literal(meta)})` : ''}`,
  };
}

const TEXT_KINDS: ReadonlySet<Section['kind']> = new Set([
  'text',
  'indicators',
  'bottom-line',
  'key-judgments',
  'developments',
  'stances',
  'quotes',
]);

function targetSection(doc: BriefingDoc, evidence: Evidence, sectionId: string | undefined): { doc: BriefingDoc; index: number } {
  if (sectionId) {
    const index = doc.sections.findIndex((s) => s.id === sectionId);
    if (index < 0) throw new EvidenceError('not-found', `Section "${sectionId}" is not in this briefing.`);
    return { doc, index };
  }
  const preferred = evidence.kind === 'event' ? 'developments' : evidence.kind === 'quote' ? 'quotes' : 'text';
  let index = doc.sections.findIndex((s) => s.kind === preferred);
  if (index < 0) index = doc.sections.findIndex((s) => s.kind === 'text');
  if (index >= 0) return { doc, index };
  // No section to take it: a new text section before the sources.
  const used = new Set(doc.sections.map((s) => s.id));
  let n = 1;
  while (used.has(`notes-${n}`)) n++;
  const notes: Section = { id: `notes-${n}`, kind: 'text', heading: 'Notes', markdown: '', portion: null };
  const sources = doc.sections.findIndex((s) => s.kind === 'sources');
  const at = sources < 0 ? doc.sections.length : sources;
  return { doc: { ...doc, sections: [...doc.sections.slice(0, at), notes, ...doc.sections.slice(at)] }, index: at };
}

/** The briefing with the evidence inserted and cited; citing the same claim again reuses its citation. */
export function insertEvidence(
  db: Db,
  original: BriefingDoc,
  evidence: Evidence,
  sectionId?: string,
  today?: string,
): BriefingDoc {
  const resolved = resolve(db, evidence);
  const { doc, index } = targetSection(original, evidence, sectionId);
  let citations = doc.citations;
  let citation = sameClaim(doc, resolved.claim);
  if (!citation) {
    citation = makeCitation(db, nextCitationId(doc), resolved.claim, today) ?? undefined;
    if (!citation) throw new EvidenceError('not-found', `Article ${evidence.articleId} not found; it may have been deleted.`);
    citations = [...citations, citation];
  }
  const section = doc.sections[index]!;
  let updated: Section;
  if (section.kind === 'developments' && resolved.development)
    updated = {
      ...section,
      developments: [...(section.developments ?? []), { ...resolved.development, citationIds: [citation.id] }],
    };
  else if (section.kind === 'quotes' && resolved.quote)
    updated = { ...section, quotes: [...(section.quotes ?? []), { ...resolved.quote, citationIds: [citation.id] }] };
  else if (TEXT_KINDS.has(section.kind)) {
    const paragraph = `${resolved.paragraph} [^${citation.id}]`;
    updated = { ...section, markdown: section.markdown.trim() ? `${section.markdown.trimEnd()}\n\n${paragraph}` : paragraph };
  } else updated = section;
  const sections = doc.sections.map((s, i) => (i === index ? updated : s));
  return { ...doc, sections, citations };
}

/** The analyst's own credibility number for one citation. */
export function setCredibility(doc: BriefingDoc, citationId: string, credibility: number): BriefingDoc {
  if (!doc.citations.some((c) => c.id === citationId))
    throw new EvidenceError('not-found', `Citation "${citationId}" is not in this briefing.`);
  return {
    ...doc,
    citations: doc.citations.map((c) => (c.id === citationId ? { ...c, credibility, credibilityFrom: 'analyst' as const } : c)),
  };
}
