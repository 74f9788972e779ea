'use client';

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { MeQuery } from '../_auth/auth.operations';
import { markSignedOut, UNAUTHENTICATED } from '../_auth/session';
import { onSessionEvent } from '../_auth/session-events';

/** A request refused for want of a session means the session has ended: the sign-in form takes over. */
const sessionEndLink = new ErrorLink(({ error, operation }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === UNAUTHENTICATED)) {
    markSignedOut(operation.client.cache);
  }
});

function makeClient() {
  const onServer = typeof window === 'undefined';
  const client = new ApolloClient({
    link: ApolloLink.from([
      sessionEndLink,
      // Same origin: app/graphql/route.ts passes /graphql to the gateway, whose session cookie lives here.
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // A certificate at hand has no id of its own: the queries of one page that each select some of its fields
        // (the certificate and the representative's e-mail on «Сформировать новую выписку») are merged into it,
        // not written over each other (which made each of them ask the server again, and again).
        CertificateAtHand: { merge: true },
      },
    }),
    // The server render only reads what its page put in the cache (prime.ts); it never asks the network
    // itself. In the browser a page that wants fresh data («cache-and-network») still asks once after it
    // shows: a window of cache-only answers would show a certificate just issued as not yet issued.
    ssrMode: onServer,
  });
  if (!onServer) {
    // The sign-in form and «Выйти» post without Apollo (session-events.ts): `me` follows them here.
    onSessionEvent((event) => {
      if (event.type === 'signed-in') client.cache.writeQuery({ query: MeQuery, data: { me: event.user } });
      // Everything fetched for the user goes with him; `me` is asked again and comes back empty.
      if (event.type === 'signed-out') void client.resetStore().catch(() => undefined);
    });
  }
  return client;
}

/** The browser's one client: a portal's pages that use Apollo share its cache from one navigation to the next. */
let browserClient: ApolloClient | undefined;

/**
 * The Apollo client, for the parts of the site that ask GraphQL from the browser: the registry's and the
 * navigator's layouts, and in the citizen cabinet only the pages with forms (the pages that only show data
 * are server components there, and load no Apollo). One per browser tab; one per server render.
 */
export function AppApolloProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => (typeof window === 'undefined' ? makeClient() : (browserClient ??= makeClient())));
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
