import { getIntrospectionQuery } from 'graphql';
import { testGatewaySecret, TEST_PORTS } from '@pfdo/testing';
import { freePort, startService } from './services.support';

/**
 * Introspection per deployment (README «Production mode»): open in development, for signed-in callers only
 * in production (GRAPHQL_INTROSPECTION=signed-in, the default there), or off. A production-mode gateway
 * is started here in front of the test stack's subgraphs.
 */
async function productionGateway(mode?: string) {
  const port = await freePort();
  const subgraph = (offset: number) => `http://127.0.0.1:${TEST_PORTS.gateway + offset}/graphql`;
  const gateway = startService('gateway/dist/main.js', {
    NODE_ENV: 'production',
    GATEWAY_SECRET: testGatewaySecret(),
    GATEWAY_PORT: String(port),
    CERTIFICATES_URL: subgraph(1),
    ORGANIZATIONS_URL: subgraph(2),
    NAVIGATOR_URL: subgraph(3),
    EMAIL_URL: subgraph(4),
    // The test talks plain HTTP; the cookie must still come back to it.
    COOKIE_SECURE: 'false',
    ...(mode && { GRAPHQL_INTROSPECTION: mode }),
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let attempt = 0; attempt < 200; attempt++) {
    const ready = await fetch(`http://127.0.0.1:${port}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, stop: gateway.stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await gateway.stop();
  throw new Error(`the production gateway did not start:\n${gateway.output()}`);
}

async function post(url: string, query: string, cookie?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
    body: JSON.stringify({ query, variables: { login: 'parent', password: 'demo2026' } }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return { body, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

const INTROSPECTION = getIntrospectionQuery();

describe('API9:2023 Improper Inventory Management — the schema is shown to whom the deployment says', () => {
  it('refuses anonymous introspection in production and answers a signed-in caller', async () => {
    const gateway = await productionGateway();
    try {
      const anonymous = await post(gateway.url, INTROSPECTION);
      expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.body.data ?? null).toBeNull();
      const signedIn = await post(
        gateway.url,
        'mutation ($login: String!, $password: String!) { login(login: $login, password: $password) { id } }',
      );
      const answer = await post(gateway.url, INTROSPECTION, signedIn.cookie);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.__schema).toBeTruthy();
    } finally {
      await gateway.stop();
    }
  });

  it('refuses introspection to everyone when it is off', async () => {
    const gateway = await productionGateway('off');
    try {
      const signedIn = await post(
        gateway.url,
        'mutation ($login: String!, $password: String!) { login(login: $login, password: $password) { id } }',
      );
      const answer = await post(gateway.url, '{ __schema { queryType { name } } }', signedIn.cookie);
      expect(answer.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await gateway.stop();
    }
  });
});
