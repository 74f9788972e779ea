import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { cookies, headers } from 'next/headers';
import { gatewayBase } from '../../../_server/gateway-proxy';

const SESSION_COOKIE = 'pfdo_session';
/** As the other pages' server render (app/_server/server-query.ts): below the browser proxy's 30 s. */
const DEADLINE_MS = 12_000;

export type CatalogueAnswer<T> =
  { status: 'ok'; data: T } | { status: 'invalid'; fields: Record<string, string> } | { status: 'failed' };

/**
 * One request of the public catalogue from a page's server render: anonymous visitors too (the catalogue is
 * public), with the visitor's session cookie when he has one, so that a certificate holder's «Исключить…»
 * and the page's `me` know him.
 */
export async function catalogueQuery<T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<CatalogueAnswer<T>> {
  const session = (await cookies()).get(SESSION_COOKIE);
  const incoming = await headers();
  const forwarded: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (session) forwarded.cookie = `${SESSION_COOKIE}=${session.value}`;
  for (const name of ['x-forwarded-for', 'x-request-id']) {
    const value = incoming.get(name);
    if (value) forwarded[name] = value;
  }
  try {
    const response = await fetch(`${gatewayBase()}/graphql`, {
      method: 'POST',
      headers: forwarded,
      body: JSON.stringify({ query: print(document), variables }),
      cache: 'no-store',
      signal: AbortSignal.timeout(DEADLINE_MS),
    });
    const body = (await response.json()) as {
      data?: T | null;
      errors?: Array<{ message: string; extensions?: { code?: string; fields?: Record<string, string> } }>;
    };
    const invalid = body.errors?.find((error) => error.extensions?.code === 'BAD_USER_INPUT');
    if (invalid) return { status: 'invalid', fields: invalid.extensions?.fields ?? { '': invalid.message } };
    if (!body.data || (body.errors?.length ?? 0) > 0) return { status: 'failed' };
    return { status: 'ok', data: body.data };
  } catch {
    return { status: 'failed' };
  }
}
