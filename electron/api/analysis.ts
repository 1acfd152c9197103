import { z } from 'zod';
import { PLOVER_CATEGORIES, POLARITIES } from './plover';

/** Output of the analysis engine for one article; offsets are UTF-16 offsets into `text`. */

/**
 * 'nonstate': an actor that is not a state and must not be coded as one: armed groups (Hezbollah, the Taliban),
 * NGOs, companies, "Syrian rebels", "Chinese students", and office holders out of office at the article date.
 * Its `actor` is never a country code: a group code (HEZBOLLAH) or a country code plus a CAMEO sector (SYRREB,
 * CHNBUS, USAELI for a former official).
 */
export const ActorKind = z.enum([
  'country',
  'demonym',
  'capital',
  'city',
  'institution',
  'person',
  'organisation',
  'bloc',
  'nonstate',
]);

export const Mention = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  actor: z.string().min(2),
  kind: ActorKind,
});

export const Quote = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  speaker: z.string().nullable(),
  actor: z.string().nullable(),
  kind: z.enum(['direct', 'indirect']),
});

export const DatePrecision = z.enum(['day', 'month', 'week', 'season', 'quarter', 'year', 'decade', 'vague']);
export const DateQualifier = z.enum(['before', 'after', 'since', 'until', 'by', 'approx']);

export const TemporalExpression = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
  precision: DatePrecision.nullable(),
  qualifier: DateQualifier.nullable(),
});

export const PloverCategory = z.enum(PLOVER_CATEGORIES);

export const Polarity = z.enum(POLARITIES);

export const Event = z.object({
  source: z.string(),
  target: z.string(),
  category: PloverCategory,
  polarity: Polarity,
  intensity: z.number().min(-10).max(10),
  modality: z.enum(['verbal', 'material']),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  date: z.string().nullable(),
  speaker: z.string().nullable(),
  negated: z.boolean(),
  conditional: z.boolean(),
  hypothetical: z.boolean(),
  reported: z.boolean(),
});

export const AnalysisInput = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  published: z.string().nullable().optional(),
  /** ISO 639-1 language of the text; null or absent = English. */
  lang: z.string().nullable().optional(),
});

export const AnalysisResult = z.object({
  id: z.union([z.string(), z.number()]),
  mentions: z.array(Mention),
  quotes: z.array(Quote),
  dates: z.array(TemporalExpression),
  events: z.array(Event),
  /** The language the text was analysed as (null = English assumed). */
  lang: z.string().nullable().optional(),
  /** False when events were not coded because the text is not English (events are coded for English only). */
  eventsCoded: z.boolean().optional(),
});

export type ActorKind = z.infer<typeof ActorKind>;
export type Mention = z.infer<typeof Mention>;
export type Quote = z.infer<typeof Quote>;
export type TemporalExpression = z.infer<typeof TemporalExpression>;
export type PloverCategory = z.infer<typeof PloverCategory>;
export type Polarity = z.infer<typeof Polarity>;
export type Event = z.infer<typeof Event>;
export type AnalysisInput = z.infer<typeof AnalysisInput>;
export type AnalysisResult = z.infer<typeof AnalysisResult>;
