import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { eventually } from '@pfdo/testing';
import { PrivateStack, startPrivateStack } from '../private-stack.support';

interface ReceivedSpan {
  service: string;
  traceId: string;
  name: string;
}

type OtlpBody = {
  resourceSpans?: Array<{
    resource?: { attributes?: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans?: Array<{ spans?: Array<{ traceId: string; name: string }> }>;
  }>;
};

/** An OTLP/HTTP receiver (JSON, as the exporter sends it): what a collector would get. */
async function startReceiver(): Promise<{ server: Server; endpoint: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as OtlpBody;
      for (const resource of body.resourceSpans ?? []) {
        const service =
          resource.resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value.stringValue ?? '';
        for (const scope of resource.scopeSpans ?? [])
          for (const span of scope.spans ?? []) spans.push({ service, traceId: span.traceId, name: span.name });
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans };
}

describe('traces across the services', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let stack: PrivateStack;

  beforeAll(async () => {
    receiver = await startReceiver();
    stack = await startPrivateStack({
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  it('make one trace of a GraphQL request: the gateway, the subgraph it calls, and its queries', async () => {
    // The caller (the web app's proxy) starts the trace: W3C trace context in `traceparent`.
    const traceId = randomBytes(16).toString('hex');
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
      body: JSON.stringify({
        query: `mutation { login(login: "parent", password: "wrong-password") { id } }`,
      }),
    });
    expect(response.status).toBe(200);

    const ofTrace = await eventually(
      async () => receiver.spans.filter((span) => span.traceId === traceId),
      (spans) =>
        spans.some((span) => span.service === 'pfdo-gateway') &&
        spans.some((span) => span.service === 'pfdo-organizations' && /^pg\./.test(span.name)),
      20_000,
    );
    const services = [...new Set(ofTrace.map((span) => span.service))].sort();
    expect(services).toEqual(expect.arrayContaining(['pfdo-gateway', 'pfdo-organizations']));
    process.stdout.write(
      `traces: one request, ${ofTrace.length} spans in trace ${traceId} from ${services.join(', ')} ` +
        `(${ofTrace.filter((span) => /^pg\./.test(span.name)).length} PostgreSQL)\n`,
    );
  }, 60_000);
});
