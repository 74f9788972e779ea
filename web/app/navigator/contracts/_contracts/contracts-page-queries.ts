import { MyContractsDocument, ProviderContractsDocument, type ContractTab } from '@/gql/graphql';
import type { RoleQueries } from '../../../_apollo/role-queries';

/** The tab «ДОГОВОРЫ» opens on. */
export const FIRST_CONTRACT_TAB: ContractTab = 'PENDING';

/** What «ДОГОВОРЫ» shows first, by role: asked with the session by the page's server render. */
export const CONTRACTS_PAGE_QUERIES: RoleQueries = {
  CERTIFICATE_HOLDER: [{ query: MyContractsDocument, variables: { tab: FIRST_CONTRACT_TAB } }],
  PROVIDER: [{ query: ProviderContractsDocument, variables: { tab: FIRST_CONTRACT_TAB } }],
};
