import type { Polarity } from '../../../api/analysis';

export type { Polarity };

/** PLOVER's quad classes; REQUEST is verbal conflict. STATEMENT is neither and is 'neutral'. */
export type Quad = 'verbal cooperation' | 'material cooperation' | 'verbal conflict' | 'material conflict' | 'neutral';

export type Modality = 'verbal' | 'material';

/** An event category as declared in resources/lexicon/categories.json. */
export interface CategoryRecord {
  name: string;
  polarity: Polarity;
  quad: Quad;
  modality: Modality;
  /** Used when no CAMEO code gives a Goldstein weight. */
  intensity: number;
}

/** What an inflected verb form is: its lemma, its verb family (a dictionary block) and the family's default code. */
export interface VerbSense {
  lemma: string;
  family: string;
  /** The verb's own code or its family's default CAMEO code; null when the verb alone is not an event. */
  code: string | null;
}

/** A coded act: a CAMEO code with the category, polarity and intensity it stands for. */
export interface CodedAct {
  code: string;
  /** The CAMEO name of the code ("Provide economic aid"). */
  name: string;
  category: string;
  polarity: Polarity;
  /**
   * The code's Goldstein weight with the sign of the category's polarity (0 when neutral): appeals weigh +3 on
   * the Goldstein scale, but a REQUEST is conflictual, so its intensity is -3.
   */
  intensity: number;
  /** The code's Goldstein weight as the code table gives it (-10 .. 10). */
  goldstein: number;
  modality: Modality;
  quad: Quad;
  /** Pattern words matched (0: the family default; nouns count 1). */
  matched: number;
  /** Words after the verb the matched pattern reaches (0 for a default). */
  span: number;
  /** The act the other side performs in the same event ("visit" 042 -> the host's 043), or null. */
  reverse: string | null;
  /** The act goes from the object to the subject ("appeared before the court": the court acts). */
  inverted: boolean;
  /** Subject and object act together (the dictionary's `%` compound patterns). */
  compound: boolean;
}

export interface VerbLexicon {
  /** Lowercase inflected verb form ("gave", "extradited", "urges") -> its sense, or null when unknown. */
  lookup(form: string): VerbSense | null;
  /**
   * Codes a verb from the lowercase words after it (and, for patterns with words before the verb, before it):
   * the most specific phrase pattern, else the verb's default code, else null.
   */
  code(lemma: string, after: readonly string[], before?: readonly string[]): CodedAct | null;
  /** A nominal event ("sanctions", "visit", "grant"), singular or plural, or null. */
  noun(word: string): CodedAct | null;
  /** Whether a phrase pattern uses the word (lower case), as written or through a synonym set. */
  inPatterns(word: string): boolean;
  /** The act a CAMEO code stands for; throws on a code the lexicon does not know. */
  act(code: string): CodedAct;
  /** The declared record of a category; throws on an undeclared one. */
  category(name: string): CategoryRecord;
  categories(): readonly CategoryRecord[];
  stats(): LexiconStats;
}

export interface LexiconStats {
  families: number;
  verbs: number;
  forms: number;
  patterns: number;
  nouns: number;
}
