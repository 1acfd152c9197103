import { ApiFailure } from '../../api/dispatch';
import { actorByCode } from '../analysis/actor-directory';
import { actorName } from '../analysis/gazetteer';
import { pairStances } from '../analysis/pair-stances';
import { articleText, getArticle } from '../library/articles';
import { addCorrection, getAnalysis } from '../library/analysis';
import { notFound, type DomainHandlers, type ServiceContext } from './context';

type AnalysisVerbs = 'getAnalysis' | 'listStances' | 'correctEvent' | 'reanalyze';

const ANALYST_INTENSITY = { cooperative: 3, conflictual: -3, neutral: 0 } as const;

/** The gazetteer code an analyst named ('usa' -> 'USA'); an actor the gazetteer does not know is refused. */
function knownActor(role: string, code: string): string {
  const actor = actorByCode(code);
  if (!actor) {
    throw new ApiFailure(
      'invalid-input',
      `Unknown ${role} actor "${code}": choose a country, organisation or bloc from the list, by name or by code (e.g. USA).`,
    );
  }
  return actor.code;
}

/** Findings per article, the analyst's corrections, stances and re-analysis. */
export function analysisHandlers({ lib, analysis, jobs }: ServiceContext): DomainHandlers<AnalysisVerbs> {
  const requireArticle = (id: number) => getArticle(lib.db, id) ?? notFound(`Article ${id}`);

  return {
    getAnalysis: ({ articleId }) => {
      requireArticle(articleId);
      return getAnalysis(lib.db, articleId);
    },
    listStances: ({ from, to, actor }) => pairStances(lib.db, { from, to }, actor),
    correctEvent: ({ articleId, correction, note }) => {
      requireArticle(articleId);
      if (correction.kind === 'add') {
        const text = articleText(lib.db, articleId) ?? '';
        const e = {
          ...correction.event,
          source: knownActor('source', correction.event.source),
          target: knownActor('target', correction.event.target),
        };
        if (e.source === e.target) throw new ApiFailure('invalid-input', `Source and target are both ${actorName(e.source)}.`);
        addCorrection(
          lib.db,
          articleId,
          {
            kind: 'add',
            event: {
              ...e,
              articleId,
              eventId: 'analyst',
              intensity: ANALYST_INTENSITY[e.polarity],
              modality: 'verbal',
              sentence: text.slice(e.start, e.end),
              speaker: null,
              negated: false,
              conditional: false,
              hypothetical: false,
              reported: false,
            },
          },
          note,
        );
      } else if (correction.kind === 'target') {
        addCorrection(lib.db, articleId, { ...correction, target: knownActor('target', correction.target) }, note);
      } else addCorrection(lib.db, articleId, correction, note);
      return getAnalysis(lib.db, articleId);
    },
    reanalyze: ({ all }) => jobs.run((jobId, signal) => analysis.reanalyze({ all, signal, jobId })),
  };
}
