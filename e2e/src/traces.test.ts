import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OtlpReceiver, startOtlpReceiver } from '@pfdo/devstack/otlp-receiver';
import { RunningApp, startApp } from './support/app';
import { sessionCookie } from './support/cabinet';

/**
 * Issue 10 item 9: one trace across web → gateway → subgraphs → PostgreSQL. The browser sends no trace
 * context: the web app's server starts the trace for the page it renders, and its request to the gateway
 * carries it on.
 */
let receiver: OtlpReceiver;
let app: RunningApp;

before(async () => {
  receiver = await startOtlpReceiver();
  app = await startApp({
    env: {
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    },
  });
});

after(async () => {
  await app?.stop();
  await receiver?.close();
});

describe('traces', () => {
  it('make one trace of a server-rendered page: the web app, the gateway, the subgraph and its queries', async () => {
    const cookie = await sessionCookie(app.webUrl, 'operator@demo.ru');
    const startedAt = receiver.spans.length;
    const response = await fetch(`${app.webUrl}/registry/applications`, { headers: { cookie } });
    assert.equal(response.status, 200);
    await response.text();

    // The trace of the page: the one whose web spans include the render, joined by the services it called.
    const deadline = Date.now() + 30_000;
    let services: string[] = [];
    let pgSpans = 0;
    while (Date.now() < deadline) {
      const spans = receiver.spans.slice(startedAt);
      const pageTraces = new Set(
        spans
          .filter((span) => span.service === 'pfdo-web' && /\/registry\/applications/.test(span.name))
          .map((span) => span.traceId),
      );
      for (const traceId of pageTraces) {
        const ofTrace = spans.filter((span) => span.traceId === traceId);
        services = [...new Set(ofTrace.map((span) => span.service))].sort();
        pgSpans = ofTrace.filter((span) => span.service === 'pfdo-certificates' && /^pg\./.test(span.name)).length;
        if (services.includes('pfdo-gateway') && services.includes('pfdo-certificates') && pgSpans > 0) break;
      }
      if (services.includes('pfdo-certificates') && pgSpans > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.deepEqual(
      ['pfdo-web', 'pfdo-gateway', 'pfdo-certificates'].filter((service) => !services.includes(service)),
      [],
      `the page's trace has spans of every service it went through (got ${services.join(', ')})`,
    );
    assert.ok(pgSpans > 0, 'and of the certificates subgraph’s PostgreSQL queries');
    process.stdout.write(
      `traces: /registry/applications in one trace from ${services.join(', ')}, ${pgSpans} pg spans\n`,
    );
  });
});
