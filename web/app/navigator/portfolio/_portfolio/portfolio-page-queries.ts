import type { RoleQueries } from '../../../_apollo/role-queries';
import { MyPortfolioDocument, ProviderPortfolioDocument } from './portfolio.operations';

/** What «ПОРТФОЛИО» shows first, by role: asked with the session by the page's server render. */
export const PORTFOLIO_PAGE_QUERIES: RoleQueries = {
  CERTIFICATE_HOLDER: [{ query: MyPortfolioDocument }],
  PROVIDER: [{ query: ProviderPortfolioDocument }],
};
