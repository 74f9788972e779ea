import type { Role } from '@/gql/graphql';
import type { PrimedQuery, ServerAnswer } from './prime';

/**
 * The queries of a page whose content depends on the signed-in user's role (the navigator's pages the holder and
 * the provider share): what the server render asks with `me` (server-query.ts's `serverQueryByRole`) and what the
 * page writes into its cache from that answer (`usePrimedCache`). A plain module, for the server page and the
 * client component alike.
 */
export type RoleQueries = Partial<Record<Role, PrimedQuery[]>>;

/** The signed-in user's role in a server answer, if it has one. */
function roleOf(answer: ServerAnswer | undefined): Role | undefined {
  if (answer?.status !== 'ok') return undefined;
  return (answer.data.me as { role?: Role } | null | undefined)?.role;
}

/** The queries of `byRole` that the server answer holds: those of the signed-in user's role. */
export function queriesOfRole(answer: ServerAnswer | undefined, byRole: RoleQueries): PrimedQuery[] {
  const role = roleOf(answer);
  return (role && byRole[role]) || [];
}
