import type { BriefingDoc, CheckWarning, KeyJudgment } from '../../api/briefing';
import { markersIn } from './citations';
import { bandsOverlap, findConfidence, findTerms, SCALES, termFor, type FoundTerm } from './scales';

/** The estimative-language checker: warnings an analyst should see before printing. Never blocks. */

/** Sentences of a text, with citation markers and Markdown emphasis removed. */
export function sentencesOf(text: string): string[] {
  const plain = text
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/[*_`#>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return [];
  return plain
    .split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const quote = (s: string) => (s.length > 160 ? `${s.slice(0, 159)}…` : s);

/** Terms of the briefing's scale in a text, plus terms that only other scales use. */
function scaleTerms(doc: BriefingDoc, text: string): { own: FoundTerm[]; foreign: FoundTerm[] } {
  const found = findTerms(text);
  const ownPhrases = new Set(SCALES[doc.scale].terms.flatMap((t) => [t.term, ...t.variants]));
  const own = found.filter((f) => f.scale === doc.scale);
  const foreign = found.filter((f) => f.scale !== doc.scale && !ownPhrases.has(f.text.toLowerCase()));
  return { own, foreign };
}

type Where = CheckWarning['where'];

function checkText(doc: BriefingDoc, text: string, where: Where, out: CheckWarning[]): void {
  for (const sentence of sentencesOf(text)) {
    const { own, foreign } = scaleTerms(doc, sentence);
    const confidence = findConfidence(sentence);
    if ((own.length || foreign.length) && confidence.length) {
      const likelihood = (own[0] ?? foreign[0])!.text;
      out.push({
        code: 'mixed-likelihood-confidence',
        message: `This sentence gives both a likelihood ("${likelihood}") and a confidence level ("${confidence[0]}"); state them in separate sentences.`,
        where,
        excerpt: quote(sentence),
      });
    }
    const seen = new Set<string>();
    for (const f of foreign) {
      const key = `${f.scale}:${f.text.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        code: 'mixed-scales',
        message: `"${f.text}" belongs to the ${SCALES[f.scale].name}, but this briefing uses the ${SCALES[doc.scale].name}; use "${termFor(doc.scale, [f.term.lo, f.term.hi]).term}" instead.`,
        where,
        excerpt: quote(sentence),
      });
    }
  }
}

function checkJudgment(doc: BriefingDoc, k: KeyJudgment, out: CheckWarning[]): void {
  const where: Where = { kind: 'judgment', id: k.id };
  checkText(doc, k.text, where, out);
  const cited = [...k.citationIds, ...markersIn(k.text)];
  if (!cited.length)
    out.push({
      code: 'no-evidence',
      message: 'This judgment cites no evidence; add a citation it rests on.',
      where,
      excerpt: quote(k.text),
    });
  for (const sentence of sentencesOf(k.text)) {
    for (const f of scaleTerms(doc, sentence).own) {
      if (bandsOverlap([f.term.lo, f.term.hi], k.likelihood)) continue;
      out.push({
        code: 'words-contradict-band',
        message: `"${f.text}" means ${f.term.lo}–${f.term.hi}% on the ${SCALES[doc.scale].name}, but the judgment's likelihood is ${k.likelihood[0]}–${k.likelihood[1]}% ("${termFor(doc.scale, k.likelihood).term}").`,
        where,
        excerpt: quote(sentence),
      });
    }
  }
}

/** Every warning for a briefing, judgments first, then the bottom line and the sections in print order. */
export function checkBriefing(doc: BriefingDoc): CheckWarning[] {
  const out: CheckWarning[] = [];
  for (const k of doc.keyJudgments) checkJudgment(doc, k, out);
  checkText(doc, doc.bottomLine.text, { kind: 'bottom-line', id: null }, out);
  if (doc.bottomLine.draft && doc.bottomLine.text.trim())
    out.push({
      code: 'draft-bottom-line',
      message: 'The bottom line is still the drafted text; edit it before printing.',
      where: { kind: 'bottom-line', id: null },
      excerpt: null,
    });
  for (const s of doc.sections) if (s.markdown) checkText(doc, s.markdown, { kind: 'section', id: s.id }, out);

  const known = new Set(doc.citations.map((c) => c.id));
  const cite = (ids: string[], where: Where) => {
    for (const id of ids)
      if (!known.has(id))
        out.push({
          code: 'unknown-citation',
          message: `Citation "${id}" is not in this briefing's sources.`,
          where,
          excerpt: `[^${id}]`,
        });
  };
  for (const k of doc.keyJudgments) cite([...k.citationIds, ...markersIn(k.text)], { kind: 'judgment', id: k.id });
  cite(markersIn(doc.bottomLine.text), { kind: 'bottom-line', id: null });
  for (const s of doc.sections) cite(markersIn(s.markdown), { kind: 'section', id: s.id });
  return out;
}
