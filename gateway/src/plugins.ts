import type { ApolloServerPlugin } from '@apollo/server';
import { domainError, ErrorCode } from '@pfdo/platform';
import { FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { GatewayContext } from './context';
import { clearedSessionCookie, sessionCookie } from './session';

/** Root fields an anonymous caller may ask for: who am I, signing in, and the e-mail's confirmation link. */
const ANONYMOUS_ROOT_FIELDS: Record<string, ReadonlySet<string>> = {
  query: new Set(['me', '__typename']),
  mutation: new Set(['login', 'confirmEmail', '__typename']),
};
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

export const MAX_QUERY_DEPTH = 12;

function rootFieldNames(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  const names: string[] = [];
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return names;
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

/**
 * Refuses early, before any planning: anonymous callers asking for more than the few fields above, and
 * queries nested deeper than any screen needs. The subgraphs' shields remain the authority.
 */
export function earlyRefusalPlugin(introspection: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const fragments = new Map(
            document.definitions
              .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          if (depthOf(operation.selectionSet, fragments) > MAX_QUERY_DEPTH) {
            throw new GraphQLError(`Запрос слишком глубокий: не более ${MAX_QUERY_DEPTH} уровней вложенности`, {
              extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 } },
            });
          }
          if (contextValue.caller.identity) return;
          const allowed = ANONYMOUS_ROOT_FIELDS[operation.operation] ?? new Set<string>();
          const refused = rootFieldNames(operation, fragments).filter(
            (name) => !allowed.has(name) && !(introspection && INTROSPECTION_FIELDS.has(name)),
          );
          if (refused.length > 0) {
            const error = domainError(ErrorCode.Unauthenticated, 'Требуется вход в систему');
            error.extensions.http = { status: 401 };
            throw error;
          }
        },
      };
    },
  };
}

/** Turns a session opened or closed by a subgraph into the browser's cookie. */
export function sessionCookiePlugin(secure: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set('cache-control', 'no-store');
          const change = contextValue.sessionChange;
          if (!change) return;
          response.http.headers.set(
            'set-cookie',
            change.token ? sessionCookie(change.token, secure) : clearedSessionCookie(secure),
          );
        },
      };
    },
  };
}
