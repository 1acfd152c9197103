/**
 * Turns what an analyst types into a safe FTS5 MATCH expression.
 * Supported: bare words (all must match), "exact phrases", prefix*, OR, NOT / -word, parentheses are ignored.
 * Every term is quoted so punctuation such as "U.S." or "co-operation" never breaks the FTS5 parser.
 */
type Token = { kind: 'term'; text: string; prefix: boolean; negated: boolean } | { kind: 'or' };

export function tokenizeQuery(input: string): Token[] {
  const tokens: Token[] = [];
  const re = /(-?)"([^"]*)"(\*?)|(\S+)/g;
  let negateNext = false;
  for (const m of input.matchAll(re)) {
    if (m[4] !== undefined) {
      const word = m[4];
      if (word === 'OR' || word === '|') {
        tokens.push({ kind: 'or' });
        continue;
      }
      if (word === 'NOT' || word === 'AND') {
        negateNext = word === 'NOT';
        continue;
      }
      const negated = negateNext || (word.startsWith('-') && word.length > 1);
      negateNext = false;
      const bare = word.replace(/^-/, '').replace(/[()]/g, '');
      const prefix = bare.endsWith('*');
      const text = bare.replace(/\*+$/, '');
      if (/[\p{L}\p{N}]/u.test(text)) tokens.push({ kind: 'term', text, prefix, negated });
    } else {
      const text = m[2]!.trim();
      const negated = negateNext || m[1] === '-';
      negateNext = false;
      if (/[\p{L}\p{N}]/u.test(text)) tokens.push({ kind: 'term', text, prefix: m[3] === '*', negated });
    }
  }
  return tokens;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Returns null when the query holds nothing searchable (only operators or punctuation). */
export function toFtsQuery(input: string): string | null {
  const tokens = tokenizeQuery(input);
  const groups: string[][] = [[]];
  const negatives: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'or') {
      if (groups[groups.length - 1]!.length) groups.push([]);
      continue;
    }
    const expr = quote(t.text) + (t.prefix ? '*' : '');
    if (t.negated) negatives.push(expr);
    else groups[groups.length - 1]!.push(expr);
  }
  const positive = groups.filter((g) => g.length);
  if (!positive.length) return null;
  // "a b OR c d" means (a AND b) OR (c AND d): juxtaposition is AND in FTS5.
  const alternatives = positive.map((g) => (g.length > 1 ? `(${g.join(' ')})` : g[0]!));
  let expr = alternatives.length > 1 ? `(${alternatives.join(' OR ')})` : alternatives[0]!;
  for (const n of negatives) expr = `${expr} NOT ${n}`;
  return expr;
}
