import type { PloverCategory } from '../../../api/analysis';

/**
 * Event triggers. A pattern is a phrase: a word ending in `*` is inflected (verb forms, or the plural
 * for nouns), a word ending in `~` is a prefix, `_` stands for up to four other words.
 * Intensities follow the Goldstein scale of the matching CAMEO root.
 */
export interface TriggerEntry {
  patterns: string[];
  category: PloverCategory;
  intensity: number;
  modality: 'verbal' | 'material';
  /** The act involves both sides equally ("X and Y signed", "talks between X and Y"). */
  mutual?: boolean;
  /** A noun: its source is a possessive or demonym before it, its target follows a preposition. */
  noun?: boolean;
  /** "X is covered by the ban": the subject is the target, the owner of the ban the source. */
  coverage?: boolean;
  /** Prepositions that may introduce the target; a mention after any other preposition is a place. */
  preps?: string[];
}
