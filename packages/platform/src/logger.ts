import pino from 'pino';
import { currentRequestId } from './request-scope';

/** The levels LOG_LEVEL accepts, from the most to the least verbose; `silent` writes nothing. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/**
 * Keys that hold personal data or secrets, wherever a line carries them (at the top or one level down):
 * their values are replaced before the line is written. Names, document numbers, e-mail addresses,
 * passwords, tokens, cookies, credentials, and a GraphQL request's variables (which carry all of these).
 */
const SENSITIVE_KEYS = [
  'password',
  'newPassword',
  'navigatorPassword',
  'token',
  'cookie',
  'authorization',
  'credential',
  'variables',
  'email',
  'to',
  'fullName',
  'firstName',
  'lastName',
  'middleName',
  'applicantName',
  'childName',
  'login',
  'series',
  'number',
  'documentNumber',
  'snils',
  'phone',
  'birthDate',
];
export const REDACTED_PATHS = [
  ...SENSITIVE_KEYS,
  ...SENSITIVE_KEYS.map((key) => `*.${key}`),
  'headers["set-cookie"]',
  'headers["x-pfdo-credential"]',
  '*.headers.cookie',
  '*.headers["x-pfdo-credential"]',
];

/** An e-mail address in free text (an SMTP refusal quotes its recipient): masked before it is written. */
const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

export function scrubText(text: string): string {
  return text.replace(EMAIL_ADDRESS, '[e-mail]');
}

/** PostgreSQL's detail of a unique or foreign key violation quotes the row's values: `Key (number)=(…)`. */
const KEY_VALUES = /\)=\((.*?)\)( already exists| is not present|$)/g;

function scrubDetail(detail: unknown): unknown {
  return typeof detail === 'string' ? scrubText(detail.replace(KEY_VALUES, ')=([redacted])$2')) : detail;
}

/**
 * An error as a log line writes it, without the personal data a database error carries: TypeORM's
 * QueryFailedError holds the statement's `parameters` (a child's name, a document number) and PostgreSQL's
 * `detail` quotes the values of a violated key; e-mail addresses in the message and the stack are masked.
 */
function scrubbedError(error: Error): pino.SerializedError {
  const serialized = pino.stdSerializers.err(error) as pino.SerializedError & Record<string, unknown>;
  const { parameters: _parameters, driverError, ...rest } = serialized;
  const driver =
    driverError && typeof driverError === 'object'
      ? (({ parameters: _driverParameters, ...fields }: Record<string, unknown>) => ({
          ...fields,
          detail: scrubDetail(fields.detail),
        }))(driverError as Record<string, unknown>)
      : undefined;
  return {
    ...rest,
    ...(driver ? { driverError: driver } : {}),
    ...('detail' in rest ? { detail: scrubDetail(rest.detail) } : {}),
    message: scrubText(String(serialized.message)),
    stack: scrubText(String(serialized.stack)),
  } as pino.SerializedError;
}

/**
 * The process's logger: one JSON line per event on stdout, with the service's name, the level as a word,
 * and the id of the request whose work wrote it. `runMain` names the service and sets the level (LOG_LEVEL).
 */
export const logger = createLogger();

/** A logger of this shape writing to `destination` (the tests read what it writes); stdout by default. */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  return pino(
    {
      level: 'info',
      base: { service: undefined },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>,
          );
        },
      },
      serializers: { err: scrubbedError, error: scrubbedError },
    },
    destination,
  );
}

/** Names the service on every line and sets the level; called once, as the process starts. */
export function configureLogger(service: string, level: LogLevelName = 'info'): void {
  logger.setBindings({ service });
  logger.level = level;
}
