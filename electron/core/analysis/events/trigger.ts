import type { PloverCategory } from '../../../api/analysis';

/** What an act word means: its category and how its actors attach. */
export interface ActSense {
  category: PloverCategory;
  intensity: number;
  modality: 'verbal' | 'material';
  /** The act involves both sides equally ("talks between X and Y"). */
  mutual?: boolean;
  /** A verb with a joint act noun as its object ("held talks with Y"): subject and partner both act. */
  joint?: boolean;
  /** A noun: its source is a possessive or demonym before it (or the subject of its verb), its target follows a preposition. */
  noun?: boolean;
  /** "X is covered by the ban": the subject is the target, the owner of the ban the source. */
  coverage?: boolean;
  /** An act within the subject's own polity ("held elections"): two subjects doing it do not do it to each other. */
  ownPolity?: boolean;
  /** The act goes from the object to the subject ("received an invitation from X": X invites). */
  inverted?: boolean;
  /** Prepositions that may introduce the target; a mention after any other preposition is a place. */
  preps?: string[];
  /** An answer to the deed named after it ("vowed to respond to Chilean raids"): its target is whoever did that deed. */
  answers?: boolean;
  /** Military help or peacekeeping: forces named "in" a state help that state ("troop deployments in Libya"). */
  stationed?: boolean;
}

/** One act word (or verb + object noun) found in a sentence; offsets into the article text. */
export interface Trigger {
  sense: ActSense;
  start: number;
  end: number;
  text: string;
}

/** Where the verb's own word ends, before any phrase words the trigger spans ("condemned … bombing"). */
export function verbWordEnd(t: Trigger): number {
  return t.start + t.text.split(/\s/)[0].length;
}
