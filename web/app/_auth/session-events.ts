import type { SignedInUserFragment } from '@/gql/graphql';

/**
 * What happened to the browser's session, told to whoever keeps the signed-in user: a portal's gate that holds
 * it in its own state (the cabinet's) or an Apollo client that holds it as `me` in its cache (apollo-provider.tsx).
 * The sign-in form and «Выйти» post without Apollo (post-graphql.ts), so that a page that only shows data
 * loads no Apollo for them.
 */
export type SessionEvent =
  | { type: 'signed-in'; user: SignedInUserFragment }
  /** «Выйти»: the user is gone, and so must be everything fetched for him. */
  | { type: 'signed-out' }
  /** The server no longer knows the session (it expired, or was closed elsewhere). */
  | { type: 'expired' };

type Listener = (event: SessionEvent) => void;
const listeners = new Set<Listener>();

export function onSessionEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitSessionEvent(event: SessionEvent): void {
  for (const listener of [...listeners]) listener(event);
}
