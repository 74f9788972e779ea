import { Caller, CREDENTIAL_HEADER, mintCredential } from '@pfdo/platform';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

const FORWARDED_REQUEST_HEADERS = ['content-type', 'content-length', 'accept'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control'];

/**
 * Plain HTTP routes that a subgraph serves behind the gateway (scan uploads, PDF forms): the gateway
 * signs the caller in, as for GraphQL, and streams the request and the answer through.
 */
export function proxyTo(subgraphGraphqlUrl: string, secret: string, callerOf: (request: Request, response: Response) => Promise<Caller>) {
  const base = new URL(subgraphGraphqlUrl);
  return async (request: Request, response: Response): Promise<void> => {
    const caller = await callerOf(request, response);
    const headers: Record<string, string> = { [CREDENTIAL_HEADER]: await mintCredential(caller, secret) };
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
      } as unknown as RequestInit;
      upstream = await fetch(new URL(request.originalUrl, base), init);
    } catch {
      response.status(502).json({ error: { code: 'SUBGRAPH_UNAVAILABLE', message: 'Сервис временно недоступен. Попробуйте позже' } });
      return;
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
