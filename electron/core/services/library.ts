import { ApiFailure } from '../../api/dispatch';
import { countArticles, deleteArticle, getArticle, listArticles, setPublished } from '../library/articles';
import { schemaVersion } from '../library/open';
import { searchArticles, SearchSyntaxError } from '../library/search';
import { countSources, listSources, setReliability } from '../library/sources';
import { APP_VERSION } from '../version';
import { notFound, type DomainHandlers, type ServiceContext } from './context';

type LibraryVerbs =
  | 'libraryInfo'
  | 'listArticles'
  | 'getArticle'
  | 'deleteArticle'
  | 'search'
  | 'listSources'
  | 'setSourceReliability'
  | 'setArticleDate';

/** Articles, outlets and search. */
export function libraryHandlers({ lib, analysis }: ServiceContext): DomainHandlers<LibraryVerbs> {
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
    deleteArticle: ({ id }) => ({ deleted: deleteArticle(lib.db, id) }),
    search: ({ query, offset, limit }) => {
      try {
        return searchArticles(lib.db, query, { offset, limit });
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
