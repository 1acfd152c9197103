/**
 * Near-duplicate detection with MinHash over word shingles, indexed by LSH bands so a new
 * article is compared only with candidates that share a band, not with the whole library.
 */
const HASHES = 32;
const BANDS = 8;
const ROWS = HASHES / BANDS;
const SHINGLE = 4;

// Fixed odd multipliers and offsets: the signature must be the same in every run.
const SEEDS = Array.from({ length: HASHES }, (_, i) => [(0x9e3779b1 * (i + 1)) | 1, (0x85ebca6b * (i + 7)) >>> 0] as const);

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** MinHash signature of a text already passed through `normalizeForHash`; null when too short to compare. */
export function minhash(normalized: string): number[] | null {
  const words = normalized.split(' ').filter(Boolean);
  if (words.length < SHINGLE * 2) return null;
  const wordHashes = words.map(fnv1a);
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= wordHashes.length; i++) {
    // Combine the shingle's word hashes in order (no string building on this hot path).
    let h = 0x811c9dc5;
    for (let j = 0; j < SHINGLE; j++) h = Math.imul(h ^ wordHashes[i + j]!, 0x01000193) >>> 0;
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h, SEEDS[k]![0]) + SEEDS[k]![1]) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

export const encodeSignature = (sig: number[]): string => sig.map((n) => n.toString(16).padStart(8, '0')).join('');
export const decodeSignature = (s: string): number[] =>
  Array.from({ length: s.length / 8 }, (_, i) => parseInt(s.slice(i * 8, i * 8 + 8), 16));

export function bandKeys(sig: number[]): number[] {
  return Array.from({ length: BANDS }, (_, b) => fnv1a(`${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join(',')}`) | 0);
}

export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/** Estimated Jaccard similarity at which two texts count as the same story. */
export const SAME_STORY = 0.5;
