import { randomBytes } from 'node:crypto';
import { OtlpReceiver, startOtlpReceiver } from '@pfdo/devstack/otlp-receiver';
import { eventually } from '@pfdo/testing';
import { PrivateStack, startPrivateStack } from '../private-stack.support';

describe('traces across the services', () => {
  let receiver: OtlpReceiver;
  let stack: PrivateStack;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    stack = await startPrivateStack({
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
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

describe('traces of the last requests before a service stops', () => {
  let receiver: OtlpReceiver;
  let stack: PrivateStack | undefined;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    stack = await startPrivateStack({
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      // Nothing is exported on the schedule during the test: only the flush at SIGTERM can send the spans.
      OTEL_BSP_SCHEDULE_DELAY: '600000',
    });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('are exported as the services stop (SIGTERM), not lost with the batch', async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await fetch(stack!.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
      body: JSON.stringify({ query: `mutation { login(login: "parent", password: "wrong-password") { id } }` }),
    });
    expect(response.status).toBe(200);
    expect(receiver.spans.filter((span) => span.traceId === traceId)).toEqual([]);

    await stack!.stop();
    stack = undefined;
    const services = [
      ...new Set(receiver.spans.filter((span) => span.traceId === traceId).map((span) => span.service)),
    ].sort();
    expect(services).toEqual(expect.arrayContaining(['pfdo-gateway', 'pfdo-organizations']));
  }, 120_000);
});
