import type { ApolloServerPlugin } from '@apollo/server';
import { FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { CATALOGUE_ROOT_FIELDS, PARTNER_SCOPE_ROOT_FIELDS, type PartnerScope } from '@pfdo/contracts';
import { domainError, ErrorCode, SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS } from '@pfdo/platform/errors';
import { IntrospectionMode } from './config';
import { GatewayContext } from './context';
import { clearedSessionCookie, sessionCookie } from './session';

/**
 * Root fields an anonymous caller may ask for: who am I, signing in, the e-mail's confirmation link, the status
 * e-mail's «Отписаться» (its signed token is the credential), the public catalogue, and the public check of a
 * «Справка о посещении кружков» by the code its QR carries; «Забыли пароль?» of a certificate's cabinet (its
 * e-mailed one-time link is the credential).
 */
const ANONYMOUS_ROOT_FIELDS: Record<string, ReadonlySet<string>> = {
  query: new Set(['me', '__typename', 'verifyAttendanceCertificate', ...CATALOGUE_ROOT_FIELDS]),
  mutation: new Set([
    'login',
    'confirmEmail',
    'unsubscribe',
    'requestHolderPasswordReset',
    'resetHolderPassword',
    '__typename',
  ]),
};
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** The root fields each scope of a partner's key opens (README, «Partners»). */
export const SCOPE_ROOT_FIELDS = PARTNER_SCOPE_ROOT_FIELDS;

/** The root fields a partner's scopes open, by operation type, and `__typename`. */
function partnerRootFields(scopes: readonly PartnerScope[]): Record<string, ReadonlySet<string>> {
  const allowed = (type: 'query' | 'mutation') =>
    new Set(['__typename', ...scopes.flatMap((scope) => SCOPE_ROOT_FIELDS[scope][type])]);
  return { query: allowed('query'), mutation: allowed('mutation') };
}

/** The operation's root field names; each fragment is read once, however often it is spread. */
function rootFieldNames(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return names;
}

/**
 * Refuses anonymous callers early, before any planning, when they ask for more than the few fields above
 * (and for introspection unless it is open to everyone), and partners when they ask for a root field their
 * key's scopes do not open (introspection is theirs unless it is off). The limits of size and cost are
 * checked before this, in validation (query-limits.ts); the subgraphs' shields remain the authority.
 */
export function earlyRefusalPlugin(introspection: IntrospectionMode): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          const identity = contextValue.caller.identity;
          if (!operation || (identity && identity.role !== 'PARTNER')) return;
          const fragments = new Map(
            document.definitions
              .filter(
                (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
              )
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const partner = identity?.role === 'PARTNER';
          const allowed =
            (partner ? partnerRootFields(identity.scopes ?? []) : ANONYMOUS_ROOT_FIELDS)[operation.operation] ??
            new Set<string>();
          const introspectionOpen = introspection === 'on' || (partner && introspection === 'signed-in');
          const refused = [...rootFieldNames(operation, fragments)].filter(
            (name) => !allowed.has(name) && !(introspectionOpen && INTROSPECTION_FIELDS.has(name)),
          );
          if (refused.length > 0 && partner) {
            const error = domainError(
              ErrorCode.ScopeMissing,
              `Права ключа API не дают доступа к полям: ${refused.join(', ')}`,
              { fields: refused },
            );
            error.extensions.http = { status: 403 };
            throw error;
          }
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

/**
 * A request refused only for being too many (RATE_LIMITED, e.g. sign-in throttling) is answered as HTTP
 * says it: 429 with `Retry-After`, so that proxies and partners' clients back off without reading the body.
 */
export const rateLimitedStatusPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        const limited = errors?.filter((error) => error.extensions?.code === 'RATE_LIMITED') ?? [];
        if (data || limited.length === 0 || limited.length !== errors?.length) return;
        const retryAfter = Math.max(...limited.map((error) => Number(error.extensions?.retryAfterSeconds) || 1));
        response.http.status = 429;
        response.http.headers.set('retry-after', String(retryAfter));
      },
    };
  },
};

/**
 * A request that got nothing but SERVICE_UNAVAILABLE (a subgraph's database is down) is answered 503 with
 * `Retry-After`, as the failed session lookup is: clients and proxies see an outage, not a fault (500) or
 * a success (200).
 */
export const serviceUnavailableStatusPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        // `{ me: null }` is no answer either: every root field failed.
        const answered = data && Object.values(data).some((value) => value !== null);
        if (
          answered ||
          !errors?.length ||
          !errors.every((error) => error.extensions?.code === ErrorCode.ServiceUnavailable)
        )
          return;
        const retryAfter = Math.max(
          ...errors.map(
            (error) => Number(error.extensions?.retryAfterSeconds) || SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS,
          ),
        );
        response.http.status = 503;
        response.http.headers.set('retry-after', String(retryAfter));
      },
    };
  },
};
