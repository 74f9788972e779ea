'use client';

import { useState } from 'react';
import { LogoutMutation } from './auth.operations';
import { describeError } from './describe-error';
import { postGraphql } from './post-graphql';
import { emitSessionEvent } from './session-events';

/**
 * «Выйти»: ends the session; whoever keeps the user forgets him and everything fetched for him
 * (session-events.ts). Posted without Apollo, so that a page with no other request loads none.
 */
export function useLogout(onSignedOut?: () => void) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setError(null);
    setLoading(true);
    try {
      await postGraphql(LogoutMutation);
      onSignedOut?.();
      emitSessionEvent({ type: 'signed-out' });
    } catch (caught) {
      setError(describeError(caught).message);
    } finally {
      setLoading(false);
    }
  }

  return { signOut, loading, error };
}
