// Reads the PETRARCH2 / Phoenix actor and agent dictionaries (TABARI format, documented in
// dictionaries.rst beside them) into plain records for scripts/build/gazetteer.mjs.
import { readFileSync } from 'node:fs';

/** One dictionary record: the primary phrase, its synonyms and its codes, with date ranges when given. */
export function readActorFile(path) {
  const blocks = [];
  let current = null;
  for (const raw of readFileSync(path, 'latin1').split('\n')) {
    const line = raw.replace(/#.*$/, '').replace(/\s+$/, '');
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
    const phrase = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) || (!phrase && codes.length > 0)) {
      if (current) current.codes.push(...codes.map(parseCode).filter(Boolean));
      continue;
    }
    if (phrase.startsWith('+')) {
      if (current) current.synonyms.push(cleanPhrase(phrase.slice(1)));
      if (current) current.codes.push(...codes.map(parseCode).filter(Boolean));
      continue;
    }
    // A bare phrase right after a primary phrase that has no code yet is one more spelling of it.
    if (current && current.codes.length === 0 && codes.length === 0) {
      current.synonyms.push(cleanPhrase(phrase));
      continue;
    }
    current = { primary: cleanPhrase(phrase), synonyms: [], codes: codes.map(parseCode).filter(Boolean) };
    blocks.push(current);
  }
  return blocks;
}

/** `RONALD_REAGAN_` -> ['RONALD', 'REAGAN']. */
function cleanPhrase(text) {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .split(/[_\s]+/)
    .map((w) => w.trim().toUpperCase())
    .filter((w) => w && w !== '+');
}

/** `USAGOV 810120-890120` -> {code, from, to}; `<date` and `>date` give open ranges; no date = the default. */
function parseCode(text) {
  const m = /^(\S*)\s*(.*)$/.exec(text);
  if (!m || !m[1] || m[1] === '---') return null;
  const code = m[1].toUpperCase();
  const range = m[2].replace(/\s+/g, '');
  if (!range) return { code, from: null, to: null, dated: false };
  let from = null;
  let to = null;
  if (range.startsWith('<')) to = toIso(range.slice(1));
  else if (range.startsWith('>')) from = toIso(range.slice(1));
  else {
    const [a, b] = range.split('-');
    from = toIso(a);
    to = toIso(b);
    if (!from || !to) return null;
  }
  if (!from && !to) return null;
  return { code, from, to, dated: true };
}

/** YYMMDD (two-digit years below 30 are 20xx, as PETRARCH reads them) or YYYYMMDD -> YYYY-MM-DD. */
function toIso(text) {
  if (!/^\d+$/.test(text ?? '')) return null;
  let y;
  let rest;
  if (text.length === 6) {
    const yy = Number(text.slice(0, 2));
    y = yy < 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2);
  } else if (text.length === 8) {
    y = Number(text.slice(0, 4));
    rest = text.slice(4);
  } else return null;
  const mm = Math.min(Math.max(Number(rest.slice(0, 2)), 1), 12);
  const dd = Math.min(Math.max(Number(rest.slice(2, 4)), 1), 31);
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/**
 * Agent nouns: `{ phrase: code }` with plurals, from Phoenix.agents.txt. `!PERSON!`-style macros expand,
 * `{...}` gives irregular plurals (`{}` none), regular plurals are added as PETRARCH adds them.
 */
export function readAgentFile(path) {
  const macros = new Map();
  const agents = new Map();
  for (const raw of readFileSync(path, 'latin1').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(
        macro[1],
        macro[2].split(',').map((w) => w.trim().toUpperCase()),
      );
      continue;
    }
    const m = /^([^[{]+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]*)\]/.exec(line);
    if (!m) continue;
    const code = m[3];
    const plurals = m[2] === undefined ? null : m[2].slice(1, -1).trim().split(/\s+/).filter(Boolean);
    for (const phrase of expandMacros(m[1].trim().toUpperCase(), macros)) {
      const words = phrase.split(/[_\s]+/).filter(Boolean);
      if (words.length === 0) continue;
      const add = (w) => {
        const key = w.join(' ').toLowerCase();
        if (!agents.has(key)) agents.set(key, code);
      };
      add(words);
      if (plurals === null) {
        const last = words[words.length - 1];
        if (/[A-RT-Z]$/.test(last) && !last.endsWith('MEN')) add([...words.slice(0, -1), pluralOf(last)]);
      } else for (const p of plurals) add(p.split('_').filter(Boolean));
    }
  }
  return agents;
}

function expandMacros(phrase, macros) {
  const m = /![A-Z]+!/.exec(phrase);
  if (!m) return [phrase];
  const options = macros.get(m[0]) ?? [];
  return options.flatMap((o) => expandMacros(phrase.replace(m[0], o), macros));
}

function pluralOf(word) {
  if (/[^AEIOU]Y$/.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(SS|SH|CH|X)$/.test(word)) return `${word}ES`;
  if (word.endsWith('MAN')) return `${word.slice(0, -3)}MEN`;
  return `${word}S`;
}
