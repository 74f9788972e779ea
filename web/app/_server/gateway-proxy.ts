import type { NextRequest } from 'next/server';
import { serviceUrl, urlVariableOf } from '@pfdo/platform/services';

/** Read at run time, so that one build serves any deployment (`GATEWAY_URL`, default the local gateway). */
export function gatewayBase(): string {
  return process.env[urlVariableOf('gateway')] ?? serviceUrl('gateway');
}

/** `traceparent` and `tracestate` (W3C trace context): a trace begun in front of the web app goes on through the gateway. */
const FORWARDED_REQUEST_HEADERS = [
  'content-type',
  'cookie',
  // A partner's key (the developer portal's explorer); the gateway refuses a request with both it and a cookie.
  'authorization',
  'accept',
  'x-request-id',
  'apollo-require-preflight',
  'traceparent',
  'tracestate',
];
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'set-cookie',
  'cache-control',
  'content-disposition',
  'retry-after',
  // A partner's limits (README, «Partners»).
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-cost-limit',
  'x-ratelimit-cost-remaining',
  'x-ratelimit-cost-reset',
  'www-authenticate',
];

/**
 * A browser's POST from a page of another origin carries this origin's session cookie all the same: it is
 * refused here, before anything is forwarded. A request without an Origin header is no browser's.
 */
export function refuseCrossOrigin(request: NextRequest): Response | null {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin === null || (URL.canParse(origin) && new URL(origin).host === host)) return null;
  return Response.json(
    { error: { code: 'FORBIDDEN_ORIGIN', message: 'Загрузить файл можно только со страниц портала' } },
    { status: 403 },
  );
}

const REQUEST_DEADLINE_MS = 30_000;
const UPLOAD_DEADLINE_MS = 150_000;

const UNAVAILABLE = { code: 'SERVICE_UNAVAILABLE', message: 'Сервис временно недоступен. Попробуйте позже' } as const;
/** How long a client is asked to wait when the gateway cannot be reached: about as long as a restart takes. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 10;

/**
 * The gateway could not be reached: 503 with the error in the shape of the route, a GraphQL result for
 * `/graphql` (as the gateway itself answers) and `{ error }` for the plain routes (as the gateway's are).
 */
function serviceUnavailable(path: string): Response {
  const body =
    path === '/graphql'
      ? { errors: [{ message: UNAVAILABLE.message, extensions: { code: UNAVAILABLE.code } }] }
      : { error: UNAVAILABLE };
  return Response.json(body, { status: 503, headers: { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS) } });
}

/**
 * Passes a browser request to the gateway and its answer back, so that the gateway's httpOnly session
 * cookie belongs to this origin and no CORS is needed.
 */
export async function forwardToGateway(request: NextRequest, path: string): Promise<Response> {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const forwardedFor = request.headers.get('x-forwarded-for');
  if (forwardedFor) headers.set('x-forwarded-for', forwardedFor);

  let upstream: Response;
  try {
    upstream = await fetch(`${gatewayBase()}${path}${request.nextUrl.search}`, {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer(),
      redirect: 'manual',
      cache: 'no-store',
      // Longer than the gateway's own deadlines (10 s a subgraph call, 120 s an upload): a gateway that
      // hangs is answered for, not waited on.
      signal: AbortSignal.timeout(path.startsWith('/uploads/') ? UPLOAD_DEADLINE_MS : REQUEST_DEADLINE_MS),
    });
  } catch {
    return serviceUnavailable(path);
  }
  const responseHeaders = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    if (name === 'set-cookie') {
      for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);
    } else {
      const value = upstream.headers.get(name);
      if (value) responseHeaders.set(name, value);
    }
  }
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}
