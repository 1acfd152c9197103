// Converts the PETRARCH2 CAMEO verb dictionary and the CAMEO code table into the project's verb lexicon:
// resources/lexicon/{verbs,nouns,codes}.json. Hand-declared data (categories.json, additions.json) is read
// from resources/lexicon as well. Run: npm run build:lexicon [-- --data DIR --out DIR --hand DIR]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { plural, regularForms, syllables } from './lib/inflect.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' }, hand: { type: 'string' } } });
const data = resolve(values.data ?? join(root, '..', 'shared', 'data'));
const out = resolve(values.out ?? join(root, 'resources', 'lexicon'));
const hand = resolve(values.hand ?? join(root, 'resources', 'lexicon'));

const DICTIONARY = join(data, 'lexicons', 'petrarch2', 'CAMEO.2.0.txt');
const CODES = join(data, 'cameo', 'codes.csv');
for (const file of [DICTIONARY, CODES]) {
  if (!existsSync(file)) {
    console.error(`lexicon: ${file} not found. The build reads the shared data folder (../shared/data, or --data DIR).`);
    process.exit(1);
  }
}

const problems = [];
const fail = (message) => problems.push(message);

// ---------- CAMEO codes ----------

function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

const codeRows = readFileSync(CODES, 'utf8').split(/\r?\n/).filter(Boolean);
const header = parseCsvLine(codeRows[0]);
const column = (name) => {
  const at = header.indexOf(name);
  if (at < 0) throw new Error(`${CODES}: no "${name}" column`);
  return at;
};
const [cCode, cName, cWeight, cRoot] = ['code', 'name', 'goldstein', 'root_code'].map(column);
const codes = {};
for (const line of codeRows.slice(1)) {
  const cells = parseCsvLine(line);
  const weight = Number(cells[cWeight]);
  if (!Number.isFinite(weight)) fail(`${CODES}: code ${cells[cCode]} has no numeric goldstein weight`);
  codes[cells[cCode]] = { name: cells[cName], goldstein: weight, root: cells[cRoot] };
}

// ---------- hand-declared data ----------

const categoriesFile = join(hand, 'categories.json');
const additionsFile = join(hand, 'additions.json');
const declared = JSON.parse(readFileSync(categoriesFile, 'utf8'));
const additions = JSON.parse(readFileSync(additionsFile, 'utf8'));
const POLARITIES = new Set(['cooperative', 'conflictual', 'neutral']);
const QUADS = new Set(['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict', 'neutral']);
for (const [name, record] of Object.entries(declared.categories)) {
  if (!POLARITIES.has(record.polarity))
    fail(`categories.json: ${name} has no declared polarity (cooperative, conflictual or neutral)`);
  if (!QUADS.has(record.quad)) fail(`categories.json: ${name} has no quad class`);
  if (record.modality !== 'verbal' && record.modality !== 'material') fail(`categories.json: ${name} has no modality`);
  if (typeof record.intensity !== 'number') fail(`categories.json: ${name} has no default intensity`);
}
for (const [prefix, name] of Object.entries(declared.codes)) {
  if (!declared.categories[name]) fail(`categories.json: code ${prefix} maps to undeclared category ${name}`);
}
const categoryOf = (code) => {
  for (let n = code.length; n >= 2; n--) {
    const name = declared.codes[code.slice(0, n)];
    if (name) return name;
  }
  return null;
};

/** Codes the dictionary uses but the code table lacks (CAMEO 2.0 additions) take their root's weight. */
function checkCode(code, where) {
  if (code === null) return null;
  const clean = code.replace(/[^0-9]/g, '');
  if (!/^\d{2,4}$/.test(clean)) {
    fail(`${where}: malformed code "${code}"`);
    return null;
  }
  if (!codes[clean]) {
    const root = clean.slice(0, 2);
    if (!codes[root]) fail(`${where}: code ${clean} has no root in the code table`);
    else codes[clean] = { name: `${codes[root].name} (not in the code table)`, goldstein: codes[root].goldstein, root };
  }
  if (!categoryOf(clean)) fail(`${where}: code ${clean} maps to no category in categories.json`);
  return clean;
}

/** "[042:043]" -> { code, reverse }; "[---]" -> null codes; "[:173]" -> only the reverse direction. */
function parseCode(text, where) {
  const [forward, backward] = text.split(':').map((s) => s.trim());
  const one = (s) => (s === undefined || s === '' || s === '---' ? null : checkCode(s, where));
  return { code: one(forward), reverse: one(backward) };
}

// ---------- the dictionary ----------

const lines = readFileSync(DICTIONARY, 'latin1').split(/\r?\n/);
const synsets = new Map();
const synsetOrder = [];
const families = [];
let section = 'head';
let currentSet = null;
let family = null;
let transformations = 0;
const dropped = { undefinedSet: 0, malformed: 0 };
/** A pattern's comment: the dictionary names there the verb(s) of the block the pattern was written for. */
const commentOf = new Map();

const word = (raw) => raw.toLowerCase().replace(/_/g, ' ').trim();

for (let n = 0; n < lines.length; n++) {
  const where = `CAMEO.2.0.txt:${n + 1}`;
  const raw = lines[n];
  if (raw.includes('SYNONYM SETS')) section = 'sets';
  if (raw.includes('VERB PATTERNS')) section = 'verbs';
  const text = raw.replace(/#.*$/, '').trim();
  if (!text) continue;
  if (section === 'sets') {
    if (text.startsWith('&')) {
      const label = text.slice(1).trim();
      const noPlural = label.endsWith('_');
      const name = label.replace(/_+$/, '').toLowerCase();
      currentSet = { name, noPlural, phrases: [] };
      synsets.set(name, currentSet);
      synsetOrder.push(name);
    } else if (text.startsWith('+') && currentSet) {
      const member = text.slice(1).trim();
      const phrase = word(member.replace(/_+$/, ''));
      currentSet.phrases.push(phrase);
      if (!currentSet.noPlural && !member.endsWith('_')) currentSet.phrases.push(plural(phrase));
    }
    continue;
  }
  if (section !== 'verbs') continue;
  const heading = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(text);
  if (heading) {
    const { code, reverse } = parseCode(heading[2], where);
    family = { name: heading[1], code, reverse, verbs: [], patterns: [] };
    families.push(family);
    continue;
  }
  if (!family) continue;
  if (text.startsWith('~')) {
    transformations++;
    continue;
  }
  if (text.startsWith('-')) {
    const pattern = parsePattern(text.slice(1), where);
    if (pattern) {
      const comment = raw.indexOf('#');
      if (comment >= 0) commentOf.set(pattern, raw.slice(comment + 1));
      family.patterns.push(pattern);
    }
    continue;
  }
  addVerb(family, text, where);
}

/** Adds a verb line to a family; `replace` (hand lines): braces replace a listed verb's forms, else keep them. */
function addVerb(target, text, where, replace = false) {
  const m = /^(\S+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?/.exec(text);
  if (!m) {
    fail(`${where}: cannot read verb line "${text}"`);
    return;
  }
  const spec = m[1];
  const lemma = word(spec.replace(/\+/g, ''));
  const parts = lemma.split(' ');
  const plusAt = spec.split('_').findIndex((p) => p.startsWith('+'));
  const head = plusAt < 0 ? 0 : plusAt;
  let forms;
  if (m[2] !== undefined) {
    const listed = m[2]
      .slice(1, -1)
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((f) => word(f.replace(/\+/g, '')));
    forms = [lemma, ...listed];
  } else {
    forms = regularForms(parts[head]).map((f) => parts.map((p, i) => (i === head ? f : p)).join(' '));
  }
  const entry = { lemma, head, forms: [...new Set(forms)] };
  if (m[3] !== undefined) entry.code = parseCode(m[3].slice(1, -1), where).code;
  const same = target.verbs.find((v) => v.lemma === lemma);
  if (same) {
    // A hand line without braces only recodes a listed verb; with braces its forms replace the generated ones.
    if (!replace) same.forms = [...new Set([...same.forms, ...entry.forms])];
    else if (m[2] !== undefined) same.forms = entry.forms;
    if (entry.code !== undefined) same.code = entry.code;
  } else target.verbs.push(entry);
}

/**
 * A pattern element: "word", "&set", "+" (target), "$" (source), "^" (any phrase), ["braced", "phrase"],
 * or { p: "preposition", np: element | null }.
 */
function parsePattern(body, where) {
  const codeAt = body.lastIndexOf('[');
  const close = body.indexOf(']', codeAt);
  if (codeAt < 0 || close < 0) {
    dropped.malformed++;
    return null;
  }
  const { code, reverse } = parseCode(body.slice(codeAt + 1, close), where);
  const tokens = tokenizePattern(body.slice(0, codeAt));
  if (!tokens) {
    dropped.malformed++;
    return null;
  }
  const pattern = { pre: [], post: [], code };
  if (reverse !== null) pattern.reverse = reverse;
  let side = pattern.pre;
  for (const t of tokens) {
    if (t === '*') side = pattern.post;
    else if (t === '%') pattern.compound = true;
    else side.push(t);
  }
  const sets = JSON.stringify(tokens).match(/"&[^"]+"/g) ?? [];
  if (sets.some((s) => !synsets.has(s.slice(2, -1)))) {
    dropped.undefinedSet++;
    return null;
  }
  if (pattern.pre.length === 0) delete pattern.pre;
  return pattern;
}

function tokenizePattern(text) {
  const out = [];
  let i = 0;
  const readUntil = (end) => {
    const stop = text.indexOf(end, i);
    if (stop < 0) return null;
    const inner = text.slice(i + 1, stop);
    i = stop + 1;
    return inner;
  };
  const term = (t) => (t.startsWith('&') ? '&' + t.slice(1).toLowerCase() : word(t));
  // Words joined by "_" are consecutive words of one phrase ({AIR_STRIKE}, FIGHTER_&AIRCRAFT).
  const terms = (t) =>
    t
      .split(/[\s_{}]+/)
      .filter(Boolean)
      .map(term);
  const bare = (t) => (t === '*' || t === '%' || t === '+' || t === '$' || t === '^' ? t : term(t));
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '{') {
      const inner = readUntil('}');
      if (inner === null) return null;
      out.push(terms(inner));
    } else if (c === '(') {
      const inner = readUntil(')');
      if (inner === null) return null;
      const prep = /^\s*(\S+)\s*(.*)$/.exec(inner);
      if (!prep) return null;
      const rest = prep[2].trim();
      let np = null;
      if (rest) {
        const words = terms(rest);
        np = words.length === 1 && !rest.startsWith('{') ? words[0] : words;
      }
      out.push({ p: word(prep[1]), np });
    } else {
      let j = i;
      while (j < text.length && !/\s/.test(text[j])) j++;
      const t = text.slice(i, j);
      i = j;
      const parts = t.split('_').filter(Boolean);
      if (parts.length < 2) out.push(bare(t));
      else if (parts.includes('*')) out.push(...parts.map(bare));
      else out.push(parts.map(term));
    }
  }
  return out;
}

// ---------- hand additions: verbs and family defaults ----------

// members a synonym set lacks ("$" among the currencies)
for (const [name, members] of Object.entries(additions.synsetMembers ?? {})) {
  const set = synsets.get(name.toLowerCase());
  if (!set) fail(`additions.json: synsetMembers names unknown synset ${name}`);
  else set.phrases.push(...members.map(word));
}
for (const [name, code] of Object.entries(additions.familyDefaults ?? {})) {
  const target = families.find((f) => f.name === name);
  if (!target) fail(`additions.json: familyDefaults names unknown family ${name}`);
  else target.code = checkCode(code, `additions.json familyDefaults ${name}`);
}
for (const verb of additions.verbs ?? []) {
  const target = families.find((f) => f.name === verb.family);
  if (!target) fail(`additions.json: verb "${verb.verb}" names unknown family ${verb.family}`);
  else addVerb(target, verb.verb, `additions.json verb ${verb.verb}`, true);
}
const handPatterns = new Map();
for (const { family: name, pattern: text } of additions.patterns ?? []) {
  const target = families.find((f) => f.name === name);
  // "- * DIPLOMATS [161] # EXPEL": as in the dictionary, the comment names the verbs the pattern was written for
  const hash = text.indexOf('#');
  const body = hash >= 0 ? text.slice(0, hash).trim() : text;
  const pattern = target && body.startsWith('-') ? parsePattern(body.slice(1), `additions.json pattern ${text}`) : null;
  if (pattern && hash >= 0) commentOf.set(pattern, text.slice(hash + 1));
  if (!pattern) fail(`additions.json: pattern "${text}" of family ${name} cannot be read`);
  // Ahead of the dictionary's own, so a hand pattern wins over an equally specific one.
  else target.patterns.splice(handPatterns.get(target) ?? 0, 0, pattern);
  handPatterns.set(target, (handPatterns.get(target) ?? 0) + 1);
}
// Verbs of saying take no patterns: what follows them is the reported statement, coded on its own.
const reporting = new Set((additions.reportingVerbs ?? []).map((v) => v.toLowerCase()));
for (const lemma of reporting) {
  if (!families.some((f) => f.verbs.some((v) => v.lemma === lemma)))
    fail(`additions.json: reporting verb ${lemma} is not in the dictionary`);
}
for (const f of families) for (const v of f.verbs) if (reporting.has(v.lemma)) v.plain = true;
// British spellings of -ize/-yze verbs (criticize -> criticise) unless the dictionary lists them already.
/** The British spelling of an -ize/-yze lemma, or null. */
const britishSpelling = (lemma) => {
  const m = /^(.*[a-z]{2})(iz|yz)e$/.exec(lemma);
  return m ? `${m[1]}${m[2][0]}se` : null;
};
const listed = new Set(families.flatMap((f) => f.verbs.map((v) => v.lemma)));
for (const f of families) {
  for (const v of [...f.verbs]) {
    const british = britishSpelling(v.lemma);
    if (!british || v.lemma.includes(' ')) continue;
    if (listed.has(british)) continue;
    listed.add(british);
    const forms = v.forms.map((x) => x.replace(/(iz|yz)(e|es|ed|ing)$/, (_s, stem, end) => `${stem[0]}s${end}`));
    f.verbs.push({ lemma: british, head: 0, forms: [...new Set(forms)], ...(v.code !== undefined ? { code: v.code } : {}) });
  }
}
// British and American spellings of a final -l (cancel: canceled, cancelled) in words stressed before it.
const STRESSED_L = new Set(['compel', 'control', 'dispel', 'expel', 'extol', 'impel', 'patrol', 'propel', 'repel', 'annul']);
for (const f of families) {
  for (const v of f.verbs) {
    if (v.lemma.includes(' ') || !/[^aeiou][aeiou]l$/.test(v.lemma) || syllables(v.lemma) < 2 || STRESSED_L.has(v.lemma))
      continue;
    const both = [v.lemma + 'ed', v.lemma + 'ing', v.lemma + 'led', v.lemma + 'ling'];
    for (const x of both) if (!v.forms.includes(x)) v.forms.push(x);
  }
}

// ---------- nominal events ----------

const lightVerbs = new Set((additions.lightVerbs ?? []).map((v) => v.toLowerCase()));
const nounVotes = new Map();
/** A noun alone counts 2, the head of a longer phrase ({MOCK RAID}) 1: the plain noun says what it means. */
const vote = (noun, code, weight) => {
  if (!noun || noun.includes(' ') || code === null) return;
  const counts = nounVotes.get(noun) ?? new Map();
  counts.set(code, (counts.get(code) ?? 0) + weight);
  nounVotes.set(noun, counts);
};
for (let n = 0; n < lines.length; n++) {
  const m = /^-\s*\*\s*(\{[^}]*\}|[A-Z][A-Z-]*|&[A-Z_]+)\s*\[([^\]]*)\]\s*#\s*(.*)$/.exec(lines[n]);
  if (!m) continue;
  const by = m[3].split(/[\s,]+/).map((w) => w.toLowerCase());
  if (!by.some((w) => lightVerbs.has(w))) continue;
  const code = parseCode(m[2], `CAMEO.2.0.txt:${n + 1}`).code;
  const phrase = m[1].startsWith('{')
    ? m[1]
        .slice(1, -1)
        .trim()
        .split(/[\s_]+/)
    : [m[1]];
  const headWord = phrase[phrase.length - 1];
  if (!headWord.startsWith('&')) vote(word(headWord), code, phrase.length === 1 ? 2 : 1);
}
// An event noun is a nominalisation (withdrawal, invasion) or a verb used as a noun (attack, visit, ban).
const verbLemmas = new Set(families.flatMap((f) => f.verbs.map((v) => v.lemma)));
const NOMINAL = /(tion|sion|ment|ance|ence|al|ure|ade|ing|cy)$/;
const excluded = new Set(additions.nounsExcluded ?? []);
for (const noun of [...nounVotes.keys()]) {
  const statement = [...nounVotes.get(noun).keys()].every((c) => categoryOf(c) === 'STATEMENT');
  if (excluded.has(noun) || statement || !(NOMINAL.test(noun) || verbLemmas.has(noun))) nounVotes.delete(noun);
}
const nouns = {};
for (const [noun, counts] of nounVotes) {
  let best = null;
  for (const [code, count] of counts) if (!best || count > best[1]) best = [code, count];
  nouns[noun] = best[0];
}
for (const [noun, code] of Object.entries(additions.nouns ?? {})) nouns[noun] = checkCode(code, `additions.json noun ${noun}`);
const nounForms = {};
for (const noun of Object.keys(nouns).sort()) {
  nounForms[noun] = nouns[noun];
  const p = plural(noun);
  if (!noun.endsWith('s') && !(p in nouns)) nounForms[p] = nouns[noun];
}
for (const [form, singular] of Object.entries(additions.plurals ?? {})) {
  if (!nouns[singular]) fail(`additions.json: plural "${form}" of unknown noun ${singular}`);
  else nounForms[form] = nouns[singular];
}

// ---------- write ----------

if (problems.length > 0) {
  for (const p of problems) console.error(`lexicon: ${p}`);
  process.exit(1);
}

// `by`: the verbs of its block a pattern was written for, as its comment names them ("# GIVE , PROVIDE").
for (const f of families) {
  const lemmaOf = new Map();
  for (const v of f.verbs) for (const form of [v.lemma, ...v.forms]) if (!lemmaOf.has(form)) lemmaOf.set(form, v.lemma);
  for (const p of f.patterns) {
    const by = new Set();
    for (const token of (commentOf.get(p) ?? '').split(/[\s,]+/)) {
      const lemma = lemmaOf.get(word(token.replace(/\+/g, '')));
      if (lemma) by.add(lemma);
      // a verb the block does not list ("- * VISIT [042:043] # CONCLUDE" under CANCEL): the pattern is still written
      // for that verb only, not for every verb of the block
      else if (/^\+?[A-Z][A-Z_]{2,}$/.test(token)) by.add(word(token.replace(/\+/g, '')));
    }
    // (a pattern written for a verb is written for its British spelling too: neutralize, neutralise)
    for (const lemma of [...by]) {
      const british = britishSpelling(lemma);
      if (british) by.add(british);
    }
    if (by.size > 0) p.by = [...by];
  }
}

const usedCodes = new Set();
for (const f of families) {
  for (const c of [f.code, f.reverse]) if (c) usedCodes.add(c);
  for (const v of f.verbs) if (v.code) usedCodes.add(v.code);
  for (const p of f.patterns) for (const c of [p.code, p.reverse]) if (c) usedCodes.add(c);
}
for (const c of Object.values(nounForms)) usedCodes.add(c);
const codeTable = {};
for (const c of Object.keys(codes).sort()) codeTable[c] = codes[c];

const origin = {
  source: 'openeventdata/petrarch2 petrarch2/data/dictionaries/CAMEO.2.0.txt at 676801c (MIT)',
  codes: 'andybega/icews data-raw/cameo-codes.csv (MIT)',
};
const synsetTable = {};
for (const name of synsetOrder) synsetTable[name] = [...new Set(synsets.get(name).phrases)];
const verbsOut = {
  origin,
  synsets: synsetTable,
  families: families.map((f) => ({
    name: f.name,
    code: f.code,
    ...(f.reverse ? { reverse: f.reverse } : {}),
    verbs: f.verbs.map((v) => ({
      lemma: v.lemma,
      ...(v.head ? { head: v.head } : {}),
      forms: v.forms,
      ...(v.code !== undefined ? { code: v.code } : {}),
      ...(v.plain ? { plain: true } : {}),
    })),
    patterns: f.patterns,
  })),
};

// Formatted as prettier formats the committed files, wherever the output goes.
const format = {
  ...((await prettier.resolveConfig(join(root, 'resources', 'lexicon', 'verbs.json'))) ?? {}),
  plugins: [],
  parser: 'json',
};
async function write(name, value) {
  writeFileSync(join(out, name), await prettier.format(JSON.stringify(value), format));
}
mkdirSync(out, { recursive: true });
await write('verbs.json', verbsOut);
await write('nouns.json', { origin, nouns: nounForms });
await write('codes.json', { origin: { codes: origin.codes }, codes: codeTable });

const forms = families.reduce((n, f) => n + f.verbs.reduce((m, v) => m + v.forms.length, 0), 0);
const patterns = families.reduce((n, f) => n + f.patterns.length, 0);
console.log(
  [
    `families ${families.length}`,
    `verbs ${families.reduce((n, f) => n + f.verbs.length, 0)}`,
    `forms ${forms}`,
    `patterns ${patterns}`,
    `synsets ${synsets.size}`,
    `nouns ${Object.keys(nouns).length} (${Object.keys(nounForms).length} forms)`,
    `codes used ${usedCodes.size}`,
    `skipped: ${dropped.undefinedSet} patterns with undefined synsets, ${dropped.malformed} malformed, ${transformations} transformations`,
  ].join('\n'),
);
console.log(`wrote ${out}/verbs.json, nouns.json, codes.json`);
