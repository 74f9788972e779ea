/**
 * OpenTelemetry for the web app's server side, as for every service (`@pfdo/platform/tracing`): off unless
 * OTEL_TRACES_EXPORTER is `console` or `otlp`. With a tracer provider registered, Next makes spans of its own
 * (the request, the render, each `fetch` to the gateway, which carries `traceparent`), so a trace begins here
 * and goes on through the gateway, the subgraphs and their queries. Node.js only (instrumentation.node.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if ((process.env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() || 'none') === 'none') return;
  const { startWebTracing } = await import('./instrumentation.node');
  startWebTracing();
}
