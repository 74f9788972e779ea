import { createRequire } from 'node:module';
import type * as Otlp from '@opentelemetry/exporter-trace-otlp-http';
import type * as Http from '@opentelemetry/instrumentation-http';
import type * as Pg from '@opentelemetry/instrumentation-pg';
import type * as Undici from '@opentelemetry/instrumentation-undici';
import type * as Sdk from '@opentelemetry/sdk-node';
import type * as TraceBase from '@opentelemetry/sdk-trace-base';

/**
 * OpenTelemetry traces, off unless OTEL_TRACES_EXPORTER says where they go: `console` (the process's
 * stdout) or `otlp` (OTLP over HTTP to OTEL_EXPORTER_OTLP_ENDPOINT, or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT).
 * Spans come from the instrumented libraries: HTTP in and out (node:http, and fetch through undici) and
 * PostgreSQL (pg); W3C trace context (`traceparent`) goes with every outgoing call, so the web app's
 * proxy, the gateway, the subgraphs and their queries make one trace.
 *
 * Each service's `tracing.ts` calls this before anything else is loaded: the instrumentations patch
 * `http` and `pg` as they are first required. This file loads nothing of the platform for that reason, and
 * loads OpenTelemetry only when traces are on (it costs seconds of start-up on a busy machine).
 */
export const TRACE_EXPORTERS = ['none', 'console', 'otlp'] as const;

/** How long a stopping service waits for its last spans to be exported. */
const FLUSH_DEADLINE_MS = 2_000;

let started: Sdk.NodeSDK | null = null;

export function startTracing(
  service: string,
  env: Record<string, string | undefined> = process.env,
  /** Where the OpenTelemetry packages are found from: a bundle (the web app's) passes its package's path. */
  resolveFrom: string = __filename,
): Sdk.NodeSDK | null {
  const setting = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() || 'none';
  if (setting === 'none') return null;
  // Synchronously, before the code the instrumentations patch is loaded.
  const load = createRequire(resolveFrom);
  const { HttpInstrumentation } = load('@opentelemetry/instrumentation-http') as typeof Http;
  const { PgInstrumentation } = load('@opentelemetry/instrumentation-pg') as typeof Pg;
  const { UndiciInstrumentation } = load('@opentelemetry/instrumentation-undici') as typeof Undici;
  const { NodeSDK } = load('@opentelemetry/sdk-node') as typeof Sdk;
  const { BatchSpanProcessor, ConsoleSpanExporter } = load('@opentelemetry/sdk-trace-base') as typeof TraceBase;
  let exporter: TraceBase.SpanExporter;
  if (setting === 'console') exporter = new ConsoleSpanExporter();
  else if (setting === 'otlp') {
    const { OTLPTraceExporter } = load('@opentelemetry/exporter-trace-otlp-http') as typeof Otlp;
    exporter = new OTLPTraceExporter();
  } else {
    // Configuration is checked before anything is served: a typo must not silently turn traces off.
    process.stderr.write(
      `[${service}] OTEL_TRACES_EXPORTER must be one of ${TRACE_EXPORTERS.join(', ')}, got "${setting}"\n`,
    );
    process.exit(1);
  }
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME?.trim() || `pfdo-${service}`,
    spanProcessors: [new BatchSpanProcessor(exporter)],
    // Traces only: logs are pino's (stdout), metrics prom-client's (/metrics).
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        // The probes of the orchestrator and of Prometheus are not traced.
        ignoreIncomingRequestHook: (request) => /^\/(health|ready|metrics)\b/.test(request.url ?? ''),
      }),
      new UndiciInstrumentation(),
      new PgInstrumentation(),
    ],
  });
  sdk.start();
  started = sdk;
  process.once('beforeExit', () => void stopTracing());
  return sdk;
}

/**
 * Exports the spans still batched and stops tracing (nothing when traces are off). A service calls it as it
 * stops, before `process.exit`: `beforeExit` never comes on a signal, and the batch of the last requests,
 * the most interesting ones after a fault, would be lost. Waits FLUSH_DEADLINE_MS at most.
 */
export async function stopTracing(): Promise<void> {
  const sdk = started;
  started = null;
  if (!sdk) return;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, FLUSH_DEADLINE_MS);
    timer.unref();
  });
  await Promise.race([sdk.shutdown().catch(() => undefined), deadline]);
  clearTimeout(timer);
}
