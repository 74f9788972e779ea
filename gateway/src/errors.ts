import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { domainError, maskInternalErrors } from '@pfdo/platform/errors';
import { isTokenLimitError, QueryLimitError, TOO_MANY_TOKENS } from './query-limits';

const maskGatewayErrors = maskInternalErrors('gateway');

/**
 * GraphQL's own refusals of a request (syntax, schema, variables) come in English from graphql-js and
 * Apollo: the caller gets a Russian message, and the original for the programmer in `extensions.detail`.
 */
const GRAPHQL_REFUSALS: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'Запрос GraphQL не разобран: синтаксическая ошибка',
  GRAPHQL_VALIDATION_FAILED: 'Запрос не соответствует схеме API',
  BAD_USER_INPUT: 'Неверные значения переменных запроса',
  OPERATION_RESOLUTION_FAILURE: 'Не удалось определить, какую операцию запроса выполнить',
  BAD_REQUEST: 'Неверный запрос',
};
const RUSSIAN = /[А-Яа-яЁё]/;

function inRussian(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const message = typeof code === 'string' ? GRAPHQL_REFUSALS[code] : undefined;
  if (!message || RUSSIAN.test(formatted.message)) return formatted;
  return { ...formatted, message, extensions: { ...formatted.extensions, detail: formatted.message } };
}

function limitError(error: QueryLimitError): GraphQLFormattedError {
  return { message: error.message, extensions: { code: error.code, limit: error.extensions.limit } };
}

/**
 * The gateway's answer for every error: a refused limit keeps its own code (Apollo files it under
 * GRAPHQL_VALIDATION_FAILED or GRAPHQL_PARSE_FAILED); everything else is masked as in the subgraphs, and
 * GraphQL's own English refusals get a Russian message.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof QueryLimitError) return limitError(original);
  if (isTokenLimitError(original)) return limitError(TOO_MANY_TOKENS);
  return inRussian(maskGatewayErrors(formatted, error));
}

/** A subgraph that did not answer in time or at all, for GraphQL and for the proxied HTTP routes alike. */
export const SUBGRAPH_UNAVAILABLE = {
  code: 'SUBGRAPH_UNAVAILABLE',
  message: 'Сервис временно недоступен. Попробуйте позже',
} as const;

/** A subgraph did not answer in time or at all: the caller gets what the others answered, and this. */
export function subgraphUnavailable(path?: ReadonlyArray<string | number>): GraphQLError {
  const error = domainError(SUBGRAPH_UNAVAILABLE.code, SUBGRAPH_UNAVAILABLE.message);
  return path ? new GraphQLError(error.message, { path, extensions: error.extensions }) : error;
}
