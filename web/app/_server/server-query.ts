import { addTypenameToDocument } from '@apollo/client/utilities';
import { Kind, print, type DefinitionNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { cookies, headers } from 'next/headers';
import type { ServerAnswer, ServerAnswerError } from '../_apollo/prime';
import { queriesOfRole, type RoleQueries } from '../_apollo/role-queries';
import { gatewayBase } from './gateway-proxy';

/** The gateway's session cookie (gateway/src/session.ts): first-party, since /graphql is served from here. */
const SESSION_COOKIE = 'pfdo_session';

/**
 * A page's server render waits this long for the gateway, then renders without the data (the page then asks
 * for it from the browser, as it would after a failure): far below the browser proxy's 30 s, as a person is
 * looking at a blank tab meanwhile, and above the gateway's own 10 s deadline for a subgraph.
 */
const SERVER_QUERY_DEADLINE_MS = 12_000;

/**
 * Several queries' selections as one operation, so that a page asks for everything it shows in one round trip
 * (the session and the page's own data); each query's result is then read from the same answer. The queries
 * must not select one field with different arguments under the same name.
 */
export function mergeQueries(name: string, ...documents: DocumentNode[]): DocumentNode {
  const operations = documents.flatMap((document) =>
    document.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    ),
  );
  const fragments = new Map<string, DefinitionNode>();
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  const variables = new Map(
    operations
      .flatMap((operation) => operation.variableDefinitions ?? [])
      .map((item) => [item.variable.name.value, item]),
  );
  const merged: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: name },
    variableDefinitions: [...variables.values()],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: operations.flatMap((operation) => operation.selectionSet.selections),
    },
  };
  return { kind: Kind.DOCUMENT, definitions: [merged, ...fragments.values()] };
}

/**
 * One GraphQL request from the server render, with the visitor's session cookie, straight to the gateway
 * (as app/graphql/route.ts passes the browser's). Without a session cookie nothing is asked.
 */
export async function serverQuery(document: DocumentNode, variables?: Record<string, unknown>): Promise<ServerAnswer> {
  const session = (await cookies()).get(SESSION_COOKIE);
  if (!session) return { status: 'signed-out' };
  const incoming = await headers();
  const forwarded: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json',
    cookie: `${SESSION_COOKIE}=${session.value}`,
  };
  for (const name of ['x-forwarded-for', 'x-request-id']) {
    const value = incoming.get(name);
    if (value) forwarded[name] = value;
  }
  let body: { data?: Record<string, unknown> | null; errors?: ServerAnswerError[] };
  try {
    const response = await fetch(`${gatewayBase()}/graphql`, {
      method: 'POST',
      headers: forwarded,
      // With `__typename`, as Apollo Client asks it: the cache needs it to store and read what the page primes.
      body: JSON.stringify({ query: print(addTypenameToDocument(document)), variables }),
      cache: 'no-store',
      signal: AbortSignal.timeout(SERVER_QUERY_DEADLINE_MS),
    });
    body = (await response.json()) as typeof body;
  } catch {
    return { status: 'failed' };
  }
  const errors = body.errors ?? [];
  if (errors.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) return { status: 'signed-out' };
  if (!body.data) return { status: 'failed' };
  return errors.length === 0
    ? { status: 'ok', data: body.data, complete: true }
    : { status: 'ok', data: body.data, complete: false, errors };
}

/**
 * A page whose content depends on the user's role: the session first (`me`), then, when the role has queries of
 * its own, `me` with them in one more request — so that the page is rendered with its content on the server and
 * the browser asks nothing while it loads. The second answer is the page's; when it cannot be had, the first.
 */
export async function serverQueryByRole(
  name: string,
  session: DocumentNode,
  byRole: RoleQueries,
): Promise<ServerAnswer> {
  const first = await serverQuery(session);
  const queries = queriesOfRole(first, byRole);
  if (queries.length === 0) return first;
  const second = await serverQuery(
    mergeQueries(name, session, ...queries.map((entry) => entry.query)),
    Object.assign({}, ...queries.map((entry) => entry.variables ?? {})) as Record<string, unknown>,
  );
  return second.status === 'ok' ? second : first;
}
