import type { EventView, StanceRow } from '../../api/models';

/** One CSV field: quoted when it holds a comma, quote or line break; formula-like text is defused for spreadsheets. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (fields: Array<string | number | boolean | null>) => fields.map(csvField).join(',');

const flagsOf = (e: EventView) => (['negated', 'conditional', 'hypothetical', 'reported'] as const).filter((f) => e[f]).join(' ');

/** The outlet's reliability letter (Admiralty A-F); F when the outlet is unknown. */
const gradeOf = (e: EventView) => e.outlet?.reliability ?? 'F';

export const EVENT_COLUMNS = [
  'source',
  'target',
  'source_name',
  'target_name',
  'category',
  'polarity',
  'intensity',
  'date_earliest',
  'date_latest',
  'date_best',
  'flags',
  'speaker',
  'evidence',
  'article_title',
  'published',
  'outlet',
  'grade',
  'url',
];

export function eventCsvLine(e: EventView): string {
  return csvLine([
    e.source,
    e.target,
    e.sourceName,
    e.targetName,
    e.category,
    e.polarity,
    e.intensity,
    e.earliest,
    e.latest,
    e.best,
    flagsOf(e),
    e.speaker,
    e.sentence,
    e.article.title,
    e.article.published,
    e.outlet?.name ?? null,
    gradeOf(e),
    e.article.url,
  ]);
}

/** The export record of one event in JSON. */
export function eventRecord(e: EventView): Record<string, unknown> {
  return {
    source: e.source,
    target: e.target,
    sourceName: e.sourceName,
    targetName: e.targetName,
    category: e.category,
    polarity: e.polarity,
    intensity: e.intensity,
    date: { earliest: e.earliest, latest: e.latest, best: e.best, precision: e.precision },
    flags: { negated: e.negated, conditional: e.conditional, hypothetical: e.hypothetical, reported: e.reported },
    speaker: e.speaker,
    evidence: { sentence: e.sentence, start: e.start, end: e.end },
    article: { id: e.article.id, title: e.article.title, published: e.article.published, url: e.article.url },
    outlet: e.outlet?.name ?? null,
    grade: gradeOf(e),
  };
}

export const STANCE_COLUMNS = [
  'direction',
  'source',
  'target',
  'events',
  'cooperative',
  'conflictual',
  'neutral',
  'mean_intensity',
  'verdict',
  'months_with_data',
  'latest_evidence',
  'latest_date',
  'latest_outlet',
  'strongest_evidence',
  'strongest_outlet',
];

export function stanceCsvLine(direction: 'toward' | 'from', actor: string, r: StanceRow): string {
  const [source, target] = direction === 'toward' ? [actor, r.counterpart] : [r.counterpart, actor];
  return csvLine([
    direction === 'toward' ? `${actor} toward others` : `others toward ${actor}`,
    source,
    target,
    r.events,
    r.cooperative,
    r.conflictual,
    r.neutral,
    Math.round(r.meanIntensity * 100) / 100,
    r.verdict,
    r.trend ? r.trend.months.length : null,
    r.latest?.sentence ?? null,
    r.latest?.best ?? null,
    r.latest ? `${r.latest.outlet?.name ?? 'unknown outlet'} (${gradeOf(r.latest)})` : null,
    r.strongest?.sentence ?? null,
    r.strongest ? `${r.strongest.outlet?.name ?? 'unknown outlet'} (${gradeOf(r.strongest)})` : null,
  ]);
}
