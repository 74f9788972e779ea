import { cache } from 'react';
import {
  CabinetChildrenDocument,
  MeDocument,
  type CabinetChildFragment,
  type SignedInUserFragment,
} from '@/gql/graphql';
import type { ServerAnswer } from '../../_apollo/prime';
import { mergeQueries, serverQuery } from '../../_server/server-query';

/** The citizen and his children: what every page of the cabinet shows, in the server render's one request. */
const CabinetPageQuery = mergeQueries('CabinetPage', MeDocument, CabinetChildrenDocument);

/**
 * The server's one request for a cabinet page, shared by the layout (the gate) and the page in the same server
 * render: React's `cache` keeps one answer per request. A navigation inside the cabinet renders the page alone,
 * which then asks once itself.
 */
export const cabinetSession = cache((): Promise<ServerAnswer> => serverQuery(CabinetPageQuery));

export type CabinetData =
  /** No session: the gate shows the sign-in form, and the page renders nothing under it. */
  | { status: 'signed-out' }
  /** The gateway could not be reached, or part of the answer came back with an error. */
  | { status: 'failed' }
  | { status: 'ok'; user: SignedInUserFragment; children: CabinetChildFragment[] };

/** The signed-in citizen and his children from the server's answer, for a page rendered on the server. */
export async function cabinetData(): Promise<CabinetData> {
  const answer = await cabinetSession();
  if (answer.status !== 'ok') return { status: answer.status };
  const me = answer.data.me as (SignedInUserFragment & { children?: CabinetChildFragment[] }) | null;
  if (!me) return { status: 'signed-out' };
  if (!answer.complete || !me.children) return { status: 'failed' };
  return { status: 'ok', user: me, children: me.children };
}
