import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureGatewaySecretFile } from '@pfdo/platform';
import { readGatewayConfig } from '../../src/config';
import { freePort, refusal } from './services.support';

/**
 * With NODE_ENV=production no service starts on a default: the gateway secret, the database and the SMTP
 * server must be set, the kept development secret is never read, and no demo data is loaded.
 */
const SERVICES = [
  { name: 'gateway', script: 'gateway/dist/main.js', portVariable: 'GATEWAY_PORT', needs: [] as string[] },
  {
    name: 'certificates',
    script: 'subgraphs/certificates/dist/main.js',
    portVariable: 'CERTIFICATES_PORT',
    needs: ['DATABASE_URL'],
  },
  {
    name: 'organizations',
    script: 'subgraphs/organizations/dist/main.js',
    portVariable: 'ORGANIZATIONS_PORT',
    needs: ['DATABASE_URL'],
  },
  {
    name: 'navigator',
    script: 'subgraphs/navigator/dist/main.js',
    portVariable: 'NAVIGATOR_PORT',
    needs: ['DATABASE_URL'],
  },
  {
    name: 'email',
    script: 'subgraphs/email/dist/main.js',
    portVariable: 'EMAIL_PORT',
    needs: ['DATABASE_URL', 'SMTP_URL'],
  },
];

const SECRETS = [
  ['missing', undefined, 'GATEWAY_SECRET is required in production mode'],
  ['shorter than 32 characters', 'x'.repeat(31), 'GATEWAY_SECRET must be at least 32 characters long'],
] as const;

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

let dataDir: string;
beforeAll(() => {
  // A kept development secret, which production mode must not take for GATEWAY_SECRET.
  dataDir = mkdtempSync(path.join(tmpdir(), 'pfdo-production-'));
  ensureGatewaySecretFile(dataDir);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('API8:2023 Security Misconfiguration: production mode demands its secrets', () => {
  describe.each(SERVICES)('$name', (service) => {
    it.each(SECRETS)(
      'refuses to start with the gateway secret %s, naming the variable, without listening',
      async (_case, secret, message) => {
        const port = await freePort();
        const result = await refusal(service.script, {
          NODE_ENV: 'production',
          PFDO_DATA_DIR: dataDir,
          [service.portVariable]: String(port),
          ...(secret !== undefined && { GATEWAY_SECRET: secret }),
        });
        expect(result.code).not.toBe(0);
        expect(result.code).not.toBeNaN();
        expect(result.output).toContain(message);
        for (const variable of service.needs) expect(result.output).toContain(`${variable} is required`);
        expect(result.output).not.toMatch(/ready at/);
        expect(await isListening(port)).toBe(false);
      },
    );
  });

  it.each(['organizations', 'certificates', 'navigator'])(
    'the %s migration refuses to load the demo data',
    async (name) => {
      const result = await refusal(
        `subgraphs/${name}/dist/migrate.js`,
        {
          NODE_ENV: 'production',
          GATEWAY_SECRET: 's'.repeat(32),
          // Never reached: the refusal comes before any connection.
          DATABASE_URL: 'postgres://pfdo@127.0.0.1:1/pfdo',
        },
        ['--demo'],
      );
      expect(result.code).not.toBe(0);
      expect(result.output).toContain('demo data is never loaded in production mode');
    },
  );

  it('`npm start` refuses production mode without the database and the secret', async () => {
    const result = await refusal('packages/devstack/dist/start.js', { NODE_ENV: 'production', PFDO_DATA_DIR: dataDir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('GATEWAY_SECRET is required in production mode');
  });

  it('marks the session cookie Secure and opens introspection to signed-in callers only', () => {
    const config = readGatewayConfig({ NODE_ENV: 'production', GATEWAY_SECRET: 's'.repeat(32) });
    expect(config).toMatchObject({ secureCookies: true, introspection: 'signed-in', bindHost: '127.0.0.1' });
  });
});
