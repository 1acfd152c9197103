import type { Out } from '../../electron/cli/io';

/** A terminal stand-in that records what the CLI prints. */
export function captureOut(): Out & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    line: (t = '') => void stdout.push(t),
    error: (t) => void stderr.push(t),
    progress: () => undefined,
    endProgress: () => undefined,
    bold: (s) => s,
    dim: (s) => s,
    hit: (s) => `[${s}]`,
  };
}
