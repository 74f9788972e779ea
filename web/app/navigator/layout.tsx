import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { MeDocument } from '@/gql/graphql';
import { AppApolloProvider } from '../_apollo/apollo-provider';
import { portals } from '../_auth/portals';
import { serverQuery } from '../_server/server-query';
import { PageFocus } from '../_ui/page-focus';
import { NavigatorShell } from './_shell/navigator-shell';

export const metadata: Metadata = { title: portals.navigator.name };

/** Every page of /navigator: the certificate cabinet's left panel for its holder (the shell reads `me`). */
export default async function NavigatorLayout({ children }: { children: ReactNode }) {
  const session = await serverQuery(MeDocument);
  return (
    <AppApolloProvider>
      <NavigatorShell session={session}>{children}</NavigatorShell>
      <PageFocus />
    </AppApolloProvider>
  );
}
