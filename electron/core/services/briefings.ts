import { ApiFailure } from '../../api/dispatch';
import { BriefingDoc, type Briefing, type BriefingSummary } from '../../api/briefing';
import { actorName } from '../analysis/gazetteer';
import { EvidenceError, insertEvidence, setCredibility } from '../briefing/add-evidence';
import { checkBriefing } from '../briefing/checker';
import { refreshReliability } from '../briefing/citations';
import { draftBriefing, ScopeError } from '../briefing/draft';
import { exportBriefing, type ExportedFile } from '../briefing/export';
import { renderBriefingHtml } from '../briefing/html';
import { invalidMark, printedBanner } from '../briefing/marking';
import { PrinterUnavailableError } from '../briefing/printer';
import {
  deleteBriefing,
  insertBriefing,
  listBriefingRows,
  listVersions,
  readBriefing,
  saveBriefingVersion,
  StaleVersionError,
  type StoredBriefing,
} from '../library/briefings';
import { SearchSyntaxError } from '../library/search';
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

const today = () => new Date().toISOString().slice(0, 10);

/** Domain errors of the briefing core, as API failures the window can show. */
function asApiFailure(error: unknown): never {
  if (error instanceof StaleVersionError) throw new ApiFailure('conflict', error.message);
  if (error instanceof ScopeError || error instanceof SearchSyntaxError) throw new ApiFailure('invalid-input', error.message);
  if (error instanceof EvidenceError) throw new ApiFailure(error.code, error.message);
  if (error instanceof PrinterUnavailableError) throw new ApiFailure('unavailable', error.message);
  throw error;
}

function checkMarking(doc: BriefingDoc): void {
  const problem = invalidMark(doc.marking.scheme, doc.marking.banner);
  if (problem) throw new ApiFailure('invalid-input', `marking.banner: ${problem}`);
}

/** Briefings: stored versions, drafting, checking, rendering, export and evidence. */
export function briefingHandlers(ctx: ServiceContext): DomainHandlers<BriefingVerbs> {
  const { lib } = ctx;
  const load = (id: number, version?: number): Briefing => {
    const stored =
      readBriefing(lib.db, id, version) ?? notFound(version ? `Version ${version} of briefing ${id}` : `Briefing ${id}`);
    const parsed = BriefingDoc.safeParse(stored.doc);
    if (!parsed.success) throw new ApiFailure('internal', `Briefing ${id} is stored in a form this version cannot read.`);
    return toBriefing({ ...stored, doc: refreshReliability(lib.db, parsed.data) });
  };
  const docOf = (b: Briefing): BriefingDoc => {
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...doc } = b;
    return doc;
  };
  const save = (id: number, doc: BriefingDoc, baseVersion: number | null): Briefing => {
    checkMarking(doc);
    try {
      return toBriefing(saveBriefingVersion(lib.db, id, doc, printedBanner(doc), baseVersion) ?? notFound(`Briefing ${id}`));
    } catch (error) {
      return asApiFailure(error);
    }
  };
  const deliver = async (file: ExportedFile) => {
    if (ctx.saveExport) return { filename: file.filename, mime: file.mime, base64: null, savedTo: await ctx.saveExport(file) };
    return { filename: file.filename, mime: file.mime, base64: file.bytes.toString('base64'), savedTo: null };
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
    createBriefing: ({ scope, template, paper, marking, title }) => {
      const problem = invalidMark(marking.scheme, marking.banner);
      if (problem) throw new ApiFailure('invalid-input', `marking.banner: ${problem}`);
      try {
        const doc = draftBriefing(lib.db, scope, { template, paper, marking, title, today: today() });
        return toBriefing(insertBriefing(lib.db, doc, printedBanner(doc)));
      } catch (error) {
        return asApiFailure(error);
      }
    },
    getBriefing: ({ id, version }) => load(id, version),
    saveBriefing: ({ id, briefing, baseVersion }) => save(id, briefing, baseVersion),
    listBriefingVersions: ({ id }) => {
      load(id);
      return listVersions(lib.db, id);
    },
    deleteBriefing: ({ id }) => ({ deleted: deleteBriefing(lib.db, id) }),
    checkBriefing: ({ briefing }) => checkBriefing(briefing),
    renderBriefing: ({ id, template, paper }) => ({
      html: renderBriefingHtml(docOf(load(id)), { printedOn: today() }, { template, paper }),
    }),
    exportBriefing: async ({ id, format, template, paper }) => {
      const doc = docOf(load(id));
      try {
        return await deliver(await exportBriefing(doc, format, { printedOn: today(), template, paper, printer: ctx.printer() }));
      } catch (error) {
        return asApiFailure(error);
      }
    },
    addEvidence: ({ briefingId, sectionId, baseVersion, evidence }) => {
      const current = load(briefingId);
      if (baseVersion !== undefined && baseVersion !== current.version)
        throw new ApiFailure('conflict', new StaleVersionError(current.version, baseVersion).message);
      try {
        return save(briefingId, insertEvidence(lib.db, docOf(current), evidence, sectionId, today()), current.version);
      } catch (error) {
        return asApiFailure(error);
      }
    },
    setCitationCredibility: ({ briefingId, citationId, credibility }) => {
      const current = load(briefingId);
      try {
        return save(briefingId, setCredibility(docOf(current), citationId, credibility), current.version);
      } catch (error) {
        return asApiFailure(error);
      }
    },
  };
}
