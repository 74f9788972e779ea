import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { FragmentDefinitionNode, Kind } from 'graphql';
import { rateLimited } from '@pfdo/platform/errors';
import { GatewayContext, PartnerCall } from './context';
import { operationCost } from './operation-cost';
import { PartnerBudget, PartnerLimits } from './partner-limits';
import { PartnerUsageRecorder } from './partner-usage';

/** The headers every partner response carries (README, «Partners»), GitHub's names for the request rate. */
export function partnerLimitHeaders(call: Pick<PartnerCall, 'requests' | 'costBudget'>): Map<string, string> {
  const headers = new Map<string, string>([
    ['x-ratelimit-limit', String(call.requests.limit)],
    ['x-ratelimit-remaining', String(call.requests.remaining)],
    ['x-ratelimit-reset', String(call.requests.resetAt)],
  ]);
  if (call.costBudget) {
    headers.set('x-ratelimit-cost-limit', String(call.costBudget.limit));
    headers.set('x-ratelimit-cost-remaining', String(call.costBudget.remaining));
    headers.set('x-ratelimit-cost-reset', String(call.costBudget.resetAt));
  }
  return headers;
}

/** RATE_LIMITED for a key past one of its limits per minute; the gateway answers 429 with `Retry-After`. */
export function partnerLimitReached(kind: 'requests' | 'cost', retryAfterSeconds: number, budget: PartnerBudget) {
  const message =
    kind === 'requests'
      ? `Превышено число запросов ключа в минуту (${budget.limit}). Повторите через ${retryAfterSeconds} с.`
      : `Превышена стоимость запросов ключа в минуту (${budget.limit}). Повторите через ${retryAfterSeconds} с.`;
  const error = rateLimited(message, retryAfterSeconds);
  error.extensions.limit = kind;
  return error;
}

/**
 * A partner's operation, once resolved and let through: its cost is spent from the key's budget per minute
 * (refused, 429, when it would pass it); then every answer carries the limit headers and is recorded in the
 * usage audit.
 * The request rate was counted before (server.ts), at the door.
 */
export function partnerPlugin(limits: PartnerLimits, usage: PartnerUsageRecorder): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const call = contextValue.partner;
      if (!call) return;
      return {
        // After every plugin's didResolveOperation has let the operation through (an early refusal runs in
        // parallel with those): only an operation about to be run spends the key's budget.
        async responseForOperation({ operation, document, request }) {
          if (!operation) return null;
          const fragments = new Map(
            document.definitions
              .filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const cost = operationCost(operation, fragments, request.variables ?? {});
          const charge = await limits.spendCost(call.keyId, call.limits.costPerMinute, cost);
          call.costBudget = charge.budget;
          if (charge.retryAfterSeconds === null) {
            call.cost = cost;
            return null;
          }
          const error = partnerLimitReached('cost', charge.retryAfterSeconds, charge.budget);
          return {
            http: {
              status: 429,
              headers: new HeaderMap([['retry-after', String(charge.retryAfterSeconds)]]),
            },
            body: {
              kind: 'single',
              singleResult: { errors: [{ message: error.message, extensions: error.extensions }] },
            },
          };
        },
        async willSendResponse({ response, request, operationName }) {
          call.costBudget ??= await limits.costBudget(call.keyId, call.limits.costPerMinute);
          for (const [name, value] of partnerLimitHeaders(call)) response.http.headers.set(name, value);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          usage.record({
            keyId: call.keyId,
            operationName: (operationName ?? request.operationName)?.slice(0, 200) ?? null,
            cost: call.cost ?? 0,
            httpStatus: response.http.status ?? 200,
            code: typeof code === 'string' ? code.slice(0, 60) : null,
            occurredAt: new Date().toISOString(),
            requestId: contextValue.caller.requestId.slice(0, 64),
          });
        },
      };
    },
  };
}
