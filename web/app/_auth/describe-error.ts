import { CombinedGraphQLErrors } from '@apollo/client/errors';

export const serverUnavailableMessage = 'Сервер недоступен. Проверьте подключение и попробуйте ещё раз';
const unexpectedErrorMessage = 'Не удалось выполнить запрос. Попробуйте ещё раз позже.';

export interface DescribedError {
  message: string;
  /** The input the server blamed (`extensions.field`), if any. */
  field?: string;
}

/** Turns what Apollo Client throws into words for the person at the screen. */
export function describeError(error: unknown): DescribedError {
  if (!CombinedGraphQLErrors.is(error)) {
    // Fetch failed, or the gateway behind /graphql answered with no GraphQL at all.
    return { message: serverUnavailableMessage };
  }
  const [first] = error.errors;
  const field = typeof first?.extensions?.field === 'string' ? first.extensions.field : undefined;
  // The API writes messages meant for people in Russian; an English one is an internal detail.
  if (first && /[а-яё]/i.test(first.message)) return { message: first.message, field };
  return { message: unexpectedErrorMessage };
}
