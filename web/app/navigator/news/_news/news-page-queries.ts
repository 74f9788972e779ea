import type { RoleQueries } from '../../../_apollo/role-queries';
import { AuthoredNewsDocument, MyNewsDocument } from './news.operations';

/** The holder's first page of news (holder-news.tsx). */
export const HOLDER_NEWS_VARIABLES = { first: 10 };

/** What «НОВОСТИ» shows first, by role: asked with the session by the page's server render. */
export const NEWS_PAGE_QUERIES: RoleQueries = {
  CERTIFICATE_HOLDER: [{ query: MyNewsDocument, variables: HOLDER_NEWS_VARIABLES }],
  PROVIDER: [{ query: AuthoredNewsDocument, variables: {} }],
};
