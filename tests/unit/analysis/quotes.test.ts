import { describe, expect, it } from 'vitest';
import { Quote } from '../../../electron/api/analysis';
import { findMentions } from '../../../electron/core/analysis/mentions';
import { findQuotes } from '../../../electron/core/analysis/quotes';

const quotes = (text: string, date = '2024-06-06') => findQuotes(text, findMentions(text, date), date);
const brief = (text: string) => quotes(text).map((q) => [q.kind, q.text, q.speaker, q.actor]);

describe('findQuotes', () => {
  it('finds a curly quote with the speaker named after it', () => {
    const text = '\u201cWe will not back down,\u201d Putin said on Friday.';
    expect(brief(text)).toEqual([['direct', 'We will not back down,', 'Vladimir Putin', 'RUS']]);
    const [q] = quotes(text);
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
    expect(Quote.safeParse(q).success).toBe(true);
  });

  it('finds the speaker before the quote and after an inverted verb', () => {
    expect(brief('Lavrov said: "Moscow is open to talks with everyone."')).toEqual([
      ['direct', 'Moscow is open to talks with everyone.', 'Sergei Lavrov', 'RUS'],
    ]);
    expect(brief('"The sanctions have failed completely," said Wang Yi.')).toEqual([
      ['direct', 'The sanctions have failed completely,', 'Wang Yi', 'CHN'],
    ]);
  });

  it('keeps multi-sentence quotes whole and resolves he to the last speaker', () => {
    const text = 'Fumio Kishida visited Seoul. \u201cOur ties are strong. They will grow,\u201d he told reporters.';
    expect(brief(text)).toEqual([['direct', 'Our ties are strong. They will grow,', 'Fumio Kishida', 'JPN']]);
  });

  it('gives both halves of a split quote the same speaker', () => {
    const text = '"We have no plans to attack," Zelensky said, "but we will defend every village."';
    expect(brief(text)).toEqual([
      ['direct', 'We have no plans to attack,', 'Volodymyr Zelensky', 'UKR'],
      ['direct', 'but we will defend every village.', 'Volodymyr Zelensky', 'UKR'],
    ]);
  });

  it('attributes a quote introduced by a participle to the subject', () => {
    const text = 'Putin rejected the offer, saying, \u201cWe will not negotiate under pressure.\u201d';
    expect(brief(text)[0]).toEqual(['direct', 'We will not negotiate under pressure.', 'Vladimir Putin', 'RUS']);
  });

  it('ignores scare quotes', () => {
    expect(brief('Officials called the plan a \u201cgame changer\u201d and moved on.')).toEqual([]);
    expect(brief('The team won the \u2018courage award\u2019 this year.')).toEqual([]);
  });

  it('reports indirect speech with the reported clause', () => {
    expect(brief('Lavrov said Russia would respond to any provocation.')).toEqual([
      ['indirect', 'Russia would respond to any provocation', 'Sergei Lavrov', 'RUS'],
    ]);
    expect(brief('Putin told reporters that the talks had stalled.')).toEqual([
      ['indirect', 'the talks had stalled', 'Vladimir Putin', 'RUS'],
    ]);
    expect(brief('According to the Kremlin, the meeting will take place in June.')).toEqual([
      ['indirect', 'the meeting will take place in June', 'Kremlin', 'RUS'],
    ]);
  });

  it('keeps an unknown speaker by name without a country', () => {
    expect(brief('"Prices will keep rising," said Maria Lopez, an economist.')).toEqual([
      ['direct', 'Prices will keep rising,', 'Maria Lopez', null],
    ]);
  });

  it('reads straight quotes across sentences and a speaker after the verb', () => {
    expect(brief('"Nothing has changed. The offer stands," said Putin.')).toEqual([
      ['direct', 'Nothing has changed. The offer stands,', 'Vladimir Putin', 'RUS'],
    ]);
  });

  it('names an unknown speaker introduced with an apposition', () => {
    expect(brief('"It could have been much worse," Omar Haddad, a local official, said.')).toEqual([
      ['direct', 'It could have been much worse,', 'Omar Haddad', null],
    ]);
  });

  it('gives a follow-up quotation paragraph to the same speaker', () => {
    const text = '"The door is open," said Antony Blinken.\n"We expect an answer this week."';
    expect(brief(text).map((q) => q[2])).toEqual(['Antony Blinken', 'Antony Blinken']);
  });

  it('names the person a pronoun speaker refers to', () => {
    const text = 'Annalena Baerbock arrived in Kyiv on Monday. "Germany stands with Ukraine," she told reporters.';
    expect(brief(text)).toEqual([['direct', 'Germany stands with Ukraine,', 'Annalena Baerbock', 'DEU']]);
  });

  it('leaves the speaker empty when a pronoun has no antecedent', () => {
    expect(brief('"We will see what happens next," he said.')).toEqual([
      ['direct', 'We will see what happens next,', null, null],
    ]);
  });
});
