'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * A portal's pages that are rendered on the server show what the server render knew: after a sign-in in the
 * gate's form (or a sign-in as someone else), the server renders the page again for the user now signed in.
 * `serverUserId` is the user the server rendered for (null for a visitor, or when it could not ask).
 */
export function useRefreshOnSignIn(serverUserId: string | null, signedInUserId: string | null) {
  const router = useRouter();
  useEffect(() => {
    if (signedInUserId && signedInUserId !== serverUserId) router.refresh();
  }, [router, serverUserId, signedInUserId]);
}

/** The id of the user a server answer's `me` names, if any. */
export function serverUserIdOf(answer: { status: string; data?: Record<string, unknown> }): string | null {
  const me = answer.status === 'ok' ? (answer.data?.me as { id?: unknown } | null | undefined) : null;
  return typeof me?.id === 'string' ? me.id : null;
}
