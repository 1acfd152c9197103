import { ApiFailure } from '../../api/dispatch';
import type { Article } from '../../api/models';
import { randomUUID } from 'node:crypto';
import { countArticles, getArticle, listArticles, setPublished } from '../library/articles';
import { getAnalysis } from '../library/analysis';
import { schemaVersion } from '../library/open';
import { searchArticles, SearchSyntaxError } from '../library/search';
import { countSources, listSources, setReliability } from '../library/sources';
import { alreadyBack, deleteKeepingCopy, restoreDeleted, type DeletedArticle } from '../library/trash';
import { APP_VERSION } from '../version';
import { notFound, type DomainHandlers, type ServiceContext } from './context';

type LibraryVerbs =
  | 'libraryInfo'
  | 'listArticles'
  | 'getArticle'
  | 'deleteArticle'
  | 'restoreArticle'
  | 'search'
  | 'listSources'
  | 'setSourceReliability'
  | 'setArticleDate';

/** How many deletions can be undone: the most recent ones, while the app runs. */
const KEPT_DELETIONS = 20;

/** Articles, outlets and search. */
export function libraryHandlers({ lib, analysis }: ServiceContext): DomainHandlers<LibraryVerbs> {
  const kept = new Map<string, DeletedArticle>();
  return {
    libraryInfo: () => ({
      path: lib.dir,
      schemaVersion: schemaVersion(lib.db),
      articleCount: countArticles(lib.db),
      sourceCount: countSources(lib.db),
      appVersion: APP_VERSION,
    }),
    listArticles: (input) => listArticles(lib.db, input),
    getArticle: ({ id }) => getArticle(lib.db, id) ?? notFound(`Article ${id}`),
    deleteArticle: ({ id }) => {
      const copy = deleteKeepingCopy(lib.db, id);
      if (!copy) return { deleted: false, undoToken: null };
      const undoToken = randomUUID();
      kept.set(undoToken, copy);
      for (const token of kept.keys()) if (kept.size > KEPT_DELETIONS) kept.delete(token);
      return { deleted: true, undoToken };
    },
    restoreArticle: ({ token }): Article => {
      const copy = kept.get(token);
      if (!copy) throw new ApiFailure('not-found', 'That deletion can no longer be undone.');
      const again = alreadyBack(lib.db, copy);
      if (again) {
        kept.delete(token);
        throw new ApiFailure('conflict', `“${again.title}” is in the library again: it was imported since it was deleted.`);
      }
      const id = restoreDeleted(lib.db, copy);
      kept.delete(token);
      // An article deleted before its analysis ran gets it now; one with stored analysis keeps it as it was.
      if (getAnalysis(lib.db, id).analyzedAt === null) analysis.enqueue([id]);
      return getArticle(lib.db, id)!;
    },
    search: ({ query, offset, limit, filter }) => {
      try {
        return searchArticles(lib.db, query, { offset, limit, filter });
      } catch (error) {
        if (error instanceof SearchSyntaxError) throw new ApiFailure('invalid-input', error.message);
        throw error;
      }
    },
    listSources: () => listSources(lib.db),
    setSourceReliability: ({ id, reliability }) => setReliability(lib.db, id, reliability) ?? notFound(`Source ${id}`),
    setArticleDate: ({ id, published }) => {
      if (!setPublished(lib.db, id, published)) notFound(`Article ${id}`);
      analysis.enqueue([id]);
      return getArticle(lib.db, id)!;
    },
  };
}
