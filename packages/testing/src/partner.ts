import { GraphQLErrorShape, GraphQLResponse } from './client';

/** A partner's system calling the gateway with its API key (`Authorization: Bearer`), no cookies. */
export class PartnerClient {
  constructor(private readonly key: string) {}

  async request<TData = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { headers?: Record<string, string>; operationName?: string } = {},
  ): Promise<GraphQLResponse<TData>> {
    const url = process.env.PFDO_TEST_GATEWAY_URL;
    if (!url) throw new Error('the test stack is not running: run the tests through jest (npm test)');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.key}`, ...options.headers },
      body: JSON.stringify({ query, variables, operationName: options.operationName }),
    });
    const body = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorShape[] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }
}
