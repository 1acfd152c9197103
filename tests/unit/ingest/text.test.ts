import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../electron/core/ingest/dateline';
import { extractPlainText } from '../../../electron/core/ingest/text';

const txt = (s: string, fileName = 'note.txt') => extractPlainText(new Uint8Array(Buffer.from(s)), { fileName }, 'txt');
const md = (s: string, fileName = 'note.md') => extractPlainText(new Uint8Array(Buffer.from(s)), { fileName }, 'md');

describe('datelines', () => {
  it('reads place, outlet and day from agency datelines, with the year from context', () => {
    expect(parseDateline('MOSCOW, June 5 (Reuters) - Russia said', 2024)).toMatchObject({
      place: 'Moscow',
      outlet: 'Reuters',
      published: { value: '2024-06-05', precision: 'day', source: 'dateline' },
    });
    expect(parseDateline('SEOUL, June 6 (Yonhap) -- South Korea', 2024)).toMatchObject({ place: 'Seoul', outlet: 'Yonhap' });
  });

  it('gives no date when the dateline has no year and nothing in the document supplies one', () => {
    expect(parseDateline('MOSCOW, June 5 (Reuters) - Russia said', null)).toMatchObject({
      place: 'Moscow',
      outlet: 'Reuters',
      published: null,
    });
  });

  it('does not mistake an ordinary opening sentence for a dateline', () => {
    expect(parseDateline('On June 5, Russian President Vladimir Putin commended South Korea.')).toBeNull();
  });
});

describe('plain text and Markdown', () => {
  it('takes the first line as title and a full date line as the publication date', () => {
    const a = txt(
      'Afghan team honored at robotics contest\n\nFriday, July 21, 2017\n\nA group of Afghan teenagers won a medal.\n\nThe team had been denied visas twice.',
    );
    expect(a.title).toBe('Afghan team honored at robotics contest');
    expect(a.published).toEqual({ value: '2017-07-21', precision: 'day', source: 'dateline' });
    expect(a.text).toBe('A group of Afghan teenagers won a medal.\n\nThe team had been denied visas twice.');
  });

  it('completes an agency dateline with the year of a full date elsewhere and keeps place and outlet', () => {
    const a = txt(
      'Seoul protests remarks\nJune 7, 2024\nSEOUL, June 6 (Yonhap) -- South Korea protested on Thursday.\nThe ministry summoned the ambassador.',
    );
    expect(a.published?.value).toBe('2024-06-07');
    expect(a.dateline).toBe('Seoul');
    expect(a.site).toBe('Yonhap');
    expect(a.text).toContain('SEOUL, June 6 (Yonhap) -- South Korea protested');
  });

  it('uses the dateline day when no full date line comes first', () => {
    const a = txt('MOSCOW, June 5, 2024 (Reuters) - Russia said on Wednesday it would respond.\nMore text follows here.');
    expect(a.published).toEqual({ value: '2024-06-05', precision: 'day', source: 'dateline' });
    expect(a.site).toBe('Reuters');
  });

  it('never invents a date from the import time', () => {
    expect(txt('Notes on the summit\n\nNothing here names a day.').published).toBeNull();
  });

  it('takes the title from the first Markdown heading and strips inline markup', () => {
    const a = md(
      '# Summit **talks** resume\n\nBy Jane Roe\n\nDelegates [met](https://example.org) in *Geneva*.\n\n- first point\n- second point\n',
    );
    expect(a.title).toBe('Summit talks resume');
    expect(a.byline).toBe('Jane Roe');
    expect(a.text).toBe('Delegates met in Geneva.\n\n• first point\n• second point');
    expect(a.html).toBeNull();
  });

  it('reads title, author and date from Markdown front matter', () => {
    const a = md('---\ntitle: "Weekly brief"\nauthor: Desk\ndate: 2024-06-06\n---\nBody text.');
    expect(a).toMatchObject({
      title: 'Weekly brief',
      byline: 'Desk',
      published: { value: '2024-06-06', precision: 'day' },
      text: 'Body text.',
    });
  });

  it('keeps a long opening paragraph as text and falls back to the first sentence as title', () => {
    const a = txt('On June 5, Russian President Vladimir Putin commended South Korea. He said more.\nSecond paragraph.');
    expect(a.title).toBe('On June 5, Russian President Vladimir Putin commended South Korea.');
    expect(a.text.split('\n\n')).toHaveLength(2);
  });

  it('does not take the first wrapped line of a hard-wrapped paragraph as the title', () => {
    const a = txt(
      'The delegates met in Geneva on Monday and\nagreed to meet again in April.\n\nA second paragraph.',
      'geneva-talks.txt',
    );
    expect(a.title).toBe('The delegates met in Geneva on Monday and agreed to meet again in April.');
    expect(a.text).toBe('The delegates met in Geneva on Monday and agreed to meet again in April.\n\nA second paragraph.');
  });
});
