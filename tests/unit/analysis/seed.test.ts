import { describe, expect, it } from 'vitest';
import { eventsOf, quotesOf, type Lexicon } from './event-helpers';

// A paraphrase of the seed article's key statements (Putin on Korea, Japan, the US and the West).
const text = [
  'On Wednesday the Russian leader Vladimir Putin praised South Korea for refraining from arming Ukraine and said he was ready to develop ties with Seoul.',
  'Putin told the agencies, “We have no complaints about working with the South Korean authorities, and we thank them for it.”',
  'He nonetheless blamed South Korea for causing problems in bilateral trade.',
  'Putin also backed North Korea, saying it abandoned nuclear talks with the United States because Washington broke the deal.',
  'He warned that if the West lets Ukraine strike Russian territory with its missiles, Moscow will place long-range weapons near Europe.',
  'On Japan, Putin said, “We will not hold talks with Japan unless it changes its stance on Ukraine.”',
].join(' ');

const lex: Lexicon = {
  'Vladimir Putin': ['RUS', 'person'],
  Putin: ['RUS', 'person'],
  'the Russian leader': ['RUS', 'person'],
  'South Korea': ['KOR', 'country'],
  'South Korean': ['KOR', 'demonym'],
  Seoul: ['KOR', 'capital'],
  'North Korea': ['PRK', 'country'],
  Ukraine: ['UKR', 'country'],
  Russian: ['RUS', 'demonym'],
  Moscow: ['RUS', 'capital'],
  'the United States': ['USA', 'country'],
  Washington: ['USA', 'capital'],
  'the West': ['WEST', 'bloc'],
  Japan: ['JPN', 'country'],
  Europe: ['EU', 'bloc'],
};

const events = eventsOf(text, lex, quotesOf(text, 'Putin', 'RUS')).filter((e) => !e.negated && !e.hypothetical);
const between = (s: string, t: string) => events.filter((e) => e.source === s && e.target === t);

describe('the seed story (paraphrased)', () => {
  it('codes Russia as cooperative towards South Korea and also critical of it', () => {
    const toKorea = between('RUS', 'KOR');
    expect(toKorea.filter((e) => e.polarity === 'cooperative').length).toBeGreaterThanOrEqual(2);
    expect(toKorea.some((e) => e.category === 'ACCUSE' && e.polarity === 'conflictual')).toBe(true);
  });

  it('codes the refusal of talks with Japan as a conditional rejection', () => {
    expect(between('RUS', 'JPN')).toEqual([
      expect.objectContaining({ category: 'REJECT', polarity: 'conflictual', conditional: true }),
    ]);
  });

  it('codes Russia as supportive of North Korea and accusing the United States', () => {
    expect(between('RUS', 'PRK').some((e) => e.polarity === 'cooperative')).toBe(true);
    expect(between('RUS', 'USA').some((e) => e.polarity === 'conflictual' && !e.reported)).toBe(true);
  });

  it("keeps North Korea's act towards the United States as Putin's claim", () => {
    const claims = between('PRK', 'USA');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((e) => e.reported && e.speaker === 'Putin')).toBe(true);
  });

  it('codes the missile warning as a threat to the West', () => {
    expect(between('RUS', 'WEST')).toEqual([expect.objectContaining({ category: 'THREATEN', polarity: 'conflictual' })]);
  });
});
