import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../electron/core/analysis/sentences';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps offsets that slice back to each sentence', () => {
    const text = 'Talks resumed in Geneva.  Both sides were cautious!\nA deal is not expected soon?  Maybe later.';
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(4);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not end a sentence at U.S., Mr. or an initial', () => {
    expect(texts('Mr. Novak met U.S. envoys and J. R. Harper in Oslo. The meeting was short.')).toEqual([
      'Mr. Novak met U.S. envoys and J. R. Harper in Oslo.',
      'The meeting was short.',
    ]);
  });

  it('ends a sentence after an abbreviation when a new sentence clearly starts', () => {
    expect(texts('Exports fell in the U.S. The figures surprised analysts.')).toEqual([
      'Exports fell in the U.S.',
      'The figures surprised analysts.',
    ]);
  });

  it('keeps a closing quote with its sentence and splits at line breaks', () => {
    expect(texts('"We are ready." She left.\nHeadline without a full stop\nNext line.')).toEqual([
      '"We are ready."',
      'She left.',
      'Headline without a full stop',
      'Next line.',
    ]);
  });

  it('does not split after a full stop followed by a lower-case word', () => {
    expect(texts('The index rose 2.5 percent vs. last year.')).toHaveLength(1);
  });
});
