/** Hard limits that keep one hostile or oversized file from stalling an import. */
export const LIMITS = {
  /** Files above this are refused before they are read. */
  maxFileBytes: 100 * 1024 * 1024,
  pdfMaxPages: 300,
  pdfTimeoutMs: 30_000,
  zipMaxEntries: 2_000,
  zipMaxTotalBytes: 200 * 1024 * 1024,
  /** Largest uncompressed/compressed ratio accepted for a single zip entry. */
  zipMaxRatio: 100,
  /** Entries this small may compress arbitrarily well without being suspect. */
  zipRatioMinBytes: 1024 * 1024,
  feedMaxItems: 5_000,
  fetchTimeoutMs: 30_000,
  fetchMaxBytes: 25 * 1024 * 1024,
  fetchMaxRedirects: 5,
} as const;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
