import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { TEST_PORTS } from '@pfdo/testing';

/**
 * Every server of the stack listens on the loopback interface only (BIND_HOST, 127.0.0.1 by default), so
 * nobody else on the network can reach the subgraphs, the gateway, the database or the mail catcher.
 */
const SERVERS = {
  gateway: TEST_PORTS.gateway,
  certificates: TEST_PORTS.certificates,
  organizations: TEST_PORTS.organizations,
  navigator: TEST_PORTS.navigator,
  email: TEST_PORTS.email,
  postgres: TEST_PORTS.postgres,
  'mail catcher (SMTP)': TEST_PORTS.smtp,
  'mail catcher (web)': TEST_PORTS.mailWeb,
};

/** The machine's addresses other than loopback (IPv6 link-local ones need a zone and are left out). */
const OUTSIDE_ADDRESSES = Object.values(networkInterfaces())
  .flatMap((addresses) => addresses ?? [])
  .filter((address) => !address.internal && !address.address.startsWith('fe80:'))
  .map((address) => address.address);

function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

const PAIRS = OUTSIDE_ADDRESSES.flatMap((address) =>
  Object.entries(SERVERS).map(([name, port]) => [name, port, address] as const),
);

describe('API8:2023 Security Misconfiguration: the stack listens on 127.0.0.1 only', () => {
  it.each(Object.entries(SERVERS))('%s answers on 127.0.0.1:%d (the control)', async (_name, port) => {
    expect(await tryConnect('127.0.0.1', port)).toBe('connected');
  });

  (PAIRS.length > 0 ? it.each(PAIRS) : it.skip.each([['-', 0, 'no address but loopback on this machine'] as const]))(
    '%s on port %d is not reachable at %s',
    async (_name, port, address) => {
      expect(await tryConnect(address, port)).not.toBe('connected');
    },
  );
});
