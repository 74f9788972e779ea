import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { serverQueryByRole } from '../../_server/server-query';
import { ContractsHome } from './_contracts/contracts-home';
import { CONTRACTS_PAGE_QUERIES } from './_contracts/contracts-page-queries';

export const metadata: Metadata = { title: 'Договоры' };

/** «ДОГОВОРЫ» (seed 002): the holder's requests and contracts, or the provider's requests. */
export default async function ContractsPage() {
  return (
    <ContractsHome session={await serverQueryByRole('NavigatorContractsPage', MeDocument, CONTRACTS_PAGE_QUERIES)} />
  );
}
