import { CLASSIFICATION_PRESETS, TLP_LEVELS, type BriefingDoc, type Marking } from '../../api/briefing';

/**
 * Handling marks. The printed banner is the high-water mark: the highest of the briefing's own banner and every
 * portion mark in it. TLP ranks CLEAR < GREEN < AMBER < AMBER+STRICT < RED. Classification ranks
 * UNCLASSIFIED < CUI < any other text: a free-text marking is something the analyst chose on purpose and the app
 * cannot judge it, so it is never lowered to a preset (between two free texts, the first one met stays).
 */

const PORTION_ABBREVIATIONS: Record<string, string> = { UNCLASSIFIED: 'U', CUI: 'CUI' };

function normalise(scheme: Marking['scheme'], mark: string): string {
  const m = mark.trim().toUpperCase().replace(/\s+/g, ' ');
  if (scheme === 'tlp') {
    const bare = m.replace(/^TLP\s*:?\s*/, '').replace(/\s*\+\s*/, '+');
    const level = bare === 'WHITE' ? 'CLEAR' : bare;
    return `TLP:${level}`;
  }
  if (m === 'U') return 'UNCLASSIFIED';
  return m;
}

/** The rank of a mark within its scheme; unknown TLP labels are refused by `validMark`. */
export function rankOf(scheme: Marking['scheme'], mark: string): number {
  const m = normalise(scheme, mark);
  if (scheme === 'tlp') return (TLP_LEVELS as readonly string[]).indexOf(m);
  const preset = (CLASSIFICATION_PRESETS as readonly string[]).indexOf(m);
  return preset >= 0 ? preset : CLASSIFICATION_PRESETS.length;
}

/** Null when the mark fits the scheme, else a reason. */
export function invalidMark(scheme: Marking['scheme'], mark: string): string | null {
  if (!mark.trim()) return 'the marking is empty';
  if (scheme === 'tlp' && rankOf('tlp', mark) < 0)
    return `"${mark}" is not a TLP level (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)`;
  return null;
}

/** The canonical spelling of a mark: "tlp:amber" -> "TLP:AMBER", "u" -> "UNCLASSIFIED"; free text is kept as written. */
export function canonicalMark(scheme: Marking['scheme'], mark: string): string {
  const m = normalise(scheme, mark);
  if (scheme === 'classification' && rankOf(scheme, m) >= CLASSIFICATION_PRESETS.length) return mark.trim();
  return m;
}

/** The highest of the given marks in the scheme. */
export function highWaterMark(scheme: Marking['scheme'], marks: readonly string[]): string {
  let best: string | null = null;
  let bestRank = -Infinity;
  for (const mark of marks) {
    if (!mark.trim()) continue;
    const rank = rankOf(scheme, mark);
    if (rank > bestRank) {
      best = mark;
      bestRank = rank;
    }
  }
  return best === null ? '' : canonicalMark(scheme, best);
}

/** Every portion mark the briefing carries (bottom line, sections, judgments). */
export function portionMarks(doc: BriefingDoc): string[] {
  const marks = [doc.bottomLine.portion, ...doc.sections.map((s) => s.portion), ...doc.keyJudgments.map((k) => k.portion)];
  return marks.filter((m): m is string => !!m && m.trim() !== '');
}

/** The banner printed at the top and bottom of every page. */
export function printedBanner(doc: BriefingDoc): string {
  const { scheme, banner, portionMarks: usePortions } = doc.marking;
  return highWaterMark(scheme, usePortions ? [banner, ...portionMarks(doc)] : [banner]);
}

/** The mark printed before a paragraph: "(U)", "(CUI)", "(TLP:AMBER)"; the banner's own when the part has none. */
export function portionLabel(doc: BriefingDoc, portion: string | null): string | null {
  if (!doc.marking.portionMarks) return null;
  const mark = canonicalMark(doc.marking.scheme, portion?.trim() ? portion : doc.marking.banner);
  return `(${PORTION_ABBREVIATIONS[mark] ?? mark})`;
}
