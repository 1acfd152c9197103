import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../electron/core/ingest/lang-guess';

describe('guessLanguage', () => {
  it('recognises languages by writing system', () => {
    expect(guessLanguage('Президент России заявил в среду, что переговоры будут продолжены.')).toBe('ru');
    expect(guessLanguage('Президент України заявив, що переговори буде продовжено найближчим часом.')).toBe('uk');
    expect(guessLanguage('대한민국 정부는 수요일 러시아 대통령의 발언에 대해 유감을 표명했다.')).toBe('ko');
    expect(guessLanguage('イランは反発し、決議に賛成した国への経済制裁などを行うとしている。')).toBe('ja');
    expect(guessLanguage('中华人民共和国外交部发言人在例行记者会上表示，中方愿同各方一道努力。')).toBe('zh');
  });

  it('tells Latin-script languages apart by their common words', () => {
    expect(guessLanguage('The minister said on Monday that the talks with the neighbours would continue in the spring.')).toBe(
      'en',
    );
    expect(
      guessLanguage('Der Minister sagte am Montag, dass die Gespräche mit den Nachbarn im Frühjahr weitergehen und nicht enden.'),
    ).toBe('de');
    expect(
      guessLanguage('Le ministre a déclaré lundi que les négociations avec les voisins reprendraient dans la capitale.'),
    ).toBe('fr');
  });

  it('does not guess from too little text', () => {
    expect(guessLanguage('Summit')).toBeNull();
  });
});
