import type { Event } from '../../../api/analysis';
import { verbLexicon } from '../lexicon/verbs';
import type { Ref } from './refs';
import type { Frame } from './speech';

/**
 * "X said (that) Y must ...": what the speaker says another actor has to do is a demand on it (also in the past of
 * reported words: "said Y needed to").
 */
const MODAL = /^\s*(?:(?:also|now|first|still)\s+)?(?:must|should|has to|have to|needs to|need to|needed to|ought to)\b/i;
/** The words after a state's name, past its possessive and an organ of it ("'s government must"). */
const pastOrgan = (rest: string) => rest.replace(/^(?:'s|’s)?\s*(?:government|leaders?|authorities)?/i, '');
/** "... or face tariffs", "... or else": the demand comes with a threat. */
const OR_FACE = /\bor\s+(?:else\b|(?:it\s+will\s+|they\s+will\s+)?(?:face|risk|suffer)\b)/i;

type EventBase = Pick<Event, 'sentence' | 'start' | 'end' | 'date'>;

function eventOf(base: EventBase, frame: Frame, speaker: Ref, target: Ref, category: 'REQUEST' | 'THREATEN' | 'ACCUSE'): Event {
  const declared = verbLexicon().category(category);
  return {
    ...base,
    source: speaker.actor,
    target: target.actor,
    category,
    polarity: declared.polarity,
    intensity: declared.intensity,
    modality: declared.modality,
    speaker: frame.speakerName,
    negated: false,
    conditional: false,
    hypothetical: false,
    reported: false,
  };
}

/**
 * "... said China's treatment of the Uighurs amounted to gross abuses": a state's deed that the speaker calls a
 * wrong (genocide, abuses, a crime, illegal) accuses that state.
 */
const JUDGEMENT =
  '(?:amount(?:s|ed)?\\s+to|constitut(?:es?|ed)|represent(?:s|ed)?|(?:was|were|is|are)(?:\\s+(?:an?\\s+)?(?:act|form)\\s+of)?)\\s+(?:(?:an?|the)\\s+)?(?:[\\w-]+,?\\s+(?:and\\s+)?){0,4}?[‘\\u0027"“]?(?:genocide|(?:human\\s+rights\\s+)?(?:abuses|violations?)|(?:war\\s+)?crimes?|aggression|terrorism|provocation|escalation|illegal|unlawful|unacceptable|criminal|barbaric|atrocit(?:y|ies)|a\\s+breach|interference|blackmail|piracy|(?:a\\s+)?(?:scam|sham|farce|hoax|fraud|lie|lies|madness)|disproportionate|absurd|ridiculous|unjustified|unfounded|baseless)\\b';
const JUDGED_WRONG = new RegExp(`^\\s*(?:[\\w-]+\\s+){1,6}?${JUDGEMENT}`, 'i');
/** The reported clause opens with a deed and its doer: "(that) the decision by", "a proposal by". */
const DEED_BY = /^\s*(?:that\s+)?(?:the|a|an|this|its)\s+(?:[\w-]+\s+){1,3}by\s+(?:the\s+)?$/i;
/** "“This is piracy,” an official said": a deed the words point back to, called a wrong. */
const THIS_WRONG = new RegExp(`^\\s*[“"]?\\s*(?:this|that|it|these|those|such\\s+\\w+)\\s+${JUDGEMENT}`, 'i');

/**
 * Demands (and threats) a speaker makes by saying what another actor must do, and wrongs it says another did;
 * `doersBefore` names who did the latest hostile deed of the text that the speaker did not.
 */
export function obligations(
  text: string,
  frames: Frame[],
  refs: Ref[],
  base: EventBase,
  doersBefore: (speaker: string) => Ref[] = () => [],
): Event[] {
  const out: Event[] = [];
  for (const frame of frames) {
    const speaker = frame.speaker;
    if (!speaker || frame.denied) continue;
    if (THIS_WRONG.test(text.slice(frame.start, frame.end))) {
      for (const doer of doersBefore(speaker.actor)) out.push(eventOf(base, frame, speaker, doer, 'ACCUSE'));
      continue;
    }
    // "... said a proposal by France to send troops was a dangerous escalation": a deed named with its doer after "by"
    const doer = refs.find(
      (r) => r.start >= frame.start && r.end <= frame.end && r.prep === 'by' && DEED_BY.test(text.slice(frame.start, r.start)),
    );
    if (doer && doer.actor !== speaker.actor && JUDGED_WRONG.test(text.slice(doer.end, frame.end))) {
      out.push(eventOf(base, frame, speaker, doer, 'ACCUSE'));
      continue;
    }
    // the obliged actor opens the reported clause: only a determiner or "that" before it
    // (or opens a clause joined to the first: "the islands are Chile's and Peru must leave")
    const subject = refs.find(
      (r) =>
        r.start >= frame.start &&
        r.end <= frame.end &&
        !r.prep &&
        r.actor !== speaker.actor &&
        (/^\s*(?:that\s+)?(?:the\s+)?$/i.test(text.slice(frame.start, r.start)) ||
          (/(?:,|\band|\bbut)\s+(?:the\s+)?$/i.test(text.slice(frame.start, r.start)) &&
            MODAL.test(pastOrgan(text.slice(r.end, frame.end))))),
    );
    if (!subject) continue;
    const rest = text.slice(subject.end, frame.end);
    if (subject.possessive && JUDGED_WRONG.test(rest.replace(/^(?:'s|’s)/, ''))) {
      out.push(eventOf(base, frame, speaker, subject, 'ACCUSE'));
      continue;
    }
    const after = pastOrgan(rest);
    if (!MODAL.test(after)) continue;
    out.push(eventOf(base, frame, speaker, subject, 'REQUEST'));
    if (OR_FACE.test(after)) out.push(eventOf(base, frame, speaker, subject, 'THREATEN'));
  }
  return out;
}
