/** Finds spans enclosed in quotation marks: curly or straight, double or single, across sentences. */
export interface QuoteSpan {
  /** Offset of the opening mark and just after the closing mark. */
  start: number;
  end: number;
  /** The quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
}

const OPENS_AFTER = /[\s([{\u2014\u2013:;,-]/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function paragraphEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function push(spans: QuoteSpan[], open: number, close: number): void {
  spans.push({ start: open, end: close + 1, innerStart: open + 1, innerEnd: close });
}

function doubleQuotes(text: string, spans: QuoteSpan[]): void {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && open >= 0) {
      if (text[open] === '\u201c' && text.slice(open + 1, i).trim().length > 0)
        spans.push({ start: open, end: i, innerStart: open + 1, innerEnd: i });
      open = -1;
    } else if (ch === '\u201c' || ch === '\u201e') {
      open = i;
    } else if (ch === '\u201d') {
      if (open >= 0) push(spans, open, i);
      open = -1;
    } else if (ch === '"') {
      const prev = text[i - 1];
      const opening = prev === undefined || OPENS_AFTER.test(prev);
      if (open < 0 && opening) open = i;
      else if (open >= 0 && !(opening && isLetter(text[i + 1]))) {
        push(spans, open, i);
        open = -1;
      } else if (opening) open = i;
    }
  }
}

/** Single quotes only where they cannot be apostrophes: an opening mark after a space, a closing one before a non-letter. */
function singleQuotes(text: string, spans: QuoteSpan[]): void {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\u2018' && ch !== "'") continue;
    const prev = text[i - 1];
    if (!(prev === undefined || OPENS_AFTER.test(prev)) || !isLetter(text[i + 1])) continue;
    const limit = paragraphEnd(text, i);
    const closer = ch === '\u2018' ? '\u2019' : "'";
    for (let j = i + 2; j < limit; j++) {
      if (text[j] !== closer) continue;
      if (isLetter(text[j + 1]) || /\s/.test(text[j - 1]!)) continue;
      push(spans, i, j);
      i = j;
      break;
    }
  }
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  doubleQuotes(text, spans);
  const doubles = spans.slice();
  const singles: QuoteSpan[] = [];
  singleQuotes(text, singles);
  for (const s of singles) if (!doubles.some((d) => s.start < d.end && s.end > d.start)) spans.push(s);
  return spans.sort((a, b) => a.start - b.start);
}
