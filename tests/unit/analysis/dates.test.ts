import { describe, expect, it } from 'vitest';
import { TemporalExpression } from '../../../electron/api/analysis';
import { findDates } from '../../../electron/core/analysis/dates';

// Thursday, 6 June 2024.
const PUBLISHED = '2024-06-06';

function one(text: string, phrase: string, published: string | null = PUBLISHED) {
  const found = findDates(text, published).find((d) => d.text.includes(phrase) || phrase.includes(d.text));
  if (!found) throw new Error(`no expression for "${phrase}" in: ${text}`);
  return found;
}

describe('findDates: the seed article', () => {
  it('reads "June 5" as the day before publication', () => {
    const d = one('On June 5, the president praised the neighbour for its restraint.', 'June 5');
    expect(d).toMatchObject({
      type: 'DATE',
      value: '2024-06-05',
      precision: 'day',
      earliest: '2024-06-05',
      latest: '2024-06-05',
    });
  });

  it('reads "after the spring of 2025" as an open interval starting when spring ends', () => {
    const d = one('The minister said he would resign after the spring of 2025 and hand over power.', 'spring of 2025');
    expect(d).toMatchObject({ type: 'DATE', value: '2025-SP', qualifier: 'after', precision: 'season', latest: null });
    expect(d.earliest).toBe('2025-06-01');
  });

  it('finds vague references to the past, present and future', () => {
    const text = 'Trade is currently weak, but ties built over the past decades may recover in the future.';
    expect(one(text, 'currently')).toMatchObject({ value: 'PRESENT_REF', precision: 'vague' });
    expect(one(text, 'past decades')).toMatchObject({ value: 'PAST_REF', precision: 'vague', earliest: null, latest: PUBLISHED });
    expect(one(text, 'the future')).toMatchObject({ value: 'FUTURE_REF', precision: 'vague', earliest: PUBLISHED, latest: null });
  });
});

describe('findDates: absolute and partial dates', () => {
  it('reads full dates in the common orders', () => {
    const text = 'The treaty was signed on March 3, 2021, ratified on 14 July 2022 and took effect 2023-01-01.';
    const values = findDates(text, PUBLISHED).map((d) => d.value);
    expect(values).toEqual(['2021-03-03', '2022-07-14', '2023-01-01']);
  });

  it('gives a yearless date the nearest sensible year', () => {
    expect(one('Talks ended on Dec. 28 without a deal.', 'Dec. 28', '2024-01-10').value).toBe('2023-12-28');
    expect(one('The summit will open on Jan. 4.', 'Jan. 4', '2023-12-20').value).toBe('2024-01-04');
  });

  it('reads bare years, months and decades', () => {
    expect(one('The border was redrawn in 1998.', '1998')).toMatchObject({
      value: '1998',
      precision: 'year',
      earliest: '1998-01-01',
      latest: '1998-12-31',
    });
    expect(one('Prices jumped in March.', 'March')).toMatchObject({ value: '2024-03', precision: 'month' });
    expect(one('Arms sales boomed in the 1990s.', '1990s')).toMatchObject({
      value: '199',
      precision: 'decade',
      earliest: '1990-01-01',
      latest: '1999-12-31',
    });
  });

  it('does not take counts or money for years', () => {
    expect(findDates('Some 2500 troops and $1990 in cash were reported.', PUBLISHED)).toEqual([]);
  });
});

describe('findDates: relative expressions', () => {
  it('resolves day words and weekdays against the publication date', () => {
    const text = 'The envoy arrived yesterday, met officials on Tuesday and leaves tomorrow.';
    expect(one(text, 'yesterday').value).toBe('2024-06-05');
    expect(one(text, 'Tuesday').value).toBe('2024-06-04');
    expect(one(text, 'tomorrow').value).toBe('2024-06-07');
  });

  it('sends a weekday forward when the clause speaks of the future', () => {
    expect(one('The ministers will meet again on Monday.', 'Monday').value).toBe('2024-06-10');
  });

  it('resolves last week, next month and counted offsets', () => {
    const text = 'Shelling resumed last week, two days ago the talks collapsed, and elections are due next month.';
    expect(one(text, 'last week')).toMatchObject({ value: '2024-W22', precision: 'week' });
    expect(one(text, 'two days ago').value).toBe('2024-06-04');
    expect(one(text, 'next month')).toMatchObject({ value: '2024-07', precision: 'month' });
  });

  it('bounds "earlier this year" between New Year and publication', () => {
    const d = one('The sanctions were tightened earlier this year.', 'earlier this year');
    expect(d).toMatchObject({ value: '2024', earliest: '2024-01-01', latest: PUBLISHED });
  });

  it('counts "the next day" from the last date in the text', () => {
    const found = findDates('The ceasefire began on May 2. The next day, both sides reported violations.', PUBLISHED);
    expect(found.map((d) => d.value)).toEqual(['2024-05-02', '2024-05-03']);
  });
});

describe('findDates: seasons, quarters, weeks', () => {
  it('reads quarters, weeks and seasons', () => {
    const text = 'Exports should grow in the third quarter; they recovered this week and may peak this summer.';
    expect(one(text, 'third quarter')).toMatchObject({
      value: '2024-Q3',
      precision: 'quarter',
      earliest: '2024-07-01',
      latest: '2024-09-30',
    });
    expect(one(text, 'this week')).toMatchObject({
      value: '2024-W23',
      precision: 'week',
      earliest: '2024-06-03',
      latest: '2024-06-09',
    });
    expect(one(text, 'this summer')).toMatchObject({ value: '2024-SU', precision: 'season' });
  });

  it('puts a quarter that has not come yet in the previous year when the clause is past', () => {
    expect(one('Exports fell in the fourth quarter.', 'fourth quarter').value).toBe('2023-Q4');
  });

  it('puts winter across the turn of the year', () => {
    expect(one('Gas ran short in the winter of 2022.', 'winter of 2022')).toMatchObject({
      value: '2022-WI',
      earliest: '2022-12-01',
      latest: '2023-02-28',
    });
  });
});

describe('findDates: open intervals', () => {
  it('turns since, until, before and by into bounds', () => {
    expect(one('Troops have been deployed since 2014.', '2014')).toMatchObject({
      qualifier: 'since',
      earliest: '2014-01-01',
      latest: null,
    });
    expect(one('The embargo stays until March 2025.', 'March 2025')).toMatchObject({
      qualifier: 'until',
      earliest: null,
      latest: '2025-03-31',
    });
    expect(one('No deal is expected before 2026.', '2026')).toMatchObject({
      qualifier: 'before',
      earliest: null,
      latest: '2025-12-31',
    });
    expect(one('Envoys must report by the end of next month.', 'next month')).toMatchObject({ qualifier: 'by', earliest: null });
  });

  it('reads a range as a start and an end', () => {
    const [from, to] = findDates('He served as ambassador from 2009 to 2013.', PUBLISHED);
    expect(from).toMatchObject({ value: '2009', qualifier: 'since', earliest: '2009-01-01', latest: null });
    expect(to).toMatchObject({ value: '2013', qualifier: 'until', earliest: null, latest: '2013-12-31' });
  });
});

describe('findDates: durations, sets and times', () => {
  it('values durations as TimeML periods', () => {
    const text = 'The war lasted three years; the siege two weeks; the audit takes P3D; a ten-hour meeting followed.';
    const durations = findDates(text, PUBLISHED)
      .filter((d) => d.type === 'DURATION')
      .map((d) => d.value);
    expect(durations).toEqual(['P3Y', 'P2W', 'P3D', 'PT10H']);
  });

  it('does not take ages for durations', () => {
    expect(findDates('A 45-year-old man was arrested.', PUBLISHED)).toEqual([]);
  });

  it('values recurring events as sets', () => {
    const text = 'Inspectors visit every week and the council meets annually.';
    expect(findDates(text, PUBLISHED).map((d) => [d.type, d.value])).toEqual([
      ['SET', 'P1W'],
      ['SET', 'P1Y'],
    ]);
  });

  it('reads parts of the day and clock times', () => {
    expect(one('Sirens sounded on Tuesday morning.', 'Tuesday morning')).toMatchObject({ type: 'TIME', value: '2024-06-04TMO' });
    expect(one('The vote closes at 5 p.m. Friday.', '5 p.m.')).toMatchObject({ type: 'TIME', value: '2024-06-07T17:00' });
  });
});

describe('findDates: output contract', () => {
  it('gives offsets that slice back to the expression text', () => {
    const text = '“Since 2019,” the minister said on Wednesday, “we have waited — and will wait until next year.”';
    const found = findDates(text, PUBLISHED);
    expect(found.length).toBe(3);
    for (const d of found) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(TemporalExpression.safeParse(d).success).toBe(true);
    }
  });

  it('returns nothing for a sentence without dates', () => {
    expect(findDates('The foreign minister criticised the decision in strong terms.', PUBLISHED)).toEqual([]);
  });

  it('leaves relative dates unresolved without a publication date', () => {
    const d = one('The convoy left yesterday.', 'yesterday', null);
    expect(d).toMatchObject({ value: 'XXXX-XX-XX', earliest: null, latest: null });
  });
});
