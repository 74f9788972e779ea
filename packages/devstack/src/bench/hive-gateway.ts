import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CREDENTIAL_HEADER } from '@pfdo/platform';
import { LineSink, ManagedProcess, startNodeProcess, waitUntilHealthy } from '../processes';
import { ROOT_DIR, StackPorts } from '../stack';

/**
 * Hive Gateway (@graphql-hive/gateway, the bench's dev dependency) over our supergraph, for the bench's
 * comparison: the subgraphs' URLs of the composed file replaced with the bench stack's, in-flight
 * deduplication off both ways (every request reaches the subgraphs, as with our gateway), and the caller's
 * credential forwarded to every subgraph (it resolves no session and mints nothing: the bench sends it the
 * credential it sends the subgraph directly).
 */
export async function startHiveGateway(
  folder: string,
  port: number,
  ports: StackPorts,
  sink: LineSink,
): Promise<{ url: string; process: ManagedProcess }> {
  const supergraph = readFileSync(path.join(ROOT_DIR, 'schema/supergraph.graphql'), 'utf8').replace(
    /url: "http:\/\/localhost:(400[1-4])\/graphql"/g,
    (_match, port: string) => {
      const name = (['certificates', 'organizations', 'navigator', 'email'] as const)[Number(port) - 4001];
      return `url: "http://127.0.0.1:${ports[name]}/graphql"`;
    },
  );
  const supergraphPath = path.join(folder, 'hive-supergraph.graphql');
  writeFileSync(supergraphPath, supergraph);
  const configPath = path.join(folder, 'hive-gateway.config.mjs');
  writeFileSync(
    configPath,
    `export const gatewayConfig = {
  supergraph: ${JSON.stringify(supergraphPath)},
  inboundInflightRequestDeduplication: false,
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ ${JSON.stringify(CREDENTIAL_HEADER)}: request.headers.get(${JSON.stringify(CREDENTIAL_HEADER)}) ?? undefined }),
  },
  logging: 'warn',
};
`,
  );
  const bin = path.join(path.dirname(require.resolve('@graphql-hive/gateway/package.json')), 'dist/bin.js');
  const managed = startNodeProcess(
    'hive-gateway',
    bin,
    ['supergraph', supergraphPath, '--config-path', configPath, '--host', '127.0.0.1', '--port', String(port)],
    { cwd: folder, env: { ...process.env, NODE_ENV: 'production' }, sink },
  );
  try {
    // Its health check answers once it listens; the supergraph is loaded by the bench's warm-up requests.
    await waitUntilHealthy(`http://127.0.0.1:${port}/healthcheck`, managed, { timeoutMs: 180_000 });
  } catch (error) {
    await managed.stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}/graphql`, process: managed };
}
