import type { TypedDocumentNode } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { Kind, print, visit, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';
import { emitSessionEvent } from './session-events';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * `__typename` in every selection below the root, as Apollo Client asks it: what comes back (the signed-in user)
 * is written into an Apollo cache (apollo-provider.tsx), which needs it to store and read the objects.
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      const isRoot = parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION;
      const has = node.selections.some(
        (selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename',
      );
      return isRoot || has ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

/**
 * One GraphQL request from the browser without Apollo Client (the sign-in, «Выйти»), to the same /graphql.
 * Fails as Apollo would, so that describeError words it the same: `CombinedGraphQLErrors` for a GraphQL error,
 * `ServerError` for an HTTP error without a GraphQL result, and fetch's own error when the portal is not reached.
 */
export async function postGraphql<Result, Variables>(
  document: TypedDocumentNode<Result, Variables> | DocumentNode,
  variables?: Variables,
): Promise<Result> {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ operationName: operation?.name?.value, query: print(withTypenames(document)), variables }),
  });
  const bodyText = await response.text();
  let result: { data?: Result | null; errors?: ConstructorParameters<typeof CombinedGraphQLErrors>[1] } | undefined;
  try {
    result = JSON.parse(bodyText) as typeof result;
  } catch {
    result = undefined;
  }
  if (result?.errors?.length) throw new CombinedGraphQLErrors(result, result.errors);
  if (!response.ok || !result?.data) {
    throw new ServerError(`Response not successful: Received status code ${response.status}`, {
      response,
      bodyText,
    });
  }
  return result.data;
}

/**
 * A request of a signed-in page's part that acts (a register's next page, an application's action, a form)
 * without Apollo: as postGraphql, and a refusal for want of a session tells the portal's gate, whose sign-in
 * form then covers the page with what was typed kept under it (Apollo's clients do the same in
 * apollo-provider.tsx).
 */
export async function postSignedIn<Result, Variables>(
  document: TypedDocumentNode<Result, Variables> | DocumentNode,
  variables?: Variables,
): Promise<Result> {
  try {
    return await postGraphql(document, variables);
  } catch (error) {
    // session.ts's UNAUTHENTICATED, not imported from there: that module writes into Apollo's cache.
    if (CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === 'UNAUTHENTICATED')) {
      emitSessionEvent({ type: 'expired' });
    }
    throw error;
  }
}
