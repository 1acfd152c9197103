import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../electron/api/dates';

const value = (s: string) => {
  const r = parseDate(s);
  return r.ok ? [r.value, r.precision] : r.message;
};

describe('typed dates', () => {
  it('reads the forms analysts type', () => {
    expect(value('6 June 2024')).toEqual(['2024-06-06', 'day']);
    expect(value('6th of June, 2024')).toEqual(['2024-06-06', 'day']);
    expect(value('June 6, 2024')).toEqual(['2024-06-06', 'day']);
    expect(value('Sept. 30 2023')).toEqual(['2023-09-30', 'day']);
    expect(value('2024-06-06')).toEqual(['2024-06-06', 'day']);
    expect(value('2024-06-06T22:15:00Z')).toEqual(['2024-06-06', 'day']);
    expect(value('2024/6/6')).toEqual(['2024-06-06', 'day']);
    expect(value('June 2024')).toEqual(['2024-06', 'month']);
    expect(value('06/2024')).toEqual(['2024-06', 'month']);
    expect(value('2024-06')).toEqual(['2024-06', 'month']);
    expect(value('2024')).toEqual(['2024', 'year']);
  });

  it('reads day/month/year only when the order is plain', () => {
    expect(value('25/06/2024')).toEqual(['2024-06-25', 'day']);
    expect(value('06/25/2024')).toEqual(['2024-06-25', 'day']);
    expect(value('06/05/2024')).toBe(
      '"06/05/2024" could be 6 May or June 5: write the month as a word (6 June 2024) or as 2024-06-06',
    );
  });

  it('says which formats it wants when it cannot read one', () => {
    expect(value('next Tuesday')).toBe(
      'Cannot read "next Tuesday" as a date; write it as 2024-06-06, 6 June 2024, June 6, 2024, June 2024, 06/2024 or 2024',
    );
    expect(value('Junk 6 2024')).toMatch(/^Cannot read "Junk 6 2024"/);
  });

  it('refuses days and months that do not exist', () => {
    expect(value('30 February 2024')).toBe('"30 February 2024": February 2024 has no day 30');
    expect(value('2024-13')).toBe('"2024-13": there is no month 13');
    expect(value('29 Feb 2024')).toEqual(['2024-02-29', 'day']);
  });
});
