'use client';

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { markSignedOut, UNAUTHENTICATED } from '../_auth/session';
import { PageFocus } from '../_ui/page-focus';

/** A request refused for want of a session means the session has ended: the sign-in form takes over. */
const sessionEndLink = new ErrorLink(({ error, operation }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === UNAUTHENTICATED)) {
    markSignedOut(operation.client.cache);
  }
});

function makeClient() {
  const onServer = typeof window === 'undefined';
  return new ApolloClient({
    link: ApolloLink.from([
      sessionEndLink,
      // Same origin: app/graphql/route.ts passes /graphql to the gateway, whose session cookie lives here.
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache(),
    // The server render only reads what its page put in the cache (prime.ts); it never asks the network
    // itself. In the browser a page that wants fresh data («cache-and-network») still asks once after it
    // shows: a window of cache-only answers would show a certificate just issued as not yet issued.
    ssrMode: onServer,
  });
}

/**
 * One client per browser tab (and per server render), for the parts of the site that ask GraphQL: the portals'
 * layouts wrap their pages in it, so that the landing page loads no Apollo at all. It also renders the portals'
 * focus after a navigation and their live region (page-focus.tsx), which the landing page does not need either.
 */
export function AppApolloProvider({ children }: { children: ReactNode }) {
  const [client] = useState(makeClient);
  return (
    <ApolloProvider client={client}>
      {children}
      <PageFocus />
    </ApolloProvider>
  );
}
