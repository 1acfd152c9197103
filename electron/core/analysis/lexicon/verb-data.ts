import categoriesJson from '../../../../resources/lexicon/categories.json' with { type: 'json' };
import codesJson from '../../../../resources/lexicon/codes.json' with { type: 'json' };
import nounsJson from '../../../../resources/lexicon/nouns.json' with { type: 'json' };
import verbsJson from '../../../../resources/lexicon/verbs.json' with { type: 'json' };
import type { CategoryRecord, CodedAct, Modality, Polarity, Quad } from './verb-types';

/** A pattern element as written by scripts/build/lexicon.mjs (see resources/lexicon/README.md). */
export type RawElement = string | RawElement[] | { p: string; np: RawElement | null };

export interface RawPattern {
  pre?: RawElement[];
  post: RawElement[];
  code: string | null;
  reverse?: string;
  compound?: boolean;
  /** The verbs of the family the pattern was written for. */
  by?: string[];
}

export interface RawVerb {
  lemma: string;
  /** Index of the inflected word in a multi-word verb ("ask for": 0). */
  head?: number;
  forms: string[];
  /** Present: the verb's own code (null: the verb alone is no event); absent: the family default. */
  code?: string | null;
  /** A verb of saying: coded by its default only, never by the words after it (the reported statement). */
  plain?: boolean;
}

export interface RawFamily {
  name: string;
  code: string | null;
  reverse?: string;
  verbs: RawVerb[];
  patterns: RawPattern[];
}

export interface RawCode {
  name: string;
  goldstein: number;
  root: string;
}

/** categories.json: declared categories and the CAMEO code prefix -> category mapping. */
export interface RawCategories {
  categories: Record<string, Partial<Record<string, unknown>>>;
  codes: Record<string, string>;
}

export const rawFamilies = verbsJson.families as unknown as RawFamily[];
export const rawSynsets = verbsJson.synsets as unknown as Record<string, string[]>;
export const rawNouns = nounsJson.nouns as unknown as Record<string, string>;
export const rawCategories = categoriesJson as unknown as RawCategories;
export const rawCodes = codesJson.codes as unknown as Record<string, RawCode>;

const POLARITIES: ReadonlySet<string> = new Set(['cooperative', 'conflictual', 'neutral']);
const QUADS: ReadonlySet<string> = new Set([
  'verbal cooperation',
  'material cooperation',
  'verbal conflict',
  'material conflict',
  'neutral',
]);

/** Declared categories, checked: a category without a declared polarity, quad or modality is an error. */
export function compileCategories(declared: RawCategories = rawCategories): Map<string, CategoryRecord> {
  const out = new Map<string, CategoryRecord>();
  for (const [name, record] of Object.entries(declared.categories)) {
    const { polarity, quad, modality, intensity } = record;
    if (typeof polarity !== 'string' || !POLARITIES.has(polarity)) {
      throw new Error(`lexicon categories.json: ${name} has no declared polarity`);
    }
    if (typeof quad !== 'string' || !QUADS.has(quad)) throw new Error(`lexicon categories.json: ${name} has no quad class`);
    if (modality !== 'verbal' && modality !== 'material') throw new Error(`lexicon categories.json: ${name} has no modality`);
    if (typeof intensity !== 'number') throw new Error(`lexicon categories.json: ${name} has no default intensity`);
    out.set(name, { name, polarity: polarity as Polarity, quad: quad as Quad, modality: modality as Modality, intensity });
  }
  return out;
}

/** The weight's size with the sign of the declared polarity; a zero weight takes the category's default. */
function signed(goldstein: number, category: CategoryRecord): number {
  if (category.polarity === 'neutral') return 0;
  const size = Math.abs(goldstein) || Math.abs(category.intensity);
  return category.polarity === 'cooperative' ? size : -size;
}

/** Every CAMEO code of the table as a coded act; a code whose category is not declared throws. */
export function compileActs(
  categories: Map<string, CategoryRecord>,
  byPrefix: Record<string, string> = rawCategories.codes,
  codes: Record<string, RawCode> = rawCodes,
): Map<string, CodedAct> {
  const acts = new Map<string, CodedAct>();
  for (const [code, info] of Object.entries(codes)) {
    let name: string | undefined;
    for (let n = code.length; n >= 2 && name === undefined; n--) name = byPrefix[code.slice(0, n)];
    if (name === undefined) throw new Error(`lexicon categories.json: CAMEO code ${code} maps to no category`);
    const category = categories.get(name);
    if (!category) throw new Error(`lexicon categories.json: CAMEO code ${code} maps to undeclared category ${name}`);
    acts.set(code, {
      code,
      name: info.name,
      category: name,
      polarity: category.polarity,
      intensity: signed(info.goldstein, category),
      goldstein: info.goldstein,
      modality: category.modality,
      quad: category.quad,
      matched: 0,
      span: 0,
      reverse: null,
      inverted: false,
      compound: false,
    });
  }
  return acts;
}
