/** Terminal output helpers: colour only on a TTY, a one-line progress bar, plain text elsewhere. */
export interface Out {
  line(text?: string): void;
  error(text: string): void;
  progress(done: number, total: number, label: string | null): void;
  endProgress(): void;
  bold(s: string): string;
  dim(s: string): string;
  hit(s: string): string;
}

export function terminal(stdout: NodeJS.WriteStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): Out {
  const tty = !!stdout.isTTY && !process.env.NO_COLOR;
  const errTty = !!stderr.isTTY;
  const wrap = (open: string, close: string) => (s: string) => (tty ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  let drawn = false;
  return {
    line: (text = '') => stdout.write(`${text}\n`),
    error: (text) => stderr.write(`${text}\n`),
    progress(done, total, label) {
      if (!errTty) return;
      const width = 28;
      const filled = total ? Math.round((done / total) * width) : 0;
      const name = (label ?? '').slice(-40);
      stderr.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}`);
      drawn = true;
    },
    endProgress() {
      if (drawn) stderr.write('\r\x1b[K');
      drawn = false;
    },
    bold: wrap('1', '22'),
    dim: wrap('2', '22'),
    hit: tty ? wrap('7', '27') : (s) => `[${s}]`,
  };
}
