import type { ApolloCache } from '@apollo/client';
import { MeQuery } from './auth.operations';

/**
 * The server no longer knows this browser's session (it expired or was closed elsewhere). Every page asks
 * `me` through the cache, so setting it to null shows the sign-in form in place of the page.
 */
export function markSignedOut(cache: ApolloCache): void {
  cache.writeQuery({ query: MeQuery, data: { me: null } });
}

export const UNAUTHENTICATED = 'UNAUTHENTICATED';
