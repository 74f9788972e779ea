import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { MeDocument, NavigatorShellExtrasDocument } from '@/gql/graphql';
import { AppApolloProvider } from '../_apollo/apollo-provider';
import { portals } from '../_auth/portals';
import { mergeQueries, serverQuery } from '../_server/server-query';
import { PageFocus } from '../_ui/page-focus';
import { NavigatorShell } from './_shell/navigator-shell';

export const metadata: Metadata = { title: portals.navigator.name };

/** `me`, and the shell's theme and «НОКО» switch, in one request: the theme is in the HTML from the first byte. */
const NavigatorSessionQuery = mergeQueries('NavigatorSession', MeDocument, NavigatorShellExtrasDocument);

/** Every page of /navigator: the certificate cabinet's left panel for its holder (the shell reads `me`). */
export default async function NavigatorLayout({ children }: { children: ReactNode }) {
  const session = await serverQuery(NavigatorSessionQuery);
  return (
    <AppApolloProvider>
      <NavigatorShell session={session}>{children}</NavigatorShell>
      <PageFocus />
    </AppApolloProvider>
  );
}
