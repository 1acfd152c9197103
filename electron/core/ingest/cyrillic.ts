import iconv from 'iconv-lite';

/** Legacy Cyrillic code pages worth telling apart; chardet misses IBM866 and is unsure about KOI8-R. */
const CANDIDATES = ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'];
const FREQUENT = new Set('оеаинтсрвлкмдпуяыьгзбчйжхшюцщэфъё'.slice(0, 16));
const MIN_SCORE = 0.45;
const SAMPLE_BYTES = 64 * 1024;

/**
 * Guess which Cyrillic code page the bytes use by decoding them with each and scoring how
 * much the result looks like running Russian text (mostly lower-case, frequent letters).
 */
export function guessCyrillic(bytes: Uint8Array): { encoding: string; score: number } | null {
  const high = Buffer.from(bytes.subarray(0, SAMPLE_BYTES).filter((b) => b >= 0x80));
  if (high.length < 20) return null;
  let best: { encoding: string; score: number } | null = null;
  for (const encoding of CANDIDATES) {
    const score = cyrillicScore(iconv.decode(high, encoding), high.length);
    if (!best || score > best.score) best = { encoding, score };
  }
  return best && best.score >= MIN_SCORE ? best : null;
}

/** Share of high bytes that decode to one of the most frequent lower-case Russian letters. */
function cyrillicScore(text: string, highBytes: number): number {
  let frequent = 0;
  for (const ch of text) if (FREQUENT.has(ch)) frequent++;
  return frequent / highBytes;
}
