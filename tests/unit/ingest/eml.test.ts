import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractEml } from '../../../electron/core/ingest/eml';

const mail = (headers: string[], body: string) => new Uint8Array(Buffer.from([...headers, '', body].join('\r\n')));

describe('e-mail extraction', () => {
  it('takes the subject as title, the sender name as site and the Date header day as written', async () => {
    const bytes = mail(
      [
        'From: "Korea Briefing" <desk@briefing.example>',
        'To: analyst@example.com',
        'Subject: Fwd: Seoul reacts to Moscow',
        'Date: Thu, 06 Jun 2024 23:30:00 +0900',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
      ],
      'South Korea protested on Thursday.\r\n\r\nThe ministry summoned\r\nthe ambassador.',
    );
    const a = await extractEml(bytes, { fileName: 'brief.eml' });
    expect(a).toMatchObject({ title: 'Seoul reacts to Moscow', site: 'Korea Briefing', format: 'eml', html: null });
    expect(a.published).toEqual({ value: '2024-06-06', precision: 'day', source: 'email-date' });
    expect(a.text).toBe('South Korea protested on Thursday.\n\nThe ministry summoned the ambassador.');
  });

  it('prefers the HTML part of a newsletter and falls back to the sender domain', async () => {
    const html =
      '<html><body><h1>Weekly</h1><p>First story about the summit in Geneva and what delegates said.</p><p>Second story on trade.</p><script>alert(1)</script></body></html>';
    const bytes = mail(
      [
        'From: news@letters.example.org',
        'Subject: Weekly digest',
        'Date: Mon, 3 Mar 2025 08:00:00 +0000',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="b1"',
      ],
      [
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'plain version',
        '--b1',
        'Content-Type: text/html; charset=utf-8',
        '',
        html,
        '--b1--',
        '',
      ].join('\r\n'),
    );
    const a = await extractEml(bytes, { fileName: 'digest.eml' });
    expect(a.site).toBe('letters.example.org');
    expect(a.text).toContain('First story about the summit');
    expect(a.text).not.toContain('plain version');
    expect(a.html).not.toContain('script');
  });

  it('decodes encoded-word subjects and quoted-printable bodies in legacy charsets', async () => {
    const qp = [...iconv.encode('Переговоры продолжатся.', 'windows-1251')]
      .map((b) => (b > 0x7e || b === 0x3d ? `=${b.toString(16).toUpperCase()}` : String.fromCharCode(b)))
      .join('');
    const subject = `=?windows-1251?B?${iconv.encode('Новости дня', 'windows-1251').toString('base64')}?=`;
    const bytes = mail(
      [
        'From: Desk <desk@lenta.example>',
        `Subject: ${subject}`,
        'Date: 3 Jan 2006 10:00:00 +0300',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=windows-1251',
        'Content-Transfer-Encoding: quoted-printable',
      ],
      qp,
    );
    const a = await extractEml(bytes, { fileName: 'ru.eml' });
    expect(a).toMatchObject({ title: 'Новости дня', text: 'Переговоры продолжатся.', published: { value: '2006-01-03' } });
  });
});
