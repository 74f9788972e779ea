import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { AppApolloProvider } from '../_apollo/apollo-provider';
import { portals } from '../_auth/portals';
import { SignInGate } from '../_auth/sign-in-gate';
import { serverQuery } from '../_server/server-query';
import { Main } from '../_ui/main';

export const metadata: Metadata = { title: portals.navigator.name };

export default async function NavigatorPage() {
  const session = await serverQuery(MeDocument);
  return (
    <AppApolloProvider>
      <Main>
        <SignInGate portal="navigator" session={session} />
      </Main>
    </AppApolloProvider>
  );
}
