import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorCode } from '@/gql/enums';

/** The browser could not reach the portal at all: the person's own connection is the likely cause. */
export const noConnectionMessage = 'Нет связи с сервером. Проверьте подключение к интернету и попробуйте ещё раз';
/** The portal answered, but a service behind it is down or overloaded: nothing the person can fix. */
export const serviceUnavailableMessage = 'Сервис временно недоступен. Попробуйте позже';
const unexpectedErrorMessage = 'Не удалось выполнить запрос. Попробуйте ещё раз позже.';

/** The codes that mean «a part of the system is down or busy», whichever service said it. */
const UNAVAILABLE_CODES: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.SubgraphUnavailable,
  ErrorCode.ServiceUnavailable,
  ErrorCode.ServiceBusy,
]);

/** The codes of the schema's `ErrorCode` enum (generated from the API schema into gql/enums.ts). */
const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/** Codes only the web gives: the browser did not reach the portal, or an upload failed on the way. */
export const ClientErrorCode = { NoConnection: 'NO_CONNECTION', UploadFailed: 'UPLOAD_FAILED' } as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

/** A server's code from the schema, or one the web gives itself. */
export type DescribedErrorCode = ErrorCode | ClientErrorCode;

const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && KNOWN_CODES.has(value);

export interface DescribedError {
  message: string;
  /** The stable `extensions.code`, when the server gave one the schema knows (or the web's own). */
  code?: DescribedErrorCode;
  /** The input the server blamed (`extensions.field`), if any. */
  field?: string;
  /** A form's fields in error, each with its own message (`extensions.fields`). */
  fields?: Record<string, string>;
  /** The rest of `extensions`, e.g. `retryAfterSeconds`. */
  extensions?: Record<string, unknown>;
}

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
  const code = isErrorCode(extensions.code) ? extensions.code : undefined;
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  const fields = stringRecord(extensions.fields);
  const text = typeof first?.message === 'string' ? first.message : '';
  // Every error with a code of the schema carries a message written for people (the services and the gateway
  // word each one, internal errors included); a message without such a code is an internal detail.
  const message = !code || !text ? fallback : UNAVAILABLE_CODES.has(code) ? serviceUnavailableMessage : text;
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
    return described.code || error.statusCode < 500 ? described : { ...described, code: ErrorCode.ServiceUnavailable };
  }
  // fetch itself failed: the browser did not reach the portal.
  return { message: noConnectionMessage, code: ClientErrorCode.NoConnection };
}

/** The message for one input: from `extensions.fields`, or the whole message when `extensions.field` names it. */
export function fieldMessage(error: DescribedError | null, name: string): string | undefined {
  if (!error) return undefined;
  if (error.fields?.[name]) return error.fields[name];
  return !error.fields && error.field === name ? error.message : undefined;
}
