'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { LogoutMutation } from './auth.operations';
import { describeError } from './describe-error';

/** «Выйти»: ends the session and forgets everything fetched for the user; `me` is asked again and comes back empty. */
export function useLogout(onSignedOut?: () => void) {
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    setError(null);
    try {
      await logout();
      onSignedOut?.();
      await client.resetStore();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return { signOut, loading, error };
}
