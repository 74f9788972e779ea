'use client';

import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';

function makeClient() {
  return new ApolloClient({
    // Same origin: app/graphql/route.ts passes /graphql to the gateway, whose session cookie lives here.
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}

/** One client per browser tab (and per server render, where queries are skipped). */
export function AppApolloProvider({ children }: { children: ReactNode }) {
  const [client] = useState(makeClient);
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
