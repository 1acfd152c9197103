import { ApiFailure } from '../../api/dispatch';
import { BriefingDoc, type Briefing, type BriefingSummary } from '../../api/briefing';
import { actorName } from '../analysis/gazetteer';
import { printedBanner } from '../briefing/marking';
import {
  deleteBriefing,
  listBriefingRows,
  listVersions,
  readBriefing,
  saveBriefingVersion,
  StaleVersionError,
  type StoredBriefing,
} from '../library/briefings';
import { notFound, type DomainHandlers, type ServiceContext } from './context';

type BriefingVerbs =
  | 'listBriefings'
  | 'createBriefing'
  | 'getBriefing'
  | 'saveBriefing'
  | 'listBriefingVersions'
  | 'deleteBriefing'
  | 'checkBriefing'
  | 'renderBriefing'
  | 'exportBriefing'
  | 'addEvidence'
  | 'setCitationCredibility';

export function scopeSummary(scope: BriefingDoc['scope']): string {
  const who = actorName(scope.country);
  const others = scope.counterparts.map(actorName);
  const window = scope.from || scope.to ? `${scope.from ?? '…'} to ${scope.to ?? '…'}` : '';
  return [others.length ? `${who} with ${others.join(', ')}` : who, window].filter(Boolean).join('; ');
}

const toBriefing = (s: StoredBriefing): Briefing => ({
  ...s.doc,
  id: s.id,
  version: s.version,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

const notYet = (): never => {
  throw new ApiFailure('unavailable', 'This part of briefings is not available yet.');
};

/** Briefings: stored versions, drafting, checking, rendering and export. */
export function briefingHandlers({ lib }: ServiceContext): DomainHandlers<BriefingVerbs> {
  const load = (id: number, version?: number): Briefing => {
    const stored =
      readBriefing(lib.db, id, version) ?? notFound(version ? `Version ${version} of briefing ${id}` : `Briefing ${id}`);
    const parsed = BriefingDoc.safeParse(stored.doc);
    if (!parsed.success) throw new ApiFailure('internal', `Briefing ${id} is stored in a form this version cannot read.`);
    return toBriefing({ ...stored, doc: parsed.data });
  };
  const save = (id: number, doc: BriefingDoc, baseVersion: number | null): Briefing => {
    try {
      return toBriefing(saveBriefingVersion(lib.db, id, doc, printedBanner(doc), baseVersion) ?? notFound(`Briefing ${id}`));
    } catch (error) {
      if (error instanceof StaleVersionError) throw new ApiFailure('conflict', error.message);
      throw error;
    }
  };

  return {
    listBriefings: (): BriefingSummary[] =>
      listBriefingRows(lib.db).map((r) => ({
        id: r.id,
        title: r.title,
        scopeSummary: scopeSummary(r.scope),
        marking: r.marking,
        template: r.template,
        version: r.version,
        updatedAt: r.updatedAt,
      })),
    createBriefing: notYet,
    getBriefing: ({ id, version }) => load(id, version),
    saveBriefing: ({ id, briefing, baseVersion }) => save(id, briefing, baseVersion),
    listBriefingVersions: ({ id }) => {
      load(id);
      return listVersions(lib.db, id);
    },
    deleteBriefing: ({ id }) => ({ deleted: deleteBriefing(lib.db, id) }),
    checkBriefing: notYet,
    renderBriefing: notYet,
    exportBriefing: notYet,
    addEvidence: notYet,
    setCitationCredibility: notYet,
  };
}
