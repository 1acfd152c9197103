import { findActors } from '../analysis/actor-directory';
import { actorName } from '../analysis/gazetteer';
import { stanceRows } from '../analysis/stance-table';
import { EVENT_COLUMNS, eventCsvLine, eventRecord, STANCE_COLUMNS, stanceCsvLine } from '../exports/csv';
import type { CountryOverview, ExportFile } from '../../api/models';
import { getCurrentEvent, iterateCurrentEvents, listCurrentEvents, type EventFilter } from '../library/events-store';
import { timeline } from '../library/timeline-store';
import {
  countryCardData,
  monthlyPairCounts,
  pairTotals,
  stanceEvidence,
  stanceMatrix,
  type Direction,
  type Window,
} from '../library/stances-store';
import type { Db } from '../library/open';
import { notFound, type DomainHandlers, type ServiceContext } from './context';

type EventVerbs =
  | 'listActors'
  | 'listTimeline'
  | 'listEvents'
  | 'getEvent'
  | 'countryOverview'
  | 'countryCard'
  | 'exportEvents'
  | 'exportStances';

const MATRIX_SIZE = 8;
/** Exports stop here; a filter narrows a bigger selection. */
export const EXPORT_CAP = 100_000;

/** One direction of an actor's relations as a stance table. */
function table(db: Db, actor: string, direction: Direction, w: Window, limit: number) {
  return stanceRows(
    pairTotals(db, actor, direction, w),
    (counterparts) => monthlyPairCounts(db, actor, direction, w, counterparts),
    (counterparts) => stanceEvidence(db, actor, direction, w, counterparts),
    limit,
  );
}

export function countryOverview(db: Db, actor: string, w: Window, limit = Infinity): CountryOverview {
  const toward = table(db, actor, 'toward', w, limit);
  const fromOthers = table(db, actor, 'fromOthers', w, limit);
  return {
    actor,
    name: actorName(actor),
    from: w.from ?? null,
    to: w.to ?? null,
    toward: toward.rows,
    fromOthers: fromOthers.rows,
    towardTotal: toward.total,
    fromOthersTotal: fromOthers.total,
    matrix: stanceMatrix(db, w, MATRIX_SIZE, actor),
  };
}

const slug = (parts: Array<string | undefined>) =>
  parts
    .filter(Boolean)
    .join('-')
    .replace(/[^A-Za-z0-9-]+/g, '_');

function exportEvents(db: Db, f: EventFilter, format: 'csv' | 'json'): ExportFile {
  const name = slug(['events', f.actor, f.source, f.target && `to-${f.target}`, f.category, f.polarity, f.from, f.to]);
  const events = [];
  for (const e of iterateCurrentEvents(db, f)) {
    if (events.length >= EXPORT_CAP) break;
    events.push(e);
  }
  if (format === 'json') {
    return {
      filename: `${name}.json`,
      mime: 'application/json',
      content: JSON.stringify({ filters: f, events: events.map(eventRecord) }, null, 2),
      rows: events.length,
    };
  }
  return {
    filename: `${name}.csv`,
    mime: 'text/csv',
    content: [EVENT_COLUMNS.join(','), ...events.map(eventCsvLine)].join('\r\n') + '\r\n',
    rows: events.length,
  };
}

/** Events, timelines, per-country stances, country cards and exports, all read from the current-events store. */
export function eventHandlers({ lib }: ServiceContext): DomainHandlers<EventVerbs> {
  const db = lib.db;
  return {
    listActors: ({ query, limit }) => findActors(query, limit),
    listTimeline: (q) => timeline(db, q),
    listEvents: (q) => listCurrentEvents(db, q),
    getEvent: ({ id }) => getCurrentEvent(db, id) ?? notFound(`Event ${id}`),
    countryOverview: ({ actor, from, to, limit }) => countryOverview(db, actor, { from, to }, limit),
    countryCard: ({ actor }) => {
      const known = findActors(actor, 1)[0];
      return {
        ...countryCardData(db, actor),
        name: actorName(actor),
        kind: known?.code === actor ? known.kind : null,
      };
    },
    exportEvents: ({ format, ...filter }) => exportEvents(db, filter, format),
    exportStances: ({ actor, from, to }) => {
      const o = countryOverview(db, actor, { from, to });
      const lines = [
        STANCE_COLUMNS.join(','),
        ...o.toward.map((r) => stanceCsvLine('toward', actor, r)),
        ...o.fromOthers.map((r) => stanceCsvLine('from', actor, r)),
      ];
      return {
        filename: `${slug(['stances', actor, from, to])}.csv`,
        mime: 'text/csv',
        content: lines.join('\r\n') + '\r\n',
        rows: lines.length - 1,
      };
    },
  };
}
