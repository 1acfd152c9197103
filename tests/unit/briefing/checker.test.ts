import { describe, expect, it } from 'vitest';
import { checkBriefing } from '../../../electron/core/briefing/checker';
import { termFor } from '../../../electron/core/briefing/scales';
import { doc, judgment } from './doc-fixture';

const codes = (d: ReturnType<typeof doc>) => checkBriefing(d).map((w) => w.code);

describe('the estimative-language checker', () => {
  it('has nothing to say about a clean, cited judgment whose words match its band', () => {
    const d = doc({ keyJudgments: [judgment('Russia will likely keep courting Seoul through the summer.')] });
    expect(checkBriefing(d)).toEqual([]);
  });

  it('warns when one sentence carries both a likelihood and a confidence level', () => {
    const d = doc({ keyJudgments: [judgment('We assess with high confidence that Russia will likely court Seoul.')] });
    const [w] = checkBriefing(d);
    expect(w).toMatchObject({ code: 'mixed-likelihood-confidence', where: { kind: 'judgment', id: 'k1' } });
    expect(w!.message).toContain('"likely"');
    expect(w!.message).toContain('"high confidence"');
    // Separate sentences are fine.
    const apart = doc({ keyJudgments: [judgment('Russia will likely court Seoul. We have high confidence in the sources.')] });
    expect(codes(apart)).toEqual([]);
  });

  it('warns when a judgment cites no evidence', () => {
    const d = doc({ keyJudgments: [judgment('Russia will likely court Seoul.', { citationIds: [] })] });
    expect(codes(d)).toEqual(['no-evidence']);
    const inText = doc({ keyJudgments: [judgment('Russia will likely court Seoul.[^c2]', { citationIds: [] })] });
    expect(codes(inText)).toEqual([]);
  });

  it("warns when words from another scale appear, and names the briefing's own term", () => {
    const d = doc({ keyJudgments: [judgment('There is a realistic possibility that talks resume.', { likelihood: [40, 50] })] });
    const warnings = checkBriefing(d);
    expect(warnings.map((w) => w.code)).toEqual(['mixed-scales']);
    expect(warnings[0]!.message).toContain('PHIA');
    expect(warnings[0]!.message).toContain('roughly even chance');
    const phia = doc({
      scale: 'PHIA',
      keyJudgments: [judgment('There is a realistic possibility that talks resume.', { likelihood: [40, 50] })],
    });
    expect(codes(phia)).toEqual([]);
  });

  it("warns when a judgment's words contradict its band", () => {
    const d = doc({ keyJudgments: [judgment('Russia will likely court Seoul.', { likelihood: [5, 20] })] });
    const warnings = checkBriefing(d);
    expect(warnings.map((w) => w.code)).toEqual(['words-contradict-band']);
    expect(warnings[0]!.message).toContain('55–80%');
    expect(warnings[0]!.message).toContain('very unlikely');
    // "unlikely" is not read as "likely".
    expect(codes(doc({ keyJudgments: [judgment('A deal is unlikely this year.', { likelihood: [20, 45] })] }))).toEqual([]);
  });

  it('checks the bottom line and sections too, and flags a drafted bottom line and unknown citations', () => {
    const d = doc({
      bottomLine: { text: 'We are highly confident a deal is very likely.[^c9]', draft: true, portion: null },
    });
    expect(codes(d)).toEqual(['mixed-likelihood-confidence', 'draft-bottom-line', 'unknown-citation']);
  });
});

describe('likelihood scales', () => {
  it('prints the word of the scale for a band', () => {
    expect(termFor('ICD203', [55, 80]).term).toBe('likely');
    expect(termFor('PHIA', [55, 80]).term).toBe('likely');
    expect(termFor('Kent', [63, 87]).term).toBe('probable');
    expect(termFor('ICD203', [5, 20]).term).toBe('very unlikely');
    expect(termFor('PHIA', [0, 5]).term).toBe('remote chance');
    expect(termFor('Kent', [100, 100]).term).toBe('certain');
  });
});
