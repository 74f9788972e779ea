import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { CLIENT_IDLE_CONNECTION_MS } from '@pfdo/platform/http';
import { SessionResolver } from './session';
import { SubgraphDataSource } from './subgraph-data-source';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A stand-in subgraph in a process of its own, so that the test can stall it (SIGSTOP), as a loaded machine
 * does; it serves HTTP as our subgraphs do. `/slow` answers after the client's idle time has passed.
 */
const SUBGRAPH = `
const http = require('node:http');
const { keepIdleConnectionsLong } = require(${JSON.stringify(require.resolve('@pfdo/platform/http'))});
const server = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const answer = () => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ data: { ok: true } }));
    };
    if (request.url === '/slow') setTimeout(answer, ${CLIENT_IDLE_CONNECTION_MS + 1_000});
    else answer();
  });
});
server.listen(0, '127.0.0.1', () => {
  keepIdleConnectionsLong(server);
  process.stdout.write(server.address().port + '\\n');
});
`;

describe('the gateway’s connections to a subgraph', () => {
  let subgraph: ChildProcess;
  let base: string;
  let source: SubgraphDataSource;

  beforeAll(async () => {
    subgraph = spawn(process.execPath, ['-e', SUBGRAPH], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [chunk] = (await once(subgraph.stdout!, 'data')) as [Buffer];
    base = `http://127.0.0.1:${chunk.toString().trim()}`;
    source = new SubgraphDataSource(
      `${base}/graphql`,
      'secret',
      new SessionResolver(`${base}/graphql`, 'secret', 3_000),
      10_000,
    );
  });

  afterAll(async () => {
    subgraph.kill('SIGCONT');
    subgraph.kill();
    await once(subgraph, 'exit');
  });

  const post = async (path: string) => {
    const response = await source.fetcher(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    return response.json();
  };

  it('lose no request when the subgraph stalls while the connection is idle', async () => {
    expect(await post('/graphql')).toEqual({ data: { ok: true } });
    // Stalled past Node's default keep-alive of 5 s, the subgraph would wake up and close the connection
    // the next request has just been sent on («socket hang up»), unless the gateway had given it up first.
    subgraph.kill('SIGSTOP');
    const answer = sleep(CLIENT_IDLE_CONNECTION_MS + 2_000).then(() => post('/graphql'));
    await sleep(CLIENT_IDLE_CONNECTION_MS + 2_500);
    subgraph.kill('SIGCONT');
    expect(await answer).toEqual({ data: { ok: true } });
  }, 20_000);

  it('wait for an answer that takes longer than a connection may stay idle', async () => {
    expect(await post('/slow')).toEqual({ data: { ok: true } });
  }, 20_000);
});
