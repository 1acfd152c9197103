import { z } from 'zod';

/**
 * The briefing model as it crosses the API and as it is stored (plain JSON in the library), plus the input
 * schemas of the briefing verbs. verbs.ts imports these into the one API table.
 */

const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
const actorCode = z
  .string()
  .trim()
  .min(2)
  .max(10)
  .transform((s) => s.toUpperCase());
const localId = z.string().min(1).max(64);
const id = z.number().int().positive();

export const Template = z.enum(['one-pager', 'full']);
export const Paper = z.enum(['a4', 'letter']);
export const LikelihoodScale = z.enum(['ICD203', 'PHIA', 'Kent']);
export const Confidence = z.enum(['low', 'moderate', 'high']);
export const ReliabilityGrade = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export const Credibility = z.number().int().min(1).max(6);

/** TLP levels in rising order of restriction. */
export const TLP_LEVELS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
/** Classification presets in rising order; any other text ranks above them (see marking.ts). */
export const CLASSIFICATION_PRESETS = ['UNCLASSIFIED', 'CUI'] as const;

export const Scope = z
  .object({
    country: actorCode,
    counterparts: z.array(actorCode).max(50).default([]),
    from: isoDay.optional(),
    to: isoDay.optional(),
    query: z.string().trim().max(500).optional(),
    articleIds: z.array(id).max(5000).optional(),
  })
  .strict();

export const Marking = z
  .object({
    scheme: z.enum(['classification', 'tlp']),
    /** The briefing's own banner (the floor); the printed banner is the highest of it and every portion mark. */
    banner: z.string().trim().min(1, 'a marking needs a banner').max(120),
    portionMarks: z.boolean().default(false),
  })
  .strict();

export const Citation = z
  .object({
    id: localId,
    articleId: id,
    outlet: z.string().nullable(),
    title: z.string(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    /** When the analyst took the evidence (ISO date). */
    accessed: z.string(),
    /** The imported original inside the library folder: `originals/<sha256>`. */
    localCopy: z.string().nullable(),
    /** The outlet's reliability letter (A-F), refreshed from the library whenever the briefing is read. */
    reliability: ReliabilityGrade,
    /** The claim's credibility (1-6). */
    credibility: Credibility,
    /** 'corroboration' while the number is the computed default; 'analyst' once set by hand. */
    credibilityFrom: z.enum(['corroboration', 'analyst']).default('corroboration'),
    /** The event's stable key (article:span:pair:category), when the evidence is an event. */
    eventKey: z.string().nullable().default(null),
    quote: z.string().nullable().default(null),
  })
  .strict();

export const KeyJudgment = z
  .object({
    id: localId,
    text: z.string().max(5000),
    /** Likelihood as a band in percent, [lo, hi]; the printed words follow the briefing's scale. */
    likelihood: z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]).refine(([lo, hi]) => lo <= hi, {
      message: 'the band must run from low to high',
    }),
    confidence: Confidence,
    citationIds: z.array(localId).default([]),
    portion: z.string().max(120).nullable().default(null),
  })
  .strict();

export const DevelopmentRow = z
  .object({
    date: z.string().nullable(),
    text: z.string(),
    source: z.string(),
    target: z.string(),
    polarity: z.enum(['cooperative', 'conflictual', 'neutral']),
    citationIds: z.array(localId).default([]),
  })
  .strict();

export const StanceRow = z
  .object({
    source: z.string(),
    target: z.string(),
    sourceName: z.string(),
    targetName: z.string(),
    cooperative: z.number().int().nonnegative(),
    conflictual: z.number().int().nonnegative(),
    neutral: z.number().int().nonnegative(),
    /** Mean intensity, -10..+10. */
    balance: z.number(),
    trend: z.enum(['rising', 'falling', 'steady']),
    events: z.number().int().nonnegative(),
    citationIds: z.array(localId).default([]),
  })
  .strict();

export const QuoteRow = z
  .object({
    text: z.string(),
    speaker: z.string().nullable(),
    citationIds: z.array(localId).default([]),
  })
  .strict();

export const SectionKind = z.enum([
  'bottom-line',
  'key-judgments',
  'developments',
  'stances',
  'quotes',
  'indicators',
  'text',
  'sources',
]);

/**
 * One section, in print order. `markdown` is the analyst's text (citations written as `[^<citationId>]`);
 * `rows` holds a drafted table for developments, stances and quotes sections.
 */
export const Section = z
  .object({
    id: localId,
    kind: SectionKind,
    heading: z.string().max(300),
    markdown: z.string().max(200_000).default(''),
    portion: z.string().max(120).nullable().default(null),
    developments: z.array(DevelopmentRow).optional(),
    stances: z.array(StanceRow).optional(),
    quotes: z.array(QuoteRow).optional(),
  })
  .strict();

/** A scope event as the timeline strip draws it. */
export const TimelinePoint = z
  .object({
    date: z.string(),
    source: z.string(),
    target: z.string(),
    polarity: z.enum(['cooperative', 'conflictual', 'neutral']),
    intensity: z.number(),
  })
  .strict();

/** The document the analyst edits and saves. */
export const BriefingDoc = z
  .object({
    title: z.string().trim().min(1, 'a briefing needs a title').max(300),
    scope: Scope,
    template: Template.default('full'),
    paper: Paper.default('a4'),
    marking: Marking,
    scale: LikelihoodScale.default('ICD203'),
    bottomLine: z
      .object({ text: z.string().max(5000), draft: z.boolean(), portion: z.string().max(120).nullable().default(null) })
      .strict(),
    sections: z.array(Section).max(200),
    keyJudgments: z.array(KeyJudgment).max(100).default([]),
    citations: z.array(Citation).max(5000).default([]),
    /** The scope's dated events when drafted (at most 3,000, evenly sampled), for the timeline figure. */
    timeline: z.array(TimelinePoint).max(3000).default([]),
  })
  .strict();

export type Template = z.infer<typeof Template>;
export type Paper = z.infer<typeof Paper>;
export type LikelihoodScale = z.infer<typeof LikelihoodScale>;
export type Confidence = z.infer<typeof Confidence>;
export type Scope = z.infer<typeof Scope>;
export type Marking = z.infer<typeof Marking>;
export type Citation = z.infer<typeof Citation>;
export type KeyJudgment = z.infer<typeof KeyJudgment>;
export type DevelopmentRow = z.infer<typeof DevelopmentRow>;
export type StanceRow = z.infer<typeof StanceRow>;
export type QuoteRow = z.infer<typeof QuoteRow>;
export type SectionKind = z.infer<typeof SectionKind>;
export type Section = z.infer<typeof Section>;
export type TimelinePoint = z.infer<typeof TimelinePoint>;
export type BriefingDoc = z.infer<typeof BriefingDoc>;

/** A stored briefing: the document plus its identity and version. */
export type Briefing = BriefingDoc & { id: number; version: number; createdAt: string; updatedAt: string };

export interface BriefingSummary {
  id: number;
  title: string;
  /** "Russia with South Korea, Japan; 2024-01 to 2024-06" */
  scopeSummary: string;
  /** The printed banner (high-water mark of the banner and portion marks). */
  marking: string;
  template: Template;
  version: number;
  updatedAt: string;
}

export interface BriefingVersionInfo {
  version: number;
  savedAt: string;
  title: string;
}

export type CheckCode =
  | 'mixed-likelihood-confidence'
  | 'no-evidence'
  | 'mixed-scales'
  | 'words-contradict-band'
  | 'unknown-citation'
  | 'draft-bottom-line';

export interface CheckWarning {
  code: CheckCode;
  message: string;
  /** Where: a judgment, a section or the bottom line, by id. */
  where: { kind: 'judgment' | 'section' | 'bottom-line'; id: string | null };
  /** The sentence or words that triggered it. */
  excerpt: string | null;
}

export interface ExportResult {
  filename: string;
  mime: string;
  /** The file's bytes (web host); null when Electron saved it through a dialog. */
  base64: string | null;
  /** Where Electron saved it; null in the web host or when the dialog was cancelled. */
  savedTo: string | null;
}

export const Evidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), articleId: id, eventKey: z.string().min(1) }).strict(),
  z
    .object({
      kind: z.literal('quote'),
      articleId: id,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    })
    .strict(),
  z.object({ kind: z.literal('article'), articleId: id }).strict(),
]);
export type Evidence = z.infer<typeof Evidence>;

const renderOptions = { template: Template.optional(), paper: Paper.optional() };

export const briefingInputs = {
  listBriefings: z.object({}).strict(),
  createBriefing: z
    .object({
      scope: Scope,
      template: Template.default('full'),
      paper: Paper.default('a4'),
      marking: Marking.default({ scheme: 'classification', banner: 'UNCLASSIFIED', portionMarks: false }),
      title: z.string().trim().min(1).max(300).optional(),
    })
    .strict(),
  /** Without `version`, the latest. */
  getBriefing: z.object({ id, version: z.number().int().positive().optional() }).strict(),
  /** Saves a new version; fails with `conflict` when `baseVersion` is not the latest. */
  saveBriefing: z.object({ id, briefing: BriefingDoc, baseVersion: z.number().int().positive() }).strict(),
  listBriefingVersions: z.object({ id }).strict(),
  deleteBriefing: z.object({ id }).strict(),
  checkBriefing: z.object({ briefing: BriefingDoc }).strict(),
  renderBriefing: z.object({ id, ...renderOptions }).strict(),
  exportBriefing: z.object({ id, format: z.enum(['pdf', 'docx', 'md', 'html']), ...renderOptions }).strict(),
  /**
   * Inserts the evidence's text with its citation (at the end of `sectionId`, else of the first text-like
   * section) and saves a new version. With `baseVersion`, fails with `conflict` when it is stale.
   */
  addEvidence: z
    .object({
      briefingId: id,
      sectionId: localId.optional(),
      baseVersion: z.number().int().positive().optional(),
      evidence: Evidence,
    })
    .strict(),
  setCitationCredibility: z.object({ briefingId: id, citationId: localId, credibility: Credibility }).strict(),
} as const;

export interface BriefingOutputs {
  listBriefings: BriefingSummary[];
  createBriefing: Briefing;
  getBriefing: Briefing;
  saveBriefing: Briefing;
  listBriefingVersions: BriefingVersionInfo[];
  deleteBriefing: { deleted: boolean };
  checkBriefing: CheckWarning[];
  renderBriefing: { html: string };
  exportBriefing: ExportResult;
  addEvidence: Briefing;
  setCitationCredibility: Briefing;
}
