'use client';

import type { ReactNode } from 'react';
import { AppApolloProvider } from '../../_apollo/apollo-provider';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { MeQuery } from '../../_auth/auth.operations';
import { CabinetChildrenQuery } from './children.operations';

/**
 * For a cabinet page whose client components read the children through Apollo (a form, a step that polls):
 * its Apollo client (only these pages load Apollo), with the server render's answer (cabinet-session.ts)
 * written into the cache before they render.
 */
export function PrimedCabinetChildren({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  return (
    <AppApolloProvider>
      <Primed session={session}>{children}</Primed>
    </AppApolloProvider>
  );
}

function Primed({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  usePrimedCache(session, [{ query: MeQuery }], [{ query: CabinetChildrenQuery }]);
  return children;
}
