import { verbLexicon } from '../lexicon/verbs';
import { INTENT_NOUNS } from './act-words';
import { polarityOf } from './polarity';
import type { Ref } from './refs';
import type { Trigger } from './trigger';

// Who plays which part around an act word: subject, objects, prepositional targets, passive agents,
// coordinated and apposed actors.

export const SOURCE_STOP =
  /[;:“”"]|\b(?:but|while|whereas|although|though|because|which|who|whom|when|where|unless|if|whether)\b|,\s*and\b/i;
/**
 * A clause opened by a subordinator, or by "and" past the name's own words, with a common noun as its subject right
 * before the verb: "after pirates attacked", "seized a ship off Somalia and gunmen attacked".
 */
export const OWN_SUBJECT_CLAUSE =
  /\b(?:after|before|since|until|once)\s+(?!again\s|more\s)(?:(?:the|a|an|some|armed)\s+)?[a-z]+s?\s+(?:(?:had|have|has|were|was|then)\s+)?(?:[a-z]+(?:ed|s)\s+to\s+)?$|\S\s+and\s+(?:(?:the|some|armed)\s+)?(?:(?!(?:has|was|is|does|its|this|thus|as|also)\s)[a-z]+(?:s|men)|police|people)\s+(?:(?:had|have|has|were|was|then)\s+)?$/;
/** The subject of a passive stands in its own clause: "summoned the envoy after three men were charged" charges the men. */
export const PASSIVE_SUBJECT_STOP = new RegExp(`${SOURCE_STOP.source}|\\b(?:after|before|since|until)\\b`, 'i');
export const SUBJECT_REACH = 12;
export const TARGET_STOP =
  /[;:!?“”"]|\b(?:but|while|whereas|although|though|because|which|who|whom|when|after|before|unless|if|since|so|then|despite|amid)\b|,\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:move|step|decision|measure|gesture)\s+(?!(?:(?:\w+ly\s+)?seen\s+as\s+)?(?:aimed|targeting|directed)\b)|,\s*(?:and|but|while|as|which|who|saying|stating|adding|arguing|noting|citing|claiming|insisting|stressing|explaining)\b|\b[a-z]{3,}\s+that\s+(?:has|have|had|was|were|is|are)\b|\bunder\s+(?:\w+\s+)?pressure\b|\bwith\s+the\s+(?:approval|consent|blessing|backing)\b|\bat\s+the\s+(?:request|invitation|urging)\b/i;
export const DEFAULT_PREPS = ['to', 'with', 'against', 'on', 'at', 'for', 'over', 'toward', 'towards', 'into', 'upon'];
export const JOIN =
  /^\s*(?:,|,?\s*and|,?\s*or|&|-|–|\/)\s*(?:the\s+|(?:his|her|its|their)\s+|other\s+|(?:mr|mrs|ms|dr)\.?\s+)?(?:(?:leaders?|presidents?|heads?\s+of\s+state|governments?|(?:prime|foreign|defen[cs]e)\s+ministers?)\s+of\s+(?:the\s+)?)?$/i;
/** "the United States and allies such as Japan", "and other members, including the Netherlands": the states named
 * after a plural noun of states are more of the same conjuncts. */
const JOIN_MEMBERS =
  /^\s*(?:,?\s*and\s+)?(?:(?:the|their|its|other|key|major|main|close|western|regional)\s+){0,3}(?:[\w-]+\s+)?(?:allies|partners|countries|states|nations|members|neighbou?rs|powers|governments|donors)\s*,?\s*(?:such\s+as|including|notably|like)\s+(?:the\s+)?$/i;
/** Right after a charge, the opening of the clause that states it: "accusations that the". */
const CHARGE_THAT = /^\s*that\s+(?:the\s+)?$/i;
/** A channel an act goes through, right before the place it is in: "via its embassy in", "through the mission in". */
export const CHANNEL_IN =
  /\b(?:via|through)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:embass(?:y|ies)|missions?|consulates?|channels?)\s+in\s+(?:the\s+)?$/i;
/** A group of states and the word that lists its members: "seven countries, including", "its neighbours such as". */
const MEMBERS_LISTED =
  /(?<![\w-])(?:(?!(?:to|in|on|at|for|with|from|by|into|over|against|of)\s)[\w-]+\s+){0,3}(?:allies|partners|countries|states|nations|members|neighbou?rs|powers|governments|capitals)\s*,?\s*(?:such\s+as|including|notably|like|among\s+them)\s+(?:the\s+)?$/i;
/** A subordinate clause opening the sentence, still open: "After Peru shelled the border towns". */
const OPENING_CLAUSE =
  /(?:^|[.!?]\s+)(?:After|Before|When|While|As|Since|Although|Though|Because|If|Once|Until|Unless)\s[^,;.!?]*$/;
/** The end of a list of states closed by others of its kind: " and several other nations". */
const OTHERS_CLOSING =
  /^\s*,?\s*(?:and|as\s+well\s+as)\s+(?:(?:a\s+(?:number|host|handful|dozen)\s+of|several|many|some|dozens\s+of|a\s+few|numerous)\s+)?other\s+(?:countries|nations|states|governments|members|allies|partners|powers)\b/i;
/** An opening prepositional phrase up to the name before its comma ("In a letter to UN chief Guterres, ..."). */
const OPENING_PHRASE = /(?:^|[.!?]\s+)(?:In|On|At|During|Under|From|For|Despite|Amid|Following|Through|Without)\s[^,;.!?]*$/;
/** "Reagan and Soviet leader Gorbachev": a conjunction and the title of the person named after it. */
const JOIN_TITLE =
  /^\s*,?\s*and\s+(?:the\s+|his\s+|her\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:president|prime\s+minister|premier|leader|king|queen|chancellor|(?:foreign\s+|defen[cs]e\s+)?minister|secretary(?:\s+of\s+state)?|counterpart|envoy|ambassador|general)\s+$/iu;

/** Title words between a demonym and the person it describes: " counterpart ", " Foreign Minister ". */
const TITLE_GAP =
  /^\s+(?:(?:\p{Lu}[\p{L}-]*|president|prime|minister|premier|leader|king|counterpart|foreign|defen[cs]e|secretary|of|state|envoy|ambassador)\s+){1,4}$/iu;

const TROOPS = /^\s*(?:[\w-]+\s+)?(?:troops|forces|soldiers|military|army|navy|warships?|jets?|missiles?)\b/i;

const NAME_AFTER_TITLE = /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?=(?:and|or)\b)/u;

/** How far a target may stand after its act word, in words; further after a preposition, past a long object. */
const TARGET_REACH = 8;
const PREP_TARGET_REACH = 12;
/** A subject relative clause between a subject and its verb: ", which has long accused Pakistan of ..., ". */
const RELATIVE_BEFORE =
  /,\s*(?:which|who|whose)\b[^,;:“”"]*,\s*(?:(?:has|have|had|will|would|is|was|are|were|also|then|later|\w+ly)\s+){0,2}(?:[a-z]+\s+to\s+)?$/i;
const NOUN_THAT =
  /\b(?!(?:said|says|say|warned|warns|announced|claimed|claims|believes?|believed|stated|added|argued|insisted|noted|reported|told|so|such|now|is|was|are|were)\s)[a-z]{3,}\s+that\s+(?:(?:has|have|had|was|were|is|are|also)\s+)*$/i;
/** The subject of a relative clause and its verb: "Iran, which (has long) accused". */
// (a time may open the clause: ", who on Friday warned")
const RELATIVE_GAP =
  /^\s*,?\s*(?:that|which|who)\s+(?:(?:has|have|had|was|were|is|are|will|would|also|long|\w+ly|on\s+\w+day|last\s+\w+|earlier|yesterday|today)\s+){0,3}$/i;
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'once']);
const VERB_GROUP_GAP = /^\s*(?:(?:has|have|had|was|were|is|are|will|would|also|then|first|\w+ly)\s+)*$/i;
/** The head noun of a subject after its demonym, then the verb group: "(Russian) military plane has". */
const HEAD_NOUN_GAP = /^\s*(?:[a-z-]+\s+){1,2}(?:(?:has|have|had|was|were|is|are|will|would|also|then|first|\w+ly)\s+)*$/;
/** "after the US had issued a joint statement condemning ...": words the subject issued, before what they say. */
const ISSUED_WORDS_GAP =
  /^\s*(?:(?:has|have|had|was|were|also|\w+ly)\s+)*(?:issu|releas|publish|adopt|sign|sent|put out)\w*\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:statements?|resolutions?|communiqu[eé]s?|declarations?|letters?|reports?)\s+$/i;
const APPOSED_OFFICE =
  /^\s*(to|for|with|on|against|toward|towards)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*,\s+(?:the\s+)?(?:[\w-]+\s+){1,3}of\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$/u;
/**
 * "the independence of Y" or "parts of Y" after the verb, or "of Y" right after the phrase the trigger spans ("on
 * the side of Y").
 */
// ("thanked the government and the people of Chile": two heads the state owns)
// ("opened fire on two of its boats", "called for the withdrawal of Eritrean troops": after the verb's own preposition
// too)
const OBJECT_OWNER =
  /^\s*(?:(?:on|at|against|upon|for)\s+)?(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,2}(?:and\s+(?:the\s+)?(?:[\w-]+\s+){1,2})?|(?:part|parts|much|most|areas|regions|territory|dozens|hundreds|thousands|scores|some|many|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?of\s+(?:the\s+)?$/i;

export const words = (s: string) => (s.match(/[\w’'-]+/g) ?? []).length;

/** The object of a participle opening the sentence ("Visiting Tokyo, ..."). */
const PARTICIPLE_OBJECT = /(?:^|[^\w’'])[A-Za-z]+ing\s+(?:the\s+)?$/;

/**
 * The conjuncts of a coordinated actor phrase ("Seoul and Tokyo", "France, Spain and Italy"). A run joined by commas
 * alone is an apposition ("the Belarusian minister, Leonid Maltsev,"): it names one actor, its head.
 */
/** A capitalised title and "of" right before a state: "President of ", "Prime Minister of the ". */
const TITLE_OF_END = /(?:^|\s)(?:\p{Lu}[\p{L}-]*\s+){1,3}of\s+(?:the\s+)?$/u;

export function coordinated(refs: Ref[], first: Ref, text: string, dir: 1 | -1): Ref[] {
  const group = [first];
  let cur = first;
  let conjunction = false;
  const same = refs.filter((r) => r !== first && r.start === first.start && r.end === first.end);
  const ordered = [
    ...same,
    ...(dir === 1 ? refs.filter((r) => r.start >= first.end) : refs.filter((r) => r.end <= first.start).reverse()),
  ];
  for (const r of ordered) {
    // the members of a group pronoun ("they") share its span
    const together = r.start === cur.start && r.end === cur.end && r.kind === 'pronoun' && cur.kind === 'pronoun';
    // "Iraqi Prime Minister Adel Mahdi and ...": the name after a title belongs to the title's mention
    const earlier = dir === 1 ? cur : r;
    let gap = (dir === 1 ? text.slice(cur.end, r.start) : text.slice(r.end, cur.start)).replace(/(?:'s|’s)/g, '');
    if (earlier.kind === 'person') gap = gap.replace(NAME_AFTER_TITLE, ' ');
    if (together) {
      group.push(r);
      conjunction = true;
      cur = r;
      continue;
    }
    // "his Chilean counterpart Boric": a demonym and the title of the person after it are that person's own words
    const titled = dir === 1 ? cur.kind === 'demonym' && r.kind === 'person' : r.kind === 'demonym' && cur.kind === 'person';
    if (titled && r.actor === cur.actor && TITLE_GAP.test(gap)) {
      cur = dir === 1 ? { ...r, start: cur.start } : { ...cur, start: r.start };
      if (dir === 1) group[group.length - 1] = r;
      continue;
    }
    // "President of Chile Gabriel Boric": the state a title names after "of" and the person after it are one
    // conjunct (and the title itself stands between conjuncts: "... and President of Peru Dina Boluarte")
    const titleOf = dir === 1 ? cur.prep === 'of' && r.kind === 'person' : r.prep === 'of' && cur.kind === 'person';
    if (titleOf && r.actor === cur.actor && /^\s*$/.test(gap) && TITLE_OF_END.test(text.slice(0, Math.min(r.start, cur.start)))) {
      cur = dir === 1 ? { ...r, start: cur.start } : { ...cur, start: r.start };
      if (dir === 1) group[group.length - 1] = r;
      continue;
    }
    gap = gap.replace(TITLE_OF_END, ' ');
    // "India's Jaishankar and China's Wang Yi": a state's possessive and the person it owns are one conjunct
    const owner = dir === 1 ? cur : r;
    if (owner.possessive && owner.kind !== 'demonym' && r.actor === cur.actor && /^\s*$/.test(gap)) {
      cur = dir === 1 ? { ...r, start: cur.start } : { ...cur, start: r.start };
      if (dir === 1) group[group.length - 1] = r;
      continue;
    }
    // a group pronoun names the whole group: "hosted the US president and the two sides upgraded ties"
    if (group.length > 1 && group.every((g) => g.start === first.start && g.end === first.end)) break;
    // reading back from a subject, a name inside a prepositional phrase is no conjunct of it ("After Chile, Peru ...",
    // "in Belgrade, and Beijing condemned")
    // (but a list already joined by "and" may open after a subordinator: "a week after Chile, Peru and Bolivia signed")
    // (not one opening the sentence: "After Chile, Peru and Bolivia condemned ..." reads "after Chile did")
    const listAfterSubordinator =
      conjunction &&
      SUBORDINATORS.has(r.prep ?? '') &&
      /^\s*,\s*$/.test(gap) &&
      !/(?:^|[.!?:;]\s*|\n)\s*\w+\s+(?:the\s+)?$/.test(text.slice(Math.max(0, r.start - 30), r.start));
    if (dir === -1 && r.prep !== null && cur.prep === null && /^\s*,\s*(?:(?:and|but)\s+)?$/.test(gap) && !listAfterSubordinator)
      break;
    // reading on, a name after ", and" that opens an infinitive clause is that clause's subject ("caused Chile to send
    // frigates to Peru, and Bolivia to send one")
    if (dir === 1 && /^\s*,\s*and\s+(?:the\s+)?$/i.test(gap) && /^\s+to\s+[a-z]+/.test(text.slice(r.end, r.end + 20))) break;
    // nor is the last name of an opening subordinate clause ("After Russia invaded Ukraine, Johnson ...")
    // (or of an opening prepositional phrase: "In a letter to UN chief Guterres, Ethiopian officials ...")
    const opening = text.slice(Math.max(0, r.start - 160), r.start);
    if (dir === -1 && /^\s*,\s*$/.test(gap) && OPENING_CLAUSE.test(opening)) break;
    if (dir === -1 && /^\s*,\s*(?:the\s+)?$/i.test(gap) && OPENING_PHRASE.test(opening)) break;
    // nor is the object of an opening participle ("Visiting Tokyo, Blinken ...")
    if (dir === -1 && /^\s*,\s*$/.test(gap) && PARTICIPLE_OBJECT.test(text.slice(Math.max(0, r.start - 30), r.start))) break;
    if (
      !JOIN.test(gap) &&
      !JOIN_MEMBERS.test(gap) &&
      !(r.kind === 'person' && dir === 1 && JOIN_TITLE.test(gap)) &&
      !(cur.kind === 'person' && dir === -1 && JOIN_TITLE.test(gap))
    )
      break;
    if (!/^\s*,\s*(?:the\s+)?$/i.test(gap)) conjunction = true;
    group.push(r);
    cur = r;
  }
  if (conjunction || group.length === 1) return group;
  // "Chile, Peru, Bolivia and a host of other states": a list closed by others of the same kind
  const closing = dir === 1 ? group[group.length - 1]! : first;
  if (OTHERS_CLOSING.test(text.slice(closing.end, closing.end + 60))) return group;
  // an apposition: the head is the phrase read first
  return [dir === 1 ? first : group[group.length - 1]];
}

/** The object of words about a deed, then "by": " by", " of repeated missions by", " the raids by the". */
const DEED_BY_GAP =
  /^\s*(?:(?:of|about|over|at|against)\s+)?(?:(?:the|a|an|these|those|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){1,3}?)?by\s+(?:the\s+)?(?:(?:King|Queen|President|Prime\s+Minister|Emir|Sultan|Crown\s+Prince)\s+)?$/i;
/** "X pressed Y to help Z": Z is the object of "help", not of the first verb. */
const INFINITIVE_GAP = /\bto\s+[a-z]+\s+$/i;
/** "approved a measure to send troops into Z": past an infinitive, a helpful deed's objects belong to the infinitive's
 * verb (a hostile deed keeps its aim: "mobilized troops for an order to move against Z"). */
const COOPERATIVE_DEEDS = new Set(['COOPERATE', 'AID', 'YIELD']);
const INFINITIVE_IN_GAP = /\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|both|all|each)\s)[a-z]+\s/;
const SECOND_INFINITIVE =
  /^\s*to\s+(?:\w+ly\s+)?[a-z]+\s+(?:(?!to\s)[\w’'-]+\s+){1,4}to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|both|all|each)\s)[a-z]+\s/i;
/** "destroyed tunnels used to smuggle goods into Gaza": what a thing of the object is for has places of its own. */
export const PURPOSE_PARTICIPLE_IN_GAP = /\b(?:used|meant|designed|built|intended|dug)\s+to\s+[a-z]+\s/i;

/** A verb that makes its subject the agent of the act noun after it ("X launched an attack on Y"). */
const LIGHT_VERB =
  /^\s*(?:(?:has|have|had|will|would)\s+)?(?:also\s+)?(?:launch|carr(?:y|ie)|stag|conduct|ma[dk]e|present|fil|br(?:ing|ought)|impos|order|open|beg[ia]n|start|announc|lodg|issu|level|step|resum|hold|held|sign|reach|conclud|offer|provid|pledg|extend|gave|give|voic|express|renew|threaten|demand|slap|lev[iy]|unveil|adopt|approv|declar|complet|tighten|expand|broaden|widen|introduc|put|plac|agree|agreed)\w*\s+(?:out\s+|up\s+)?(?:[\w-]+\s+){0,4}$|^\s*(?:[\w-]+\s+)?$/i;

const GAP_PREP =
  /\b(to|in|on|at|for|with|from|by|into|over|against|toward|towards|upon|of)\s+(?:(?!(?:to|in|on|at|for|with|from|by|into|over|against|of)\s)\S+\s+)*$/i;

/** A state organ or office holder named with "of" ("the government of", "the president of"). */
const ORGAN_OF =
  /\b(?:governments?|presidents?|prime ministers?|premiers?|ministry|ministries|ministers?|army|armies|armed forces|military|navy|parliaments?|leaders?|leadership|king|queen|emperor|embassy|authorities|officials?|foreign ministry|chancellors?|cabinet|regime)\s+of\s+(?:the\s+)?$/i;

/** A finite verb right after a name: "condemned", "has said", "also warned". */
const FINITE_AFTER = /^\s+(?:(?:has|have|had|also|later|then|quickly)\s+)?[a-z]+(?:ed|s)\b/;

/** The first name of the list `r` ends ("Serbia" in "Serbia, Croatia and Bosnia"), or `r` itself. */
function firstConjunct(text: string, refs: Ref[], r: Ref): Ref {
  let cur = r;
  while (cur.prep === null) {
    const before = refs.findLast((x) => x.end <= cur.start);
    if (!before || !JOIN.test(text.slice(before.end, cur.start))) break;
    cur = before;
  }
  return cur;
}

/** A conjunct shares the preposition of the phrase it joins ("from Poland and Germany"). */
export function governingPrep(text: string, refs: Ref[], r: Ref): string | null {
  // ("met in Hanoi and the two sides signed": a pair of states named together opens a phrase of its own)
  if (r.prep === null && r.kind === 'pronoun' && refs.some((x) => x !== r && x.start === r.start && x.end === r.end)) return null;
  let cur = r;
  for (;;) {
    if (cur.prep !== null) return cur.prep;
    const before = [...refs].reverse().find((x) => x.end <= cur.start);
    if (!before) return null;
    const join = text.slice(before.end, cur.start).replace(/(?:'s|’s)/g, '');
    if (!JOIN.test(join)) return null;
    // "In Paris, Blinken praised ...": a bare comma joins a list only where the list goes on after the name
    if (cur === r && !/\b(?:and|or)\b/i.test(join) && !/^\s*(?:,|and\b|or\b|[.;:)!?]|$)/i.test(text.slice(r.end, r.end + 6)))
      return null;
    // ("... in Belgrade, and Beijing condemned ...": a comma and a conjunction before a name and its verb open a clause)
    if (cur === r && /,\s*(?:and|but)\b/i.test(join) && FINITE_AFTER.test(text.slice(r.end, r.end + 30))) return null;
    cur = before;
  }
}

/** The opening of a restrictive relative clause after its head, up to the clause's verb: "officials who visited". */
const RELATIVE_OPENING =
  /^\s+(?:who|that)\s+(?:(?:has|have|had|was|were|also|\w+ly|then|later|recently)\s+)*[a-z]+(?:ed|[^s]s|ent|ought|et|eld|ook|ew|ade|ave|ame|ent|ot|ang|oke)\s/i;
/** A finite past form opening the main clause after the relative clause's last word. */
const MAIN_VERB_GAP = /^\s+(?:(?:has|have|had|was|were|is|are|been|also|then|later|\w+ly)\s+)*$/i;
/** Words before "that" that open reported words rather than a relative clause. */
const SAYING_BEFORE_THAT =
  /\b(?:said|says|say|warned|warns|announced|claimed|claims|believes?|believed|stated|added|argued|insisted|noted|reported|told|so|such|now|is|was|are|were|fact|news|view|hope|fear|concern|belief|assurance)\s+$/i;

/**
 * "Chilean officials who visited Lima praised Peru": the head of a relative clause that ends, with no comma, at the
 * clause's last name before a finite verb. 'noun' when that head is a common noun ("gunmen who attacked Lima fled").
 */
function closedRelative(text: string, refs: Ref[], from: number, verbAt: number): Ref | 'noun' | null {
  if (!PAST_FORM.test(text.slice(verbAt, verbAt + 24))) return null;
  const last = [...refs].reverse().find((r) => r.end <= verbAt && r.start >= from);
  if (!last || last.kind === 'pronoun' || !MAIN_VERB_GAP.test(text.slice(last.end, verbAt))) return null;
  const lead = text.slice(from, last.start);
  const at = Math.max(lead.lastIndexOf(' who '), lead.lastIndexOf(' that '));
  if (at < 0 || /[,;:()"“”]/.test(lead.slice(at)) || words(lead.slice(at)) > 8) return null;
  if (!RELATIVE_OPENING.test(lead.slice(at))) return null;
  if (SAYING_BEFORE_THAT.test(lead.slice(0, at + 1))) return null;
  const head = [...refs].reverse().find((r) => r.end <= from + at && r.start >= from);
  if (head && /^\s*$/.test(text.slice(head.end, from + at))) return head;
  return /[a-z]{3,}$/i.test(lead.slice(0, at)) ? 'noun' : null;
}

/** A verb in the past tense, regular or common irregular: the main verb after a relative clause. */
const PAST_FORM =
  /^(?:\w+ed|said|met|held|sent|struck|shot|fought|gave|broke|froze|hit|cut|sold|made|took|beat|withdrew|lent|spoke|seized|sought|caught|kept|brought|led|paid|told|won|drew|threw|signed|urged|rejected)\b/i;

const OPENING_QUOTE_GAP = /\s+["“]$/;
const CLOSING_QUOTE_GAP = /["”]\s+(?=(?:of|to|with|against|on|toward|towards)\s+(?:the\s+)?$)/;

/** A manner adjunct between a verb and its object, quoted or not: "condemned (\"in the strongest terms\") Y's move". */
const MANNER_GAP = /\s*["“‘]?\bin\s+(?:the\s+[a-z]+est\s+(?:possible\s+)?|no\s+uncertain\s+)terms\b["”’]?\s*/gi;

export function findSource(text: string, refs: Ref[], from: number, t: Trigger, stop = SOURCE_STOP): Ref[] {
  // "Chilean officials who visited Lima praised ...": a relative clause with no commas ends before the finite verb
  const closed = t.sense.noun ? null : closedRelative(text, refs, from, t.start);
  if (closed === 'noun') return [];
  if (closed) return findSource(text, refs, from, { ...t, start: closed.end, end: closed.end }, stop);
  // "India, which has long accused Pakistan ..., closed the border": the subject stands before the relative clause
  const inserted = RELATIVE_BEFORE.exec(text.slice(from, t.start));
  if (inserted && !t.sense.noun) {
    const at = from + inserted.index;
    return findSource(text, refs, from, { ...t, start: at, end: at }, stop);
  }
  const before = refs.filter((r) => r.end <= t.start && r.start >= from).reverse();
  // "the militant group that has seized ...": a relative clause on a noun that names no actor has that noun as subject
  const nounRelative = !t.sense.noun && NOUN_THAT.test(text.slice(from, t.start));
  for (const r of before) {
    const relative = RELATIVE_GAP.test(text.slice(r.end, t.start));
    if (nounRelative && !relative) return [];
    // ('Lima "stands with ...": a quote that opens right before the verb leaves its subject outside it)
    const gap = text.slice(r.end, t.start).replace(OPENING_QUOTE_GAP, ' ');
    if (!relative && (stop.test(gap) || words(gap) > SUBJECT_REACH)) return [];
    // "carrying Bangladeshi sailors after pirates attempted ...": a clause opened after the name has a subject of its own
    if (!t.sense.noun && OWN_SUBJECT_CLAUSE.test(text.slice(r.end, t.start))) return [];
    const modifier = t.sense.noun === true && /^\s*$/.test(text.slice(r.end, t.start));
    if (namesVenue(text, r)) return [];
    if (COMPANION_APPOSED.test(text.slice(from, r.start))) continue;
    // "the government of Iraq thanked ...": the state whose organ heads the subject
    // ("the presidents of Serbia, Croatia and Bosnia initialled ...": so do the states a list of them names)
    const head = firstConjunct(text, refs, r);
    const organ = head.prep === 'of' && ORGAN_OF.test(text.slice(Math.max(from, head.start - 40), head.start));
    // a conjunct of a prepositional phrase is inside it ("parts of Pakistan and India, killing ...")
    const prep = governingPrep(text, refs, r);
    // "after the United States recognized Kosovo": a word that opens a clause, not a preposition, before its subject
    // ("after a Russian military plane violated ...": a demonym before the head noun of the clause's subject)
    const clause =
      prep !== null &&
      SUBORDINATORS.has(prep) &&
      (VERB_GROUP_GAP.test(text.slice(r.end, t.start)) ||
        ISSUED_WORDS_GAP.test(text.slice(r.end, t.start)) ||
        ((r.kind === 'demonym' || r.kind === 'institution') && HEAD_NOUN_GAP.test(text.slice(r.end, t.start))));
    if (prep && prep !== 'by' && !r.possessive && !relative && !modifier && !organ && !clause) continue;
    if (t.sense.noun && !r.possessive && !LIGHT_VERB.test(text.slice(r.end, t.start))) return [];
    // an owner or demonym names the act's doer inside the act noun's own phrase ("Russia's latest missile strikes"),
    // not across a verb or a preposition ("delegations arrived in Geneva for the conference")
    if (t.sense.noun && r.possessive && !NOUN_PHRASE_GAP.test(text.slice(r.end, t.start))) return [];
    const subject = appositionHead(text, refs, from, r) ?? coordinated(refs, r, text, -1);
    if (organ && !subject.includes(head)) subject.unshift(head);
    return [...subject, ...companions(text, refs, r, t)];
  }
  return [];
}

/** "France, along with Germany and Italy, condemned ...": states added to a subject share its act. */
/** (and an apposition naming how they stand: "together with its close ally, Chile,") */
const COMPANION_WORDS =
  '(?:along with|together with|as well as|alongside|joined by)\\s+(?:the\\s+|(?:its|their|his|her)\\s+(?:[\\w-]+\\s+)?(?:ally|allies|partners?|neighbou?rs?)\\s*,\\s*(?:the\\s+)?)?$';
const ALONG_WITH = new RegExp(`^\\s*[,—–]?\\s*${COMPANION_WORDS}`, 'i');
/** A companion, named or by its relation set off by commas ("along with Chile", "along with its ally, Chile,"): no subject of its own. */
const COMPANION_APPOSED = new RegExp(
  `(?:(?:along|together)\\s+with|alongside)\\s+(?:(?:its|their|his|her)\\s+(?:[\\w-]+\\s+)?(?:ally|allies|partners?|neighbou?rs?)\\s*,\\s*(?:the\\s+)?)?$`,
  'i',
);

function companions(text: string, refs: Ref[], subject: Ref, t: Trigger): Ref[] {
  const first = refs.find(
    (r) =>
      r.start >= subject.end && r.end <= t.start && r.kind !== 'pronoun' && ALONG_WITH.test(text.slice(subject.end, r.start)),
  );
  if (!first) return [];
  return coordinated(refs, first, text, 1).filter((r) => r.end <= t.start && r.actor !== subject.actor);
}

/**
 * "Chile's foreign minister, Ana Ruiz, had asked ...": a name set off by commas after a noun phrase
 * is an apposition; the phrase it renames, read first, is the subject.
 */
export function appositionHead(text: string, refs: Ref[], from: number, r: Ref): Ref[] | null {
  if (!/^\s*,/.test(text.slice(r.end, r.end + 3))) return null;
  const lead = /,\s*(?:(?:the|[A-Z][\w.’'-]*)\s+){0,4}$/.exec(text.slice(from, r.start));
  if (!lead) return null;
  const comma = from + lead.index;
  const head = [...refs].reverse().find((x) => x.end <= comma && x.start >= from);
  if (!head || head.prep || SOURCE_STOP.test(text.slice(head.end, comma)) || words(text.slice(head.end, comma)) > 5) return null;
  return coordinated(refs, head, text, -1);
}

function opposedInfinitive(gap: string, t: Trigger): boolean {
  const verb = /\bto\s+([a-z]+)\s+$/i.exec(gap)?.[1];
  if (!verb) return false;
  const lexicon = verbLexicon();
  const sense = lexicon.lookup(verb);
  const act = sense ? lexicon.code(sense.lemma, []) : null;
  return act !== null && act.polarity !== 'neutral' && act.polarity !== polarityOf(t.sense.category);
}

/** An intent noun with its infinitive: "plan to send", "bid to join", "offer to host". */
const INTENT_NOUN_IN_GAP = new RegExp(`\\b(?:${[...INTENT_NOUNS].join('|')})\\s+to\\s+[a-z]+\\s`, 'i');
/** A plan or deal named with what it is for: "a peace plan for", "a roadmap for the". */
const PLAN_FOR =
  /\b(?:plan|proposal|offer|deal|initiative|resolution|roadmap|framework|settlement|blueprint)s?\s+for\s+(?:the\s+)?$/i;
/** The words that join companions (and their conjuncts) to a subject from after its verb: "along with", "together with". */
const COMPANION_BEFORE = /\b(?:(?:along|together)\s+with|as\s+did)\s/i;

/**
 * A name after an act word, `gap` after it, that is no party to the act: the place a plan is for ("rejected a peace
 * plan for Kosovo": its topic) or a companion of the subject ("pulled out of the bloc along with Burkina Faso").
 */
export function namedBesideTheAct(gap: string, r: Ref): boolean {
  return (r.prep === 'for' && PLAN_FOR.test(gap)) || COMPANION_BEFORE.test(gap);
}

/** A place by a border and the state on its other side: " near the Peruvian border with ". */
const PLACED_AT_BORDER =
  /\b(?:near|along|on|at|by|close\s+to|across)\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,2}(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$/i;

export function findTargets(text: string, refs: Ref[], to: number, t: Trigger, exclude: Set<string>): Ref[] {
  const preps = t.sense.preps ?? DEFAULT_PREPS;
  let rejected: Ref | null = null;
  for (const r of refs) {
    if (r.start < t.end || r.end > to) continue;
    // ('"condemns the actions" of Bolivia': a quote that closes before the phrase goes on does not end it)
    const gap = text.slice(t.end, r.start).replace(CLOSING_QUOTE_GAP, ' ').replace(MANNER_GAP, ' ');
    // "for Ali Hasan, the prime minister of Y": a person nobody knows, apposed to the office that names Y
    const apposed = APPOSED_OFFICE.exec(gap)?.[1]?.toLowerCase() ?? null;
    // a party after a preposition may follow a long object ("returned dozens of old and rare artefacts to the museum of Y")
    if (TARGET_STOP.test(gap) || words(gap) > (r.prep || apposed ? PREP_TARGET_REACH : TARGET_REACH)) return [];
    // "claimed that ISIL attacked Iraq": a clause after "that" holds its own actors, not the verb's object
    if (!t.sense.noun && /^\s*(?:[\w-]+\s+)?that\s/i.test(gap)) return [];
    if (PURPOSE_PARTICIPLE_IN_GAP.test(gap)) return [];
    // "pledged to deepen their cooperation to counter Y's threats": past a second infinitive, the owner of its object
    // is that verb's party
    // (the first may be the trigger's own: "pledged to deepen")
    if (!t.sense.noun && r.possessive && (SECOND_INFINITIVE.test(gap) || (/\sto\s/.test(t.text) && INFINITIVE_IN_GAP.test(gap))))
      return [];
    // "blocked the government's plan to send police to Haiti": past a plan and its infinitive, the parties are the
    // plan's, not the verb's
    if (!t.sense.noun && INTENT_NOUN_IN_GAP.test(gap)) return [];
    // "rejected the plan during his visit to Y": past a time adjunct, a hostile act's party is no longer named
    // (nor a joint subject's partner: "X and Y agreed on a plan during talks with Z" is an accord between X and Y)
    if (/\bduring\b/i.test(gap) && (polarityOf(t.sense.category) === 'conflictual' || exclude.size > 1)) return [];
    if (namedBesideTheAct(gap, r)) continue;
    // "held drills near the border with Y": the state a border is shared with only places the act
    if (PLACED_AT_BORDER.test(gap)) continue;
    // "signed a deal brokered by Y", "a Y-mediated truce": the one who brought the act about is no party to it
    // (and so are those coordinated with it: "brokered by Y and Z")
    if (MEDIATED_BY.test(gap) || MEDIATED_AFTER.test(text.slice(r.end, r.end + 14))) {
      rejected = r;
      continue;
    }
    // "led Chile to send ships to Peru, and Bolivia to send one": a name that opens a second
    // infinitive clause is its subject
    if (r.prep === null && /,\s*and\s+(?:the\s+)?$/i.test(gap) && /^\s+to\s+[a-z]+/.test(text.slice(r.end, r.end + 20)))
      return [];
    // "protested through its mission in Hanoi": the place of a channel the act goes through is no party
    if (CHANNEL_IN.test(gap)) continue;
    if (
      t.sense.modality === 'material' &&
      COOPERATIVE_DEEDS.has(t.sense.category) &&
      !t.sense.noun &&
      INFINITIVE_IN_GAP.test(gap)
    )
      return [];
    // a conjunct of a rejected phrase shares its preposition: "parts of Iraq and Syria"
    if (rejected && JOIN.test(text.slice(rejected.end, r.start))) {
      rejected = r;
      continue;
    }
    rejected = r;
    // "Congress asked Obama to help Iran": the one asked is the source's own side, and the act stays inside it
    // (an infinitive, not "sent French troops to Saudi Arabia")
    if (exclude.has(r.actor) && r.prep === null && /^\s+to\s+[a-z]/.test(text.slice(r.end, r.end + 12))) return [];
    if (exclude.has(r.actor)) continue;
    if (r.kind === 'demonym' && TROOPS.test(text.slice(r.end, r.end + 30)) && t.sense.category !== 'ASSAULT') continue;
    if (namesVenue(text, r)) continue;
    // a name after a title ("with Syrian President Assad") is governed by the last preposition before the title
    // ("chased off a Chilean boat": a particle the act word spans is no preposition of the name)
    const spanned = r.prep !== null && !new RegExp(`\\b${r.prep}\\b`, 'i').test(gap);
    // "withdrew its diplomats from seven countries, including Chile": states listed as members of a group noun take the
    // preposition that governs the group
    const listed = MEMBERS_LISTED.exec(gap);
    const listPrep = listed ? (GAP_PREP.exec(gap.slice(0, listed.index))?.[1]?.toLowerCase() ?? null) : null;
    // (or none, when the group is the object itself: "attacked several countries, including Y")
    const listedObject = listed !== null && !listPrep && !gap.slice(0, listed.index).trim();
    const prep = listedObject
      ? null
      : (apposed ??
        listPrep ??
        (spanned ? null : r.prep) ??
        (/,/.test(gap) ? null : (GAP_PREP.exec(gap)?.[1]?.toLowerCase() ?? null)));
    const direct = prep === null && !t.sense.noun;
    if (direct && INFINITIVE_GAP.test(gap)) return [];
    // "signed a treaty to annex Crimea": the object of an infinitive of the opposite polarity is that verb's alone
    // ("agreed to help Peru" keeps Peru as the party agreed with)
    if (r.prep === null && !apposed && opposedInfinitive(gap, t)) return [];
    // a direct object follows its verb inside the verb phrase: not past a comma
    if (direct && /,/.test(gap) && !listedObject) continue;
    // "recognised the independence of Kosovo": the owner of the verb's object, as with "Kosovo's independence"
    // (after "for" only for a call or demand: "called for the withdrawal of Eritrean troops")
    const owner =
      prep === 'of' && !t.sense.noun && OBJECT_OWNER.test(gap) && (!/^\s*for\s/i.test(gap) || t.sense.category === 'REQUEST');
    // "accused the government in Pristina": the state's organ named by its seat is the object
    const seat = prep === 'in' && r.kind === 'capital' && SEAT_OF.test(gap);
    // "protested outside the Israeli embassy": a hostile act at a state's mission is aimed at that state (a cooperative
    // one is only done there)
    const mission =
      prep !== null &&
      MISSION_PREPS.has(prep) &&
      r.kind === 'institution' &&
      MISSION.test(r.text) &&
      polarityOf(t.sense.category) === 'conflictual';
    // "protested the incursions by Peruvian vessels", "complained of missions by China's air force": hostile words
    // about a deed reach the one it was done by (so does a deed against it: "retaliated against the tariffs imposed
    // by Chile")
    const deedBy =
      prep === 'by' &&
      !t.sense.noun &&
      (t.sense.modality === 'verbal' || t.sense.category === 'PROTEST' || /^\s*against\s/i.test(gap)) &&
      (polarityOf(t.sense.category) === 'conflictual' || (t.sense.category === 'SUPPORT' && t.sense.modality === 'verbal')) &&
      DEED_BY_GAP.test(gap);
    // "met his counterparts from Y and Z": the state a counterpart comes from is the party met
    const counterpart = prep === 'from' && COUNTERPART_FROM.test(gap);
    // "renewed accusations that Kigali is arming the rebels": a charge names whom it accuses as its clause's subject
    const charged = t.sense.noun && t.sense.category === 'ACCUSE' && CHARGE_THAT.test(gap);
    if (
      !direct &&
      !owner &&
      !seat &&
      !mission &&
      !deedBy &&
      !charged &&
      !counterpart &&
      !(prep && (preps.includes(prep) || (t.sense.noun && prep === 'of')))
    )
      continue;
    // "backing rebels threatening Y", "armed the militias in Y": help for armed groups is no help to a state named
    // after them
    if (polarityOf(t.sense.category) === 'cooperative' && ARMED_GROUP.test(gap)) return [];
    // "joined forces against Y", "allied with Chile against Peru": help given against a state is no help to it
    if (prep === 'against' && helpsAgainst(t)) continue;
    return coordinated(refs, r, text, 1).filter((g) => !exclude.has(g.actor));
  }
  return [];
}

/** A participle of bringing an act about, then "by": " a peace deal brokered by the ". */
const MEDIATED_BY = /\b(?:brokered|mediated|facilitated|sponsored)\s+by\s+(?:the\s+)?$/i;
/** A name joined to such a participle by a hyphen: "(Y)-brokered", "(Y)-mediated". */
const MEDIATED_AFTER = /^-(?:brokered|mediated|facilitated|sponsored)\b/i;

/** " his counterparts from ", " with their counterparts from the ": the one met, named by where it comes from. */
const COUNTERPART_FROM = /^\s*(?:with\s+)?(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?counterparts?\s+from\s+(?:the\s+)?$/i;

/** Armed groups that are not a state's forces: what is done for them is no help to the state they are in. */
export const ARMED_GROUP =
  /\b(?:fighters|rebels|militants|militias?|insurgents|guerrillas|separatists|jihadists|armed groups?)\b/i;

/** A cooperative act, other than giving way: whoever it is done "against" is its foe, not its party. */
/** (Not a verb over a hostile noun: "opposed … sanctions against Y" stands by Y.) */
export const helpsAgainst = (t: Trigger) =>
  polarityOf(t.sense.category) === 'cooperative' && t.sense.category !== 'YIELD' && !t.text.includes('…');

const MISSION = /\b(?:embass(?:y|ies)|consulates?|high\s+commission)\b/i;
const MISSION_PREPS = new Set(['outside', 'at', 'near']);

/** "the Oslo accords", "the Minsk agreements", "the Geneva talks": a city naming where an accord was made. */
const VENUE_NAMED =
  /^\s+(?:peace\s+)?(?:accords?|agreements?|treaty|protocols?|talks|process|format|declaration|conventions?|summit|conference)\b/i;

export function namesVenue(text: string, r: Ref): boolean {
  return (
    (r.kind === 'capital' || r.kind === 'city') &&
    !r.possessive &&
    /\bthe\s+(?:\d{4}\s+)?$/i.test(text.slice(Math.max(0, r.start - 10), r.start)) &&
    VENUE_NAMED.test(text.slice(r.end, r.end + 30))
  );
}

/** Words between an owner and the act noun it owns: at most a few modifiers ("'s latest massive missile"). */
/** (not across a time adjunct: "its support during a visit") */
const NOUN_PHRASE_GAP = /^(?:\s*(?:'s|’s|s'|’)?\s*)(?:(?!(?:during|after|before|amid|following)\s)[\w-]+\s+){0,4}$/;

/** The bodies that rule a state, named by where they sit ("the government in Pristina", "the junta in Niamey"). */
const RULING_BODIES = 'government|authorities|rulers|regime|junta';
/** Organs only a state has on its own soil: "police in Kenya", "a court in Guyana" are Kenya's and Guyana's. */
const DOMESTIC_ORGANS = `${RULING_BODIES}|police|courts?|prosecutors?|judges?|judiciary|customs`;

/** An organ of a state named by the capital it sits in ("the government in Pristina"). */
const SEAT_OF = new RegExp(`\\b(?:${RULING_BODIES}|leadership)\\s+in\\s+(?:the\\s+)?$`, 'i');

/**
 * People who act for the state they come from ("officials from Chile"), unlike tourists or fans from it; or for the
 * state whose capital they sit in ("the military rulers in Niamey").
 */
const STATE_PEOPLE = new RegExp(
  `^\\s*(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?(officials?|diplomats?|envoys?|delegat\\w+|ministers?|representatives?|negotiators?|troops|soldiers|forces|leaders?|lawmakers|legislators|${DOMESTIC_ORGANS})\\s+(from|in)\\s+(?:the\\s+)?$`,
  'i',
);
/** Weapons named by where they are fired from, opening a clause: "rockets fired from Lebanon", "drones from Russia". */
const WEAPONS_FROM =
  /^\s*(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:rockets?|missiles?|shells?|drones?|mortars?|projectiles?|bombs?|artillery|gunfire|warplanes?|jets?|aircraft)\s+(?:(?:were\s+|was\s+)?(?:fired|launched|flown|sent)\s+)?from\s+(?:the\s+)?$/i;
const DOMESTIC_ORGAN = new RegExp(`^(?:${DOMESTIC_ORGANS})$`, 'i');

/**
 * "A delegation of Danish officials has asked ...", "Officials from Chile met ...": the clause opens with one noun
 * phrase whose only actor names its members.
 */
/** An adjunct opening the clause before its subject: "To ease the row, ", "In a bid to calm the row, ", "On Monday, ". */
const OPENING_ADJUNCT =
  /^\s*(?:to|in|on|at|after|before|during|since|earlier|later|meanwhile|however|separately|last|this)\b[^,;:]{0,80},\s*/i;

export function subjectPhrase(text: string, refs: Ref[], start: number, t: Trigger): Ref[] {
  // (an adjunct that names no actor opens the clause before its subject)
  const opening = OPENING_ADJUNCT.exec(text.slice(start, t.start));
  const from =
    opening && !refs.some((r) => r.start >= start && r.end <= start + opening[0].length) ? start + opening[0].length : start;
  // "Ana Ruiz, an official from the Peruvian Foreign Ministry, thanked ...": a name no actor stands for, and an
  // apposition after it that names whom the person serves
  const apposed = APPOSED_SUBJECT.exec(text.slice(from, t.start));
  if (apposed && !refs.some((r) => r.start >= from && r.end <= from + apposed[1].length)) {
    const start = from + apposed[1].length;
    return memberPhrase(text, refs, start, start + apposed[2].length, t);
  }
  return memberPhrase(text, refs, from, t.start, t);
}
/** A person's name, then an apposition set off by commas, up to the verb. */
const APPOSED_SUBJECT = /^(\s*(?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w.'’-]*\s*,\s*)([^,;]+?)\s*,\s*$/;

function memberPhrase(text: string, refs: Ref[], from: number, to: number, t: Trigger): Ref[] {
  const lead = text.slice(from, to);
  if (SOURCE_STOP.test(lead) || /,/.test(lead) || words(lead) > SUBJECT_REACH) return [];
  const inside = refs.filter((r) => r.start >= from && r.end <= to);
  const member = (r: Ref): boolean => {
    if (r.prep === 'of') return true;
    // "delegations from Russia and Ukraine": a conjunct of a member is one too
    const before = [...inside].reverse().find((x) => x.end <= r.start);
    if (before && before !== r && /^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(text.slice(before.end, r.start)) && member(before))
      return true;
    // "rockets fired from Lebanon hit ...": weapons come from the state they are fired from
    if (WEAPONS_FROM.test(text.slice(from, r.start)) && t.sense.modality === 'material') return true;
    const people = STATE_PEOPLE.exec(text.slice(from, r.start));
    if (people === null) return false;
    return people[2].toLowerCase() === 'from' || r.kind === 'capital' || (r.kind === 'country' && DOMESTIC_ORGAN.test(people[1]));
  };
  if (!inside.length || !inside.every(member)) return [];
  return coordinated(refs, inside[0], text, 1).filter((r) => r.end <= to);
}

const BORDER_WITH = /\b(?:borders?|frontiers?|boundary|boundaries)\s+with\s+(?:the\s+)?$/i;
/** "discussed Libya with Trump", "signed a deal with Peru": the partner of a joint act, not its topic. */
export function withPartner(text: string, refs: Ref[], to: number, after: Ref, exclude: Set<string>): Ref[] {
  const r = refs.find(
    (x) =>
      x.start >= after.end &&
      x.end <= to &&
      !exclude.has(x.actor) &&
      (x.prep === 'with' || /\bwith\s+(?:[\w.’'-]+\s+){0,3}$/i.test(text.slice(after.end, x.start))),
  );
  if (!r || TARGET_STOP.test(text.slice(after.end, r.start)) || words(text.slice(after.end, r.start)) > 8) return [];
  // ("toured Peru's border with Bolivia": a border "with" another is a place of the first)
  if (BORDER_WITH.test(text.slice(after.end, r.start))) return [];
  return coordinated(refs, r, text, 1).filter((g) => !exclude.has(g.actor));
}

export function agentAfterBy(text: string, refs: Ref[], to: number, t: Trigger): Ref[] {
  const r = refs.find((x) => x.start >= t.end && x.end <= to && x.prep === 'by' && !TARGET_STOP.test(text.slice(t.end, x.start)));
  return r ? coordinated(refs, r, text, 1) : [];
}

/** "X and Y kept a policy which Z criticised": the object of the relative clause is the main subject. */
export function frontedObject(text: string, refs: Ref[], from: number, sourceStart: number): Ref[] {
  const which = text.slice(from, sourceStart).search(/\bwhich\b/i);
  if (which < 0) return [];
  // ("aimed at the Boric government, which Lima has accused of ...": the name right before "which")
  const antecedent = refs.find(
    (r) => r.start >= from && r.end <= from + which && /^\s*(?:[A-Z][a-z]+\s*)?,?\s*$/.test(text.slice(r.end, from + which)),
  );
  const first = antecedent ?? refs.find((r) => r.start >= from && r.end <= from + which && !r.prep);
  return first ? coordinated(refs, first, text, 1).filter((r) => r.end <= from + which) : [];
}

/** A short common-noun subject that reaches a state by a preposition, right before a passive verb group. */
const NOUN_SUBJECT_TO =
  /^(?:(?:the|a|an|its|their|all|new|further|more)\s+)?(?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*\s+(to|against|on|with|for|toward|towards|in\s+hono(?:u)?r\s+of)\s+(?:the\s+)?$/i;
const PASSIVE_AUX_RIGHT_BEFORE =
  /^\s+(?:(?:has|have|had)\s+(?:also\s+)?been|was|were|is|are|will\s+be|would\s+be)\s+(?:(?:also|then|later|now|reportedly|quickly|swiftly|officially|formally)\s+)?$/i;

/**
 * "Electricity supply to Niger was cut off by Nigeria", "a dinner in honour of Lula was hosted by Xi": with no state as
 * the subject of a passive, the state its common noun reaches by one of the act's prepositions is the one acted on.
 */
export function passiveSubjectTarget(text: string, refs: Ref[], from: number, t: Trigger): Ref[] {
  const r = refs.findLast((x) => x.end <= t.start && x.start >= from);
  if (!r || r.possessive || !PASSIVE_AUX_RIGHT_BEFORE.test(text.slice(r.end, t.start))) return [];
  const m = NOUN_SUBJECT_TO.exec(text.slice(from, r.start).replace(/^[\s,]+/, ''));
  if (!m) return [];
  const prep = m[1]!.toLowerCase().split(/\s+/)[0]!;
  if (prep !== 'in' && !(t.sense.preps ?? DEFAULT_PREPS).includes(prep)) return [];
  return [r];
}
