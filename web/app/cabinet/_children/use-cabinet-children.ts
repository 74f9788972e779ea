'use client';

import { useQuery } from '@apollo/client/react';
import { usePrimedJustNow } from '@/app/_apollo/prime';
import type { CabinetChildFragment } from '@/gql/graphql';
import { CabinetChildrenQuery } from './children.operations';

export type CabinetChild = CabinetChildFragment;

/**
 * The signed-in citizen's children. `fresh` asks the server on every visit (a status may have changed in
 * another tab or on the operator's side) while showing what the cache has meanwhile; but not on the page
 * load whose server render has just fetched them (the layout's one request, prime.ts), where asking again
 * would only cost a request and a render while the page loads.
 */
export function useCabinetChildren({ fresh = false }: { fresh?: boolean } = {}) {
  const primed = usePrimedJustNow(CabinetChildrenQuery);
  const result = useQuery(CabinetChildrenQuery, {
    fetchPolicy: fresh && !primed ? 'cache-and-network' : 'cache-first',
    notifyOnNetworkStatusChange: false,
  });
  // While the sign-in form covers an expired session (me: null), the page keeps what it showed and what
  // was typed into it, so that the citizen carries on after signing in again.
  const me = result.data?.me ?? result.previousData?.me ?? null;
  return {
    children: me?.children ?? null,
    loading: result.loading && !me,
    error: me ? undefined : result.error,
    refetch: result.refetch,
    startPolling: result.startPolling,
    stopPolling: result.stopPolling,
  };
}

/** One child of the signed-in citizen, by the id in the page's address. */
export function useCabinetChild(childId: string, options: { fresh?: boolean } = {}) {
  const { children, ...rest } = useCabinetChildren(options);
  const child = children?.find((candidate) => candidate.id === childId) ?? null;
  return { child, children, ...rest };
}
