import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** The browser could not reach the portal at all: the person's own connection is the likely cause. */
export const noConnectionMessage = 'Нет связи с сервером. Проверьте подключение к интернету и попробуйте ещё раз';
/** The portal answered, but a service behind it is down or overloaded: nothing the person can fix. */
export const serviceUnavailableMessage = 'Сервис временно недоступен. Попробуйте позже';
const unexpectedErrorMessage = 'Не удалось выполнить запрос. Попробуйте ещё раз позже.';

/** The codes that mean «a part of the system is down or busy», whichever service said it. */
const UNAVAILABLE_CODES = new Set([
  'SUBGRAPH_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'SERVICE_BUSY',
  'GATEWAY_UNAVAILABLE',
]);

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

interface ErrorLike {
  message?: unknown;
  extensions?: unknown;
}

function describeFirst(first: ErrorLike | undefined, fallback: string): DescribedError {
  const extensions = (first?.extensions && typeof first.extensions === 'object' ? first.extensions : {}) as Record<
    string,
    unknown
  >;
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  const fields = stringRecord(extensions.fields);
  const text = typeof first?.message === 'string' ? first.message : '';
  // The API writes messages meant for people in Russian; an English one is an internal detail.
  const message = isRussian(text) ? text : code && UNAVAILABLE_CODES.has(code) ? serviceUnavailableMessage : fallback;
  return { message, code, field, fields, extensions };
}

/** The first error of a body that did not come as a GraphQL result: `{ errors: [...] }` or `{ error: {...} }`. */
function firstErrorOfBody(bodyText: string): ErrorLike | undefined {
  try {
    const body = JSON.parse(bodyText) as { errors?: ErrorLike[]; error?: { code?: unknown; message?: unknown } };
    if (Array.isArray(body.errors)) return body.errors[0];
    if (body.error) return { message: body.error.message, extensions: { code: body.error.code } };
  } catch {
    // an HTML page of a proxy, or nothing at all
  }
  return undefined;
}

/** Turns what Apollo Client throws into words for the person at the screen. */
export function describeError(error: unknown): DescribedError {
  if (CombinedGraphQLErrors.is(error)) return describeFirst(error.errors[0], unexpectedErrorMessage);
  if (ServerError.is(error) || ServerParseError.is(error)) {
    // The portal answered with an HTTP error and no GraphQL result: a service behind it is down or busy.
    const fallback = error.statusCode >= 500 ? serviceUnavailableMessage : unexpectedErrorMessage;
    const described = describeFirst(firstErrorOfBody(error.bodyText), fallback);
    return described.code || error.statusCode < 500 ? described : { ...described, code: 'SERVICE_UNAVAILABLE' };
  }
  // fetch itself failed: the browser did not reach the portal.
  return { message: noConnectionMessage, code: 'NO_CONNECTION' };
}

/** The message for one input: from `extensions.fields`, or the whole message when `extensions.field` names it. */
export function fieldMessage(error: DescribedError | null, name: string): string | undefined {
  if (!error) return undefined;
  if (error.fields?.[name]) return error.fields[name];
  return !error.fields && error.field === name ? error.message : undefined;
}
