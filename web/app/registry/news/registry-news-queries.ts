import type { RoleQueries } from '../../_apollo/role-queries';
import { AuthoredNewsDocument } from '../../navigator/news/_news/news.operations';

/** The news an operator publishes, asked with the session by the page's server render. */
export const REGISTRY_NEWS_QUERIES: RoleQueries = {
  MUNICIPAL_OPERATOR: [{ query: AuthoredNewsDocument, variables: {} }],
  REGIONAL_OPERATOR: [{ query: AuthoredNewsDocument, variables: {} }],
};
