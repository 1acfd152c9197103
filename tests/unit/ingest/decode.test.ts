import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/ingest/decode';

const RUSSIAN =
  'Президент России заявил в среду, что переговоры с соседними странами будут продолжены в ближайшее время. ' +
  'Министр иностранных дел сообщил журналистам, что встреча пройдёт в Москве на следующей неделе.';
const enc = (s: string, e: string) => new Uint8Array(iconv.encode(s, e));

describe('decodeText', () => {
  it('follows a byte order mark before anything else', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<meta charset="windows-1251">Привет')]);
    expect(decodeText(bytes, { contentType: 'text/html; charset=koi8-r' })).toEqual({
      text: '<meta charset="windows-1251">Привет',
      encoding: 'utf-8',
    });
    expect(decodeText(enc('\ufeffHallo Welt', 'utf-16le'), {}).text).toBe('Hallo Welt');
  });

  it('uses the HTTP charset, then the meta charset, then the XML declaration', () => {
    expect(decodeText(enc(RUSSIAN, 'koi8-r'), { contentType: 'text/html; charset=KOI8-R' }).text).toBe(RUSSIAN);
    const meta = enc(
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>${RUSSIAN}</body></html>`,
      'windows-1251',
    );
    expect(decodeText(meta, { format: 'html' }).text).toContain(RUSSIAN);
    const xml = enc(`<?xml version="1.0" encoding="ibm866"?><rss><title>${RUSSIAN}</title></rss>`, 'ibm866');
    expect(decodeText(xml, {}).encoding).toBe('ibm866');
  });

  it('catches a page declared UTF-8 whose bytes are windows-1251', () => {
    const bytes = enc(`<html><head><meta charset="utf-8"></head><body>${RUSSIAN}</body></html>`, 'windows-1251');
    const decoded = decodeText(bytes, { format: 'html' });
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toContain(RUSSIAN);
  });

  it('prefers detection when windows-1252 is declared but the text is clearly KOI8-R Cyrillic', () => {
    const decoded = decodeText(enc(RUSSIAN, 'koi8-r'), { contentType: 'text/plain; charset=windows-1252' });
    expect(decoded.encoding).toBe('koi8-r');
    expect(decoded.text).toBe(RUSSIAN);
  });

  it('keeps a correct windows-1252 declaration for Western European text', () => {
    const french = 'Le président a déclaré mercredi que les négociations reprendraient à Genève après l’été.';
    expect(decodeText(enc(french, 'windows-1252'), { contentType: 'text/html; charset=windows-1252' }).text).toBe(french);
  });

  it('detects undeclared legacy encodings: the three Russian code pages and East Asian ones', () => {
    for (const e of ['windows-1251', 'koi8-r', 'ibm866']) expect(decodeText(enc(RUSSIAN, e), {}).text).toBe(RUSSIAN);
    const korean =
      '대한민국 정부는 수요일 러시아 대통령의 발언에 대해 깊은 유감을 표명했다. 외교부 대변인은 기자회견에서 입장을 밝혔다.';
    expect(decodeText(enc(korean, 'euc-kr'), {}).text).toBe(korean);
    const chinese = '中华人民共和国外交部发言人在例行记者会上表示，中方愿同各方一道努力，推动地区局势缓和。';
    expect(decodeText(enc(chinese, 'gb18030'), {}).text).toBe(chinese);
  });

  it('never leaves replacement characters in valid UTF-8 without a declaration', () => {
    const japanese = '日本政府は水曜日、国際原子力機関の決議に反発した。';
    const decoded = decodeText(new Uint8Array(Buffer.from(japanese)), {});
    expect(decoded).toEqual({ text: japanese, encoding: 'utf-8' });
  });

  it('keeps UTF-8 when a UTF-8 page has a few stray legacy bytes', () => {
    const page = Buffer.concat([
      Buffer.from('<meta charset="utf-8"><p>Grüße aus Köln, schöne Straße, Übermut und Ärger.</p>'),
      Buffer.from([0xfc]),
      Buffer.from('<p>Ende</p>'),
    ]);
    const decoded = decodeText(new Uint8Array(page), { format: 'html' });
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Grüße aus Köln, schöne Straße');
  });

  it('decodes as UTF-8 a page that declares gb2312 but is written in UTF-8', () => {
    const page = '<meta charset="gb2312"><p>中华人民共和国外交部发言人在例行记者会上表示。</p>';
    expect(decodeText(new Uint8Array(Buffer.from(page)), { format: 'html' })).toEqual({ text: page, encoding: 'utf-8' });
  });
});
