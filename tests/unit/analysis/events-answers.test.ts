import { describe, expect, it } from 'vitest';
import { eventsOf, pairs, type Lexicon } from './event-helpers';

// Answers to an earlier act of the same text, in short texts written for these tests.
const lex: Lexicon = {
  Peru: ['PER', 'country'],
  Chile: ['CHL', 'country'],
  Lima: ['PER', 'capital'],
  Santiago: ['CHL', 'capital'],
  Bolivia: ['BOL', 'country'],
  'Chilean ambassador': ['CHL', 'institution'],
  Brazil: ['BRA', 'country'],
};

const counted = (text: string) => eventsOf(text, lex).filter((e) => !e.negated && !e.hypothetical);
const answer = (text: string, by: string) => counted(text).filter((e) => e.source === by);

describe('answers to an earlier act, and states named by what they are', () => {
  it('reads condemnation of "the launch" or "the attack" as aimed at the one who did it', () => {
    expect(pairs(answer('Peru fired a missile over the sea. Santiago condemned the launch.', 'CHL'))).toEqual(['CHL>PER']);
    expect(pairs(answer('Peru attacked Bolivia. Chile condemned the attack.', 'CHL'))).toEqual(['CHL>PER']);
  });

  it('reads a bare refusal as the answer to the demand made of the refusing state', () => {
    const text = 'Peru ordered the Chilean ambassador to leave within two days. Santiago refused, saying the order was void.';
    expect(answer(text, 'CHL')).toMatchObject([{ target: 'PER', category: 'REJECT' }]);
  });

  it('reads a denial of "the accusations" as rejecting all who made them', () => {
    const text = 'Peru and Bolivia accused Chile of spying. Santiago denied the accusations.';
    expect(pairs(answer(text, 'CHL')).sort()).toEqual(['CHL>BOL', 'CHL>PER']);
    expect(answer(text, 'CHL').map((e) => e.category)).toEqual(['REJECT', 'REJECT']);
  });

  it('leaves an answer alone when the earlier act was its own, or when it names its party', () => {
    expect(answer('Chile attacked Bolivia. Chile condemned the attack.', 'CHL').filter((e) => e.target === 'CHL')).toEqual([]);
    expect(pairs(answer('Peru attacked Bolivia. Chile condemned the attack by Peru.', 'CHL'))).toEqual(['CHL>PER']);
    // nothing earlier to answer
    expect(answer('Chile condemned the attack.', 'CHL')).toEqual([]);
  });

  it('reads "the emirate" or "the Gulf state" as the latest state named before that the sentence has not named', () => {
    const text = 'Peru cut ties with Chile. Bolivia sent food to the emirate.';
    expect(pairs(answer(text, 'BOL'))).toEqual(['BOL>CHL']);
    // a plain "the country" after a state of the same sentence is left unread
    expect(answer('Peru cut ties with Chile. Bolivia said the country would send food.', 'BOL')).toEqual([]);
  });

  it('reads "the two countries" as the two states named last, and trading accusations as both accusing', () => {
    const text = 'Peru blamed Chile for the border incident, as the two countries traded accusations.';
    expect(pairs(counted(text)).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads "this is piracy" said after a deed as an accusation of its doer', () => {
    const text = 'Peru seized a ship off Chile. "This is piracy," Santiago said.';
    expect(answer(text, 'CHL')).toMatchObject([{ target: 'PER', category: 'ACCUSE' }]);
    // praise of it is none
    expect(answer('Peru sent aid to Chile. "This is generous," Santiago said.', 'CHL')).toEqual([]);
  });

  it('reads a denial of accusations with no determiner, even of its own people, as rejecting their authors', () => {
    const lexWithDemonym: Lexicon = { ...lex, Chilean: ['CHL', 'demonym'] };
    const text = 'Peru warned Chile over the attacks. Santiago rejected accusations of Chilean involvement in the attacks.';
    const events = eventsOf(text, lexWithDemonym).filter((e) => !e.negated && !e.hypothetical && e.source === 'CHL');
    expect(events).toMatchObject([{ target: 'PER', category: 'REJECT' }]);
  });

  it('reads "both nations" after a verb as the two states named before the sentence, not its own subjects', () => {
    const text = 'Peru and Chile clashed at the border. Bolivia and Brazil urged both nations to show restraint.';
    expect(pairs(counted(text).filter((e) => e.category === 'REQUEST')).sort()).toEqual([
      'BOL>CHL',
      'BOL>PER',
      'BRA>CHL',
      'BRA>PER',
    ]);
    // as the subject of reported words, the pair is the speakers themselves
    expect(pairs(counted('Peru and Chile said both sides would talk.')).sort()).toEqual(['CHL>PER', 'PER>CHL']);
  });

  it('reads a bare protest as the answer to a hostile act done to the protester, in its sentence or before it', () => {
    expect(answer('Peru shelled Chile. Santiago protested.', 'CHL')).toMatchObject([{ target: 'PER' }]);
    expect(answer('After Peru issued a statement condemning Chile, Santiago protested.', 'CHL')).toMatchObject([
      { target: 'PER' },
    ]);
    // a protest after praise answers nothing, and a deed of its own ("launch attacks") answers no earlier deed
    expect(answer('Peru praised Chile. Santiago protested.', 'CHL')).toEqual([]);
  });

  it('reads words a subject issued after "after" as the subject\'s act', () => {
    const text = 'The protest followed a week after Peru and Bolivia had published a statement condemning abuses in Chile.';
    expect(pairs(counted(text)).sort()).toEqual(['BOL>CHL', 'PER>CHL']);
  });
});
