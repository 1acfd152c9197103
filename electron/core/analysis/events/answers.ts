import type { Act } from './link';
import { polarityOf } from './polarity';
import type { Ref } from './refs';
import { verbWordEnd } from './trigger';

/**
 * Acts that answer an earlier act of the same text: "North Korea fired a missile. Seoul condemned the launch.",
 * "Niger ordered the French ambassador to leave. Paris refused." The answer names no party; the earlier act's doer is
 * its target.
 */

/** Acts of the last few sentences, newest last. */
export interface ActHistory {
  acts: Act[][];
}

/** How many sentences back an answer may reach. */
const REACH = 2;

/** A definite object right after the act word: "the launch", "these accusations", "such a demand". */
const DEFINITE_OBJECT = /^\s+(?:the|these|those|this|that|such(?:\s+an?)?)\s+(?:[\w-]+\s+){0,2}?([a-z-]+)\b/i;
/** Charges named with no determiner: "rejected accusations of ...", "denied allegations that ...". */
const BARE_CHARGE = /^\s+(?:(?:all|any|the)\s+)?(accusations|allegations|claims|charges)\b/i;
/** Words for what another said. */
const CHARGES = /^(?:accusations?|allegations?|claims?|charges?|criticism|remarks|comments|statements?|accusing)$/;
/** Words for what another asked or offered. */
const PROPOSALS = /^(?:demands?|requests?|calls?|ultimatum|orders?|offers?|proposals?|plans?|invitations?|appeal)$/;
/** Words for what another did: a launch, a test, an attack. */
const DEEDS =
  /^(?:launch(?:es)?|tests?|attacks?|strikes?|shelling|bombing|incursions?|raids?|invasion|seizure|move|moves|decision|step|measures?)$/;
/** Answers with nothing after them: "Paris refused.", "Tehran agreed, saying ..." */
const BARE = /^\s*(?:[,.;:]|$|\s+(?:on|last|this|in)\s+\w+\s*[,.;])/i;
const ANSWERING = new Set(['REJECT', 'AGREE', 'YIELD']);
/** Words of protest that answer a hostile act done to the protester: "Beijing protested.", "Seoul objected." */
const PROTESTING = /^(?:protest|condemn|denounc|object|complain)\w*$/i;

/** Relations named with no partner right after the act word: "broke off relations", "restored diplomatic ties". */
const PARTNERLESS_RELATIONS =
  /^\s+(?:off\s+)?(?:(?:all|its|their|the|diplomatic|economic|formal|full)\s+){0,3}(?:relations|ties)\b/i;
/** Acts on relations: breaking, cutting, restoring or establishing them. */
const RELATION_ACTS = new Set(['SANCTION', 'COOPERATE', 'SUPPORT', 'AGREE']);

/** A boundary between two clauses of one sentence: "..., and", "; ". */
const CLAUSE_BETWEEN = /,\s*(?:and|but|while|whereas)\b|;/i;

/** Verbs that give what another did a label: "called the move a provocation". */
const LABELLING = /^(?:call|describ|label|brand|term|dub)\w*\s/i;

/** A deed done in answer: "Seoul responded by firing warning shots", "retaliated by expelling". */
const RESPONDED_BY = /\b(?:responded|responds|retaliated|retaliates|reacted|reacts|hit\s+back)\s+(?:\w+\s+){0,2}?by\s+$/i;

type Kind = 'charge' | 'proposal' | 'deed' | 'bare' | 'relations' | 'response';

function kindOf(text: string, act: Act, refs: Ref[]): Kind | null {
  const t = act.trigger;
  const spanned = /…\s*([\w-]+)$/.exec(t.text)?.[1];
  const after = text.slice(t.end, t.end + 60);
  // a party named right after the object ("the launch by North Korea") is read by the structure
  // (the answerer itself named there is no such party: "rejected accusations of Russian involvement")
  const own = (r: Ref) => act.sources.some((x) => x.actor === r.actor);
  if (refs.some((r) => r.start >= t.end && r.start <= t.end + 40 && !own(r))) return null;
  // ("Minsk called the decision a provocation": what a label is given to follows the verb word)
  const labelled = LABELLING.test(t.text) ? DEFINITE_OBJECT.exec(text.slice(verbWordEnd(t), t.end))?.[1] : undefined;
  const word = (labelled ?? spanned ?? DEFINITE_OBJECT.exec(after)?.[1] ?? BARE_CHARGE.exec(after)?.[1] ?? '').toLowerCase();
  if (!t.sense.noun && RESPONDED_BY.test(text.slice(Math.max(0, t.start - 40), t.start))) return 'response';
  if (
    RELATION_ACTS.has(act.category) &&
    !t.sense.noun &&
    (/^(?:relations|ties)$/i.test(spanned ?? '') || PARTNERLESS_RELATIONS.test(text.slice(verbWordEnd(t), verbWordEnd(t) + 60)))
  )
    return 'relations';
  if (CHARGES.test(word)) return 'charge';
  if (PROPOSALS.test(word)) return 'proposal';
  if (DEEDS.test(word)) return 'deed';
  if (!spanned && !t.sense.noun && (ANSWERING.has(act.category) || PROTESTING.test(t.text)) && BARE.test(after)) return 'bare';
  return null;
}

function answers(kind: Kind, earlier: Act, by: string, answer: Act | null): boolean {
  const polarity = polarityOf(earlier.category);
  switch (kind) {
    case 'charge':
      return earlier.modality === 'verbal' && polarity === 'conflictual';
    case 'proposal':
      return earlier.category === 'REQUEST' || earlier.category === 'AGREE' || earlier.category === 'COERCE';
    case 'deed':
      return earlier.modality === 'material' && polarity === 'conflictual';
    case 'response':
      return polarity === 'conflictual' && earlier.targets.some((r) => r.actor === by);
    case 'relations':
      return earlier.targets.some((r) => r.actor === by) || earlier.sources.some((r) => r.actor === by);
    case 'bare':
      if (!earlier.targets.some((r) => r.actor === by)) return false;
      if (answer && PROTESTING.test(answer.trigger.text)) return polarity === 'conflictual';
      return earlier.category === 'REQUEST' || earlier.category === 'COERCE' || earlier.category === 'THREATEN';
  }
}

/** A hostile answer with no party named: "retaliated", "returned fire", "hit back". */
const HOSTILE_ANSWER = /^(?:retaliat\w*|return(?:s|ed|ing)?\s+fire|hit(?:s|ting)?\s+back|str(?:uck|ikes?|iking)\s+back)\b/i;
/** From a hostile answer to the deed it answers later in the sentence: " after", " following", " in response to". */
const ANSWERED_LATER = /^\s*(?:[\w-]+\s+){0,3}?(?:after|following|when|in\s+response\s+to|in\s+retaliation\s+for)\s+/i;

/**
 * "Peru returned fire after Chilean troops shelled a Peruvian post": a hostile answer with no party named answers
 * the hostile deed done to the answerer that the sentence names after it.
 */
function laterDeedDoers(text: string, act: Act, later: Act[]): Ref[] {
  if (act.trigger.sense.noun || !HOSTILE_ANSWER.test(text.slice(act.trigger.start, act.trigger.end + 12))) return [];
  const by = act.sources[0]!.actor;
  const deed = later.find(
    (a) =>
      a.sources.length &&
      !a.negated &&
      !a.hypothetical &&
      a.modality === 'material' &&
      polarityOf(a.category) === 'conflictual' &&
      a.targets.some((r) => r.actor === by) &&
      ANSWERED_LATER.test(text.slice(act.trigger.end, Math.min(a.trigger.start, ...a.sources.map((r) => r.start)))),
  );
  return deed ? deed.sources.filter((r) => r.actor !== by) : [];
}

/** The acts of one sentence, with the doer of the earlier act they answer as target where they name none. */
export function answerTargets(text: string, acts: Act[], refs: Ref[], history: ActHistory): Act[] {
  const out = acts.map((act, k) => {
    if (!act.sources.length || act.targets.length || act.negated || act.hypothetical) return act;
    const answered = laterDeedDoers(text, act, acts.slice(k + 1));
    if (answered.length) return { ...act, targets: answered };
    const kind = kindOf(text, act, refs);
    // words answer a deed, a charge or a proposal; a deed of its own ("launch attacks") answers nothing
    if (!kind || (kind !== 'bare' && kind !== 'relations' && kind !== 'response' && act.modality !== 'verbal')) return act;
    // a bare answer may answer an act before it in its own sentence ("After Japan condemned China, Beijing protested.")
    // (so may relations with no partner named, "Colombia apologised to Ecuador, but Quito broke off relations", and
    // words about an act in a clause before them: "NATO bombs hit the embassy, and Beijing condemned the attack")
    const before = acts
      .slice(0, k)
      .filter(
        (a) =>
          a.sources.length &&
          (kind === 'bare' ||
            kind === 'relations' ||
            kind === 'response' ||
            CLAUSE_BETWEEN.test(text.slice(a.trigger.end, act.trigger.start))),
      );
    const doers = earlierDoers({ acts: [...history.acts, before] }, act.sources[0].actor, kind, act);
    return doers.length ? { ...act, targets: doers } : act;
  });
  history.acts.push(acts.filter((a) => a.sources.length));
  if (history.acts.length > REACH) history.acts.shift();
  return out;
}

/** The doers (other than `by`) of the latest act of the last sentences that an answer of this kind answers. */
function earlierDoers(history: ActHistory, by: string, kind: Kind, answer: Act | null = null): Ref[] {
  for (const sentence of [...history.acts].reverse())
    for (const earlier of [...sentence].reverse()) {
      // (relations are with the other party of the act, whichever side `by` took in it)
      const other = kind === 'relations' && earlier.sources.some((r) => r.actor === by) ? earlier.targets : earlier.sources;
      const doers = other.filter((r) => r.actor !== by);
      if (doers.length && !earlier.negated && !earlier.hypothetical && answers(kind, earlier, by, answer)) return doers;
    }
  return [];
}

/** The doers of the latest hostile deed of the last sentences that `by` did not do ("This is piracy," Iran said). */
export const latestDeedDoers = (history: ActHistory, by: string): Ref[] => earlierDoers(history, by, 'deed');
