/**
 * Plain text cut into paragraphs and runs, each run knowing which highlights cover it. The text is never parsed
 * as markup: runs are rendered as text nodes, so whatever an article contains stays inert.
 */

export type MarkKind = 'mention' | 'quote' | 'event' | 'evidence';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** What hovering shows, e.g. "Russia (RUS), country" or "RUS → JPN: REJECT, conflictual". */
  note: string;
  /** A CSS-safe polarity for events, so they can be tinted. */
  tone?: 'cooperative' | 'conflictual' | 'neutral';
}

export interface Run {
  text: string;
  start: number;
  kinds: MarkKind[];
  notes: string[];
  tone: Mark['tone'] | null;
}

export interface Paragraph {
  start: number;
  runs: Run[];
}

/** Consecutive runs inside the evidence span or outside it: the evidence is drawn as one highlight. */
export interface RunGroup {
  evidence: boolean;
  start: number;
  runs: Run[];
}

/** Paragraphs at blank lines, trimmed, with their offsets into the text kept. */
export function paragraphSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const gap = /\n\s*\n/g;
  let from = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/** Cut each paragraph at every mark boundary inside it; each run lists the marks that cover it. */
export function markText(text: string, marks: Mark[]): Paragraph[] {
  const valid = marks
    .filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return paragraphSpans(text).map((p) => {
    const inside = valid.filter((m) => m.end > p.start && m.start < p.end);
    const cuts = new Set<number>([p.start, p.end]);
    for (const m of inside) {
      cuts.add(Math.max(p.start, m.start));
      cuts.add(Math.min(p.end, m.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const s = points[i]!;
      const e = points[i + 1]!;
      const covering = inside.filter((m) => m.start <= s && m.end >= e);
      const kinds = [...new Set(covering.map((m) => m.kind))];
      const notes = [...new Set(covering.map((m) => m.note).filter(Boolean))];
      const tone = covering.find((m) => m.kind === 'event')?.tone ?? null;
      const prev = runs[runs.length - 1];
      // Neighbouring runs under the same marks are one run.
      if (prev && same(prev.kinds, kinds) && same(prev.notes, notes)) prev.text += text.slice(s, e);
      else runs.push({ text: text.slice(s, e), start: s, kinds, notes, tone });
    }
    return { start: p.start, runs };
  });
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Group a paragraph's runs so that the evidence span (which may hold several runs) is one group. */
export function groupEvidence(runs: Run[]): RunGroup[] {
  const out: RunGroup[] = [];
  for (const r of runs) {
    const evidence = r.kinds.includes('evidence');
    const last = out[out.length - 1];
    if (last && last.evidence === evidence) last.runs.push(r);
    else out.push({ evidence, start: r.start, runs: [r] });
  }
  return out;
}
