/** A cheap language guess for formats that do not declare one: writing system first, then stop words. */
const SCRIPTS: [RegExp, string][] = [
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0e00-\u0e7f]/g, 'th'],
];
const STOP_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'said', 'on'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'sich', 'auch', 'ein', 'eine'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'du'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'una', 'con', 'para'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'una', 'sono', 'della', 'con', 'non', 'gli'],
  pt: ['o', 'a', 'os', 'que', 'de', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'met', 'voor', 'zijn', 'op'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'z', 'do', 'że', 'jest', 'to', 'od', 'jak'],
};
const SAMPLE = 5000;

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return null;
  for (const [re, lang] of SCRIPTS) if ((sample.match(re) ?? []).length > letters * 0.15) return lang;
  const cyrillic = (sample.match(/[\u0400-\u04ff]/g) ?? []).length;
  if (cyrillic > letters * 0.4) return /[іїєґ]/i.test(sample) ? 'uk' : /[ўі]/i.test(sample) ? 'be' : 'ru';
  if ((sample.match(/\p{Script=Han}/gu) ?? []).length > letters * 0.3) return 'zh';
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: [string, number] = ['', 0];
  for (const [lang, stops] of Object.entries(STOP_WORDS)) {
    const set = new Set(stops);
    const hits = words.filter((w) => set.has(w)).length;
    if (hits > best[1]) best = [lang, hits];
  }
  return best[1] >= Math.max(3, words.length * 0.08) ? best[0] : null;
}
