import type { ReactNode } from 'react';
import { CabinetChildrenDocument, MeDocument } from '@/gql/graphql';
import { AppApolloProvider } from '../../_apollo/apollo-provider';
import { mergeQueries, serverQuery } from '../../_server/server-query';
import { CabinetGate } from '../_shell/cabinet-gate';

/** The citizen and his children: what every page of the cabinet shows, in the server render's one request. */
const CabinetPageQuery = mergeQueries('CabinetPage', MeDocument, CabinetChildrenDocument);

export default async function SignedInCabinetLayout({ children }: { children: ReactNode }) {
  const session = await serverQuery(CabinetPageQuery);
  return (
    <AppApolloProvider>
      <CabinetGate session={session}>{children}</CabinetGate>
    </AppApolloProvider>
  );
}
