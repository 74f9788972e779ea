import type { Metadata } from 'next';
import { ContractsHome } from './_contracts/contracts-home';

export const metadata: Metadata = { title: 'Договоры' };

/** «ДОГОВОРЫ» (seed 002): the holder's requests and contracts, or the provider's requests. */
export default function ContractsPage() {
  return <ContractsHome />;
}
