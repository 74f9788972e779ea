import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, ValidationRule } from 'graphql';
import { GATEWAY_QUERY_LIMITS } from '@pfdo/contracts';

/**
 * What one GraphQL request may ask of the gateway, checked before any planning, in time linear in the
 * document (GraphQL Armor's rules memoize fragments, so fan-out cannot make the check itself exponential).
 *
 * The figures are measured on the web app's operations (`node gateway/bench/query-limits.bench.js` prints
 * them): the deepest is 8 levels, the costliest 650, the longest 130 tokens, and none uses an alias or a
 * directive. The standard introspection query (Sandbox, codegen, rover) is exempt from depth and cost, as
 * Armor counts `__schema` as free, and has under 200 tokens.
 */
export const QUERY_LIMITS = GATEWAY_QUERY_LIMITS;

/** A request refused by a limit: a stable code for programs and a Russian message for people. */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly code: string,
    message: string,
    limit: number,
  ) {
    super(message, { extensions: { code, limit } });
  }
}

const refuse =
  (code: string, message: string, limit: number): GraphQLArmorRejectCallback =>
  (context) =>
    context?.reportError(new QueryLimitError(code, message, limit));

/** The error graphql-js raises when `parse` meets more than `maxTokens` tokens. */
export const TOO_MANY_TOKENS = new QueryLimitError(
  'TOO_MANY_TOKENS',
  `Запрос слишком длинный: не более ${QUERY_LIMITS.tokens} лексем`,
  QUERY_LIMITS.tokens,
);

export function isTokenLimitError(error: unknown): boolean {
  // graphql 16 says «more that»; a later release may mend the typo.
  return error instanceof GraphQLError && /Document contains more tha[nt] \d+ tokens/.test(error.message);
}

/** The validation rules and plugins that enforce QUERY_LIMITS, for the gateway's Apollo Server. */
export function queryLimits(): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: { maxTokens: number };
} {
  const { validationRules, plugins } = new ApolloArmor({
    maxDepth: {
      n: QUERY_LIMITS.depth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        refuse(
          'QUERY_TOO_DEEP',
          `Запрос слишком глубокий: не более ${QUERY_LIMITS.depth} уровней вложенности`,
          QUERY_LIMITS.depth,
        ),
      ],
    },
    maxAliases: {
      n: QUERY_LIMITS.aliases,
      propagateOnRejection: false,
      onReject: [
        refuse(
          'TOO_MANY_ALIASES',
          `В запросе слишком много псевдонимов: не более ${QUERY_LIMITS.aliases}`,
          QUERY_LIMITS.aliases,
        ),
      ],
    },
    maxDirectives: {
      n: QUERY_LIMITS.directives,
      propagateOnRejection: false,
      onReject: [
        refuse(
          'TOO_MANY_DIRECTIVES',
          `В запросе слишком много директив: не более ${QUERY_LIMITS.directives}`,
          QUERY_LIMITS.directives,
        ),
      ],
    },
    costLimit: {
      maxCost: QUERY_LIMITS.cost,
      propagateOnRejection: false,
      onReject: [
        refuse(
          'QUERY_TOO_COMPLEX',
          'Запрос слишком сложный: запросите меньше данных или разбейте его на несколько',
          QUERY_LIMITS.cost,
        ),
      ],
    },
    // graphql-js counts tokens while parsing (parseOptions below): Armor's counter would parse twice.
    maxTokens: { enabled: false },
    // «Did you mean …» names fields an outsider did not know of.
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    validationRules,
    plugins: plugins as ApolloServerPlugin[],
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
  };
}
