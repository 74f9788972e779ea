import { CombinedGraphQLErrors } from '@apollo/client/errors';

export const serverUnavailableMessage = 'Сервер недоступен. Проверьте подключение и попробуйте ещё раз';
const unexpectedErrorMessage = 'Не удалось выполнить запрос. Попробуйте ещё раз позже.';

export interface DescribedError {
  message: string;
  /** The stable `extensions.code`, when the server gave one. */
  code?: string;
  /** The input the server blamed (`extensions.field`), if any. */
  field?: string;
  /** A form's fields in error, each with its own message (`extensions.fields`). */
  fields?: Record<string, string>;
  /** The rest of `extensions`, e.g. `retryAfterSeconds`. */
  extensions?: Record<string, unknown>;
}

const isRussian = (text: string) => /[а-яё]/i.test(text);

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Turns what Apollo Client throws into words for the person at the screen. */
export function describeError(error: unknown): DescribedError {
  if (!CombinedGraphQLErrors.is(error)) {
    // Fetch failed, or the gateway behind /graphql answered with no GraphQL at all.
    return { message: serverUnavailableMessage };
  }
  const [first] = error.errors;
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  const fields = stringRecord(extensions.fields);
  // The API writes messages meant for people in Russian; an English one is an internal detail.
  const message = first && isRussian(first.message) ? first.message : unexpectedErrorMessage;
  return { message, code, field, fields, extensions };
}

/** The message for one input: from `extensions.fields`, or the whole message when `extensions.field` names it. */
export function fieldMessage(error: DescribedError | null, name: string): string | undefined {
  if (!error) return undefined;
  if (error.fields?.[name]) return error.fields[name];
  return !error.fields && error.field === name ? error.message : undefined;
}
