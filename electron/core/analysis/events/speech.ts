import type { Quote } from '../../../api/analysis';
import type { Token } from '../syntax/tag';
import { CHARGE_NOUNS } from './act-words';
import { apposedHead, isPersonRef, type Ref } from './refs';

/** A stretch of text that someone says, claims or denies. */
export interface Frame {
  start: number;
  end: number;
  speaker: Ref | null;
  speakerName: string | null;
  denied: boolean;
  /** Offset of the reporting verb, so the speaker's own act can be placed outside the content. */
  verbStart: number;
}

/** What may stand between a verb of saying and the words it reports. */
const SAID_LEAD =
  /^\s*(?:(?:him|her|them|us|reporters|journalists|the [\w ]{1,30}?|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+)?(?:(?:on\s+)?(?:this|last)\s+(?:week|month)\s+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:that\b|,|:|“|")/;
const SAY =
  /\b(said|says|say|stated|states|stating|added|adds|adding|claimed|claims|claiming|alleged|alleges|alleging|remarked|emphasi[sz]ed|emphasi[sz]es|stressed|noted|told|tells|announced|announces|declared|declares|declaring|argued|argues|arguing|insisted|insists|insisting|predicted|believes|believed|mentioned|asserted|denied|denies|denying|saying|warned|warns|warning|reported|reports|indicated|indicates|indicate|signalled|signaled|[Aa]ccording to|(?:rejected|rejects|dismissed|dismisses|refuted|denied)\s+(?:the\s+|as\s+\w+\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?))\b/g;
const BOUNDARY = /[;]|\b(?:but|while|whereas|although|because|which|who)\b/i;

const ORGAN_IN =
  /\b(?:ministry|ministries|government|authorities|officials|military|army|police|presidency|prosecutors?)\s+in\s+(?:the\s+)?$/i;

function nearestBefore(refs: Ref[], text: string, from: number, at: number): Ref | null {
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i];
    if (r.end > at || r.start < from) continue;
    if (BOUNDARY.test(text.slice(r.end, at))) return null;
    // "the defence ministry in Yerevan said": an organ of the state whose capital or territory it sits in
    if (
      r.prep === 'in' &&
      (r.kind === 'capital' || r.kind === 'country') &&
      ORGAN_IN.test(text.slice(Math.max(0, r.start - 40), r.start))
    )
      return r;
    if (r.prep && r.prep !== 'by') continue;
    // "China, Sri Lanka's largest creditor, said": the speaker is the head an apposition describes
    const head = apposedHead(
      text,
      refs.slice(0, i).filter((h) => h.start >= from),
      at,
    );
    return head && head.prep === null && head.kind !== 'pronoun' ? head : r;
  }
  return null;
}

function speakerName(r: Ref | null): string | null {
  if (!r) return null;
  return r.person ?? r.text;
}

/** Indirect and framed speech in one sentence [from, to). */
/** The end of reported words: a comma, a person's name, an apposition of up to ten words with "of" or "for", a comma. */
const APPOSED_SPEAKER =
  /(,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}?\p{Lu}[\p{L}.'’-]*\s*,)\s*(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,4}(?:of|for|at)\s+[^,;]{2,60},$/u;
const ADJUNCT_BEFORE = /\b(?:after|before|while|when|by|without|since)\s+$/i;
const ADDRESSEE_THEN =
  /^\s*(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+\s*(?:[,.;]|$|\b(?:against|of|over|about|not\s+to|to|after|before|while|when|during|amid)\b)/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|these|those)\s+$/i;

/** A negation right before a verb of saying: "has not said", "did not say", "never stated". */
const NOT_SAID = /\b(?:not|never)\s+(?:yet\s+|publicly\s+|explicitly\s+)?$|n['’]t\s+$/i;
/** An apposition naming a charge before the one who answers it: ", a charge Tehran denied". */
const CHARGE_APPOSED = new RegExp(String.raw`^\s*(?:an?\s+|the\s+)?${CHARGE_NOUNS}\b`, 'i');
/** The same apposition after reported words (not "claims that ...", "charges of ...", which name what is said). */
const CHARGE_AFTER = new RegExp(String.raw`,\s*(?:an?\s+|the\s+)?${CHARGE_NOUNS}\s+(?!that\b|of\b)`, 'i');
/** A participle clause after a comma: ", contending that". */
const PARTICIPLE_AFTER = /,\s+(?:\w+ly\s+)?[a-z]{3,}ing\b/;

const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'as']);

/** Whether a finite verb follows within a few words, before any punctuation: a clause, not a phrase. */
function clauseFollows(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < tokens.length && j < from + 8 && tokens[j].start < to; j++) {
    const t = tokens[j];
    if (t.pos === 'PUNCT') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.lower !== t.lemma && !t.lower.endsWith('ing') && j > from) return true;
  }
  return false;
}

/** Whether a finite verb stands between two offsets: the words are a clause, not only a noun phrase. */
function finiteVerbIn(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.some(
    (t) =>
      t.start >= from && t.end <= to && (t.pos === 'VERB' || t.pos === 'AUX') && t.lower !== t.lemma && !t.lower.endsWith('ing'),
  );
}

/** A verb in a finite form (not its base form, not a gerund): "blamed", "accuses". */
const finiteVerb = (v: Token | undefined): v is Token =>
  v !== undefined && v.pos === 'VERB' && v.lower !== v.lemma && !v.lower.endsWith('ing');

/**
 * Where denied words that are no clause end: "denied backing the rebels and blamed Kinshasa" denies the backing only;
 * the finite verb after "and" or "but" is the subject's own next act ("denied that it backed ... and blamed" is
 * read to the sentence end as before).
 */
function deniedPhraseEnd(tokens: readonly Token[], start: number, to: number): number {
  const i0 = tokens.findIndex((t) => t.start >= start);
  if (i0 < 0 || tokens[i0].lower === 'that' || tokens[i0].pos === 'PUNCT') return to;
  for (let i = i0 + 1; i < tokens.length - 1 && tokens[i].start < to; i++) {
    // ("denied any plan to attack Y after Y accused it of ..."): a subordinate clause of time or cause is the
    // denier's, not what is denied
    if (SUBORDINATORS.has(tokens[i].lower) && clauseFollows(tokens, i + 1, to)) return tokens[i].start;
    if (tokens[i].lower !== 'and' && tokens[i].lower !== 'but') continue;
    let j = i + 1;
    if (tokens[j].pos === 'ADV') j++;
    const v = tokens[j];
    if (finiteVerb(v)) return tokens[i].start;
  }
  return to;
}

/**
 * "said Y was ready to help, and accused Z of ...": a comma, "and" or "but", then a finite verb with no subject of its
 * own returns to the speaker's clause; the reported words end at the comma (or run to `to`).
 */
function sayerVerbAt(tokens: readonly Token[], start: number, to: number): number {
  for (let i = 1; i < tokens.length - 1 && tokens[i].start < to; i++) {
    if (tokens[i].start <= start || (tokens[i].lower !== 'and' && tokens[i].lower !== 'but')) continue;
    // (the comma may sit inside closing quotation marks: 'for “consultations,” and urged')
    const comma =
      tokens[i - 1].text === ',' ? i - 1 : /^[”"’]$/.test(tokens[i - 1].text) && tokens[i - 2]?.text === ',' ? i - 2 : -1;
    if (comma < 0) continue;
    let j = i + 1;
    while (tokens[j] && (/^(?:has|have|had|also|then|later)$/.test(tokens[j].lower) || tokens[j].pos === 'ADV')) j++;
    const v = tokens[j];
    if (finiteVerb(v) && v.lower.endsWith('ed')) return tokens[comma].start;
  }
  return to;
}

export function speechFrames(text: string, from: number, to: number, refs: Ref[], tokens: readonly Token[] = []): Frame[] {
  const frames: Frame[] = [];
  const slice = text.slice(from, to);
  SAY.lastIndex = 0;
  for (let m = SAY.exec(slice); m; m = SAY.exec(slice)) {
    const verbStart = from + m.index;
    const verbEnd = verbStart + m[0].length;
    const verb = m[0].toLowerCase();
    if (refs.some((r) => r.start <= verbStart && r.end >= verbEnd)) continue;
    // ("the alleged support", "its reported deal": a participle after a determiner describes a noun)
    if (DETERMINER_BEFORE.test(text.slice(Math.max(from, verbStart - 8), verbStart))) continue;
    // "denied that ...", "rejected reports that ...": the words are denied
    // (so are words a speaker is said not to have said: "has not said it would attack")
    const denied = /^(?:den|rej|dis|ref)/.test(verb) || NOT_SAID.test(text.slice(Math.max(from, verbStart - 16), verbStart));
    const tail = text.slice(verbEnd, to);
    if (verb === 'according to') {
      const comma = tail.indexOf(',');
      const speaker = refs.find((r) => r.start >= verbEnd && (comma < 0 || r.start < verbEnd + comma)) ?? null;
      if (speaker && comma >= 0)
        frames.push({ start: verbEnd + comma + 1, end: to, speaker, speakerName: speakerName(speaker), denied, verbStart });
      continue;
    }
    // "..., a senior official said Wednesday." / "..., said KCNA."
    // the speaker stands between the comma and the verb, or right after the verb: "..., Iran denied the claim" with
    // nothing between is a main verb whose subject came first
    const lastComma = text.lastIndexOf(',', verbStart);
    // (not "..., said it respected Japan": a pronoun opening the words after the verb is their subject)
    const closing =
      // (also before a closing adjunct: "..., the minister said, after the border was shut.")
      /^\s*(?:[\w.'’-]+\s*){0,4}(?:[.”"]*\s*$|,\s*(?:after|before|as|when|while|since|following|amid)\s)/.test(tail) &&
      !/^\s*(?:it|he|she|they|we|i|you)\s+\w/i.test(tail) &&
      lastComma > from &&
      // (", though Tehran denies involvement" opens a clause of its own; ", a charge Tehran denied" tells of the charge)
      !/^\s*(?:though|although|but|while|whereas|yet)\b/i.test(text.slice(lastComma + 1, verbStart)) &&
      !CHARGE_APPOSED.test(text.slice(lastComma + 1, verbStart)) &&
      (/\w/.test(text.slice(lastComma + 1, verbStart)) ||
        refs.some((r) => r.start >= verbEnd && r.end <= to) ||
        (/^\s*$/.test(text.slice(lastComma + 1, verbStart)) && APPOSED_SPEAKER.test(text.slice(from, lastComma + 1))));
    if (closing) {
      const comma = text.lastIndexOf(',', verbStart);
      let contentEnd = comma > from ? comma : from;
      let speaker =
        nearestBefore(refs, text, contentEnd, verbStart) ?? refs.find((r) => r.start >= verbEnd && r.end <= to) ?? null;
      // "..., Ana Ruiz, a spokeswoman for the Peruvian Foreign Ministry, said": a speaker no actor stands for, and the apposition
      // after the name that says whom the speaker serves
      const apposed = speaker || comma <= from ? null : APPOSED_SPEAKER.exec(text.slice(from, comma + 1));
      if (apposed) {
        const at = from + apposed.index;
        const served = refs.find((r) => r.start > at + apposed[1].length && r.end <= comma && r.kind !== 'pronoun');
        // (a name the directory knows stands for itself, unless it is known only out of office)
        const named = refs.find((r) => r.start >= at && r.end <= at + apposed[1].length && r.kind !== 'nonstate');
        if (named ?? served) {
          speaker = named ?? served ?? null;
          contentEnd = at;
        }
      }
      if (contentEnd > from)
        frames.push({ start: from, end: contentEnd, speaker, speakerName: speakerName(speaker), denied, verbStart });
      continue;
    }
    // (an addressee by name and a time may come between: "told Radio Uno this week that")
    const lead = SAID_LEAD.exec(tail);
    const participle = verb.endsWith('ing') && /,\s*$/.test(text.slice(from, verbStart));
    const speaker = participle
      ? (refs.find((r) => r.start >= from && r.end <= verbStart && !r.prep) ?? null)
      : nearestBefore(refs, text, from, verbStart);
    if (
      !lead &&
      !denied &&
      /^\s*(?:(?:to|by|in|on|at|for|with|about|of|as|from|over|under|after|before)\b|so(?![\w-])|[.,;)]|$)/i.test(tail)
    )
      continue;
    // "warned Iran against ...", "told Seoul to ...": an addressee and what it is warned of or told to do are no
    // reported words
    if (!lead && /^(?:warn|told|tell)/.test(verb) && ADDRESSEE_THEN.test(tail)) continue;
    const start = verbEnd + (lead ? lead[0].length : 0);
    // "Peru, which warned Chile after saying an attack was imminent, has pledged ...": words said in an adjunct are the
    // clause subject's, and end where the adjunct does
    if (verb.endsWith('ing') && ADJUNCT_BEFORE.test(text.slice(Math.max(from, verbStart - 10), verbStart))) {
      const comma = text.indexOf(',', start);
      const subject = refs.find((r) => r.start >= from && r.end <= verbStart && !r.prep && r.kind !== 'pronoun') ?? null;
      const end = comma >= 0 && comma < to ? comma : to;
      frames.push({ start, end, speaker: subject, speakerName: speakerName(subject), denied, verbStart });
      continue;
    }
    // (", a charge Y denied" after the words answers them, and is none of them)
    const apposed = CHARGE_AFTER.exec(text.slice(start, to));
    // ("announced tariffs on Y, contending that ...": words that are only a noun phrase end where a participle clause
    // of the speaker's opens)
    const clause = PARTICIPLE_AFTER.exec(text.slice(start, to));
    const phraseOnly = clause !== null && !finiteVerbIn(tokens, start, start + clause.index);
    const end = denied
      ? deniedPhraseEnd(tokens, start, to)
      : apposed
        ? start + apposed.index
        : phraseOnly
          ? start + clause.index
          : sayerVerbAt(tokens, start, to);
    frames.push({ start, end, speaker, speakerName: speakerName(speaker), denied, verbStart });
  }
  return frames;
}

/** Direct quotes as frames; the quote's actor stands in for the speaker. */
export function quoteFrames(quotes: Quote[], refs: Ref[]): Frame[] {
  return quotes
    .filter((q) => q.actor)
    .map((q) => {
      const person = refs.find((r) => r.actor === q.actor && isPersonRef(r)) ?? null;
      const speaker: Ref = {
        actor: q.actor as string,
        start: q.start,
        end: q.start,
        text: q.speaker ?? q.actor ?? '',
        kind: 'person',
        person: q.speaker ?? person?.person ?? null,
        prep: null,
        possessive: false,
      };
      return { start: q.start, end: q.end, speaker, speakerName: q.speaker ?? null, denied: false, verbStart: q.start };
    });
}
