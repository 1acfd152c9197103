import { describe, expect, it } from 'vitest';
import type { TemporalExpression } from '../../../electron/api/analysis';
import { sentenceDate } from '../../../electron/core/analysis/events';
import { eventsOf, pairs, quotesOf, type Lexicon } from './event-helpers';

const lex: Lexicon = {
  France: ['FRA', 'country'],
  Germany: ['DEU', 'country'],
  Brazil: ['BRA', 'country'],
  Chile: ['CHL', 'country'],
  Peru: ['PER', 'country'],
  Italy: ['ITA', 'country'],
  Spain: ['ESP', 'country'],
  Spanish: ['ESP', 'demonym'],
  Italian: ['ITA', 'demonym'],
  'Prime Minister Rossi': ['ITA', 'person'],
  Rossi: ['ITA', 'person'],
  'President Silva': ['BRA', 'person'],
  Lima: ['PER', 'capital'],
  'North Korea': ['PRK', 'country'],
  'South Korea': ['KOR', 'country'],
};

const counted = (text: string, quotes = quotesOf(text, 'Rossi', 'ITA')) =>
  eventsOf(text, lex, quotes).filter((e) => !e.negated && !e.hypothetical);

describe('extractEvents', () => {
  it('codes a plain hostile act from subject to object', () => {
    const [e] = counted('Brazil condemned Chile over the border closure.');
    expect(e).toMatchObject({ source: 'BRA', target: 'CHL', polarity: 'conflictual', modality: 'verbal', reported: false });
  });

  it('gives both directions for mutual acts', () => {
    expect(pairs(counted('France and Germany signed a trade agreement on Monday.')).sort()).toEqual(['DEU>FRA', 'FRA>DEU']);
    expect(pairs(counted('Talks between Peru and Chile resumed.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads the agent of a passive sentence from the by-phrase', () => {
    expect(pairs(counted('Chile was attacked by Peru overnight.'))).toEqual(['PER>CHL']);
  });

  it('takes the possessor as the source of an act noun', () => {
    const [e] = counted("After Peru's invasion of Chile, markets fell.");
    expect(e).toMatchObject({ source: 'PER', target: 'CHL', category: 'ASSAULT', modality: 'material' });
  });

  it('does not count negated acts and turns a refusal into a conditional rejection', () => {
    const all = eventsOf(
      'Rossi said, “We will not hold talks with Spain unless it withdraws its demands.”',
      lex,
      quotesOf('Rossi said, “We will not hold talks with Spain unless it withdraws its demands.”', 'Rossi', 'ITA'),
    );
    const talk = all.find((e) => e.target === 'ESP');
    expect(talk).toMatchObject({ source: 'ITA', category: 'REJECT', polarity: 'conflictual', conditional: true, negated: false });
    expect(counted('France did not send weapons to Chile.')).toEqual([]);
  });

  it('marks a claim inside reported speech as reported and codes the speaker accusing the actor', () => {
    const events = counted('Prime Minister Rossi said Chile had attacked Peru because Spain violated the truce.');
    const claim = events.find((e) => e.source === 'CHL');
    expect(claim).toMatchObject({ target: 'PER', reported: true, speaker: 'Prime Minister Rossi' });
    expect(events.find((e) => e.source === 'ITA' && e.target === 'ESP')).toMatchObject({ category: 'ACCUSE', reported: false });
  });

  it('ignores countries that name markets, companies or teams', () => {
    expect(counted("Germany's DAX rose while France's stocks fell.")).toEqual([]);
    expect(counted('The Brazil team defeated Chile in the final.')).toEqual([]);
  });

  it('keeps the subject across coordinated verbs', () => {
    const events = counted('Brazil praised Chile for its restraint and promised to cooperate with Peru.');
    expect(pairs(events)).toEqual(['BRA>CHL', 'BRA>PER']);
  });

  it('codes the object of a relative clause as the target', () => {
    const events = counted('France and Germany kept a tariff policy which Italy has criticised.');
    expect(pairs(events).sort()).toEqual(['ITA>DEU', 'ITA>FRA']);
  });

  it('resolves "the ban" to the state that imposed it, and skips the countries it does not cover', () => {
    const text = "Peru is not covered by President Silva's travel ban. Chile and Spain are covered by the ban.";
    expect(pairs(counted(text)).sort()).toEqual(['BRA>CHL', 'BRA>ESP']);
  });

  it('reads the states listed before an elliptical "which are covered" as covered by the ban', () => {
    const text =
      "Peru is not covered by President Silva's travel ban, while delegates of Chile, Spain and Italy, which are covered, must stay home.";
    expect(pairs(counted(text)).sort()).toEqual(['BRA>CHL', 'BRA>ESP', 'BRA>ITA']);
  });

  it('reads "the North" and "the South" once both Koreas are named', () => {
    const text = 'North Korea shelled a post in South Korea. The South retaliated by firing rounds into the North.';
    expect(pairs(counted(text))).toEqual(['PRK>KOR', 'KOR>PRK']);
    expect(pairs(counted('North and South Korea exchanged fire.')).sort()).toEqual(['KOR>PRK', 'PRK>KOR']);
  });

  it('turns cutting or blocking aid into a hostile act of the one who cuts it', () => {
    const [e] = counted('Spain blocked Italian aid to Peru.').filter((x) => x.target === 'PER');
    expect(e).toMatchObject({ source: 'ESP', category: 'SANCTION', polarity: 'conflictual' });
  });

  it('does not count an act that one actor only asks another to do', () => {
    const events = counted('Brazil urged Chile to attack Peru.');
    expect(pairs(events)).toEqual(['BRA>CHL']);
    expect(events[0].category).toBe('REQUEST');
  });

  it('treats a capital after "in" as the venue, not a party', () => {
    expect(pairs(counted('France signed an agreement with Peru in Lima.')).sort()).toEqual(['FRA>PER', 'PER>FRA']);
  });

  it('keeps the subject of coordinated verbs past a possessive noun phrase', () => {
    const events = counted('Brazil thanked Chile and Peru for their support and urged Spain to act.');
    expect(pairs(events)).toEqual(['BRA>CHL', 'BRA>PER', 'BRA>ESP']);
    expect(events.map((e) => e.category)).toEqual(['SUPPORT', 'SUPPORT', 'REQUEST']);
  });

  it('takes the blamed cause of a hostile act as its target', () => {
    const events = counted('Rossi said Chile abandoned talks because Spain violated the agreement.');
    expect(events.find((e) => e.source === 'CHL')).toMatchObject({ target: 'ESP', category: 'REJECT', reported: true });
    expect(events.find((e) => e.source === 'ITA')).toMatchObject({ target: 'ESP', category: 'ACCUSE', reported: false });
  });

  it("dates an event by its sentence's own day, else by the publication date", () => {
    const date = (
      text: string,
      start: number,
      value: string,
      precision: TemporalExpression['precision'],
      earliest: string | null,
    ): TemporalExpression => ({
      text,
      start,
      end: start + text.length,
      type: 'DATE',
      value,
      earliest,
      latest: null,
      precision,
      qualifier: null,
    });
    const dates = [date('in 1994', 5, '1994', 'year', '1994-01-01'), date('June 5', 20, '2024-06-05', 'day', '2024-06-05')];
    expect(sentenceDate(dates, 0, 40, '2024-06-06')).toBe('2024-06-05');
    expect(sentenceDate(dates.slice(0, 1), 0, 40, '2024-06-06')).toBe('1994-01-01');
    expect(sentenceDate(dates, 50, 90, '2024-06-06T08:00:00Z')).toBe('2024-06-06');
  });

  it("keeps a joint act announced by one of its parties as that party's own statement", () => {
    const events = counted('Rossi said, “Our deals with Chile are working.”');
    expect(pairs(events).sort()).toEqual(['CHL>ITA', 'ITA>CHL']);
    expect(events.every((e) => !e.reported)).toBe(true);
  });
});
