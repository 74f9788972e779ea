import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { ContractsHome } from './_contracts/contracts-home';

export const metadata: Metadata = { title: 'Договоры' };

/** «ДОГОВОРЫ» (seed 002): the holder's requests and contracts, or the provider's requests. */
export default async function ContractsPage() {
  return <ContractsHome session={await serverQuery(MeDocument)} />;
}
