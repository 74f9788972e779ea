import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Caller, CREDENTIAL_HEADER, isUuid, mintCredential } from '@pfdo/platform/credential';
import { ErrorCode, SERVICE_UNAVAILABLE_MESSAGE, SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS } from '@pfdo/platform/errors';
import { REQUEST_ID_HEADER, TIME_BUDGET_HEADER } from '@pfdo/platform/observability';
import { SUBGRAPH_UNAVAILABLE } from './errors';

const FORWARDED_REQUEST_HEADERS = ['content-type', 'content-length', 'accept'];
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'cache-control',
  'retry-after',
];

/** The subgraph route a client's request maps to, or null when its parameters are not valid. */
export type UpstreamPath = (request: Request) => string | null;

/** A 10 MB scan sent from a phone on a slow mobile link: the upload streams through within this time. */
export const SCAN_UPLOAD_TIMEOUT_MS = 120_000;

/** The plain HTTP routes the gateway serves for the certificates subgraph, each with its upstream path. */
export const CERTIFICATES_ROUTES = {
  scanUpload: { path: '/uploads/document-scans', upstream: (() => '/uploads/document-scans') as UpstreamPath },
  applicationFormPdf: {
    path: '/documents/applications/:id/form.pdf',
    upstream: ((request) => {
      const id = request.params.id;
      return typeof id === 'string' && isUuid(id) ? `/documents/applications/${id}/form.pdf` : null;
    }) as UpstreamPath,
  },
  /** «Мои параметры»: a new version of the municipality's «Положение о ПДО» (multipart, a PDF). */
  regulationUpload: {
    path: '/uploads/municipal-regulations',
    upstream: (() => '/uploads/municipal-regulations') as UpstreamPath,
  },
  /** The current «Положение о ПДО» of a municipality, for parents while they apply. */
  regulationPdf: {
    path: '/documents/municipalities/:id/regulation.pdf',
    upstream: ((request) => {
      const id = request.params.id;
      return typeof id === 'string' && isUuid(id) ? `/documents/municipalities/${id}/regulation.pdf` : null;
    }) as UpstreamPath,
  },
  /** «Отчеты» as CSV: only the three parameters it takes go on, each checked for its shape. */
  reportCsv: {
    path: '/reports/registry.csv',
    upstream: ((request) => {
      const { from, to, municipalityId } = request.query;
      const date = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
      if (!date(from) || !date(to)) return '/reports/registry.csv';
      const query = new URLSearchParams({ from, to });
      if (typeof municipalityId === 'string' && isUuid(municipalityId)) query.set('municipalityId', municipalityId);
      return `/reports/registry.csv?${query.toString()}`;
    }) as UpstreamPath,
  },
};

/** The plain HTTP routes the gateway serves for the navigator subgraph. */
export const NAVIGATOR_ROUTES = {
  /** «РАСПИСАНИЕ» → «Скачать расписание (iCal)»: the signed-in holder's own lessons. */
  scheduleIcal: { path: '/documents/schedule.ics', upstream: (() => '/documents/schedule.ics') as UpstreamPath },
  /** A portfolio file's bytes as the request's body (PDF, JPEG, PNG); GraphQL then attaches it by the id. */
  portfolioUpload: { path: '/uploads/portfolio-files', upstream: (() => '/uploads/portfolio-files') as UpstreamPath },
  /** A portfolio item's file, to those the item is shown to. */
  portfolioFile: {
    path: '/documents/portfolio/:id/file',
    upstream: ((request) => {
      const id = request.params.id;
      return typeof id === 'string' && isUuid(id) ? `/documents/portfolio/${id}/file` : null;
    }) as UpstreamPath,
  },
};

function fail(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ error: { code, message } });
}

/**
 * Plain HTTP routes that a subgraph serves behind the gateway (scan uploads, PDF forms): the gateway signs
 * the caller in, as for GraphQL, and streams the request and the answer through. The upstream address is
 * the configured subgraph and a fixed route with validated parameters, never anything the client sent: an
 * absolute-form request target (`GET http://elsewhere/… HTTP/1.1`) or a `//host` path changes nothing.
 */
export function subgraphRouteProxy(
  subgraphGraphqlUrl: string,
  secret: string,
  callerOf: (request: Request, response: Response) => Promise<Caller>,
  timeoutMs: number,
) {
  const origin = new URL(subgraphGraphqlUrl).origin;
  return (upstreamPath: UpstreamPath, routeTimeoutMs = timeoutMs): RequestHandler =>
    async (request: Request, response: Response): Promise<void> => {
      const path = upstreamPath(request);
      if (!path) return fail(response, 404, ErrorCode.NotFound, 'Документ не найден');
      let caller: Caller;
      try {
        caller = await callerOf(request, response);
      } catch {
        // The session lookup failed, as it answers GraphQL requests.
        response.setHeader('retry-after', String(SERVICE_UNAVAILABLE_RETRY_AFTER_SECONDS));
        return fail(response, 503, ErrorCode.ServiceUnavailable, SERVICE_UNAVAILABLE_MESSAGE);
      }
      const headers: Record<string, string> = {
        [CREDENTIAL_HEADER]: await mintCredential(caller, secret),
        [REQUEST_ID_HEADER]: caller.requestId,
        [TIME_BUDGET_HEADER]: String(routeTimeoutMs),
      };
      for (const name of FORWARDED_REQUEST_HEADERS) {
        const value = request.header(name);
        if (value) headers[name] = value;
      }
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      let upstream: globalThis.Response;
      try {
        // Node's fetch streams a request body only with `duplex: 'half'`.
        const init = {
          method: request.method,
          headers,
          body: hasBody ? Readable.toWeb(request) : undefined,
          duplex: 'half',
          redirect: 'manual',
          signal: AbortSignal.timeout(routeTimeoutMs),
        } as unknown as RequestInit;
        upstream = await fetch(`${origin}${path}`, init);
      } catch (error) {
        // A subgraph that took too long is 504, one that could not be reached 502: neither ever hangs.
        const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
        return fail(response, timedOut ? 504 : 502, SUBGRAPH_UNAVAILABLE.code, SUBGRAPH_UNAVAILABLE.message);
      }
      response.status(upstream.status);
      for (const name of FORWARDED_RESPONSE_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) response.setHeader(name, value);
      }
      if (!upstream.body) {
        response.end();
        return;
      }
      Readable.fromWeb(upstream.body as unknown as WebReadableStream).pipe(response);
    };
}

/**
 * A browser's POST from a page of another origin is refused: the session cookie would go with it. The
 * gateway's own origin and the web app's (which forwards uploads on its origin) may post; a program that
 * sends no Origin is not a browser and carries no one's cookie by accident.
 */
export function sameOriginPostsOnly(allowedOrigins: string[]): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const origin = request.header('origin');
    if (
      origin === undefined ||
      origin === `${request.protocol}://${request.header('host')}` ||
      allowedOrigins.includes(origin)
    ) {
      next();
      return;
    }
    fail(response, 403, 'FORBIDDEN_ORIGIN', 'Загрузить файл можно только со страниц портала');
  };
}
