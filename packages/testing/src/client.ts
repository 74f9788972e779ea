import { randomUUID } from 'node:crypto';
import { CREDENTIAL_HEADER, DEMO_PASSWORD, Identity, mintCredential } from '@pfdo/platform';
import { SUBGRAPH_NAMES, SubgraphName } from '@pfdo/platform/services';
import { TEST_PORTS } from './ports';

export interface GraphQLErrorShape {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

function sharedGatewayUrl(): string {
  const url = process.env.PFDO_TEST_GATEWAY_URL;
  if (!url) throw new Error('the test stack is not running: run the tests through jest (npm test)');
  return url;
}

export interface ClientOptions {
  forwardedFor?: string;
  /** A gateway of the test's own (its GraphQL URL) instead of the test stack's. */
  gatewayUrl?: string;
}

/** A browser-like caller of the gateway: it keeps the session cookie between requests. */
export class GatewayClient {
  private cookie: string | null = null;

  /**
   * `forwardedFor`: the client IP this caller claims through `x-forwarded-for`, which the test stack's
   * gateway trusts from loopback (TRUST_PROXY=loopback): tests of per-IP limits each use their own
   * documentation address (203.0.113.0/24, 198.51.100.0/24) instead of the 127.0.0.1 every test shares.
   */
  constructor(private readonly options: ClientOptions = {}) {}

  private get gatewayUrl(): string {
    return this.options.gatewayUrl ?? sharedGatewayUrl();
  }

  async request<TData = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { requestId?: string } = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(this.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie && { cookie: this.cookie }),
        ...(options.requestId && { 'x-request-id': options.requestId }),
        ...(this.options.forwardedFor && { 'x-forwarded-for': this.options.forwardedFor }),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Like request, but fails the test on any GraphQL error. */
  async data<TData = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { requestId?: string } = {},
  ): Promise<TData> {
    const result = await this.request<TData>(query, variables, options);
    if (result.errors?.length || !result.data) {
      throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** A plain HTTP call on the gateway host (uploads, PDF forms), with this client's session. */
  async http(path: string, init: RequestInit = {}): Promise<globalThis.Response> {
    return fetch(new URL(path, this.gatewayUrl), {
      ...init,
      headers: {
        ...(init.headers as Record<string, string>),
        ...(this.cookie && { cookie: this.cookie }),
        ...(this.options.forwardedFor && { 'x-forwarded-for': this.options.forwardedFor }),
      },
    });
  }

  /** Uploads a document scan as the browser's form would; resolves with the status and JSON answer. */
  async uploadScan(bytes: Buffer, fileName: string, contentType = 'application/octet-stream') {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), fileName);
    const response = await this.http('/uploads/document-scans', { method: 'POST', body: form });
    return {
      status: response.status,
      body: (await response.json()) as { id?: string; error?: { code: string; message: string } },
    };
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }

  set sessionCookie(cookie: string | null) {
    this.cookie = cookie;
  }
}

/** A client signed in as one of the demo accounts (password demo2026). */
export async function signIn(
  login: string,
  password: string = DEMO_PASSWORD,
  options: ClientOptions = {},
): Promise<GatewayClient> {
  const client = new GatewayClient(options);
  const LOGIN = `mutation ($login: String!, $password: String!) { login(login: $login, password: $password) { id } }`;
  // The test files sign in from one address, two workers at once, often a dozen accounts in a Promise.all: more
  // than the address's share of the password-hashing queue. The organizations subgraph then refuses the surplus
  // «Слишком много одновременных попыток входа» with a retry after 5 s (and counts nothing against anyone); a
  // client comes back after it, as the web app's users do. A refusal with a longer wait (a locked login or
  // address) is a failure of the test, as before.
  for (let attempt = 1; ; attempt += 1) {
    const result = await client.request(LOGIN, { login, password });
    const refusal = result.errors?.[0]?.extensions as { code?: string; retryAfterSeconds?: number } | undefined;
    const busy =
      refusal?.code === 'RATE_LIMITED' && (refusal.retryAfterSeconds ?? Infinity) <= BUSY_SIGN_IN_RETRY_SECONDS;
    if (!busy || attempt === BUSY_SIGN_IN_ATTEMPTS) {
      if (result.errors?.length || !result.data)
        throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
      return client;
    }
    await new Promise((resolve) => setTimeout(resolve, refusal!.retryAfterSeconds! * 1000));
  }
}

/** The organizations subgraph's wait after a sign-in refused because too many were being checked at once. */
const BUSY_SIGN_IN_RETRY_SECONDS = 5;
const BUSY_SIGN_IN_ATTEMPTS = 4;

export function anonymous(options: ClientOptions = {}): GatewayClient {
  return new GatewayClient(options);
}

export const SUBGRAPH_PORTS = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, TEST_PORTS[name]])) as Record<
  SubgraphName,
  number
>;

export type { SubgraphName };

/** The secret the test stack's gateway signs with: generated per run by the global setup. */
export function testGatewaySecret(): string {
  const secret = process.env.PFDO_TEST_GATEWAY_SECRET;
  if (!secret) throw new Error('the test stack is not running: run the tests through jest (npm test)');
  return secret;
}

/** A credential as the gateway would mint it, for tests that talk to a subgraph directly. */
export function gatewayCredential(identity: Identity | null = null, secret = testGatewaySecret(), ttlSeconds?: number) {
  return mintCredential(
    { identity, clientIp: '127.0.0.1', requestId: randomUUID(), sessionId: null },
    secret,
    ttlSeconds,
  );
}

/** Calls a subgraph port directly, bypassing the gateway. */
export async function callSubgraph(
  subgraph: SubgraphName,
  query: string,
  options: { credential?: string; variables?: Record<string, unknown> } = {},
): Promise<{ status: number; body: { data?: unknown; errors?: GraphQLErrorShape[] } }> {
  const response = await fetch(`http://127.0.0.1:${SUBGRAPH_PORTS[subgraph]}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.credential !== undefined && { [CREDENTIAL_HEADER]: options.credential }),
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/**
 * Runs a request through the gateway and counts the SQL statements each subgraph sent for it (and for nothing
 * else running at the same time). A request that asks no subgraph goes first, so that the gateway's cache of
 * sessions holds the caller's. The session's lookup (the organizations subgraph's statements, under the same
 * request id) is still the one part of the count that may or may not happen: whatever drops the cached session
 * in between (another test changing the same demo user, a gap in the gateway's listening for revocations, the
 * cache's few seconds running out on a slow machine) adds it. A full run at a load of 15 counted it once in the
 * register's N+1 test. So the request is counted twice and each subgraph's smaller count kept: what the query
 * itself costs is sent every time, and an N+1 shows in both runs.
 */
export async function countSqlStatements<TData>(
  client: GatewayClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: TData; statements: Record<SubgraphName, number> }> {
  await client.data('{ __typename }');
  const credential = await gatewayCredential();
  const once = async () => {
    const requestId = randomUUID();
    const data = await client.data<TData>(query, variables, { requestId });
    const entries = await Promise.all(
      (Object.keys(SUBGRAPH_PORTS) as SubgraphName[]).map(async (name) => {
        const response = await fetch(
          `http://127.0.0.1:${SUBGRAPH_PORTS[name]}/internal/sql-stats?requestId=${requestId}`,
          { headers: { [CREDENTIAL_HEADER]: credential } },
        );
        const { statements } = (await response.json()) as { statements: number };
        return [name, statements] as const;
      }),
    );
    return { data, statements: Object.fromEntries(entries) as Record<SubgraphName, number> };
  };
  const first = await once();
  const second = await once();
  const statements = Object.fromEntries(
    (Object.keys(SUBGRAPH_PORTS) as SubgraphName[]).map((name) => [
      name,
      Math.min(first.statements[name], second.statements[name]),
    ]),
  ) as Record<SubgraphName, number>;
  return { data: second.data, statements };
}
