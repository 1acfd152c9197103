/**
 * SQL of the current-events store, shared by its migration (backfill) and by the store (upkeep):
 * machine events with the analyst's corrections applied, and counts per lane and time bucket.
 */

export const BUCKETS = ['day', 'week', 'month', 'quarter', 'year'] as const;

/** The ISO day a bucket starting at or before `day` begins on ('' for an undated event). */
export function bucketStartSql(bucket: string, day: string): string {
  switch (bucket) {
    case 'day':
      return day;
    case 'week':
      // Weeks start on Monday: forward to Sunday (or stay), then back six days.
      return `date(${day}, 'weekday 0', '-6 days')`;
    case 'month':
      return `substr(${day}, 1, 7) || '-01'`;
    case 'quarter':
      return `substr(${day}, 1, 5) || printf('%02d', ((CAST(substr(${day}, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1) || '-01'`;
    default:
      return `substr(${day}, 1, 4) || '-01-01'`;
  }
}

const bucketCase = (day: string) =>
  `CASE WHEN ${day} IS NULL THEN '' ELSE CASE b.bucket ${BUCKETS.map((k) => `WHEN '${k}' THEN ${bucketStartSql(k, day)}`).join(' ')} END END`;

const bucketRows = BUCKETS.map((k) => `SELECT '${k}' AS bucket`).join(' UNION ALL ');

/** The lanes one event counts in: both actors and the directed pair (an actor once when it acts on itself). */
const laneRows = (e: string) => `
  SELECT 'actor' AS kind, ${e}.source AS source, '' AS target
  UNION ALL SELECT 'actor', ${e}.target, '' WHERE ${e}.target <> ${e}.source
  UNION ALL SELECT 'pair', ${e}.source, ${e}.target`;

const polarityColumns = (e: string, sign: string) => `
  ${sign}(${e}.polarity = 'cooperative'), ${sign}(${e}.polarity = 'conflictual'), ${sign}(${e}.polarity = 'neutral'),
  ${sign}${e}.intensity`;

/** Triggers that keep `event_counts` in step with `current_events` unless a bulk load defers them. */
export const COUNT_TRIGGERS = `
  CREATE TRIGGER current_events_count_insert AFTER INSERT ON current_events
    WHEN new.counted = 1 AND (SELECT deferring FROM event_counts_state) = 0 BEGIN
    INSERT INTO event_counts (kind, bucket, source, target, start, cooperative, conflictual, neutral, intensity)
      SELECT l.kind, b.bucket, l.source, l.target, ${bucketCase('new.date_best')}, ${polarityColumns('new', '')}
      FROM (${laneRows('new')}) l, (${bucketRows}) b WHERE true
    ON CONFLICT (kind, bucket, source, target, start) DO UPDATE SET
      cooperative = cooperative + excluded.cooperative, conflictual = conflictual + excluded.conflictual,
      neutral = neutral + excluded.neutral, intensity = intensity + excluded.intensity;
  END;
  CREATE TRIGGER current_events_count_delete AFTER DELETE ON current_events
    WHEN old.counted = 1 AND (SELECT deferring FROM event_counts_state) = 0 BEGIN
    UPDATE event_counts SET
      cooperative = cooperative - (old.polarity = 'cooperative'), conflictual = conflictual - (old.polarity = 'conflictual'),
      neutral = neutral - (old.polarity = 'neutral'), intensity = intensity - old.intensity
    WHERE (kind, bucket, source, target, start) IN (
      SELECT l.kind, b.bucket, l.source, l.target, ${bucketCase('old.date_best')} FROM (${laneRows('old')}) l, (${bucketRows}) b);
    DELETE FROM event_counts
    WHERE cooperative = 0 AND conflictual = 0 AND neutral = 0 AND (kind, bucket, source, target, start) IN (
      SELECT l.kind, b.bucket, l.source, l.target, ${bucketCase('old.date_best')} FROM (${laneRows('old')}) l, (${bucketRows}) b);
  END;`;

/** Recount every lane and bucket from `current_events` (after a bulk load, and to check the upkeep). */
export const RECOUNT_SQL = `
  DELETE FROM event_counts;
  INSERT INTO event_counts (kind, bucket, source, target, start, cooperative, conflictual, neutral, intensity)
    SELECT kind, bucket, source, target, start,
      sum(polarity = 'cooperative'), sum(polarity = 'conflictual'), sum(polarity = 'neutral'), sum(intensity)
    FROM (
      SELECT s.kind AS kind, b.bucket AS bucket,
        CASE s.side WHEN 1 THEN e.target ELSE e.source END AS source,
        CASE s.side WHEN 2 THEN e.target ELSE '' END AS target,
        ${bucketCase('e.date_best')} AS start, e.polarity AS polarity, e.intensity AS intensity
      FROM current_events e,
        (SELECT 'actor' AS kind, 0 AS side UNION ALL SELECT 'actor', 1 UNION ALL SELECT 'pair', 2) s,
        (${bucketRows}) b
      WHERE e.counted = 1 AND NOT (s.side = 1 AND e.target = e.source)
    )
    GROUP BY kind, bucket, source, target, start;`;

/** Bounds of a YYYY, YYYY-MM or YYYY-MM-DD string as [earliest, latest, precision]. */
const boundsOf = (d: string) => ({
  earliest: `CASE length(${d}) WHEN 4 THEN ${d} || '-01-01' WHEN 7 THEN ${d} || '-01' ELSE substr(${d}, 1, 10) END`,
  latest: `CASE length(${d}) WHEN 4 THEN ${d} || '-12-31' WHEN 7 THEN date(${d} || '-01', '+1 month', '-1 day') ELSE substr(${d}, 1, 10) END`,
  precision: `CASE WHEN ${d} IS NULL THEN NULL WHEN length(${d}) = 4 THEN 'year' WHEN length(${d}) = 7 THEN 'month' ELSE 'day' END`,
});

/** Which articles a statement covers: one (`@articleId`) or the whole library. */
export type Scope = 'article' | 'all';
const inScope = (scope: Scope, column: string) => (scope === 'article' ? `AND ${column} = @articleId` : '');

const correctionValue = (kind: string, path: string) => `(
  SELECT json_extract(c.value, '${path}') FROM event_corrections c
  WHERE c.article_id = m.article_id AND c.kind = '${kind}' AND c.event_key IN (m.event_key, m.current_key)
  ORDER BY c.id DESC LIMIT 1)`;

const rejected = (article: string, keys: string) => `EXISTS (
  SELECT 1 FROM event_corrections r WHERE r.article_id = ${article} AND r.kind = 'reject' AND r.event_key IN (${keys}))`;

/** The SQL form of eventKey() in analysis/corrections.ts. */
const keyOf = (e: string, target: string) =>
  `${e}.article_id || ':' || ${e}.start || '-' || ${e}.end || ':' || ${e}.source || '>' || ${target} || ':' || ${e}.category`;

/** Machine events with the target correction applied, their current key and the time expression they were dated by. */
const machine = (scope: Scope) => `
  SELECT e.*, ${keyOf('e', 'coalesce(tc.target, e.target)')} AS current_key, coalesce(tc.target, e.target) AS current_target,
    t.earliest AS t_earliest, t.latest AS t_latest, t.precision AS t_precision
  FROM events e
  LEFT JOIN (
    SELECT c.article_id, c.event_key, json_extract(c.value, '$.target') AS target,
      row_number() OVER (PARTITION BY c.article_id, c.event_key ORDER BY c.id DESC) AS nth
    FROM event_corrections c WHERE c.kind = 'target' ${inScope(scope, 'c.article_id')}
  ) tc ON tc.article_id = e.article_id AND tc.event_key = e.event_key AND tc.nth = 1
  LEFT JOIN time_expressions t ON t.id = (
    SELECT x.id FROM time_expressions x
    WHERE x.article_id = e.article_id AND x.start >= e.start AND x.end <= e.end AND x.type = 'DATE'
      AND (x.earliest = e.date OR x.value = e.date)
    ORDER BY x.precision = 'day' DESC, x.start LIMIT 1)
  WHERE true ${inScope(scope, 'e.article_id')}`;

const machineBounds = boundsOf('m.date');
const addedBounds = boundsOf('coalesce(n.date, substr(a.published, 1, 10))');
const added = (field: string) => `json_extract(c.value, '$.event.${field}') AS ${field}`;
const addedFlag = (field: string) => `coalesce(json_extract(c.value, '$.event.${field}'), 0) AS ${field}`;

/**
 * Insert the current events of one article or of all: machine events with the analyst's corrections applied
 * (the latest polarity and target correction win; a rejection removes), plus the events the analyst added.
 * `counted` marks the events that count in summaries: not negated, hypothetical or a reported claim, and the
 * strongest of those a sentence gives for one pair and polarity.
 */
export function currentEventsInsert(scope: Scope): string {
  const polarity = correctionValue('polarity', '$.polarity');
  return `
  INSERT INTO current_events (article_id, event_key, machine_id, correction_id, source, target, category, polarity,
    intensity, modality, sentence, start, end, date_earliest, date_latest, date_best, date_precision, speaker,
    negated, conditional, hypothetical, reported, corrected, counted)
  SELECT article_id, event_key, machine_id, correction_id, source, target, category, polarity,
    intensity, modality, sentence, start, end, date_earliest, date_latest, date_best, date_precision, speaker,
    negated, conditional, hypothetical, reported, corrected,
    negated = 0 AND hypothetical = 0 AND reported = 0 AND row_number() OVER (
      PARTITION BY article_id, start, source, target, polarity, reported
      ORDER BY abs(intensity) DESC, machine_id, correction_id) = 1
  FROM (
    SELECT m.article_id, m.current_key AS event_key, m.id AS machine_id, NULL AS correction_id, m.source,
      m.current_target AS target, m.category, coalesce(${polarity}, m.polarity) AS polarity,
      CASE coalesce(${polarity}, m.polarity) WHEN m.polarity THEN m.intensity
        WHEN 'cooperative' THEN iif(m.intensity = 0, 1, abs(m.intensity))
        WHEN 'conflictual' THEN -iif(m.intensity = 0, 1, abs(m.intensity)) ELSE 0 END AS intensity,
      m.modality, m.sentence, m.start, m.end,
      coalesce(m.t_earliest, ${machineBounds.earliest}) AS date_earliest,
      coalesce(m.t_latest, m.t_earliest, ${machineBounds.latest}) AS date_latest,
      CASE WHEN length(m.date) = 10 THEN m.date ELSE coalesce(m.t_earliest, ${machineBounds.earliest}) END AS date_best,
      coalesce(m.t_precision, ${machineBounds.precision}) AS date_precision,
      m.speaker, m.negated, m.conditional, m.hypothetical, m.reported,
      (${polarity} IS NOT NULL OR m.current_key <> m.event_key) AS corrected
    FROM (${machine(scope)}) m
    WHERE NOT ${rejected('m.article_id', 'm.event_key, m.current_key')}
    UNION ALL
    SELECT n.article_id, ${keyOf('n', 'n.target')}, NULL, n.id, n.source, n.target, n.category, n.polarity, n.intensity,
      n.modality, n.sentence, n.start, n.end, ${addedBounds.earliest}, ${addedBounds.latest}, ${addedBounds.earliest},
      ${addedBounds.precision}, n.speaker, n.negated, n.conditional, n.hypothetical, n.reported, 1
    FROM (
      SELECT c.id, c.article_id, ${['source', 'target', 'category', 'polarity', 'intensity', 'modality', 'sentence', 'start', 'end', 'date', 'speaker'].map(added).join(', ')},
        ${['negated', 'conditional', 'hypothetical', 'reported'].map(addedFlag).join(', ')}
      FROM event_corrections c WHERE c.kind = 'add' ${inScope(scope, 'c.article_id')}
    ) n
    JOIN articles a ON a.id = n.article_id
    WHERE NOT ${rejected('n.article_id', keyOf('n', 'n.target'))}
  )`;
}
