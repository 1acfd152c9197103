import winkNLP, { type PartOfSpeech, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word of the text with its universal part of speech and offsets into the text. */
export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: PartOfSpeech;
  start: number;
  end: number;
}

let tagger: WinkMethods | null = null;

function nlp(): WinkMethods {
  tagger ??= winkNLP(model, ['sbd', 'pos']);
  return tagger;
}

/** Part-of-speech tags for a text; offsets are UTF-16 offsets into `text`, plus `offset` (where the text starts in its article). */
export function tagText(text: string, offset = 0): Token[] {
  const w = nlp();
  const doc = w.readDoc(text);
  const values = doc.tokens().out(w.its.value) as string[];
  const tags = doc.tokens().out(w.its.pos) as PartOfSpeech[];
  const lemmas = doc.tokens().out(w.its.lemma as Parameters<ReturnType<typeof doc.tokens>['out']>[0]) as string[];
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const start = text.indexOf(value, at);
    // the tokeniser may normalise a token ("n't" for "nt"): keep the cursor and skip it
    if (start < 0) continue;
    at = start + value.length;
    out.push({
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmas[i].toLowerCase(),
      pos: tags[i],
      start: offset + start,
      end: offset + at,
    });
  }
  return nounsAfterHave(participlesBeforeBy(verbsAfterModals(out)));
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/** A bare word the model reads as an adjective or noun right after a modal is its verb ("will close its border"). */
function verbsAfterModals(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || t.lemma !== t.lower || !/^[a-z]+$/.test(t.text)) continue;
    let k = i - 1;
    while (k > 0 && (tokens[k].pos === 'ADV' || tokens[k].lower === 'not')) k--;
    if (tokens[k].pos === 'AUX' && MODALS.has(tokens[k].lower)) t.pos = 'VERB';
  }
  return tokens;
}

/** A word in -ed the model reads as an adjective between a noun and "by" is a participle ("talks mediated by Y"). */
function participlesBeforeBy(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'ADJ' && /^[a-z]+ed$/.test(t.text) && tokens[i + 1].lower === 'by' && tokens[i - 1].pos === 'NOUN')
      t.pos = 'VERB';
  }
  return tokens;
}

const HAVE = new Set(['has', 'have', 'had', 'having']);

/** A verb form in -s right after "has" or "have" is a plural noun, its object ("has disputes with", "have ties"). */
function nounsAfterHave(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' && /^[a-z]+[^s]s$/.test(t.text) && HAVE.has(tokens[i - 1].lower)) t.pos = 'NOUN';
  }
  return tokens;
}
