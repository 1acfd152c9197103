import type { PloverCategory } from '../../../api/analysis';
import { verbLexicon } from '../lexicon/verbs';
import { polarityOf } from './polarity';
import type { Ref } from './refs';
import type { Frame } from './speech';
import type { Trigger } from './trigger';

/** One trigger with its source and target actors, before it becomes directed events. */
export interface Act {
  trigger: Trigger;
  sources: Ref[];
  targets: Ref[];
  /** Both directions: the sources are a group acting together, or the act is mutual with its target. */
  mutual: boolean;
  category: PloverCategory;
  intensity: number;
  modality: 'verbal' | 'material';
  negated: boolean;
  conditional: boolean;
  hypothetical: boolean;
  frame: Frame | null;
}

const SOURCE_STOP = /[;:“”"]|\b(?:but|while|whereas|although|though|because|which|who|whom|when|unless|if|whether)\b|,\s*and\b/i;
const SUBJECT_REACH = 12;
const TARGET_STOP =
  /[;:!?“”"]|\b(?:but|while|whereas|although|though|because|which|who|whom|when|after|before|unless|if|since|so|then)\b|,\s*(?:and|but|while|as|which|who)\b/i;
const DEFAULT_PREPS = ['to', 'with', 'against', 'on', 'at', 'for', 'over', 'toward', 'towards', 'into', 'upon'];
const JOIN = /^\s*(?:,|,?\s*and|,?\s*or|&|-|–|\/)\s*(?:the\s+)?$/i;
const NEGATION = /\b(?:not|no|never|neither|nor|without|cannot|no longer)\b|n[’']t\b/i;
const REFUSAL = /\b(?:refus\w*|declin\w*|reject\w*)\s+to\b/i;
const FUTURE = /\b(?:will|shall|won[’']t|would)\b/i;
const HYPOTHETICAL =
  /\b(?:could|might|may|would|should|must|possible|possibility|potential(?:ly)?|whether|hope|hopes|hoped|intention|intends?|intended|plan(?:s|ning|ned)?)\b/i;
const CONDITION = /\b(?:if|unless|provided that|on condition|as long as)\b/i;
/** In reported speech "would" is the future of the original words ("announced it would free"). */
const HYPOTHETICAL_REPORTED = new RegExp(HYPOTHETICAL.source.replace('would|', ''), 'i');
/** The trigger sits inside the if-clause itself, so the act is only supposed. */
/** "X pressed Y to help Z": Z is the object of "help", not of the first verb. */
const INFINITIVE_GAP = /\bto\s+[a-z]+\s+$/i;
/** An act someone wants, asks, urges or permits another to do has not happened. */
const REQUESTED =
  /\b(?:wants?|wanted|wanting|threat\w*|ask\w*|urg\w*|pressur\w*|call\w* on|permission|permit\w*|allow\w*|demand\w*|request\w*|order\w*|forc\w*)\b[^,;.]*\bto\s+(?:[\w-]+\s+){0,3}$/i;
const PROTASIS = /\b(?:if|unless)\b[^,;]*$/i;
const PARTICIPLE =
  /^(?:\w+ed|held|met|sent|struck|shot|fought|given|broken|frozen|hit|cut|sold|made|taken|beaten|withdrawn|lent|spoken|seized|bombed)\b/i;
const PASSIVE = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/i;
const TROOPS = /^\s*(?:[\w-]+\s+)?(?:troops|forces|soldiers|military|army|navy|warships?|jets?|missiles?)\b/i;

const words = (s: string) => (s.match(/[\w’'-]+/g) ?? []).length;

/**
 * The conjuncts of a coordinated actor phrase ("Seoul and Tokyo", "France, Spain and Italy"). A run joined by commas
 * alone is an apposition ("the Belarusian minister, Leonid Maltsev,"): it names one actor, its head.
 */
function coordinated(refs: Ref[], first: Ref, text: string, dir: 1 | -1): Ref[] {
  const group = [first];
  let cur = first;
  let conjunction = false;
  const ordered = dir === 1 ? refs.filter((r) => r.start >= first.end) : refs.filter((r) => r.end <= first.start).reverse();
  for (const r of ordered) {
    const gap = (dir === 1 ? text.slice(cur.end, r.start) : text.slice(r.end, cur.start)).replace(/(?:'s|’s)/g, '');
    if (!JOIN.test(gap)) break;
    if (!/^\s*,\s*(?:the\s+)?$/i.test(gap)) conjunction = true;
    group.push(r);
    cur = r;
  }
  if (conjunction || group.length === 1) return group;
  // an apposition: the head is the phrase read first
  return [dir === 1 ? first : group[group.length - 1]];
}

/** A verb that makes its subject the agent of the act noun after it ("X launched an attack on Y"). */
const LIGHT_VERB =
  /^\s*(?:(?:has|have|had|will|would)\s+)?(?:also\s+)?(?:launch|carr(?:y|ie)|stag|conduct|ma[dk]e|present|fil|br(?:ing|ought)|impos|order|open|beg[ia]n|start|announc|lodg|issu|level|step|resum|hold|held|sign|reach|conclud|offer|provid|pledg|extend|gave|give|voic|express|renew|threaten|demand|slap|lev[iy]|unveil|adopt|approv|tighten|expand|broaden|widen|introduc|put|plac|agree|agreed)\w*\s+(?:out\s+|up\s+)?(?:[\w-]+\s+){0,4}$|^\s*(?:[\w-]+\s+)?$/i;
/** "cut aid to", "blocked EU aid for": the cooperative act is being reduced or stopped. */
const REDUCTION =
  /\b(?:cut\w*|lift\w*|halt\w*|stop\w*|suspend\w*|abandon\w*|violat\w*|br[eo]a?k\w*|cancel\w*|scrap\w*|end(?:s|ed|ing)?|freez\w*|froze|reduc\w*|block\w*|withh[eo]ld\w*|withdr[ae]w\w*)\s+(?:[\w-]+\s+){0,3}$/i;
/** "abandoned talks because the US ...": the actor blamed as the cause is the target of a hostile act. */
const CAUSAL =
  /^\s*(?:[\w-]+\s+){0,3}?(?:because(?:\s+of)?|due\s+to|in\s+response\s+to|in\s+retaliation\s+(?:for|against))\s+(?:the\s+)?$/i;
const GAP_PREP =
  /\b(to|in|on|at|for|with|from|by|into|over|against|toward|towards|upon|of)\s+(?:(?!(?:to|in|on|at|for|with|from|by|into|over|against|of)\s)\S+\s+)*$/i;
const SCORE = /^\s*\(?\d{1,2}\s*[-–:]\s*\d{1,2}\b/;
const PARTNERED = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
const ENVOY_ACTS = new Set(['PROTEST', 'CONSULT']);
const COORDINATED_VERB = /\band\s+(?:also\s+|then\s+)?\w+(?:ed|s)\b/i;
const ADJUNCT = /\b(?:when|while|by|after|before|in|through)\s+$/i;

function findSource(text: string, refs: Ref[], from: number, t: Trigger, stop = SOURCE_STOP): Ref[] {
  const before = refs.filter((r) => r.end <= t.start && r.start >= from).reverse();
  for (const r of before) {
    const relative = /^\s*,?\s*(?:that|which|who)\s+(?:\w+\s+)?$/i.test(text.slice(r.end, t.start));
    if (!relative && (stop.test(text.slice(r.end, t.start)) || words(text.slice(r.end, t.start)) > SUBJECT_REACH)) return [];
    const modifier = t.sense.noun === true && /^\s*$/.test(text.slice(r.end, t.start));
    if (r.prep && r.prep !== 'by' && !r.possessive && !relative && !modifier) continue;
    if (t.sense.noun && !r.possessive && !LIGHT_VERB.test(text.slice(r.end, t.start))) return [];
    return appositionHead(text, refs, from, r) ?? coordinated(refs, r, text, -1);
  }
  return [];
}

/**
 * "Pakistan's military ruler, Gen. Pervez Musharraf, had given ...": a name set off by commas after a noun phrase
 * is an apposition; the phrase it renames, read first, is the subject.
 */
function appositionHead(text: string, refs: Ref[], from: number, r: Ref): Ref[] | null {
  if (!/^\s*,/.test(text.slice(r.end, r.end + 3))) return null;
  const lead = /,\s*(?:(?:the|[A-Z][\w.’'-]*)\s+){0,4}$/.exec(text.slice(from, r.start));
  if (!lead) return null;
  const comma = from + lead.index;
  const head = [...refs].reverse().find((x) => x.end <= comma && x.start >= from);
  if (!head || head.prep || SOURCE_STOP.test(text.slice(head.end, comma)) || words(text.slice(head.end, comma)) > 5) return null;
  return coordinated(refs, head, text, -1);
}

function findTargets(text: string, refs: Ref[], to: number, t: Trigger, exclude: Set<string>): Ref[] {
  const preps = t.sense.preps ?? DEFAULT_PREPS;
  let rejected: Ref | null = null;
  for (const r of refs) {
    if (r.start < t.end || r.end > to) continue;
    const gap = text.slice(t.end, r.start);
    if (TARGET_STOP.test(gap) || words(gap) > 8) return [];
    // a conjunct of a rejected phrase shares its preposition: "parts of Iraq and Syria"
    if (rejected && JOIN.test(text.slice(rejected.end, r.start))) {
      rejected = r;
      continue;
    }
    rejected = r;
    // "Congress asked Obama to help Iran": the one asked is the source's own side, and the act stays inside it
    if (exclude.has(r.actor) && r.prep === null && /^\s+to\s+\w/.test(text.slice(r.end, r.end + 12))) return [];
    if (exclude.has(r.actor)) continue;
    if (r.kind === 'demonym' && TROOPS.test(text.slice(r.end, r.end + 30)) && t.sense.category !== 'ASSAULT') continue;
    // a name after a title ("with Syrian President Assad") is governed by the last preposition before the title
    const prep = r.prep ?? (/,/.test(gap) ? null : (GAP_PREP.exec(gap)?.[1]?.toLowerCase() ?? null));
    const direct = prep === null && !t.sense.noun;
    if (direct && INFINITIVE_GAP.test(gap)) return [];
    // a direct object follows its verb inside the verb phrase: not past a comma
    if (direct && /,/.test(gap)) continue;
    if (!direct && !(prep && (preps.includes(prep) || (t.sense.noun && prep === 'of')))) continue;
    return coordinated(refs, r, text, 1).filter((g) => !exclude.has(g.actor));
  }
  return [];
}

/** "A group of British lawmakers has called ...": the clause opens with one noun phrase whose only actor names its members. */
function subjectPhrase(text: string, refs: Ref[], from: number, t: Trigger): Ref[] {
  const lead = text.slice(from, t.start);
  if (SOURCE_STOP.test(lead) || /,/.test(lead) || words(lead) > SUBJECT_REACH) return [];
  const inside = refs.filter((r) => r.start >= from && r.end <= t.start);
  if (!inside.length || !inside.every((r) => r.prep === 'of')) return [];
  return coordinated(refs, inside[0], text, 1).filter((r) => r.end <= t.start);
}

/** "discussed Libya with Trump", "signed a deal with Peru": the partner of a joint act, not its topic. */
function withPartner(text: string, refs: Ref[], to: number, after: Ref, exclude: Set<string>): Ref[] {
  const r = refs.find(
    (x) =>
      x.start >= after.end &&
      x.end <= to &&
      !exclude.has(x.actor) &&
      (x.prep === 'with' || /\bwith\s+(?:[\w.’'-]+\s+){0,3}$/i.test(text.slice(after.end, x.start))),
  );
  if (!r || TARGET_STOP.test(text.slice(after.end, r.start)) || words(text.slice(after.end, r.start)) > 8) return [];
  return coordinated(refs, r, text, 1).filter((g) => !exclude.has(g.actor));
}

function agentAfterBy(text: string, refs: Ref[], to: number, t: Trigger): Ref[] {
  const r = refs.find((x) => x.start >= t.end && x.end <= to && x.prep === 'by' && !TARGET_STOP.test(text.slice(t.end, x.start)));
  return r ? coordinated(refs, r, text, 1) : [];
}

/** "Syria is covered by the ban": the owner of the ban sanctions the subject. */
function coverageAct(text: string, from: number, to: number, refs: Ref[], trig: Trigger, owner: Ref | null): Act | null {
  if (!owner) return null;
  const targets = findSource(text, refs, from, trig).filter((r) => r.actor !== owner.actor);
  if (!targets.length) return null;
  const window =
    text
      .slice(Math.max(from, trig.start - 50, targets[targets.length - 1].end), trig.start)
      .split(/\b(?:which|that|who)\b|,/i)
      .pop() ?? '';
  return {
    trigger: trig,
    sources: [owner],
    targets,
    mutual: false,
    category: trig.sense.category,
    intensity: trig.sense.intensity,
    modality: trig.sense.modality,
    negated: NEGATION.test(window),
    conditional: false,
    hypothetical: HYPOTHETICAL.test(window),
    frame: null,
  };
}

/** "X and Y kept a policy which Z criticised": the object of the relative clause is the main subject. */
function frontedObject(text: string, refs: Ref[], from: number, sourceStart: number): Ref[] {
  const which = text.slice(from, sourceStart).search(/\bwhich\b/i);
  if (which < 0) return [];
  const first = refs.find((r) => r.start >= from && r.end <= from + which && !r.prep);
  return first ? coordinated(refs, first, text, 1).filter((r) => r.end <= from + which) : [];
}

/** What earlier sentences established: who owns "the ban". */
export interface LinkMemory {
  banOwner: Ref | null;
}

const BAN_NOUN = /\b(?:travel ban|ban|sanctions|embargo)\b/i;

/** The state behind a ban or sanctions named in the sentence ("Trump's travel ban", "US sanctions"), else the last one. */
function banOwner(text: string, from: number, to: number, refs: Ref[], memory: LinkMemory): Ref | null {
  for (const r of refs) {
    if (r.start < from || r.end > to) continue;
    if (/^(?:'s|’s)?\s+(?:\w+\s+)?(?:travel ban|ban|sanctions|embargo)\b/i.test(text.slice(r.end, r.end + 40))) {
      memory.banOwner = r;
      return r;
    }
  }
  return memory.banOwner;
}

/** Link every trigger in sentence [from, to) to its actors. */
export function linkActs(
  text: string,
  from: number,
  to: number,
  refs: Ref[],
  frames: Frame[],
  triggers: Trigger[],
  memory: LinkMemory = { banOwner: null },
): Act[] {
  const acts: Act[] = [];
  let lastSources: Ref[] = [];
  let previousVerbEnd = -1;
  const owner = BAN_NOUN.test(text.slice(from, to)) ? banOwner(text, from, to, refs, memory) : null;
  for (const trig of triggers) {
    if (trig.sense.coverage) {
      const act = coverageAct(text, from, to, refs, trig, owner);
      if (act) acts.push(act);
      continue;
    }
    const frame = frames.find((f) => trig.start >= f.start && trig.end <= f.end) ?? null;
    const lo = frame ? Math.max(from, frame.start) : from;
    const hi = frame ? Math.min(to, frame.end) : to;
    const inside = refs.filter((r) => r.start >= trig.start && r.end <= trig.end);
    const reducedPassive =
      /ed$/i.test(trig.text) &&
      /^\s+(?:of|by)\b/i.test(text.slice(trig.end, trig.end + 5)) &&
      refs.some((r) => /^\s*$/.test(text.slice(r.end, trig.start)));
    const passive =
      !trig.sense.noun &&
      (reducedPassive || (PARTICIPLE.test(trig.text) && PASSIVE.test(text.slice(Math.max(lo, trig.start - 20), trig.start))));
    const infinitiveSubject = !trig.sense.noun
      ? refs.find((r) => r.end <= trig.start && /^\s+to\s+$/i.test(text.slice(r.end, trig.start)))
      : undefined;
    let sources = passive
      ? agentAfterBy(text, refs, hi, trig)
      : infinitiveSubject
        ? [infinitiveSubject]
        : findSource(text, refs, lo, trig);
    const lead = text.slice(lo, trig.start);
    const coordinatedVerb =
      sources.length > 0 && lastSources.length > 0 && COORDINATED_VERB.test(text.slice(sources[0].end, trig.end));
    const participle = /^\w+ing\b/i.test(trig.text) && /,\s*$/.test(lead);
    if (
      !passive &&
      !trig.sense.noun &&
      (coordinatedVerb || (!sources.length && (participle || /\b(?:and|to)\s+(?:\w+ly\s+)?$/i.test(lead))))
    )
      sources = lastSources;
    if (!sources.length && !passive && /ing\b/i.test(trig.text) && ADJUNCT.test(lead))
      sources = findSource(text, refs, lo, trig, /[;“”"]/);
    if (!sources.length && !passive && !trig.sense.noun) sources = subjectPhrase(text, refs, lo, trig);
    const exclude = new Set(sources.map((s) => s.actor));
    let targets = passive
      ? findSource(text, refs, lo, { ...trig, sense: { ...trig.sense, noun: false } })
      : findTargets(text, refs, hi, trig, exclude);
    if (targets.length && targets[0].prep === null && PARTNERED.has(trig.sense.category)) {
      const partner = withPartner(text, refs, hi, targets[targets.length - 1], exclude);
      if (partner.length) targets = partner;
    }
    if (
      !sources.length &&
      trig.sense.noun &&
      trig.sense.mutual &&
      /^\s*(?:[\w-]+\s+){0,3}between\b/i.test(text.slice(trig.end, trig.end + 40))
    ) {
      sources = targets;
    }
    const pair = inside.length === 2 && /^[\s-–]*$/.test(text.slice(inside[0].end, inside[1].start).replace(/(?:'s|’s)/g, ''));
    if (!targets.length && pair) targets = inside.filter((r) => !exclude.has(r.actor));
    // "summoned the Iranian ambassador": the envoy's country is the target
    if (!targets.length && inside.length === 1 && ENVOY_ACTS.has(trig.sense.category) && !exclude.has(inside[0].actor))
      targets = inside;
    if (
      !targets.length &&
      (trig.sense.category === 'THREATEN' || trig.sense.category === 'DEMAND') &&
      /^\s+(?:that|of)\b/i.test(text.slice(trig.end, trig.end + 6))
    ) {
      const next = refs.find((r) => r.start >= trig.end && r.end <= hi && !exclude.has(r.actor));
      if (next) targets = [next];
    }
    if (!targets.length && sources.length && !passive && !trig.sense.noun)
      targets = frontedObject(text, refs, lo, sources[0].start);
    // "the president arrived in Baghdad", "the minister is visiting in Seoul": one party consulting in another state
    if (!targets.length && sources.length === 1 && !trig.sense.noun && trig.sense.category === 'CONSULT') {
      const host = refs.find((r) => r.start >= trig.end && r.end <= hi && r.prep === 'in' && !exclude.has(r.actor));
      if (host && words(text.slice(trig.end, host.start)) <= 2) targets = [host];
    }
    const causeOf = (): Ref[] => {
      const cause = refs.find((r) => r.start >= trig.end && r.end <= hi && CAUSAL.test(text.slice(trig.end, r.start)));
      return cause && !exclude.has(cause.actor) ? [cause] : [];
    };
    if (!targets.length && sources.length && polarityOf(trig.sense.category) === 'conflictual') targets = causeOf();
    if (sources.length && !lastSources.length) lastSources = sources;
    const sourceEnd = sources.length && !passive ? Math.max(...sources.map((s) => s.end)) : 0;
    const rawWindow = text.slice(Math.max(lo, trig.start - 50, sourceEnd <= trig.start ? sourceEnd : 0), trig.start);
    let window = rawWindow.split(/\b(?:when|while|by|after|before|that|which|who|because)\b|,/i).pop() ?? '';
    let category = trig.sense.category;
    let intensity = trig.sense.intensity;
    let negated = NEGATION.test(window) || (frame?.denied ?? false);
    let mutual = trig.sense.mutual === true;
    const cooperative = polarityOf(category) === 'cooperative';
    const reduction =
      trig.sense.noun || cooperative ? REDUCTION.exec(text.slice(Math.max(lo, trig.start - 60), trig.start)) : null;
    if (reduction) {
      const at = Math.max(lo, trig.start - 60) + reduction.index;
      const reducer = findSource(text, refs, lo, { ...trig, start: at, end: at, sense: { ...trig.sense, noun: false } });
      if (reducer.length) sources = reducer;
      // stopping talk is a rejection, stopping material help a sanction, ending a hostile measure a concession
      category = !cooperative ? 'YIELD' : trig.sense.modality === 'verbal' ? 'REJECT' : 'SANCTION';
      intensity = verbLexicon().category(category).intensity;
      mutual = false;
      window = text.slice(Math.max(lo, reducer.length ? reducer[reducer.length - 1].end : at - 40), trig.start);
      negated = NEGATION.test(window) || (frame?.denied ?? false);
      if (!targets.length) targets = causeOf();
    }
    if (cooperative && ((negated && FUTURE.test(window)) || REFUSAL.test(window))) {
      category = 'REJECT';
      intensity = verbLexicon().category(category).intensity;
      negated = false;
      mutual = false;
    }
    // "Sweden defeated Korea 1 – 0": a score after the object makes it a match, not an act between states
    if (targets.length && SCORE.test(text.slice(targets[targets.length - 1].end, hi))) continue;
    if (trig.sense.inverted) [sources, targets] = [targets, sources];
    // "promised to cooperate with Y", "agreed to send troops": the infinitive is the content of the first act
    const infinitive = text.slice(previousVerbEnd, trig.start);
    const complement =
      previousVerbEnd >= 0 &&
      (/^\s*to\s+(?:\w+ly\s+)?$/i.test(infinitive) ||
        (trig.sense.noun === true && /^\s*to\s+\w+\s+(?:[\w-]+\s+){0,3}$/i.test(infinitive)));
    if (!trig.sense.noun) previousVerbEnd = trig.end;
    const sentence = text.slice(lo, hi);
    acts.push({
      trigger: trig,
      sources,
      targets,
      mutual,
      category,
      intensity,
      modality: trig.sense.modality,
      negated,
      conditional: CONDITION.test(sentence),
      hypothetical:
        infinitiveSubject !== undefined ||
        (complement && category !== 'REJECT') ||
        REQUESTED.test(text.slice(lo, trig.start)) ||
        (category !== 'REJECT' && (frame ? HYPOTHETICAL_REPORTED : HYPOTHETICAL).test(window)) ||
        PROTASIS.test(text.slice(lo, trig.start)),
      frame,
    });
  }
  return acts;
}
