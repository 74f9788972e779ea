'use client';

import { createContext, useContext } from 'react';
import type { SignedInUserFragment } from '@/gql/graphql';

export const SignedInUserContext = createContext<SignedInUserFragment | null>(null);

/** The signed-in user, for components rendered inside a SignInGate. */
export function useSignedInUser(): SignedInUserFragment {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser is used outside a signed-in SignInGate');
  return user;
}
