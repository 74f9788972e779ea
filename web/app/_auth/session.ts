import type { ApolloCache } from '@apollo/client';
import { MeQuery } from './auth.operations';
import { emitSessionEvent } from './session-events';

/**
 * The server no longer knows this browser's session (it expired or was closed elsewhere). The portals that ask
 * `me` through the cache see it set to null; the cabinet's gate hears it (session-events.ts). Either way the
 * sign-in form shows in place of the page.
 */
export function markSignedOut(cache: ApolloCache): void {
  cache.writeQuery({ query: MeQuery, data: { me: null } });
  emitSessionEvent({ type: 'expired' });
}

export const UNAUTHENTICATED = 'UNAUTHENTICATED';
