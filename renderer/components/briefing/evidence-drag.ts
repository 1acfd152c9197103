import type { Evidence } from '../../../electron/api/briefing';

/**
 * Evidence dragged from the reader, the analysis or the stances onto an open briefing. It travels as
 * JSON under its own MIME type, so the window's file-drop overlay can tell it apart from files and links.
 */
export const EVIDENCE_MIME = 'application/x-briefing-evidence';

/** A piece of evidence and the words that show it (the quote, the evidence sentence or the title). */
export interface EvidenceItem {
  evidence: Evidence;
  label: string;
}

/** The part of a drag's DataTransfer used here (kept structural so the helpers run outside a browser). */
export interface Transfer {
  readonly types: readonly string[];
  getData(format: string): string;
  setData(format: string, data: string): void;
  effectAllowed: string;
}

export function isEvidenceDrag(dt: Transfer | null | undefined): boolean {
  return Array.from(dt?.types ?? []).includes(EVIDENCE_MIME);
}

export function writeEvidence(dt: Transfer, item: EvidenceItem): void {
  dt.setData(EVIDENCE_MIME, JSON.stringify(item));
  dt.setData('text/plain', item.label);
  dt.effectAllowed = 'copy';
}

const offset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function parseRef(v: Record<string, unknown>): Evidence | null {
  const articleId = v.articleId;
  if (!Number.isInteger(articleId) || (articleId as number) <= 0) return null;
  const id = articleId as number;
  if (v.kind === 'article') return { kind: 'article', articleId: id };
  if (v.kind === 'event' && typeof v.eventKey === 'string' && v.eventKey)
    return { kind: 'event', articleId: id, eventKey: v.eventKey };
  if (v.kind === 'quote' && offset(v.start) && offset(v.end) && v.end > v.start)
    return { kind: 'quote', articleId: id, start: v.start, end: v.end };
  return null;
}

/** The evidence a drop carries, or null when the payload is missing or malformed. */
export function parseEvidence(raw: string): EvidenceItem | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { evidence, label } = value as { evidence?: unknown; label?: unknown };
  if (typeof evidence !== 'object' || evidence === null || typeof label !== 'string') return null;
  const ref = parseRef(evidence as Record<string, unknown>);
  return ref ? { evidence: ref, label } : null;
}

export function readEvidence(dt: Transfer | null | undefined): EvidenceItem | null {
  const raw = dt?.getData(EVIDENCE_MIME);
  return raw ? parseEvidence(raw) : null;
}
