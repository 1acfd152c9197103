import { BriefingDoc, type Citation, type KeyJudgment } from '../../../electron/api/briefing';

/** A hand-written briefing document for tests that need no library. */

export function citation(id: string, articleId: number, extra: Partial<Citation> = {}): Citation {
  return {
    id,
    articleId,
    outlet: `Outlet ${articleId}`,
    title: `Article ${articleId}`,
    published: '2024-06-06',
    url: `https://example.org/${articleId}`,
    accessed: '2024-06-10',
    localCopy: `originals/${String(articleId).padStart(64, '0')}`,
    reliability: 'B',
    credibility: 2,
    credibilityFrom: 'corroboration',
    eventKey: null,
    quote: null,
    ...extra,
  };
}

export function judgment(text: string, extra: Partial<KeyJudgment> = {}): KeyJudgment {
  return { id: 'k1', text, likelihood: [55, 80], confidence: 'moderate', citationIds: ['c1'], portion: null, ...extra };
}

export function doc(extra: Partial<BriefingDoc> = {}): BriefingDoc {
  return BriefingDoc.parse({
    title: 'Russia and South Korea',
    scope: { country: 'RUS', counterparts: ['KOR'] },
    marking: { scheme: 'tlp', banner: 'TLP:GREEN', portionMarks: false },
    bottomLine: { text: 'Moscow is courting Seoul.[^c1]', draft: false },
    sections: [
      { id: 'bl', kind: 'bottom-line', heading: 'Bottom line' },
      { id: 'kj', kind: 'key-judgments', heading: 'Key judgments' },
      { id: 'an', kind: 'text', heading: 'Analysis', markdown: 'Talks continue.[^c2] Trade is down.[^c1]' },
      { id: 'src', kind: 'sources', heading: 'Sources' },
    ],
    keyJudgments: [],
    citations: [citation('c1', 1), citation('c2', 2)],
    ...extra,
  });
}
